"""The scorecard as the screen and the export show it: score.py's dict plus the call, in one language.

Reading the grader's dict in one place keeps the widgets free of key lookups and defaults.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from simulator.domain import STEPS
from simulator.i18n import name_of, t


@dataclass(frozen=True)
class FeedbackItem:
    turn: int
    violation: str
    label: str
    quote: str
    better: str
    why: str


@dataclass(frozen=True)
class TurnNote:
    number: int
    trainee: str
    customer: str
    behaviors: tuple[str, ...]
    violations: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class ScoreView:
    lang: str
    scenario_id: str
    title: str
    persona_name: str
    persona_type: str
    outcome: str
    outcome_text: str
    overall: int
    grade: str
    steps: list[tuple[str, int]]
    feedback: list[FeedbackItem] = field(default_factory=list)
    turns: list[TurnNote] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    advice: list[str] = field(default_factory=list)


def _number(value: Any) -> int:
    if isinstance(value, dict):
        value = value.get("score", value.get("value", 0))
    try:
        return max(0, min(100, round(float(value))))
    except (TypeError, ValueError):
        return 0


def _text(value: Any, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("text") or "")
    if isinstance(value, (list, tuple)):
        return " ".join(_text(v, lang) for v in value)
    return str(value)


def _note(annotation: Any, lang: str) -> str:
    if not isinstance(annotation, dict):
        return _text(annotation, lang)
    for key in ("notes", "note", "comment"):
        if annotation.get(key):
            value = annotation[key]
            return "; ".join(_text(v, lang) for v in value) if isinstance(value, list) else _text(value, lang)
    return ""


def _persona_note(note: Any, lang: str) -> str:
    """score.py's persona notes are {need, met, label}: shown as met (✔) or not (✘)."""
    if isinstance(note, dict) and "label" in note:
        return f"{'✔' if note.get('met') else '✘'} {_text(note['label'], lang)}"
    return _text(note, lang)


def provisional_card(session: Any) -> dict:
    """A card from the call alone, for when the grader cannot score it: steps from the live tracker,
    violations quoted from the evidence, no better phrasings."""
    from simulator.grading.progress import DONE, OUT_OF_ORDER, step_progress

    points = {DONE: 100, OUT_OF_ORDER: 50}
    progress = step_progress([turn.behaviors for turn in session.turns], ended=True)
    steps = {p.step: points.get(p.status, 0) for p in progress}
    feedback = []
    for number, turn in enumerate(session.turns, start=1):
        for violation in turn.violations:
            spans = [e for e in turn.evidence if e.get("id") == violation]
            quote = turn.trainee[spans[0]["start"] : spans[0]["end"]] if spans else turn.trainee
            feedback.append({"turn": number - 1, "violation": violation, "quote": quote})
    return {"overall": sum(steps.values()) / len(steps), "grade": "–", "steps": steps, "feedback": feedback}


def build_score_view(card: dict, session: Any) -> ScoreView:
    """Combine the grader's scorecard dict with the call it graded."""
    lang = session.lang
    outcome = session.outcome or "incomplete"
    raw_steps = card.get("steps") or {}
    steps = [(step, _number(raw_steps.get(step, 0))) for step in STEPS]
    feedback = []
    for item in card.get("feedback") or []:
        violation = str(item.get("violation", ""))
        feedback.append(
            FeedbackItem(
                turn=int(item.get("turn") or 0) + 1,  # score.py counts turns from 0
                violation=violation,
                label=name_of("violation", violation, lang),
                quote=_text(item.get("quote"), lang),
                better=_text(item.get("better"), lang),
                why=_text(item.get("why"), lang),
            )
        )
    annotations = list(card.get("turns") or [])
    turns = []
    for number, turn in enumerate(session.turns, start=1):
        annotation = annotations[number - 1] if number <= len(annotations) else None
        turns.append(
            TurnNote(number, turn.trainee, turn.customer, tuple(turn.behaviors), tuple(turn.violations), _note(annotation, lang))
        )
    notes = [_text(n, lang) for n in card.get("notes") or []]
    needs = [_persona_note(n, lang) for n in card.get("persona_notes") or []]
    label = card.get("grade_label")
    return ScoreView(
        lang=lang,
        scenario_id=session.scenario.id,
        title=session.scenario.title.get(lang),
        persona_name=session.persona.name.get(lang),
        persona_type=name_of("persona_type", session.persona.type, lang),
        outcome=outcome,
        outcome_text=t(f"outcome.{outcome}", lang),
        overall=_number(card.get("overall", 0)),
        grade=str(card.get("grade", "–")) + (f" · {_text(label, lang)}" if label else ""),
        steps=steps,
        feedback=feedback,
        turns=turns,
        notes=[n for n in notes if n],
        needs=[n for n in needs if n],
        advice=list(session.persona.advice.get(lang)),
    )
