"""Chinese tuning batches C and D (tests/data/grader_cases_zh_c.jsonl, grader_cases_zh_d.jsonl):
260 replies each by authors who never saw the lexicon, spoken register (嗯/哈/呗, 亲 chat,
traditional characters, typos). The zh lexicon was tuned on them with general guards and
word-class frames, not lifted lines. Untuned, cues only: C behaviours 0.836, violations 0.652,
false-violation rate 3.5%; D 0.755, 0.748, 8.5%. This keeps the cue lexicon at what it reached.

It measures the cue lexicon alone: the n-gram model is trained on every labeled reply, these
batches included, so with it the figures would say nothing about the lexicon."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.domain import VIOLATIONS
from simulator.grading.detect import Detector
from simulator.grading.metrics import evaluate

DATA = Path(__file__).parent / "data"
BATCHES = {"c": DATA / "grader_cases_zh_c.jsonl", "d": DATA / "grader_cases_zh_d.jsonl"}
# Reached (cues only): C behaviours 0.847, violations 0.948, false-violation rate 0.0%;
#                      D behaviours 0.777, violations 0.980, false-violation rate 0.0%.
MIN_MACRO_F1_BEHAVIORS = {"c": 0.83, "d": 0.76}
MIN_MACRO_F1_VIOLATIONS = {"c": 0.93, "d": 0.96}
MAX_FALSE_VIOLATION_RATE = {"c": 0.01, "d": 0.01}


def _items(batch: str) -> list[dict]:
    return [json.loads(line) for line in BATCHES[batch].read_text(encoding="utf-8").splitlines() if line.strip()]


def _rules_only() -> Detector:
    try:
        return Detector(models={})
    except TypeError:  # a detector without the n-gram model is already cues only
        return Detector()


@pytest.fixture(scope="module")
def reports() -> dict:
    detector = _rules_only()
    return {batch: evaluate(_items(batch), detector)["languages"]["zh"] for batch in BATCHES}


@pytest.mark.parametrize("batch", sorted(BATCHES))
def test_batch_is_chinese_and_covers_every_violation(batch):
    items = _items(batch)
    assert len(items) >= 250
    assert all(item["lang"] == "zh" for item in items)
    for ident in VIOLATIONS:
        assert sum(ident in item["violations"] for item in items) >= 10, f"fewer than 10 cases of {ident}"
    assert sum(not item["violations"] for item in items) >= 90, "fewer than 90 clean replies"


@pytest.mark.parametrize("batch", sorted(BATCHES))
def test_behaviours_macro_f1(reports, batch):
    assert reports[batch]["macro_f1_behaviors"] >= MIN_MACRO_F1_BEHAVIORS[batch]


@pytest.mark.parametrize("batch", sorted(BATCHES))
def test_violations_macro_f1(reports, batch):
    assert reports[batch]["macro_f1_violations"] >= MIN_MACRO_F1_VIOLATIONS[batch]


@pytest.mark.parametrize("batch", sorted(BATCHES))
def test_false_violation_rate(reports, batch):
    assert reports[batch]["false_violation_rate"] <= MAX_FALSE_VIOLATION_RATE[batch]


@pytest.mark.parametrize(
    "text, context, not_expected",
    [
        # a restatement checked with 对吧/是吧 is the customer's fact, not the agent's claim
        ("您那个点儿人在公司，根本不可能签，是吧？", "显示本人签收，我一整天都在公司。", "deny_possibility"),
        ("路由器是您自己买的，账单上却还在扣租赁费，对吧？", "我明明是自己买的路由器！", "blame_customer"),
        # a limit followed by what the agent can do is positive framing
        ("这个费用我这边直接免不了。不过您是因为出差退订，我可以帮您改成转让，三天内办好。", "", "flat_refusal"),
        # denying an accusation of the customer is not denying what was said
        ("不会不会，我可没说您故意的。", "你意思是我故意的？", "deny_saying"),
        # self-blame owns the problem
        ("这个当时应该提前跟您讲清楚的，没讲明白是我们不好。", "", "blame_customer"),
        # a contact promised on a timed condition is concrete
        ("预计八点前修好。八点要是还没好，我主动给您打电话。", "", "vague_deferral"),
        # reassurance, not belittling
        ("很多人第一次都弄不明白这个，很正常。", "", "belittle"),
    ],
)
def test_guards_generalise(text, context, not_expected):
    detection = _rules_only().detect(text, "zh", context)
    assert not_expected not in detection.violations
