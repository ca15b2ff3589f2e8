"""English tuning batches F and G (tests/data/grader_cases_en_f.jsonl, grader_cases_en_g.jsonl):
260 replies each by two authors who never saw the lexicon (F: live chat and DMs for apps and online
services; G: formal phone lines with the nine customer types). They showed false violations on
competent wordings (a restated situation before "that's rubbish", "your router probably shows",
"your fault is the control board", "it drops off by itself on the 1st", quoting the customer's
'rules are rules', "I'm sorry nobody told you", "I'll take it up with the landlord myself") and
low violation recall on general frames ("support wouldn't have said that", "that's what £4.99 gets
you", "fees are fees", "per our terms", "you'll have read it wrong", "my nan can do it"). Keeps the
cue lexicon (rules only, without the n-gram model) a little under the level it reached, so a later
edit that loses these wordings shows up here."""

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
    "grader_cases_en_f.jsonl": (0.79, 0.89, 0.01),  # reached 0.812 / 0.912 / 0.000 (before: 0.808 / 0.635 / 0.012)
    "grader_cases_en_g.jsonl": (0.79, 0.91, 0.01),  # reached 0.806 / 0.931 / 0.000 (before: 0.806 / 0.738 / 0.029)
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
def test_en_fg_rules_only(name, detector):
    report = evaluate(_items(name), detector)["languages"]["en"]
    min_behaviors, min_violations, max_false = TARGETS[name]
    assert report["macro_f1_behaviors"] >= min_behaviors
    assert report["macro_f1_violations"] >= min_violations
    assert report["false_violation_rate"] <= max_false


@pytest.mark.parametrize(
    "text, context",
    [
        ("Stranded halfway up a hill with a dead scooter — that's rubbish. Full ride refunded just now.", ""),
        ("Your router probably shows two network names. Could you tell me the names you see?", ""),
        ("It's only the roaming add-on for this month, and it drops off by itself on the 1st.", ""),
        ("So the receptionist told you 'rules are rules' — have I got that right?", "She said 'rules are rules'."),
        ("I'm sorry nobody told you — that should have come from us.", "Nobody told me."),
        ("I'll take it up with the landlord myself.", ""),
    ],
)
def test_competent_wordings_are_no_violation(text, context, detector):
    assert detector.detect(text, "en", context).violations == ()
