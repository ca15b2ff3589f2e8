"""English tuning batches C and D (tests/data/grader_cases_en_c.jsonl, grader_cases_en_d.jsonl):
260 replies each by two authors who never saw the lexicon. They showed two weaknesses the lexicon
now guards: false violations on competent wordings (a follow-up whose time sits elsewhere in the
sentence, empathy such as "that must make it impossible", amounts quoted as refunds, restating the
complaint, "I'm not sending you off to the manufacturer") and recall of violations phrased as
general frames ("the meter doesn't lie", "our engineers don't miss appointments", "you'll hear
from them sooner or later"). Keeps the cue lexicon (rules only, without the n-gram model) a little
under the level it reached, so a later edit that loses these wordings shows up here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.domain import VIOLATIONS
from simulator.grading.detect import Detector
from simulator.grading.metrics import evaluate

DATA = Path(__file__).parent / "data"
# batch → (min macro-F1 behaviours, min macro-F1 violations, max false-violation rate)
TARGETS = {
    "grader_cases_en_c.jsonl": (0.85, 0.88, 0.01),  # reached 0.874 / 0.901 / 0.000 (before: 0.853 / 0.613 / 0.029)
    "grader_cases_en_d.jsonl": (0.82, 0.89, 0.01),  # reached 0.847 / 0.911 / 0.000 (before: 0.822 / 0.652 / 0.056)
}


def _items(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(models={})


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_batch_covers_every_violation_and_clean_replies(name):
    items = _items(name)
    assert all(i["lang"] == "en" for i in items)
    for ident in VIOLATIONS:
        assert sum(ident in i["violations"] for i in items) >= 9, f"fewer than 9 cases of {ident}"
    assert sum(not i["violations"] for i in items) >= 60


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_en_cd_rules_only(name, detector):
    report = evaluate(_items(name), detector)["languages"]["en"]
    min_behaviors, min_violations, max_false = TARGETS[name]
    assert report["macro_f1_behaviors"] >= min_behaviors
    assert report["macro_f1_violations"] >= min_violations
    assert report["false_violation_rate"] <= max_false
