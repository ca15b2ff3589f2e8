"""The customer's mood: anger and trust on 0-100 scales, moved by what the trainee says."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Iterable

import yaml

from simulator.content.models import MoodChange, Persona
from simulator.domain import BEHAVIORS

# Offering one of the scenario's own resolutions in its own words earns this on top.
RESOLUTION_BONUS = MoodChange(anger=-3, trust=5)


@cache
def default_reactions() -> dict[str, MoodChange]:
    text = resources.files("simulator.content").joinpath("default_reactions.yaml").read_text(encoding="utf-8")
    return {key: MoodChange(**value) for key, value in yaml.safe_load(text).items()}


def reaction(persona: Persona, signal: str) -> MoodChange:
    """How `signal` (a behaviour or violation id) moves this persona, before repetition is considered."""
    return persona.reactions.get(signal) or default_reactions()[signal]


def clamp(value: float) -> int:
    return max(0, min(100, round(value)))


@dataclass(frozen=True)
class Mood:
    anger: int
    trust: int

    @classmethod
    def start(cls, persona: Persona) -> "Mood":
        return cls(persona.mood.anger.start, persona.mood.trust.start)

    def band(self, persona: Persona) -> str:
        """`hostile`, `wary` or `warm`: which of the persona's lines fit this mood."""
        if self.anger >= persona.mood.anger.hot:
            return "hostile"
        if self.trust >= persona.mood.trust.warm:
            return "warm"
        return "wary"

    def shifted(self, anger: float, trust: float) -> "Mood":
        return Mood(clamp(self.anger + anger), clamp(self.trust + trust))

    def as_dict(self) -> dict[str, int]:
        return {"anger": self.anger, "trust": self.trust}


def react(
    mood: Mood,
    persona: Persona,
    signals: Iterable[str],
    heard_before: Counter,
    resolution_named: bool = False,
) -> Mood:
    """The mood after one reply showing `signals`.

    A behaviour the customer has already heard in this call counts for less each time (a third
    apology soothes far less than the first); violations always count in full.
    """
    signals = list(signals)
    anger = trust = 0.0
    for signal in signals:
        change = reaction(persona, signal)
        weight = 1 / (1 + heard_before[signal]) if signal in BEHAVIORS else 1.0
        anger += change.anger * weight
        trust += change.trust * weight
    if not signals:
        anger, trust = persona.mood.idle.anger, persona.mood.idle.trust
    if resolution_named:
        anger += RESOLUTION_BONUS.anger
        trust += RESOLUTION_BONUS.trust
    return mood.shifted(anger, trust)
