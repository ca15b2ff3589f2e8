"""`roleplay grade RECORD.json [--json]`: the scorecard of a recorded call."""

from __future__ import annotations

import argparse
import json

from simulator.cli import UsageError
from simulator.domain import LANGS, PERSONA_TYPE_NAMES, PERSONA_TYPES, STEP_NAMES, STEPS
from simulator.grading.score import Scorecard, grade_record
from simulator.i18n import name_of

REQUIRED = ("persona_type", "lang", "turns")
LABELS = {
    "zh": {"overall": "总分", "steps": "五个步骤", "persona": "客户类型", "feedback": "改进建议", "turn": "第{n}句",
           "you_said": "你说", "better": "更好的说法", "why": "原因", "notes": "整体提示", "met": "做到", "missed": "未做到",
           "none": "没有违规，继续保持。", "by_turn": "逐句点评", "nothing": "（没有识别到服务行为）"},
    "en": {"overall": "Overall", "steps": "The five steps", "persona": "Customer type", "feedback": "Feedback", "turn": "Turn {n}",
           "you_said": "You said", "better": "Better", "why": "Why", "notes": "Notes", "met": "met", "missed": "missed",
           "none": "No violations. Keep it up.", "by_turn": "Turn by turn", "nothing": "(no service behaviour found)"},
}


def register(subparsers) -> None:
    parser = subparsers.add_parser("grade", help="grade a call recorded with `roleplay play --record`")
    parser.add_argument("record", metavar="RECORD.json")
    parser.add_argument("--json", action="store_true", help="print the scorecard as JSON")
    parser.set_defaults(func=run)


def load_record(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as stream:
            record = json.load(stream)
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror or error}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise UsageError(f"{path}: not a JSON record ({getattr(error, 'msg', error)})") from None
    if not isinstance(record, dict):
        raise UsageError(f"{path}: a record is a JSON object")
    missing = [key for key in REQUIRED if key not in record]
    if missing:
        raise UsageError(f"{path}: missing key(s) {', '.join(missing)}")
    if record["lang"] not in LANGS:
        raise UsageError(f"{path}: unknown lang {record['lang']!r}")
    if record["persona_type"] not in PERSONA_TYPES:
        raise UsageError(f"{path}: unknown persona_type {record['persona_type']!r}")
    if not isinstance(record["turns"], list) or not all(isinstance(t, dict) and isinstance(t.get("trainee"), str) for t in record["turns"]):
        raise UsageError(f"{path}: turns must be a list of objects with a 'trainee' text")
    return record


def run(args: argparse.Namespace) -> int:
    record = load_record(args.record)
    card = grade_record(record)
    if args.json:
        print(json.dumps(card.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(render(card, record))
    return 0


def render(card: Scorecard, record: dict) -> str:
    lang = record["lang"]
    words = LABELS[lang]
    lines = [f"{words['overall']}: {card.overall}/100  {card.grade} ({card.grade_label[lang]})"]
    persona = PERSONA_TYPE_NAMES[record["persona_type"]][lang]
    lines.append(f"{words['persona']}: {persona}  {record.get('scenario', '')}".rstrip())
    lines.append("")
    lines.append(words["steps"] + ":")
    for step in STEPS:
        bar = "#" * (card.steps[step] // 10)
        lines.append(f"  {STEP_NAMES[step][lang]:<12} {card.steps[step]:>3}  {bar}")
    if card.persona_notes:
        lines.append("")
        for note in card.persona_notes:
            lines.append(f"  [{words['met'] if note['met'] else words['missed']}] {note['label']}")
    if card.notes:
        lines.append("")
        lines.append(words["notes"] + ":")
        lines.extend(f"  - {note}" for note in card.notes)
    lines.append("")
    lines.append(words["by_turn"] + ":")
    for turn in card.turns:
        done = [name_of("behavior", ident, lang) for ident in turn["behaviors"]]
        wrong = ["✗ " + name_of("violation", ident, lang) for ident in turn["violations"]]
        summary = " · ".join(done + wrong) or words["nothing"]
        lines.append(f"  {words['turn'].format(n=turn['index'] + 1)}: {summary}")
        lines.extend(f"    ! {note}" for note in turn.get("notes", ()))
    lines.append("")
    lines.append(words["feedback"] + ":")
    if not card.feedback:
        lines.append("  " + words["none"])
    for item in card.feedback:
        lines.append(f"  {words['turn'].format(n=item['turn'] + 1)} [{item['violation']}]")
        lines.append(f"    {words['you_said']}: “{item['quote']}”")
        lines.append(f"    {words['better']}: {item['better']}")
        lines.append(f"    {words['why']}: {item['why']}")
    return "\n".join(lines)
