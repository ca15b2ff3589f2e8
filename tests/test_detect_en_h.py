"""English tuning batch H (tests/data/grader_cases_en_h.jsonl): 260 replies by an author who never
saw the lexicon (new hires, team leaders, B2B support: business broadband, SaaS, freight, card
terminals). It showed false violations on competent wordings ("I won't make you go through it
again", "No, not at all — I'm not suggesting that", "No, I'm not here to argue", "because we don't
know what each load is worth") and low violation recall on disowning, sarcasm, curt closes and
hedged blame. Keeps the cue lexicon (rules only, without the n-gram model) a little under the level
it reached, and checks paraphrases (not the batch's lines) of each frame and guard added for it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.domain import VIOLATIONS
from simulator.grading.detect import Detector
from simulator.grading.metrics import evaluate

DATA = Path(__file__).parent / "data"
BATCH = "grader_cases_en_h.jsonl"
# min macro-F1 behaviours, min macro-F1 violations, max false-violation rate
# reached 0.789 / 0.994 / 0.000 (before: 0.787 / 0.727 / 0.023)
TARGET = (0.77, 0.96, 0.01)


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(models={})


def _items() -> list[dict]:
    lines = (DATA / BATCH).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_batch_covers_every_violation_and_clean_replies():
    items = _items()
    assert all(i["lang"] == "en" for i in items)
    for ident in VIOLATIONS:
        assert sum(ident in i["violations"] for i in items) >= 9, f"fewer than 9 cases of {ident}"
    assert sum(not i["violations"] for i in items) >= 60


def test_en_h_rules_only(detector):
    report = evaluate(_items(), detector)["languages"]["en"]
    min_behaviors, min_violations, max_false = TARGET
    assert report["macro_f1_behaviors"] >= min_behaviors
    assert report["macro_f1_violations"] >= min_violations
    assert report["false_violation_rate"] <= max_false


@pytest.mark.parametrize(
    "text, context, expected",
    [
        ("Drivers are independent contractors, so you'd need to chase him.", "", "pass_the_buck"),
        ("You'd have to ask your own accountant.", "", "pass_the_buck"),
        ("Check with your insurer.", "", "pass_the_buck"),
        ("A premium plan isn't a magic wand, you know.", "", "belittle"),
        ("You'd understand that, being an engineer yourself.", "", "belittle"),
        ("That's hardly expensive.", "", "belittle"),
        ("It takes literally three taps.", "", "belittle"),
        ("Everyone else manages it fine.", "", "belittle"),
        ("Go ahead, that's your right. Have a nice day.", "I'm going to complain.", "dismiss"),
        ("That's entirely your decision. Bye.", "I'll go elsewhere.", "dismiss"),
        ("Next customer, please.", "", "dismiss"),
        ("End of story.", "", "dismiss"),
        ("Weather's weather.", "My delivery's late because of snow.", "dismiss"),
        ("We would never close an account without notice.", "You closed my account!", "deny_possibility"),
        ("The website never goes down.", "Your site was down all morning.", "deny_possibility"),
        ("Pallets don't just go missing.", "", "deny_possibility"),
        ("You're on the free tier, so support is email only and slow.", "", "price_excuse"),
        ("You can't expect next-day service for that sort of money.", "", "price_excuse"),
        ("Sam wouldn't have promised that.", "Sam promised a refund.", "deny_saying"),
        ("Not with your licence. Sorry.", "Can I add another user?", "flat_refusal"),
        ("It's full price or nothing.", "Can I get a discount?", "flat_refusal"),
        ("Because it can't, that's why.", "Why can't it be moved?", "flat_refusal"),
        ("The cancellation fee is non-negotiable.", "", "flat_refusal"),
        ("Just read the contract.", "", "hide_behind_policy"),
        ("You're thinking of something else.", "", "argue"),
        ("Did you though?", "I checked the settings.", "argue"),
        ("No, that's not slow, it's actually quick for your area.", "", "argue"),
        ("Was it set up correctly though?", "", "blame_customer"),
        ("You should have been home when the driver came.", "", "blame_customer"),
        ("It'll be in your stockroom somewhere.", "", "blame_customer"),
        ("You'll be measuring it over wireless.", "", "blame_customer"),
        ("I'm sure it'll come through this time.", "", "empty_promise"),
    ],
)
def test_frames_generalise(text, context, expected, detector):
    assert expected in detector.detect(text, "en", context).violations


@pytest.mark.parametrize(
    "text, context",
    [
        ("Thanks for trying all that — I won't make you repeat any of it. I'm booking an engineer.", ""),
        ("No, not at all — I'd never suggest that.", "Are you saying I broke it?"),
        ("No, I'm not going to argue with you; let's sort it.", "Are you going to argue with me?"),
        ("We can't cover lost profits, because we can't know what every parcel is worth, but I'll refund the postage.", ""),
        ("Our drivers are independent contractors, but I'm responsible for your delivery and I'll chase it now.", ""),
        ("That's your decision, and I'll support it. Have a lovely day.", ""),
        ("Payments usually arrive within two working days.", ""),
        ("You're on the free plan, so I can upgrade you today at no cost for a month.", ""),
        ("Not on that plan, but I can move you to one that includes it today.", ""),
        ("It's a simple fix and I'll do it for you now.", ""),
        ("No, it's not your fault — it's actually a fault on our side.", ""),
        ("Did the engineer fit it properly? I'll check his report.", ""),
        ("It'll be at your site by 3pm.", ""),
        ("I'll check with the courier and call you back at 4pm.", ""),
        ("So yes, you were overcharged, and I've refunded it.", ""),
        ("Anyway, what's important is that I've fixed it now.", ""),
        ("You should have been sent a code by text.", ""),
    ],
)
def test_competent_wordings_are_no_violation(text, context, detector):
    assert detector.detect(text, "en", context).violations == ()
