"""English tuning batch A (tests/data/grader_cases_en_a.jsonl): 200 fresh replies by an author who
never saw the lexicon: idiomatic empathy, offers phrased as questions, limit-but-I-can framing,
deny_saying as "nobody here would've said that", hedged blame, sarcasm and curt topic changes.
Keeps the cue lexicon (rules only, without the n-gram model) at the level it reached on this batch,
a little under it, so a later edit that loses one of these wordings shows up here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.domain import VIOLATIONS
from simulator.grading.detect import Detector
from simulator.grading.metrics import evaluate

BATCH = Path(__file__).parent / "data" / "grader_cases_en_a.jsonl"
MIN_MACRO_F1_BEHAVIORS = 0.95  # reached 0.992
MIN_MACRO_F1_VIOLATIONS = 0.95  # reached 1.000
MAX_FALSE_VIOLATION_RATE = 0.01  # reached 0.000


def _items() -> list[dict]:
    return [json.loads(line) for line in BATCH.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def report() -> dict:
    return evaluate(_items(), Detector(models={}))["languages"]["en"]


def test_batch_covers_every_violation_and_clean_replies():
    items = _items()
    assert all(i["lang"] == "en" for i in items)
    for ident in VIOLATIONS:
        assert sum(ident in i["violations"] for i in items) >= 9, f"fewer than 9 cases of {ident}"
    assert sum(not i["violations"] for i in items) >= 60


def test_en_a_behaviours_macro_f1(report):
    assert report["macro_f1_behaviors"] >= MIN_MACRO_F1_BEHAVIORS


def test_en_a_violations_macro_f1(report):
    assert report["macro_f1_violations"] >= MIN_MACRO_F1_VIOLATIONS


def test_en_a_false_violation_rate(report):
    assert report["false_violation_rate"] <= MAX_FALSE_VIOLATION_RATE
