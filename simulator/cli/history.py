"""`roleplay history`: the trainee's past calls and how their scores are moving."""

from __future__ import annotations

from pathlib import Path

from simulator.cli import UsageError
from simulator.cli.common import print_json
from simulator.domain import PERSONA_TYPE_NAMES, STEP_NAMES, STEPS
from simulator.store import HistoryError, list_calls, open_history, progress

LABELS = {
    "zh": {"none": "还没有练习记录。在训练界面完成一通电话后会保存在这里。", "recent": "最近", "earlier": "之前",
           "overall": "总分", "calls": "通话", "resolved": "解决"},
    "en": {"none": "No calls yet. Calls finished in the trainer are saved here.", "recent": "recent", "earlier": "before",
           "overall": "Overall", "calls": "calls", "resolved": "resolved"},
}


def register(subparsers) -> None:
    parser = subparsers.add_parser("history", help="past calls and progress")
    parser.add_argument("--json", action="store_true", help="calls and progress as JSON")
    parser.add_argument("--limit", type=int, default=20, help="how many calls to list (default 20)")
    parser.add_argument("--db", type=Path, help="history file (default: $ROLEPLAY_HISTORY or ~/.local/share/service-roleplay)")
    parser.set_defaults(func=run)


def run(args) -> int:
    try:
        connection = open_history(args.db)
        calls = list_calls(connection)
    except HistoryError as error:
        raise UsageError(str(error)) from None
    summary = progress(calls)
    if args.json:
        print_json({"calls": [c.as_dict() for c in calls[: args.limit]], "progress": summary})
        return 0
    lang = args.lang or "zh"
    words = LABELS[lang]
    if not calls:
        print(words["none"])
        return 0
    print(f"{summary['calls']} {words['calls']}, {summary['resolved']} {words['resolved']}")
    for key in ("overall", *STEPS):
        name = words["overall"] if key == "overall" else STEP_NAMES[key][lang]
        recent, earlier = summary["recent"][key], summary["earlier"][key]
        trend = "" if earlier is None or recent is None else f"  ({words['earlier']} {earlier:g}, {recent - earlier:+g})"
        print(f"  {name:<14} {words['recent']} {recent if recent is not None else '-'}{trend}")
    print()
    for call in calls[: args.limit]:
        kind = PERSONA_TYPE_NAMES[call.persona_type][lang]
        score = f"{call.overall:>3} {call.grade or ''}" if call.overall is not None else "  -"
        print(f"{call.finished_at[:16].replace('T', ' ')}  {score:<5} {call.outcome:<10} {call.lang}  {kind:<10} {call.scenario}")
    return 0
