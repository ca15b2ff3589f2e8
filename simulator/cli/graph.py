"""`roleplay graph SCENARIO`: the scenario's state machine as a Mermaid diagram."""

from __future__ import annotations

from simulator.cli import UsageError
from simulator.cli.common import library_or_exit
from simulator.content.diagram import mermaid


def register(subparsers) -> None:
    parser = subparsers.add_parser("graph", help="draw a scenario's state machine (Mermaid text)")
    parser.add_argument("scenario", help="scenario id")
    parser.set_defaults(func=run)


def run(args) -> int:
    library = library_or_exit()
    try:
        scenario = library.scenario(args.scenario)
    except KeyError as error:
        raise UsageError(error.args[0]) from None
    print(mermaid(scenario, library.persona_of(scenario)))
    return 0
