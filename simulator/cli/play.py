"""`roleplay play SCENARIO --plain`: a call in line mode on standard input and output."""

from __future__ import annotations

import sys
from pathlib import Path

from simulator.cli import UsageError
from simulator.cli.common import library_or_exit, write_json
from simulator.engine import ReplyError, Session
from simulator.practice import scorecard, start_call

LABELS = {
    "zh": {"customer": "客户", "you": "你", "outcome": "通话结果", "incomplete": "未完成"},
    "en": {"customer": "Customer", "you": "You", "outcome": "Outcome", "incomplete": "incomplete"},
}


def register(subparsers) -> None:
    parser = subparsers.add_parser("play", help="play a scenario (--plain: line mode for scripts)")
    parser.add_argument("scenario", help="scenario id (see `roleplay list`)")
    parser.add_argument("--plain", action="store_true", help="line mode on stdin/stdout instead of the trainer UI")
    parser.add_argument("--seed", type=int, default=0, help="random seed: the same seed and replies give the same call")
    parser.add_argument("--record", type=Path, metavar="FILE", help="write the session as JSON to FILE")
    parser.add_argument("--save", action="store_true", help="with --plain: also save the call to the history")
    parser.set_defaults(func=run)


def run(args) -> int:
    lang = args.lang or "zh"
    library = library_or_exit()
    try:
        session = start_call(library, args.scenario, lang, seed=args.seed)
    except KeyError as error:
        raise UsageError(error.args[0]) from None
    except ValueError as error:
        raise UsageError(str(error)) from None
    if not args.plain:
        from simulator.tui.app import run_app

        return run_app(lang=lang, scenario_id=args.scenario, seed=args.seed)
    play_lines(session, sys.stdin, sys.stdout)
    if args.record or args.save:
        record = session.record()
        record["score"] = scorecard(session)
        if args.record:
            write_json(args.record, record)
        if args.save:
            save_to_history(record)
    return 0


def save_to_history(record: dict) -> None:
    from simulator.store import HistoryError, open_history, save_call

    try:
        save_call(open_history(), record)
    except HistoryError as error:
        raise UsageError(f"{error} (the call itself was played; use --record FILE to keep it)") from None


def play_lines(session: Session, source, sink) -> None:
    """Print the customer's lines, read the trainee's, until the call ends or input does."""
    labels = LABELS[session.lang]
    sink.write(f"{labels['customer']}: {session.opening}\n")
    sink.flush()
    for raw in source:
        try:
            turn = session.reply(raw.rstrip("\r\n"))
        except ReplyError as error:
            print(f"roleplay: {error}", file=sys.stderr)
            continue
        if turn.customer:  # the trainee's last word after a goodbye goes unanswered
            sink.write(f"{labels['customer']}: {turn.customer}\n")
            sink.flush()
        if session.finished:
            break
    outcome = session.outcome or "incomplete"
    sink.write(f"[{labels['outcome']}: {outcome}]\n")

