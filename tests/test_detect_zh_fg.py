"""Chinese tuning batches F and G (tests/data/grader_cases_zh_f.jsonl, grader_cases_zh_g.jsonl):
260 replies each by authors who never saw the lexicon; F: online chat and platform services
(live-stream shops, ride hailing, games, community group buying, social insurance), G: formal
phone hotlines with the nine customer types. The zh lexicon was tuned on them with general
guards and word-class frames, not lifted lines. Untuned, cues only: F behaviours 0.818,
violations 0.666, false-violation rate 4.1%; G 0.793, 0.769, 5.7%. This keeps the cue lexicon
at what it reached.

It measures the cue lexicon alone: the n-gram model is trained on labeled replies, so with it
the figures would say nothing about the lexicon."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.domain import VIOLATIONS
from simulator.grading.detect import Detector
from simulator.grading.metrics import evaluate

DATA = Path(__file__).parent / "data"
BATCHES = {"f": DATA / "grader_cases_zh_f.jsonl", "g": DATA / "grader_cases_zh_g.jsonl"}
# Reached (cues only): F behaviours 0.836, violations 0.879, false-violation rate 0.0%;
#                      G behaviours 0.820, violations 0.928, false-violation rate 0.0%.
MIN_MACRO_F1_BEHAVIORS = {"f": 0.82, "g": 0.80}
MIN_MACRO_F1_VIOLATIONS = {"f": 0.86, "g": 0.91}
MAX_FALSE_VIOLATION_RATE = {"f": 0.01, "g": 0.01}


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
        # a negated speech act: the agent says what they will NOT claim
        ("我不会随便跟您说机器不可能出错，咱们先查记录。", "", "deny_possibility"),
        ("我可没觉得这是小事，咱们认真处理。", "你是不是觉得我小题大做？", "belittle"),
        # the agent's own organisation is responsible, or the agent liaises with the third party
        ("骑手归我们平台管，这个投诉我来跟进。", "", "pass_the_buck"),
        ("物业那边要是不配合，我直接跟他们沟通。", "", "pass_the_buck"),
        # a limit followed by an alternative the agent offers
        ("这个规定我改变不了，但我可以帮您申请一张补偿券。", "", "flat_refusal"),
        ("按规定现金最多只能赔五百，不过您要是选维修，我们承担全部费用。", "", "hide_behind_policy"),
        ("年费我没办法直接免，不过只要一年内刷满六次，年费就自动免除。", "", "flat_refusal"),
        # a contact whose time closes the clause before it is concrete
        ("明天中午十二点前，我本人给您回电话。", "", "vague_deferral"),
        ("师傅今天下午三点到，检查完我给您打电话说结果。", "", "vague_deferral"),
        # reassurance and naming the customer's feeling
        ("差了两百块，您有疑问很正常，我把明细列给您。", "", "price_excuse"),
        ("多扣了一笔，您当然不高兴。", "", "blame_customer"),
        ("您看还有哪里不太明白的吗？", "", "plead_ignorance"),
        # the agent puts it in writing for the customer
        ("我现在就把处理结果发到您手机上，白纸黑字。", "", "hide_behind_policy"),
        ("正常使用是不会掉色的，淋雨久了可能会有一点。", "", "deny_possibility"),
    ],
)
def test_guards_generalise(text, context, not_expected):
    detection = _rules_only().detect(text, "zh", context)
    assert not_expected not in detection.violations


@pytest.mark.parametrize(
    "text, context, expected",
    [
        # denying the company could be at fault, then suspecting the customer
        ("我们的设备都校准过，不可能出错，您是不是自己摔过？", "你们的体重秤不准！", "blame_customer"),
        ("那肯定是您晒坏的。", "", "blame_customer"),
        ("我们师傅不会修不好的。", "你们修完还是坏的！", "deny_possibility"),
        ("钱不会无缘无故少的。", "", "deny_possibility"),
        ("这种问题每天多了去了，排队的多了。", "", "belittle"),
        ("总会修好的，您别急。", "", "empty_promise"),
        ("审核完了我们会通知您。", "", "vague_deferral"),
        ("不交押金不能取车。", "", "flat_refusal"),
        ("您有意见直接打12315吧。", "", "pass_the_buck"),
        ("我们都是按流程来的。", "", "hide_behind_policy"),
        ("您嫌贵的话就别买了。", "", "dismiss"),
        ("您那个检测机构靠不靠谱还两说呢。", "", "argue"),
    ],
)
def test_frames_generalise(text, context, expected):
    detection = _rules_only().detect(text, "zh", context)
    assert expected in detection.violations
