"""One call → a scorecard: step scores, overall score and grade, per-turn notes, feedback.

The rubric (weights, points, persona needs, penalties, grade bands) is data in
lexicons/rubric.yaml and the better phrasings in lexicons/rewrites.yaml; docs/grading.md
explains how a score comes about.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache

from simulator.domain import BEHAVIORS, PERSONA_TYPES, STEPS, VIOLATIONS
from simulator.grading.detect import Detection, Detector, default_detector
from simulator.grading.text import load_lexicon_file, written_in

NOTES = {
    "solved_before_diagnosing": {"zh": "先给方案、后问情况：应先诊断问题再解决。", "en": "Offered a fix before diagnosing: ask first, then solve."},
    "never_diagnosed": {"zh": "整通电话没有提问或复述确认。", "en": "Never asked a question or confirmed the problem."},
    "no_solution": {"zh": "没有提出具体的解决办法。", "en": "No concrete remedy was offered."},
    "no_summary": {"zh": "结束前没有总结回顾。", "en": "Nothing was summarised before the end."},
    "no_follow_up": {"zh": "没有承诺具体的跟进时间或渠道。", "en": "No follow-up with a time or a channel."},
    "no_close": {"zh": "没有礼貌地结束通话。", "en": "The call was not closed courteously."},
}


@dataclass
class Scorecard:
    """The graded call; `to_dict()` is what `roleplay grade --json` prints."""

    overall: int
    grade: str
    grade_label: dict[str, str]
    steps: dict[str, int]
    turns: list[dict] = field(default_factory=list)
    feedback: list[dict] = field(default_factory=list)
    persona_notes: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    penalty: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


@lru_cache(maxsize=1)
def rubric() -> dict:
    return load_lexicon_file("rubric.yaml")


@lru_cache(maxsize=1)
def rewrites() -> dict:
    return load_lexicon_file("rewrites.yaml")


def grade_session(
    turns: Sequence[Mapping], persona_type: str, lang: str, detector: Detector | None = None
) -> Scorecard:
    """Grade a whole call from its turns ({"trainee", "customer_before", optional "behaviors"/"violations"})."""
    if persona_type not in PERSONA_TYPES:
        raise ValueError(f"unknown persona type {persona_type!r}")
    detector = detector or default_detector()
    rules = rubric()
    detections: list[Detection] = []
    annotated: list[dict] = []
    feedback: list[dict] = []
    for index, turn in enumerate(turns):
        text = str(turn.get("trainee") or "")
        found = detector.detect(text, written_in(text, lang), str(turn.get("customer_before") or ""))
        behaviors = tuple(b for b in BEHAVIORS if b in turn["behaviors"]) if "behaviors" in turn else found.behaviors
        violations = tuple(v for v in VIOLATIONS if v in turn["violations"]) if "violations" in turn else found.violations
        detections.append(Detection(behaviors, violations, found.evidence, found.open_question))
        quotes = [{"id": e.id, "quote": text[e.start : e.end], "cue": e.cue} for e in found.evidence]
        annotated.append({"index": index, "trainee": text, "behaviors": list(behaviors), "violations": list(violations), "evidence": quotes, "notes": []})
        for violation in violations:
            span = next((q["quote"] for q in quotes if q["id"] == violation), text)
            table = rewrites().get(violation, {})
            feedback.append({
                "turn": index,
                "violation": violation,
                "quote": span,
                "better": table.get("better", {}).get(lang, ""),
                "why": table.get("why", {}).get(lang, ""),
            })

    steps, notes = _step_scores(detections, rules, annotated, lang)
    base = sum(steps[s] * rules["steps"][s]["weight"] for s in STEPS) / 100
    persona = rules["personas"].get(persona_type, {})
    persona_notes, persona_adjust = _persona(detections, persona, rules.get("persona_bonus", 5), lang)
    multipliers = persona.get("multipliers") or {}
    raw_penalty = sum(rules["violation_penalty"]["each"] * float(multipliers.get(v, 1)) for d in detections for v in d.violations)
    penalty = round(min(raw_penalty, rules["violation_penalty"]["cap"]))
    overall = max(0, min(100, round(base + persona_adjust - penalty)))
    band = next(b for b in rules["bands"] if overall >= b["min"])
    return Scorecard(
        overall=overall,
        grade=band["grade"],
        grade_label=dict(band["label"]),
        steps=steps,
        turns=annotated,
        feedback=feedback,
        persona_notes=persona_notes,
        notes=[NOTES[n][lang] for n in notes],
        penalty=penalty,
    )


def _first(detections: Sequence[Detection], ids: Sequence[str]) -> int | None:
    return next((i for i, d in enumerate(detections) if set(d.behaviors) & set(ids)), None)


def _step_scores(detections, rules, annotated, lang) -> tuple[dict[str, int], list[str]]:
    points = rules["points"]
    shown = set(b for d in detections for b in d.behaviors)
    count = len(detections)
    notes: list[str] = []
    opening = any(set(d.behaviors) & {"greet", "offer_help"} for d in detections[:2])
    set_tone = (points["set_tone"]["opening"] * opening
                + points["set_tone"]["feeling"] * bool(shown & {"empathize", "apologize"})
                + points["set_tone"]["take_ownership"] * ("take_ownership" in shown))

    first_solution = _first(detections, ("propose_solution",))
    first_question = _first(detections, ("ask_question",))
    diagnose = points["diagnose"]["confirm_understanding"] * ("confirm_understanding" in shown)
    if first_question is not None:
        before = first_solution is None or first_question <= first_solution
        diagnose += points["diagnose"]["ask_before_solving" if before else "ask_after_solving"]
    if first_solution is not None:
        first_diagnosis = _first(detections, ("ask_question", "confirm_understanding"))
        if first_diagnosis is None:
            notes.append("never_diagnosed")
        elif first_diagnosis > first_solution:
            notes.append("solved_before_diagnosing")
            annotated[first_solution]["notes"].append(NOTES["solved_before_diagnosing"][lang])
    elif first_question is None and "confirm_understanding" not in shown:
        notes.append("never_diagnosed")

    solve = sum(p for b, p in points["solve"].items() if b in shown)
    if "propose_solution" not in shown:
        notes.append("no_solution")

    last_summary = max((i for i, d in enumerate(detections) if "summarize" in d.behaviors), default=None)
    if last_summary is None:
        summarize = 0
        notes.append("no_summary")
    else:
        summarize = points["summarize"]["near_end" if last_summary >= count - 2 else "earlier"]

    follow_up = (points["follow_up"]["commit_follow_up"] * ("commit_follow_up" in shown)
                 + points["follow_up"]["close_courteously"] * ("close_courteously" in shown))
    if "commit_follow_up" not in shown:
        notes.append("no_follow_up")
    if "close_courteously" not in shown:
        notes.append("no_close")
    steps = {"set_tone": set_tone, "diagnose": diagnose, "solve": solve, "summarize": summarize, "follow_up": follow_up}
    return {s: min(100, int(round(steps[s]))) for s in STEPS}, notes


def _persona(detections, persona: Mapping, bonus: float, lang: str) -> tuple[list[dict], float]:
    shown = set(b for d in detections for b in d.behaviors)
    asked_open = any(d.open_question for d in detections)
    notes, adjust = [], 0.0
    for need in persona.get("needs") or ():
        met = asked_open if need.get("open_question") else bool(shown & set(need.get("any") or ()))
        adjust += bonus if met else -bonus
        notes.append({"need": need["id"], "met": met, "label": need["label"][lang]})
    return notes, adjust


def record_turns(record: Mapping) -> list[dict]:
    """The grader's turns of a session record: each reply answered the previous customer line (or the opening)."""
    turns, before = [], str(record.get("opening") or "")
    for turn in record["turns"]:
        item = {"trainee": turn["trainee"], "customer_before": before}
        for key in ("behaviors", "violations"):
            if isinstance(turn.get(key), list):
                item[key] = turn[key]
        turns.append(item)
        before = str(turn.get("customer") or "")
    return turns


def grade_record(record: Mapping, detector: Detector | None = None) -> Scorecard:
    """The scorecard of a session record (docs/record.md): one way to grade, for `play --record` and `grade`."""
    return grade_session(record_turns(record), record["persona_type"], record["lang"], detector)
