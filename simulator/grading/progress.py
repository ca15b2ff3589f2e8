"""Where a call stands on the five service-encounter steps, live: not yet, done, done out of order, missed.

Pure: it reads the behaviour ids of each turn, so the TUI, the CLI and the tests share one rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from simulator.domain import STEP_OF_BEHAVIOR, STEPS

PENDING = "pending"
DONE = "done"
OUT_OF_ORDER = "out_of_order"
MISSED = "missed"
STATUSES: tuple[str, ...] = (PENDING, DONE, OUT_OF_ORDER, MISSED)


@dataclass(frozen=True)
class StepProgress:
    """One step's status and the (1-based) turn that first showed it, if any."""

    step: str
    status: str
    turn: int | None = None


def step_progress(turn_behaviors: Iterable[Iterable[str]], ended: bool) -> list[StepProgress]:
    """The five steps in order, given each turn's behaviour ids and whether the call is over.

    A step is done the first time one of its behaviours shows. It is done out of order when a
    later step had already shown in an earlier turn (the same turn counts as in order: greeting
    and asking in one reply is fine). A step never shown is missed once the call has ended.
    """
    first: dict[str, int] = {}
    for number, behaviors in enumerate(turn_behaviors, start=1):
        for behavior in behaviors:
            step = STEP_OF_BEHAVIOR.get(behavior)
            if step is not None:
                first.setdefault(step, number)
    order = list(STEPS)
    result = []
    for index, step in enumerate(order):
        turn = first.get(step)
        if turn is None:
            status = MISSED if ended else PENDING
        elif any(first.get(later, turn) < turn for later in order[index + 1 :]):
            status = OUT_OF_ORDER
        else:
            status = DONE
        result.append(StepProgress(step, status, turn))
    return result
