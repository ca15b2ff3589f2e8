"""Build a `transitions` state machine from a scenario, with guards compiled from its `when` blocks."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

from transitions import Machine

from simulator.content.models import Guards, Persona, Scenario
from simulator.engine.mood import Mood

ADVANCE = "advance"  # fired once after every trainee reply
CARRY_ON = "advance_further"  # then, after a clean reply, while it fires: the same transitions, to live states only


@dataclass
class CallFacts:
    """What the guards can see: the mood, what was said now and before, what is known."""

    mood: Mood
    said_now: set[str] = field(default_factory=set)
    said_ever: Counter = field(default_factory=Counter)
    said_earlier: Counter = field(default_factory=Counter)
    violated_now: bool = False
    facts_known: list[str] = field(default_factory=list)
    resolution_offered: bool = False
    turns_in_state: int = 0


Guard = Callable[..., bool]


def compile_guards(guards: Guards, call: CallFacts) -> list[Guard]:
    """One closure per condition in `guards`; each reads the live CallFacts when the trigger fires."""
    checks: list[Guard] = []

    def add(check: Callable[[], bool]) -> None:
        checks.append(lambda *_args, **_kwargs: check())

    if guards.said_any is not None:
        add(lambda ids=set(guards.said_any): bool(call.said_now & ids))
    if guards.said_all is not None:
        add(lambda ids=set(guards.said_all): ids <= call.said_now)
    if guards.said_before is not None:
        add(lambda ids=list(guards.said_before): all(call.said_ever[i] for i in ids))
    if guards.said_earlier is not None:
        add(lambda ids=list(guards.said_earlier): all(call.said_earlier[i] for i in ids))
    if guards.not_said is not None:
        add(lambda ids=set(guards.not_said): not (call.said_now & ids))
    if guards.violated is not None:
        add(lambda wanted=guards.violated: call.violated_now == wanted)
    if guards.anger_below is not None:
        add(lambda n=guards.anger_below: call.mood.anger < n)
    if guards.anger_at_least is not None:
        add(lambda n=guards.anger_at_least: call.mood.anger >= n)
    if guards.trust_below is not None:
        add(lambda n=guards.trust_below: call.mood.trust < n)
    if guards.trust_at_least is not None:
        add(lambda n=guards.trust_at_least: call.mood.trust >= n)
    if guards.facts_known is not None:
        add(lambda ids=list(guards.facts_known): all(i in call.facts_known for i in ids))
    if guards.facts_known_count is not None:
        add(lambda n=guards.facts_known_count: len(call.facts_known) >= n)
    if guards.resolution_offered is not None:
        add(lambda wanted=guards.resolution_offered: call.resolution_offered == wanted)
    if guards.turns_in_state_at_least is not None:
        add(lambda n=guards.turns_in_state_at_least: call.turns_in_state >= n)
    return checks


def breaking_state(scenario: Scenario, persona: Persona) -> str:
    """The final state the persona breaks off into: their `breaks_to` outcome, else any other non-resolved end."""
    ends = [s for s in scenario.states if s.outcome == persona.mood.breaks_to]
    ends = ends or [s for s in scenario.states if s.outcome in ("escalated", "hung_up")]
    if not ends:
        raise ValueError(f"scenario {scenario.id!r} has no escalated or hung_up state")
    return ends[0].name


class CallMachine:
    """The model that `transitions` drives: `state` is the scenario state the call is in."""

    state: str

    def __init__(self, scenario: Scenario, persona: Persona, call: CallFacts):
        live = [s.name for s in scenario.states if not s.terminal]
        broken = breaking_state(scenario, persona)
        breaking = persona.mood.anger.breaking
        specs = [
            {
                "trigger": ADVANCE,
                "source": live,
                "dest": broken,
                "conditions": compile_guards(Guards(anger_at_least=breaking), call),
            }
        ]
        terminal = {s.name for s in scenario.states if s.terminal}
        for transition in scenario.transitions:
            sources = live if transition.sources() == ["*"] else transition.sources()
            conditions = compile_guards(transition.when, call)
            specs.append({"trigger": ADVANCE, "source": sources, "dest": transition.dest, "conditions": conditions})
            if transition.dest not in terminal:
                specs.append({"trigger": CARRY_ON, "source": sources, "dest": transition.dest, "conditions": conditions})
        self.machine = Machine(
            model=self,
            states=[s.name for s in scenario.states],
            transitions=specs,
            initial=scenario.initial_state,
            auto_transitions=False,
            queued=True,
            ignore_invalid_triggers=True,
        )

    def step(self) -> None:
        """Fire the trigger once (the state says whether a transition happened)."""
        getattr(self, ADVANCE)()

    def carry_on(self) -> None:
        """One more step for the same reply, to a live state only: the call never ends on a
        carry-on, so the customer answers what was said first."""
        getattr(self, CARRY_ON)()
