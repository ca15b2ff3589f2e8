"""Every scenario, both languages: generic good service resolves it, persistent violations break it off."""

from __future__ import annotations

import pytest

from simulator.content import load_library
from simulator.engine.mood import Mood, react
from simulator.practice import start_call

from playtest import SCRIPTS, play_script

SCENARIOS = sorted(load_library().scenarios)
CASES = [(s, lang) for s in SCENARIOS for lang in ("zh", "en")]


@pytest.mark.parametrize("scenario_id, lang", CASES)
def test_generic_five_step_trainee_resolves_within_12_turns(library, scenario_id, lang):
    session = play_script(start_call(library, scenario_id, lang, seed=1), SCRIPTS["good"][lang])
    assert session.outcome == "resolved", [(t.state, t.mood, t.behaviors) for t in session.turns]
    assert len(session.turns) <= 12


@pytest.mark.parametrize("scenario_id, lang", CASES)
def test_trainee_who_keeps_violating_ends_escalated_or_hung_up_within_10_turns(library, scenario_id, lang):
    session = play_script(start_call(library, scenario_id, lang, seed=1), SCRIPTS["hostile"][lang])
    assert session.outcome in ("escalated", "hung_up"), [(t.state, t.mood, t.violations) for t in session.turns]
    assert len(session.turns) <= 10


@pytest.mark.parametrize("seed", [0, 1, 99])
def test_good_calls_resolve_whatever_the_seed(library, seed):
    for scenario_id in SCENARIOS[:4]:
        session = play_script(start_call(library, scenario_id, "en", seed=seed), SCRIPTS["good"]["en"])
        assert session.outcome == "resolved"


def test_the_same_seed_replays_the_same_call_and_another_seed_varies_it(library):
    def transcript(seed):
        session = play_script(start_call(library, SCENARIOS[0], "zh", seed=seed), SCRIPTS["good"]["zh"])
        return [session.opening] + [t.customer for t in session.turns]

    assert transcript(4) == transcript(4)
    assert any(transcript(4) != transcript(seed) for seed in range(5, 12))


def mood_after(persona, signals):
    from collections import Counter

    return react(Mood.start(persona), persona, signals, Counter())


def delta(persona, signals):
    after, start = mood_after(persona, signals), Mood.start(persona)
    return after.anger - start.anger, after.trust - start.trust


def by_type(library):
    return {p.type: p for p in library.personas.values()}


def test_the_same_reply_moves_each_persona_type_differently(library):
    probes = [["argue"], ["empty_promise"], ["manage_expectations"], ["greet", "take_ownership"], ["dismiss"], ["ask_question"]]
    profiles = {t: tuple(delta(p, s) for s in probes) for t, p in by_type(library).items()}
    assert len(set(profiles.values())) == len(profiles) == 9


def test_arguing_makes_a_combative_customer_angrier_than_anyone(library):
    personas = by_type(library)
    combative = delta(personas["combative"], ["argue"])[0]
    assert all(combative > delta(p, ["argue"])[0] for t, p in personas.items() if t != "combative")


def test_a_suspicious_customer_trusts_specifics_and_distrusts_vague_promises_more_than_most(library):
    personas = by_type(library)
    suspicious = personas["suspicious"]
    easygoing = personas["easygoing"]
    assert delta(suspicious, ["manage_expectations"])[1] > delta(easygoing, ["manage_expectations"])[1]
    assert delta(suspicious, ["empty_promise"])[1] < delta(easygoing, ["empty_promise"])[1]


def test_a_vain_customer_warms_to_respect_more_than_a_resolute_one(library):
    personas = by_type(library)
    respect = ["greet", "take_ownership"]
    assert delta(personas["vain"], respect)[1] > delta(personas["resolute"], respect)[1]


def test_a_silent_customer_answers_no_closed_question(library):
    silent = by_type(library)["silent"]
    assert silent.closed_questions == "shrug"
    assert all(p.closed_questions == "answer" for p in library.personas.values() if p.type != "silent")
