"""The `roleplay` command line: one subcommand per module in this package, the TUI when none is given."""

from __future__ import annotations

import argparse
import importlib
import sys

from simulator.domain import LANGS

# Each module exposes `register(subparsers)`, which adds its subparser and sets `func`.
COMMAND_MODULES = ("listing", "validate", "schema", "graph", "play", "detect", "grade", "evaluate", "history")


class UsageError(Exception):
    """A problem with what the user asked for: printed as one line, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="roleplay",
        description="Practise difficult customer-service calls. With no command, opens the trainer.",
    )
    parser.add_argument("--lang", choices=LANGS, default=None, help="language of the trainer (default: zh)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"simulator.cli.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"simulator.cli.{name}":
                raise
            continue
        module.register(subparsers)
    for subparser in subparsers.choices.values():
        # `roleplay play X --lang en` as well as `roleplay --lang en play X`; SUPPRESS keeps the
        # top-level value when the option is not repeated after the command.
        subparser.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS, help="language (default: zh)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from simulator.tui.app import run_app

            return run_app(lang=args.lang or "zh")
        return int(args.func(args) or 0)
    except UsageError as error:
        print(f"roleplay: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
