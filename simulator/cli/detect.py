"""`roleplay detect [FILE]`: JSON lines of replies in, one JSON line of detections out."""

from __future__ import annotations

import argparse
import json
import sys

from simulator.cli import UsageError
from simulator.domain import LANGS
from simulator.grading.detect import default_detector


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "detect",
        help="detect behaviours and violations in replies (JSON lines)",
        description='Reads JSON lines {"id", "lang", "text", "context"?} from FILE or stdin and writes one JSON '
        'line per input: {"id", "behaviors", "violations", "evidence"}. A line without "lang" takes --lang '
        'when it is given. Bad lines are reported on stderr.',
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="JSON lines file (default: stdin)")
    parser.set_defaults(func=run)


def _open(path: str | None):
    if path is None or path == "-":
        return sys.stdin
    try:
        return open(path, encoding="utf-8")
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror or error}") from None


def run(args: argparse.Namespace) -> int:
    stream = _open(args.file)
    detector = default_detector()
    failed = 0
    try:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                item, ident = _parse(line, number, getattr(args, "lang", None))
            except ValueError as error:
                failed += 1
                print(f"roleplay detect: {error}", file=sys.stderr)
                continue
            found = detector.detect(item["text"], item["lang"], str(item.get("context") or ""))
            print(json.dumps({"id": ident, **found.to_dict()}, ensure_ascii=False), flush=False)
    except UnicodeDecodeError:
        raise UsageError(f"cannot read {args.file or 'stdin'}: not UTF-8 text") from None
    finally:
        if stream is not sys.stdin:
            stream.close()
    sys.stdout.flush()
    return 1 if failed else 0


def _parse(line: str, number: int, default_lang: str | None = None) -> tuple[dict, object]:
    where = f"line {number}"
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"{where}: bad JSON ({error.msg})") from None
    if not isinstance(item, dict):
        raise ValueError(f"{where}: expected a JSON object")
    ident = item.get("id")
    if ident is not None:
        where = f"{where} (id {ident})"
    if not isinstance(item.get("text"), str):
        raise ValueError(f"{where}: missing or non-string 'text'")
    if "lang" not in item:
        if default_lang is None:
            raise ValueError(f"{where}: missing 'lang' ({' or '.join(LANGS)}; or give --lang for every line without one)")
        item["lang"] = default_lang
    if item["lang"] not in LANGS:
        raise ValueError(f"{where}: unknown lang {item.get('lang')!r} (expected {' or '.join(LANGS)})")
    return item, ident
