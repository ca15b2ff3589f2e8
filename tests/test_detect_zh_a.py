"""Chinese tuning batch A (tests/data/grader_cases_zh_a.jsonl): 200 fresh replies by an author who
never saw the lexicon — many sectors, 亲 chat register, traditional characters, typos, emoji.
The zh lexicon was tuned on it with general word-class frames (untuned, cues only: behaviours
0.768, violations 0.705, false-violation rate 3.5%); this keeps the cue lexicon at what it reached.

It measures the cue lexicon alone: the n-gram model is trained on every labeled reply, this batch
included, so with it the figures would say nothing about the lexicon."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.domain import VIOLATIONS
from simulator.grading.detect import Detector
from simulator.grading.metrics import evaluate

ZH_A = Path(__file__).parent / "data" / "grader_cases_zh_a.jsonl"
# Reached (cues only): behaviours 0.988, violations 0.980, false-violation rate 0.7%.
MIN_MACRO_F1_BEHAVIORS = 0.96
MIN_MACRO_F1_VIOLATIONS = 0.95
MAX_FALSE_VIOLATION_RATE = 0.02


def _items() -> list[dict]:
    return [json.loads(line) for line in ZH_A.read_text(encoding="utf-8").splitlines() if line.strip()]


def _rules_only() -> Detector:
    try:
        return Detector(models={})
    except TypeError:  # a detector without the n-gram model is already cues only
        return Detector()


@pytest.fixture(scope="module")
def report() -> dict:
    return evaluate(_items(), _rules_only())["languages"]["zh"]


def test_batch_is_chinese_and_covers_every_violation():
    items = _items()
    assert len(items) >= 200
    assert all(item["lang"] == "zh" for item in items)
    for ident in VIOLATIONS:
        assert sum(ident in item["violations"] for item in items) >= 9, f"fewer than 9 cases of {ident}"
    assert sum(not item["violations"] for item in items) >= 90, "fewer than 90 clean replies"


def test_zh_a_behaviours_macro_f1(report):
    assert report["macro_f1_behaviors"] >= MIN_MACRO_F1_BEHAVIORS


def test_zh_a_violations_macro_f1(report):
    assert report["macro_f1_violations"] >= MIN_MACRO_F1_VIOLATIONS


def test_zh_a_false_violation_rate(report):
    assert report["false_violation_rate"] <= MAX_FALSE_VIOLATION_RATE
