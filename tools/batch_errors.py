"""Where the detector disagrees with a labeled batch: for lexicon tuning.

    python tools/batch_errors.py tests/data/grader_cases_zh_j.jsonl [--ids argue,dismiss] [--model]

Prints each reply whose detected ids differ from its labels (only the ids asked for), with the
customer's line, the reply, what was missed and what was extra, and the cue behind each extra.
Cues only unless --model. Never point it at a probe (tests/data/grader_probe_*): a probe that has
been read stops measuring anything.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from simulator.cli import UsageError
from simulator.cli.evaluate import load_items
from simulator.domain import BEHAVIORS, VIOLATIONS
from simulator.grading.detect import Detector, default_detector


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--ids", default="", help="comma-separated ids to look at (default: all)")
    parser.add_argument("--model", action="store_true", help="with the n-gram model, not cues only")
    args = parser.parse_args(argv)
    wanted = set(filter(None, args.ids.split(","))) or set(BEHAVIORS + VIOLATIONS)
    if any("probe" in path.name for path in args.files):
        parser.error("probes are never read item by item (tests/data/README.md)")
    if any("unscored" in path.name for path in args.files):
        parser.error("score an unscored batch untouched first, then rename it to grader_cases_* (tests/data/README.md)")
    detector = default_detector() if args.model else Detector(models={})
    differing = 0
    for path in args.files:
        try:
            items = load_items(str(path))
        except UsageError as error:
            parser.error(str(error))
        for item in items:
            got = detector.detect(item["text"], item["lang"], item.get("context") or "")
            labels = (set(item["behaviors"]) | set(item["violations"])) & wanted
            found = (set(got.behaviors) | set(got.violations)) & wanted
            if labels == found:
                continue
            differing += 1
            print(f"{item['id']}  missed {sorted(labels - found)}  extra {sorted(found - labels)}")
            print(f"   customer: {item.get('context') or '-'}")
            print(f"   reply:    {item['text']}")
            for evidence in got.evidence:
                if evidence.id in found - labels:
                    print(f"   {evidence.id}: {evidence.cue}  <{item['text'][evidence.start:evidence.end]}>")
    print(f"{differing} replies differ", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
