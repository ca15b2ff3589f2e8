"""Chinese tuning batch H (tests/data/grader_cases_zh_h.jsonl): 260 replies by an author who never
saw the lexicon — new hires, team leaders and B2B support (贵司, SLA, 对账, 账期). Untuned, cues only:
behaviours 0.832, violations 0.844, false-violation rate 1.7%. The zh lexicon was tuned on it with
general guards and word-class frames, not lifted lines; this keeps the cue lexicon at what it reached.

It measures the cue lexicon alone: the n-gram model is trained on labeled replies, so with it the
figures would say nothing about the lexicon. (It could become one row of test_detect_batches.py.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.domain import VIOLATIONS
from simulator.grading.detect import Detector
from simulator.grading.metrics import evaluate

BATCH = Path(__file__).parent / "data" / "grader_cases_zh_h.jsonl"
# Reached (cues only): behaviours 0.950, violations 0.855, false-violation rate 0.0%.
MIN_MACRO_F1_BEHAVIORS = 0.93
MIN_MACRO_F1_VIOLATIONS = 0.84
MAX_FALSE_VIOLATION_RATE = 0.01


def _items() -> list[dict]:
    return [json.loads(line) for line in BATCH.read_text(encoding="utf-8").splitlines() if line.strip()]


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
    assert len(items) >= 250
    assert all(item["lang"] == "zh" for item in items)
    for ident in VIOLATIONS:
        assert sum(ident in item["violations"] for item in items) >= 10, f"fewer than 10 cases of {ident}"
    assert sum(not item["violations"] for item in items) >= 90, "fewer than 90 clean replies"


def test_behaviours_macro_f1(report):
    assert report["macro_f1_behaviors"] >= MIN_MACRO_F1_BEHAVIORS


def test_violations_macro_f1(report):
    assert report["macro_f1_violations"] >= MIN_MACRO_F1_VIOLATIONS


def test_false_violation_rate(report):
    assert report["false_violation_rate"] <= MAX_FALSE_VIOLATION_RATE


@pytest.mark.parametrize(
    "text, context, not_expected",
    [
        # a limit, then after a semicolon what the agent can do instead
        ("这个日期我改不了；在这之前我可以先派人上门帮您装好。", "", "flat_refusal"),
        # the agent acts per the agreement in the customer's favour
        ("故障恢复后我会按协议给您申请赔偿。", "", "hide_behind_policy"),
        # a purpose clause is no denial
        ("麻烦您把资料补全，这样审核时才不会出问题。", "", "deny_possibility"),
        # the customer's wish called normal is reassurance
        ("不愿意换新系统，这很正常。", "", "belittle"),
    ],
)
def test_guards_generalise(text, context, not_expected):
    assert not_expected not in _rules_only().detect(text, "zh", context).violations


@pytest.mark.parametrize(
    "text, context, expected",
    [
        ("这张单子我来跟，您不用再找别人。", "", "take_ownership"),
        ("问题出在我们这边，我马上安排。", "", "take_ownership"),
        ("是我的疏忽，没提前通知您。", "", "take_ownership"),
        ("业务停了一上午，这个压力我能想象。", "", "empathize"),
        ("被两边催，夹在中间肯定不好过。", "", "empathize"),
        ("刚上手找不到入口太正常了，我带您找。", "", "empathize"),
        ("我复述一下：周一起所有门店都打不出小票，对吗？", "", "confirm_understanding"),
        ("您好，这里是企业服务热线，请问有什么需要？", "", "offer_help"),
        ("您看是今晚处理，还是明早再弄？", "", "ask_preference"),
        ("我先给您远程重置一下设备。", "", "propose_solution"),
        ("差额下个账期自动抵扣。", "", "manage_expectations"),
        ("周五下班前我把核对结果回复给您。", "", "commit_follow_up"),
        ("额度我批不了，不过我可以申请一张优惠券给您。", "", "positive_framing"),
        ("您看这样安排能赶上您的工期吗？", "", "seek_agreement"),
    ],
)
def test_frames_generalise(text, context, expected):
    assert expected in _rules_only().detect(text, "zh", context).behaviors
