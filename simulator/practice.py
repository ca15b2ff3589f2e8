"""Wire content, engine and grader into a practice call; the one factory the CLI and the TUI share."""

from __future__ import annotations

from simulator.content import Library, load_library
from simulator.engine import Session


def start_call(library: Library, scenario_id: str, lang: str, seed: int = 0) -> Session:
    """A new call on `scenario_id`, graded by the default detector. KeyError/ValueError say what is wrong."""
    from simulator.grading.detect import default_detector

    scenario = library.scenario(scenario_id)
    return Session(scenario, library.persona_of(scenario), lang, default_detector(), seed=seed)


def scorecard(session: Session) -> dict:
    """The graded scorecard of a call, as recorded under `score` (the same as `roleplay grade` of its record)."""
    from simulator.grading.score import grade_record

    return grade_record(session.record()).to_dict()


__all__ = ["Library", "load_library", "start_call", "scorecard"]
