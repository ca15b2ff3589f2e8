"""The English paraphrase batch (tests/data/grader_cases_en_more.jsonl): ~25 natural variants per
violation (curt, polite-wrapped, idioms, typos), clean replies that look like violations (negated,
apology fillers) and the weaker behaviours. Keeps the English detector at the product targets on
wording it was not written from, using the same metric helpers as tests/test_detect_heldout.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.domain import VIOLATIONS
from simulator.grading.metrics import evaluate

MORE = Path(__file__).parent / "data" / "grader_cases_en_more.jsonl"
TARGET_MACRO_F1 = 0.85
MAX_FALSE_VIOLATION_RATE = 0.03


def _items() -> list[dict]:
    return [json.loads(line) for line in MORE.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def report() -> dict:
    return evaluate(_items())["languages"]["en"]


def test_batch_covers_every_violation_and_clean_replies():
    items = _items()
    assert all(i["lang"] == "en" for i in items)
    for ident in VIOLATIONS:
        assert sum(ident in i["violations"] for i in items) >= 20, f"fewer than 20 cases of {ident}"
    assert sum(not i["violations"] for i in items) >= 60


def test_en_more_behaviours_macro_f1(report):
    assert report["macro_f1_behaviors"] >= TARGET_MACRO_F1


def test_en_more_violations_macro_f1(report):
    assert report["macro_f1_violations"] >= TARGET_MACRO_F1


def test_en_more_false_violation_rate(report):
    assert report["false_violation_rate"] <= MAX_FALSE_VIOLATION_RATE
