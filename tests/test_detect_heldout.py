"""The held-out batch (tests/data/grader_heldout.jsonl): fresh replies, labeled by domain.md section 5,
written apart from the dev set. The detector must stay at the product targets on it, per language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.domain import LANGS
from simulator.grading.metrics import evaluate

HELDOUT = Path(__file__).parent / "data" / "grader_heldout.jsonl"
TARGET_MACRO_F1 = 0.85
MAX_FALSE_VIOLATION_RATE = 0.03


@pytest.fixture(scope="module")
def report() -> dict:
    items = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    return evaluate(items)


def test_heldout_batch_covers_every_violation_and_clean_replies():
    items = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    from simulator.domain import VIOLATIONS

    for lang in LANGS:
        mine = [i for i in items if i["lang"] == lang]
        for ident in VIOLATIONS:
            assert sum(ident in i["violations"] for i in mine) >= 4, f"{lang}: fewer than 4 cases of {ident}"
        assert sum(not i["violations"] for i in mine) >= 0.3 * len(mine), f"{lang}: under 30% clean replies"


@pytest.mark.parametrize("lang", LANGS)
def test_heldout_behaviours_macro_f1(report, lang):
    assert report["languages"][lang]["macro_f1_behaviors"] >= TARGET_MACRO_F1


@pytest.mark.parametrize("lang", LANGS)
def test_heldout_violations_macro_f1(report, lang):
    assert report["languages"][lang]["macro_f1_violations"] >= TARGET_MACRO_F1


@pytest.mark.parametrize("lang", LANGS)
def test_heldout_false_violation_rate(report, lang):
    assert report["languages"][lang]["false_violation_rate"] <= MAX_FALSE_VIOLATION_RATE
