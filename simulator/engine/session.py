"""One practice call: the trainee's replies in, the customer's mood, state and replies out."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any, Mapping, Protocol, Sequence

from simulator.content.models import Persona, Scenario
from simulator.domain import VIOLATIONS
from simulator.engine.machine import CallFacts, CallMachine
from simulator.engine.mood import Mood, react
from simulator.engine.replies import LinePicker, banded, candidate_lines, fill, not_asking_for_what_was_said
from simulator.grading.text import simplified, written_in

MAX_REPLY_CHARS = 2000


class Detection(Protocol):
    behaviors: Sequence[str]
    violations: Sequence[str]
    evidence: Sequence[Any]
    open_question: bool


class Detector(Protocol):
    """What the engine needs from the grader: the ids a reply shows. Injected, so the engine stays independent."""

    def detect(
        self, text: str, lang: str, context: str = "", extra_cues: Mapping[str, Sequence[str]] | None = None
    ) -> Detection: ...


class ReplyError(ValueError):
    """A trainee reply the engine cannot take (empty, too long, control characters). Nothing changes."""


def check_reply(text: str) -> str:
    """The reply as the engine will take it, or ReplyError saying what is wrong with it."""
    stripped = text.strip()
    if not stripped:
        raise ReplyError("empty reply: type what you would say to the customer")
    if len(stripped) > MAX_REPLY_CHARS:
        raise ReplyError(f"reply too long ({len(stripped)} characters); keep it under {MAX_REPLY_CHARS}")
    bad = [ch for ch in stripped if unicodedata.category(ch) == "Cc" and ch not in "\t"]
    if bad:
        raise ReplyError(f"reply contains a control character ({bad[0]!r}); type plain text")
    return stripped


@dataclass(frozen=True)
class Turn:
    """One exchange: the trainee's reply and what followed it."""

    trainee: str
    customer: str
    customer_before: str
    state: str
    mood: dict[str, int]
    behaviors: tuple[str, ...]
    violations: tuple[str, ...]
    evidence: tuple[dict, ...] = ()
    revealed: tuple[str, ...] = ()

    def as_record(self) -> dict:
        return {
            "trainee": self.trainee,
            "customer": self.customer,
            "state": self.state,
            "mood": dict(self.mood),
            "behaviors": list(self.behaviors),
            "violations": list(self.violations),
            "evidence": list(self.evidence),
            "revealed": list(self.revealed),
        }


@dataclass
class Session:
    """A call in progress. `opening` is the customer's first line; `reply()` plays one turn.

    A resolved call is not over when the customer says goodbye: the trainee has the last word (the
    recap, the follow-up promise, the courteous close that the fourth and fifth steps ask for), and
    that reply is graded like any other. The customer does not answer it. A call that breaks down
    (escalated, hung up) ends at once."""

    scenario: Scenario
    persona: Persona
    lang: str
    detector: Detector
    seed: int = 0
    turns: list[Turn] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.lang not in self.scenario.languages:
            raise ValueError(f"scenario {self.scenario.id!r} is not written in {self.lang!r}")
        self.call = CallFacts(mood=Mood.start(self.persona))
        self.machine = CallMachine(self.scenario, self.persona, self.call)
        self.picker = LinePicker(self.seed)
        self.cues = {k: v.get(self.lang) for k, v in self.scenario.cues.items()}
        self.signed_off = False
        self.opening = self._say([self.picker.pick(self.scenario.opening.get(self.lang))])

    @property
    def state(self) -> str:
        return self.machine.state

    @property
    def mood(self) -> Mood:
        return self.call.mood

    @property
    def outcome(self) -> str | None:
        """`resolved`, `escalated` or `hung_up` once the call has ended, else None."""
        return self.scenario.state(self.state).outcome

    @property
    def finished(self) -> bool:
        return self.outcome is not None and not self.awaiting_last_word

    @property
    def awaiting_last_word(self) -> bool:
        """The customer has said goodbye on a resolved call and the trainee's sign-off is still to come."""
        return self.outcome == "resolved" and not self.signed_off

    @property
    def last_customer_line(self) -> str:
        return self.turns[-1].customer if self.turns else self.opening

    def reply(self, text: str) -> Turn:
        """Play one trainee reply. Raises ReplyError for unusable input, leaving the call unchanged."""
        if self.finished:
            raise ReplyError("the call has ended")
        text = check_reply(text)
        before = self.last_customer_line
        detection = self.detector.detect(text, written_in(text, self.lang), context=before, extra_cues=self.cues)
        if self.awaiting_last_word:  # the sign-off after the goodbye: graded, unanswered, and the call ends
            self.signed_off = True
            return self._add_turn(text, before, detection, customer="")
        signals = list(detection.behaviors) + [v for v in detection.violations if v in VIOLATIONS]
        named = self._resolution_named(text)
        revealed = self._reveal_facts(text, detection)

        call = self.call
        call.mood = react(call.mood, self.persona, signals, call.said_ever, resolution_named=named and not call.resolution_offered)
        call.said_now = set(signals)
        call.violated_now = bool(detection.violations)
        call.said_earlier = call.said_ever.copy()
        call.said_ever.update(signals)
        call.resolution_offered |= named or "propose_solution" in detection.behaviors
        call.turns_in_state += 1
        moved = self._advance()
        too_soon = not moved and not revealed and self._fix_before_hearing_out(detection, named)
        if too_soon:
            revealed = self._volunteer_fact()

        customer = self._respond(text, detection.violations, revealed, moved, too_soon)
        return self._add_turn(text, before, detection, customer, revealed)

    def _add_turn(self, text: str, before: str, detection: Detection, customer: str, revealed: Sequence[str] = ()) -> Turn:
        turn = Turn(
            trainee=text,
            customer=customer,
            customer_before=before,
            state=self.state,
            mood=self.call.mood.as_dict(),
            behaviors=tuple(detection.behaviors),
            violations=tuple(detection.violations),
            evidence=tuple(_evidence_dict(e) for e in detection.evidence),
            revealed=tuple(revealed),
        )
        self.turns.append(turn)
        return turn

    def _advance(self) -> bool:
        """Fire a transition; after a reply with no violation, carry on while a transition to a live
        state holds, entering each state at most once. A reply that does two steps at once ("the
        refund goes back today and I'll ring you at ten, all right?") moves the call past both, so
        the customer does not ask for what was just offered; but the call only ends on the first
        step, so the customer always answers. One violation moves the call one state only, so states
        that count a customer's patience ("warned", then "escalated") keep counting. True when it moved."""
        before = self.state
        self.machine.step()
        if self.state == before:
            return False
        self.call.turns_in_state = 0
        visited = {before, self.state}
        while not self.call.violated_now and self.outcome is None:
            self.machine.carry_on()
            if self.state in visited:  # nothing fired (the machine is queued: a trigger says nothing), or a loop
                break
            visited.add(self.state)
        return True

    def _resolution_named(self, text: str) -> bool:
        lowered = _matching_form(text)
        return any(
            _matching_form(cue) in lowered for resolution in self.scenario.resolutions for cue in resolution.cues.get(self.lang)
        )

    def _reveal_facts(self, text: str, detection: Detection) -> list[str]:
        """Facts the reply asks for; an open question that names none draws out the next one."""
        if "ask_question" not in detection.behaviors:
            return []
        open_question = bool(getattr(detection, "open_question", False))
        if self.persona.closed_questions == "shrug" and not open_question:
            return []
        lowered = _matching_form(text)
        unknown = [f for f in self.scenario.facts if f.id not in self.call.facts_known]
        asked = [f for f in unknown if any(_matching_form(cue) in lowered for cue in f.asked_by.get(self.lang))]
        if not asked and open_question and unknown:
            asked = unknown[:1]
        self.call.facts_known += [f.id for f in asked]
        return [f.id for f in asked]

    def _fix_before_hearing_out(self, detection: Detection, named: bool) -> bool:
        """A fix offered, politely, while the customer is still telling what happened, and not
        enough of it heard for the call to move on."""
        if detection.violations or self.scenario.state(self.state).phase != "diagnosing":
            return False
        return named or "propose_solution" in detection.behaviors

    def _volunteer_fact(self) -> list[str]:
        """The customer tells the next thing the trainee has not asked about, so a trainee who
        jumps ahead hears what they skipped instead of the same "go ahead" again. A customer who
        answers only open questions (`closed_questions: shrug`) volunteers nothing."""
        if self.persona.closed_questions == "shrug":
            return []
        unknown = [f.id for f in self.scenario.facts if f.id not in self.call.facts_known]
        self.call.facts_known += unknown[:1]
        return unknown[:1]

    def _respond(self, reply: str, violations: Sequence[str], revealed: Sequence[str], moved: bool, too_soon: bool = False) -> str:
        """What the customer says to `reply`."""
        state = self.scenario.state(self.state)
        parts: list[str] = []
        if too_soon:  # "Hang on, you haven't heard the half of it", then (usually) what they skipped
            lines = banded(self.persona.lines.get("too_soon", {}), self.mood.band(self.persona))
            if lines is not None:
                parts.append(self.picker.pick(lines.get(self.lang)))
        if violations:
            retorts = self.persona.retorts.get(violations[0]) or self.persona.retorts.get("any")
            if retorts:
                parts.append(self.picker.pick(retorts.get(self.lang)))
        elif revealed:
            facts = {f.id: f for f in self.scenario.facts}
            parts += [facts[fact_id].answer.get(self.lang) for fact_id in revealed]
        # Entering a new part of the call earns its line, except that an answer already is the
        # customer's part of a diagnosing exchange ("ask me anything" after answering rings false).
        if not parts or (moved and not (revealed and state.phase == "diagnosing")):
            lines = candidate_lines(self.persona, state, self.mood.band(self.persona))
            if lines is not None:
                parts.append(self.picker.pick(not_asking_for_what_was_said(lines.get(self.lang), self.call.said_now, reply, self.lang)))
        return self._say(parts)

    def _say(self, parts: list[str]) -> str:
        self.picker.said(parts)
        joiner = "" if self.lang == "zh" else " "
        return joiner.join(fill(part, self.scenario, self.lang) for part in parts)

    def record(self) -> dict:
        """The session as JSON-ready data (docs/record.md)."""
        return {
            "scenario": self.scenario.id,
            "persona": self.persona.id,
            "persona_type": self.persona.type,
            "lang": self.lang,
            "seed": self.seed,
            "outcome": self.outcome or "incomplete",
            "final_state": self.state,
            "opening": self.opening,
            "turns": [turn.as_record() for turn in self.turns],
        }


def _matching_form(text: str) -> str:
    """Lower case, simplified characters: a fact's or a resolution's words are found in a reply
    typed in traditional characters (什麼時候 asks 什么时候)."""
    return simplified(text.lower())


def _evidence_dict(evidence: Any) -> dict:
    if isinstance(evidence, Mapping):
        return dict(evidence)
    return {key: getattr(evidence, key) for key in ("id", "start", "end", "cue")}
