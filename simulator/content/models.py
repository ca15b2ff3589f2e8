"""Pydantic models of the persona and scenario YAML formats (docs/authoring.md explains them)."""

from __future__ import annotations

from typing import Literal, Union

from pydantic import BaseModel, ConfigDict, Field

from simulator.domain import BEHAVIORS, PERSONA_TYPES, VIOLATIONS

PersonaType = Literal[PERSONA_TYPES]  # type: ignore[valid-type]
Lang = Literal["zh", "en"]
Phase = Literal["opening", "diagnosing", "solving", "closing"]
Outcome = Literal["resolved", "escalated", "hung_up"]
Band = Literal["hostile", "wary", "warm"]
Difficulty = Literal["easy", "medium", "hard"]

PHASES: tuple[str, ...] = ("opening", "diagnosing", "solving", "closing")
OUTCOME_IDS: tuple[str, ...] = ("resolved", "escalated", "hung_up")
BANDS: tuple[str, ...] = ("hostile", "wary", "warm")
# Line banks are keyed by a phase or an outcome, then by a mood band or `any`. A persona may also
# have the optional banks: `too_soon`, said when the trainee offers a fix before hearing them out.
LINE_KEYS: tuple[str, ...] = PHASES + OUTCOME_IDS
OPTIONAL_LINE_KEYS: tuple[str, ...] = ("too_soon",)
BAND_KEYS: tuple[str, ...] = BANDS + ("any",)
SIGNAL_IDS: tuple[str, ...] = BEHAVIORS + VIOLATIONS


class Strict(BaseModel):
    """Unknown keys are errors: a misspelt key would otherwise be silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Strict):
    """One piece of text in both languages, each written for its language."""

    zh: str = Field(min_length=1, description="Chinese text.")
    en: str = Field(min_length=1, description="English text.")

    def get(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class Lines(Strict):
    """Alternative lines in both languages; one is chosen at random (by seed)."""

    zh: list[str] = Field(min_length=1, description="Chinese alternatives.")
    en: list[str] = Field(min_length=1, description="English alternatives.")

    def get(self, lang: str) -> list[str]:
        return self.zh if lang == "zh" else self.en


class MoodChange(Strict):
    """How much one behaviour or violation moves the customer's mood (points on a 0-100 scale)."""

    anger: int = Field(0, ge=-50, le=50, description="Change in anger; positive makes them angrier.")
    trust: int = Field(0, ge=-50, le=50, description="Change in trust; positive makes them trust you more.")


class Anger(Strict):
    start: int = Field(ge=0, le=100, description="Anger when the call starts.")
    hot: int = Field(ge=1, le=100, description="At or above this the customer is in the `hostile` band.")
    breaking: int = Field(ge=1, le=100, description="At or above this the customer breaks off the call.")


class Trust(Strict):
    start: int = Field(ge=0, le=100, description="Trust when the call starts.")
    warm: int = Field(ge=1, le=100, description="At or above this (and below `hot` anger) the customer is `warm`.")


class Mood(Strict):
    """The mood model: anger and trust, each 0-100."""

    anger: Anger
    trust: Trust
    breaks_to: Literal["escalated", "hung_up"] = Field(
        description="How this customer breaks off when anger reaches `breaking`: asks for a supervisor or hangs up."
    )
    idle: MoodChange = Field(
        default_factory=lambda: MoodChange(anger=4, trust=-2),
        description="Applied when a reply shows no behaviour at all (small talk, filler, nothing useful).",
    )


class Persona(Strict):
    """A simulated customer: one of the nine emotional types, with a voice and a mood model."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="Unique id; scenarios name their persona by it.")
    type: PersonaType = Field(description="One of the nine emotional customer types of domain.md.")
    name: Text = Field(description="The customer's name as shown to the trainee.")
    description: Text = Field(description="Who this customer is, in two or three sentences.")
    advice: Lines = Field(description="Coaching advice: what wins this customer (shown before and after a call).")
    needs: dict[Phase, Text] = Field(
        description="Coach hint per phase: what this customer needs from the trainee right now."
    )
    mood: Mood
    reactions: dict[str, MoodChange] = Field(
        default_factory=dict,
        description="How each behaviour or violation id moves this persona's mood; ids not listed use the defaults.",
    )
    closed_questions: Literal["answer", "shrug"] = Field(
        "answer",
        description="`shrug`: yes/no questions reveal no facts (the silent type); `answer`: any question can.",
    )
    lines: dict[str, dict[str, Lines]] = Field(
        description="Customer lines by phase or outcome (opening, diagnosing, solving, closing, resolved, "
        "escalated, hung_up), then by mood band (hostile, wary, warm, or any). Optional: too_soon, said when "
        "the trainee offers a fix while the customer is still explaining. May use {placeholders} from the "
        "scenario's case."
    )
    retorts: dict[str, Lines] = Field(
        default_factory=dict,
        description="What the customer says right after a violation, by violation id or `any`.",
    )


class Fact(Strict):
    """Something the customer knows but says only when asked."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="Fact id, used in guards (`facts_known`).")
    asked_by: Lines = Field(description="Words in a trainee's question that ask for this fact (any one matches).")
    answer: Text = Field(description="What the customer says when asked; may use {placeholders}.")


class Resolution(Strict):
    """A resolution the customer would accept."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: Text = Field(description="Short name of the resolution, shown in the scorecard.")
    cues: Lines = Field(description="Words that show the trainee is offering this resolution.")


class Guards(Strict):
    """Conditions on a transition; all listed must hold. A transition with no conditions always fires."""

    said_any: list[str] | None = Field(None, description="The reply shows at least one of these ids.")
    said_all: list[str] | None = Field(None, description="The reply shows all of these ids.")
    said_before: list[str] | None = Field(
        None, description="Each of these ids was shown at some point in the call, this reply included."
    )
    said_earlier: list[str] | None = Field(
        None, description="Each of these ids was shown in an earlier reply (not counting this one)."
    )
    not_said: list[str] | None = Field(None, description="The reply shows none of these ids.")
    violated: bool | None = Field(None, description="true: the reply has a violation; false: it has none.")
    anger_below: int | None = Field(None, ge=0, le=101)
    anger_at_least: int | None = Field(None, ge=0, le=100)
    trust_below: int | None = Field(None, ge=0, le=101)
    trust_at_least: int | None = Field(None, ge=0, le=100)
    facts_known: list[str] | None = Field(None, description="These facts have been revealed.")
    facts_known_count: int | None = Field(None, ge=0, description="At least this many facts have been revealed.")
    resolution_offered: bool | None = Field(
        None, description="true: a resolution (or any concrete remedy) has been offered at some point."
    )
    turns_in_state_at_least: int | None = Field(None, ge=1, description="The call has stayed this many replies in the source state.")


class Transition(Strict):
    """After each trainee reply, the first transition from the current state whose conditions hold fires."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    source: Union[str, list[str]] = Field(alias="from", description="State name, list of names, or `*` for every non-final state.")
    dest: str = Field(alias="to", description="The state to move to.")
    when: Guards = Field(default_factory=Guards, description="Conditions; omitted means always.")

    def sources(self) -> list[str]:
        return [self.source] if isinstance(self.source, str) else list(self.source)


class State(Strict):
    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    phase: Phase | None = Field(None, description="Which part of the call this is; chooses the persona's lines.")
    outcome: Outcome | None = Field(None, description="Set on a final state: how the call ends there.")
    lines: dict[str, Lines] = Field(
        default_factory=dict,
        description="Lines for this state by mood band (hostile, wary, warm, any); they take precedence over the persona's.",
    )

    @property
    def terminal(self) -> bool:
        return self.outcome is not None


class Scenario(Strict):
    """One practice call: a situation, its facts, a persona, and the state machine of the call."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="Unique id, used on the command line.")
    title: Text
    setting: str = Field(description="Industry or channel, e.g. telecom, e-commerce, bank, airline.")
    situation: Text = Field(description="What the trainee is told before the call.")
    persona: str = Field(description="Id of the persona who calls.")
    difficulty: Difficulty
    languages: list[Lang] = Field(default_factory=lambda: ["zh", "en"], min_length=1)
    case: dict[str, Union[str, int, float, Text]] = Field(
        description="Case facts usable as {placeholders} in lines; must include `company` and `subject`."
    )
    facts: list[Fact] = Field(default_factory=list, description="Facts the customer reveals only when asked.")
    resolutions: list[Resolution] = Field(min_length=1, description="Resolutions the customer would accept.")
    cues: dict[str, Lines] = Field(
        default_factory=dict,
        description="Extra cue words for the grader in this scenario, by behaviour id.",
    )
    opening: Lines = Field(description="The customer's first words.")
    initial: str | None = Field(None, description="The starting state; default: the first state.")
    states: list[State] = Field(min_length=2)
    transitions: list[Transition] = Field(min_length=1)

    @property
    def initial_state(self) -> str:
        return self.initial or self.states[0].name

    def state(self, name: str) -> State:
        return next(state for state in self.states if state.name == name)
