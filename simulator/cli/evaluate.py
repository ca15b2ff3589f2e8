"""`roleplay eval FILE`: precision, recall and F1 of the detector on labeled replies."""

from __future__ import annotations

import argparse
import json

from simulator.cli import UsageError
from simulator.domain import BEHAVIORS, LANGS, VIOLATIONS
from simulator.grading.detect import Detector
from simulator.grading.metrics import evaluate


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score the detector on a labeled JSON lines file",
        description=(
            "Labeled JSON lines as in eval/dev.jsonl (id, lang, text, context, behaviors, violations), "
            "or external check lines as in ext-eval/ (expect_any, source, agent)."
        ),
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    parser.add_argument("--errors", action="store_true", help="also list the items the detector got wrong")
    parser.add_argument("--rules-only", action="store_true", help="the cue lexicons alone, without the n-gram model")
    parser.set_defaults(func=run)


def load_items(path: str) -> list[dict]:
    try:
        with open(path, encoding="utf-8") as stream:
            lines = stream.readlines()
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise UsageError(f"cannot read {path}: not UTF-8 text") from None
    items = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise UsageError(f"{path}:{number}: bad JSON ({error.msg})") from None
        if not isinstance(item, dict) or item.get("lang") not in LANGS or not isinstance(item.get("text"), str):
            raise UsageError(f"{path}:{number}: expected an object with lang (zh/en) and text")
        items.append(item)
    return items


def run(args: argparse.Namespace) -> int:
    report = evaluate(load_items(args.file), Detector(models={}) if args.rules_only else None)
    if args.json:
        if not args.errors:
            report.pop("errors")
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    fmt = lambda x: "n/a" if x is None else f"{x:.3f}"  # noqa: E731
    for lang, figures in report["languages"].items():
        print(f"== {lang}")
        if "per_id" in figures:
            print(f"{'id':24} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}")
            for ident in BEHAVIORS + VIOLATIONS:
                s = figures["per_id"][ident]
                if ident == VIOLATIONS[0]:
                    print("-" * 50)
                print(f"{ident:24} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['support']:4d}")
            print(f"macro-F1 behaviours: {fmt(figures['macro_f1_behaviors'])}")
            print(f"macro-F1 violations: {fmt(figures['macro_f1_violations'])}")
            print(f"false-violation rate: {fmt(figures['false_violation_rate'])}")
        if "recall_by_source" in figures:
            print(f"{'source (expect_any)':40} {'recall':>6} {'n':>5}")
            for source, s in figures["recall_by_source"].items():
                print(f"{source:40} {fmt(s['recall']):>6} {s['support']:5d}")
            print(f"false-alarm rate on agent turns: {fmt(figures['agent_false_alarm_rate'])}")
    if args.errors:
        for error in report["errors"]:
            print(f"{error['id']}: missed {error['missed']} extra {error['extra']}")
    return 0
