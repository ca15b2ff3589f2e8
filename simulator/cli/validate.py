"""`roleplay validate`: check persona and scenario files, printing every problem with file:line."""

from __future__ import annotations

import sys
from pathlib import Path

from simulator.content import ContentError, load_library


def register(subparsers) -> None:
    parser = subparsers.add_parser("validate", help="check persona and scenario files")
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders (default: the shipped content)")
    parser.set_defaults(func=run)


def run(args) -> int:
    try:
        library = load_library(args.paths or None)
    except ContentError as error:
        for issue in error.issues:
            print(issue)
        print(f"{len(error.issues)} error(s)", file=sys.stderr)
        return 2
    print(f"ok: {len(library.personas)} personas, {len(library.scenarios)} scenarios")
    return 0
