"""The detector: every id in both languages, the hard cases of domain.md section 5, spans, speed-independent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.domain import BEHAVIORS, LANGS, VIOLATIONS
from simulator.grading.detect import Detection, Detector, default_detector

CASES = [json.loads(line) for line in (Path(__file__).parent / "data" / "grader_cases.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
IDS = BEHAVIORS + VIOLATIONS


@pytest.fixture(scope="module")
def detector() -> Detector:
    return default_detector()


def _found(detector: Detector, item: dict) -> set[str]:
    got = detector.detect(item["text"], item["lang"], item.get("context", ""))
    return set(got.behaviors) | set(got.violations)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("ident", IDS)
def test_id_is_found_in_the_cases_that_carry_it(detector, ident, lang):
    positives = [c for c in CASES if c["lang"] == lang and ident in c["behaviors"] + c["violations"]]
    assert positives, f"no labeled case for {ident} in {lang}"
    hits = [c["id"] for c in positives if ident in _found(detector, c)]
    assert len(hits) >= max(1, round(0.8 * len(positives))), f"{ident}/{lang}: found in {len(hits)} of {len(positives)}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("ident", IDS)
def test_id_is_not_found_in_the_cases_without_it(detector, ident, lang):
    negatives = [c for c in CASES if c["lang"] == lang and ident not in c["behaviors"] + c["violations"]]
    false = [c["id"] for c in negatives if ident in _found(detector, c)]
    assert len(false) <= max(1, len(negatives) // 25), f"{ident}/{lang}: false in {false}"


@pytest.mark.parametrize(
    "text, lang, context, present, absent",
    [
        # negation and its scope cancel a violation
        ("我不是说您用错了，只是想排查一下。", "zh", "", [], ["blame_customer"]),
        ("I won't tell you it's impossible, these things happen.", "en", "", [], ["deny_possibility"]),
        ("I will not tell you it is impossible.", "en", "", [], ["deny_possibility"]),
        ("我不跟您争，您说说希望怎么处理？", "zh", "", ["ask_preference"], ["argue"]),
        ("不用您去找快递公司，我来联系。", "zh", "", [], ["pass_the_buck"]),
        # a polite wrapper does not cancel a violation
        ("Sorry, but that's company policy.", "en", "", ["apologize"], ["flat_refusal"]),
        ("不好意思，这是公司规定，退不了。", "zh", "", ["apologize"], []),
        # apology-like fillers are not apologies
        ("Sorry, what was your name?", "en", "", ["ask_question"], ["apologize"]),
        ("不好意思，您的订单号是？", "zh", "", ["ask_question"], ["apologize"]),
        # hostile or rhetorical questions do not diagnose
        ("Are you serious? What's that supposed to mean?", "en", "", ["argue"], ["ask_question"]),
        ("您认真的吗？这都不懂吗？", "zh", "", ["belittle"], ["ask_question"]),
        # beside a violation a question is a jab; a question that echoes the customer is a retort
        ("谁说的？我们这儿没人会这么说，您肯定是听错了。", "zh", "你们说这款手机信号最好！", [], ["ask_question"]),
        ("Are you sure it wasn't plugged into a cheap charger? You must have left it in overnight.", "en", "", [], ["ask_question"]),
        ("两个月就不转了？", "zh", "扫地机，用了两个月就不转了。", [], ["ask_question"]),
        ("网断三天？", "zh", "网断了三天了，我在家办公！", [], ["ask_question"]),
        ("断网几天了？", "zh", "网断了，我在家办公！", ["ask_question"], []),
        # asking for the specifics after a greeting diagnoses; it is no opening offer of help
        ("您好，请问具体是什么情况？", "zh", "这次燃气账单比平时多了三倍！", ["greet", "ask_question"], ["offer_help"]),
        ("您好，能详细说说是什么问题吗？", "zh", "洗衣机又漏水了。", ["greet", "ask_question"], ["offer_help"]),
        # a checking tag makes a question a check of what was said, not a diagnosis
        ("缺的是解放路口那个井盖，我没记错吧？", "zh", "", [], ["ask_question"]),
        # concrete follow-up versus vague deferral
        ("I'll call you back by 3pm tomorrow.", "en", "", ["commit_follow_up"], ["vague_deferral"]),
        ("We'll get back to you at some point.", "en", "", ["vague_deferral"], ["commit_follow_up"]),
        ("明天下午三点我给您回电话。", "zh", "", ["commit_follow_up"], ["vague_deferral"]),
        ("以后我们会和您联系的。", "zh", "", ["vague_deferral"], ["commit_follow_up"]),
        # empathy without the word "understand"
        ("三天没网还要在家办公，确实太折腾了。", "zh", "", ["empathize"], []),
        ("A week without heating in this cold would get anyone down, that sounds miserable.", "en", "", ["empathize"], []),
        ("我理解的意思是，您想换货，对吗？", "zh", "我想换货", ["confirm_understanding"], ["empathize"]),
        # confirmation that restates the customer's words (context)
        ("同一笔套餐费这个月扣了两次，对吧？", "zh", "你们这个月同一笔套餐费扣了我两次", ["confirm_understanding"], []),
        ("The router light keeps flashing orange, right?", "en", "My router light keeps flashing orange.", ["confirm_understanding"], []),
        # traditional characters, full-width punctuation, chat register, emoji, typos
        ("您好，歡迎致電，請問有什麼可以為您服務的？", "zh", "", ["greet", "offer_help"], []),
        ("碰上這種事，擱誰都鬱悶。", "zh", "", ["empathize"], []),  # 擱/鬱: beyond the common service words
        ("退款會在下個月帳單裡沖抵。", "zh", "", ["manage_expectations"], []),
        ("亲，您好呀~请问有什么可以邦到您😊", "zh", "", ["greet", "offer_help"], []),
        ("Ｓｏｒｒｙ ａｂｏｕｔ ｔｈｅ ｗａｉｔ！", "en", "", ["apologize"], []),
        ("Could you tell me exaclty which model it is？", "en", "", ["ask_question"], []),
        ("lol it's literally the easiest thing there is 😂", "en", "", ["belittle"], []),
        ("only filler", "en", "", [], IDS),
    ],
)
def test_hard_cases(detector, text, lang, context, present, absent):
    got = detector.detect(text, lang, context)
    found = set(got.behaviors) | set(got.violations)
    for ident in present:
        assert ident in found, f"{ident} missing in {found}"
    for ident in absent:
        assert ident not in found, f"{ident} wrongly found"


def test_policy_wrapped_in_an_apology_is_both(detector):
    got = detector.detect("Sorry, but that's company policy.", "en")
    assert got.behaviors == ("apologize",) and got.violations == ("hide_behind_policy",)


def test_evidence_spans_quote_the_original_text(detector):
    text = "真的很抱歉！這是公司規定，我們不能退。"
    got = detector.detect(text, "zh")
    quotes = {e.id: text[e.start : e.end] for e in got.evidence}
    assert "抱歉" in quotes["apologize"]
    assert "規定" in quotes["hide_behind_policy"]  # traditional characters, as the trainee typed them
    for e in got.evidence:
        assert 0 <= e.start < e.end <= len(text) and e.cue.startswith(("lexicon:", "rule:", "scenario:"))


def test_a_read_back_opener_is_not_quoted_as_the_follow_up(detector):
    # "跟您确认一下：" opens the recap; the promise is the callback after it, and the coach quotes that
    text = "好的，那我跟您确认一下：按实际读数重新出账，多扣的今天退回，明天十点前我给您回电。"
    quotes = [text[e.start : e.end] for e in detector.detect(text, "zh").evidence if e.id == "commit_follow_up"]
    assert quotes == ["我给您回电"]
    assert "commit_follow_up" in detector.detect("明天上午我再跟您确认一下到账情况。", "zh").behaviors


def test_ids_come_in_domain_order_and_to_dict_matches(detector):
    got = detector.detect("您好，非常抱歉，我马上给您补发，明天就能到，您看可以吗？", "zh")
    assert list(got.behaviors) == [b for b in BEHAVIORS if b in got.behaviors]
    data = got.to_dict()
    assert set(data) == {"behaviors", "violations", "evidence"}
    assert data["behaviors"] == list(got.behaviors)
    assert all(set(e) == {"id", "start", "end", "cue"} for e in data["evidence"])


def test_scenario_cues_add_behaviours_but_respect_negation(detector):
    cues = {"propose_solution": ["上门维修"], "ask_question": ["订单号"]}
    got = detector.detect("我们可以安排上门维修。", "zh", extra_cues=cues)
    assert "propose_solution" in got.behaviors
    assert any(e.cue == "scenario:上门维修" for e in got.evidence)
    negated = detector.detect("这个型号没有上门维修。", "zh", extra_cues={"propose_solution": ["上门维修"]})
    assert "propose_solution" not in negated.behaviors


def test_open_question_is_told_apart_from_yes_no(detector):
    assert detector.detect("能跟我讲讲是什么时候开始的吗？", "zh").open_question
    assert detector.detect("What happened when you switched it on?", "en").open_question
    assert not detector.detect("Is it switched on?", "en").open_question


def test_unknown_language_is_a_value_error(detector):
    with pytest.raises(ValueError):
        detector.detect("hola", "es")


def test_empty_reply_has_no_labels(detector):
    assert detector.detect("", "zh") == Detection((), (), (), False)


def test_default_detector_is_cached():
    assert default_detector() is default_detector()


def test_grading_core_never_imports_textual():
    import subprocess
    import sys

    code = "import sys, simulator.grading.detect, simulator.grading.score; sys.exit('textual' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
