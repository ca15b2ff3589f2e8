"""The Chinese paraphrase batch (tests/data/grader_cases_zh_more.jsonl): ~25 natural variants per
violation (chat register, traditional characters, polite wrappers), clean replies that negate or
only resemble a violation, and extra cases for the weakest behaviours. It guards the zh lexicon's
word-class frames: the detector must stay at the product targets on it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.domain import VIOLATIONS
from simulator.grading.metrics import evaluate

ZH_MORE = Path(__file__).parent / "data" / "grader_cases_zh_more.jsonl"
TARGET_MACRO_F1 = 0.85
MAX_FALSE_VIOLATION_RATE = 0.03


def _items() -> list[dict]:
    return [json.loads(line) for line in ZH_MORE.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def report() -> dict:
    return evaluate(_items())["languages"]["zh"]


def test_batch_covers_every_violation_and_clean_replies():
    items = _items()
    assert all(item["lang"] == "zh" for item in items)
    for ident in VIOLATIONS:
        assert sum(ident in item["violations"] for item in items) >= 20, f"fewer than 20 cases of {ident}"
    assert sum(not item["violations"] for item in items) >= 60, "fewer than 60 clean replies"


def test_zh_more_behaviours_macro_f1(report):
    assert report["macro_f1_behaviors"] >= TARGET_MACRO_F1


def test_zh_more_violations_macro_f1(report):
    assert report["macro_f1_violations"] >= TARGET_MACRO_F1


def test_zh_more_false_violation_rate(report):
    assert report["false_violation_rate"] <= MAX_FALSE_VIOLATION_RATE
