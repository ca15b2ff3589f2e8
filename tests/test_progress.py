"""The live step tracker: not yet / done / done out of order / missed, from turns' behaviours."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from simulator.domain import BEHAVIORS, STEPS
from simulator.grading.progress import DONE, MISSED, OUT_OF_ORDER, PENDING, step_progress


def statuses(turns, ended=False):
    return {p.step: p.status for p in step_progress(turns, ended)}


def test_nothing_said_yet_is_all_pending():
    assert set(statuses([]).values()) == {PENDING}


def test_steps_in_order_are_done_with_their_first_turn():
    progress = step_progress([["greet"], ["ask_question"], ["propose_solution", "seek_agreement"]], ended=False)
    assert [(p.step, p.status, p.turn) for p in progress] == [
        ("set_tone", DONE, 1),
        ("diagnose", DONE, 2),
        ("solve", DONE, 3),
        ("summarize", PENDING, None),
        ("follow_up", PENDING, None),
    ]


def test_two_steps_in_one_reply_are_in_order():
    assert statuses([["greet", "ask_question"]])["set_tone"] == DONE


def test_a_step_done_after_a_later_one_is_out_of_order():
    result = statuses([["propose_solution"], ["apologize"]])
    assert result["set_tone"] == OUT_OF_ORDER
    assert result["solve"] == DONE


def test_steps_never_shown_are_missed_once_the_call_ends():
    result = statuses([["greet"], ["argue"]], ended=True)
    assert result["set_tone"] == DONE
    assert [result[s] for s in ("diagnose", "solve", "summarize", "follow_up")] == [MISSED] * 4


def test_violations_and_unknown_ids_do_not_count_as_steps():
    assert set(statuses([["dismiss", "flat_refusal", "unknown"]]).values()) == {PENDING}


@given(st.lists(st.lists(st.sampled_from(BEHAVIORS + ("argue",)), max_size=4), max_size=12), st.booleans())
def test_every_step_gets_exactly_one_status_and_shown_steps_are_never_missed(turns, ended):
    progress = step_progress(turns, ended)
    assert [p.step for p in progress] == list(STEPS)
    shown = {b for turn in turns for b in turn}
    for p in progress:
        was_shown = bool(shown & set(STEPS[p.step]))
        assert (p.turn is not None) == was_shown
        if was_shown:
            assert p.status in (DONE, OUT_OF_ORDER)
        else:
            assert p.status == (MISSED if ended else PENDING)
    # The earliest step shown can never be out of order.
    first = min((p for p in progress if p.turn), key=lambda p: p.turn, default=None)
    if first is not None and all(q.turn != first.turn or q is first for q in progress):
        assert first.status == DONE


def test_progress_does_not_import_textual():
    import subprocess
    import sys

    code = "import sys, simulator.grading.progress; sys.exit('textual' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
