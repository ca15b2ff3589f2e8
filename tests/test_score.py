"""The call scorecard: step scores, persona needs, ordering of good and poor calls, feedback."""

from __future__ import annotations

import pytest

from simulator.domain import PERSONA_TYPES, STEPS
from simulator.grading.score import grade_session

MODEL = {
    "zh": [
        ("你们的宽带三天没网了！", "您好，三天没网确实太折腾了，真的很抱歉，这件事我来负责跟到底。"),
        ("对啊，我在家办公呢。", "能跟我讲讲是从什么时候开始断的吗？路由器现在亮的是什么灯？"),
        ("周一晚上开始的，红灯一直闪。", "我确认一下：从周一晚上开始断网，路由器红灯一直闪，对吗？"),
        ("对。", "我能做的是今天下午安排师傅上门换光猫，修复一般要一个小时。您看下午两点还是四点方便？这样处理可以吗？"),
        ("四点吧，行。", "好的，我总结一下：今天下午四点师傅上门换光猫，断网这几天的费用给您减免。明天上午十点我给您回电话确认网络正常。感谢您的耐心，祝您生活愉快！"),
    ],
    "en": [
        ("My broadband has been down for three days!", "Hello, three days offline is really frustrating, I'm so sorry, and I'll see this through myself."),
        ("Yes, and I work from home.", "Could you tell me when it first dropped, and what lights are showing on the router?"),
        ("Monday night. The red light is flashing.", "Let me make sure I've got this right: it's been down since Monday night and the red light keeps flashing, is that right?"),
        ("Yes.", "What I can do is send an engineer this afternoon to swap the router, and repairs like this usually take an hour. Would 2pm or 4pm suit you better? Does that work for you?"),
        ("4pm, fine.", "Great, to recap: an engineer comes at 4pm today to swap the router, and the days without service are credited. I'll call you at 10am tomorrow to check everything's working. Thanks for your patience, have a good day!"),
    ],
}
# The same call without the diagnosing turns.
SKIPPED = {lang: [turns[0], turns[3], turns[4]] for lang, turns in MODEL.items()}
VIOLATING = {
    "zh": SKIPPED["zh"][:1] + [("你们到底管不管？", "您冷静点，这不可能是我们的问题，肯定是您自己把路由器弄坏了，公司规定就是这样。")] + SKIPPED["zh"][1:],
    "en": SKIPPED["en"][:1] + [("Are you going to fix it or not?", "Calm down. That's impossible on our side, you must have broken the router yourself, and that's company policy.")] + SKIPPED["en"][1:],
}


def _turns(pairs):
    return [{"customer_before": customer, "trainee": trainee} for customer, trainee in pairs]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("persona", PERSONA_TYPES)
def test_model_call_beats_skipped_diagnosis_beats_violations(persona, lang):
    model = grade_session(_turns(MODEL[lang]), persona, lang)
    skipped = grade_session(_turns(SKIPPED[lang]), persona, lang)
    violating = grade_session(_turns(VIOLATING[lang]), persona, lang)
    assert model.overall > skipped.overall > violating.overall
    assert model.grade == "A"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_model_call_covers_every_step(lang):
    card = grade_session(_turns(MODEL[lang]), "easygoing", lang)
    assert set(card.steps) == set(STEPS)
    assert all(score >= 60 for score in card.steps.values()), card.steps
    assert card.feedback == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_feedback_quotes_the_trainee_and_suggests_a_better_phrasing(lang):
    card = grade_session(_turns(VIOLATING[lang]), "combative", lang)
    violations = {item["violation"] for item in card.feedback}
    assert {"dismiss", "deny_possibility", "blame_customer", "hide_behind_policy"} <= violations
    said = VIOLATING[lang][1][1]
    for item in card.feedback:
        assert item["turn"] == 1 and item["quote"] and item["quote"] in said
        assert item["better"] and item["why"]
    assert card.penalty > 0


def test_feedback_is_in_the_session_language():
    zh = grade_session(_turns(VIOLATING["zh"]), "neurotic", "zh")
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in item["better"]) for item in zh.feedback)


def test_solving_before_diagnosing_is_noted_on_the_turn():
    pairs = [MODEL["en"][3], MODEL["en"][1]]
    card = grade_session(_turns(pairs), "easygoing", "en")
    assert card.turns[0]["notes"]
    assert card.steps["diagnose"] < grade_session(_turns(MODEL["en"]), "easygoing", "en").steps["diagnose"]


def test_combative_customer_takes_arguing_harder_than_an_easygoing_one():
    pairs = MODEL["en"][:1] + [("You're wrong!", "No, you're wrong about that, you're mixing us up with someone else.")] + MODEL["en"][1:]
    combative = grade_session(_turns(pairs), "combative", "en")
    easygoing = grade_session(_turns(pairs), "easygoing", "en")
    assert combative.penalty > easygoing.penalty


def test_silent_customer_needs_open_questions():
    card = grade_session(_turns(SKIPPED["zh"]), "silent", "zh")
    open_note = next(n for n in card.persona_notes if n["need"] == "open_questions")
    assert open_note["met"] is False
    assert next(n for n in grade_session(_turns(MODEL["zh"]), "silent", "zh").persona_notes if n["need"] == "open_questions")["met"]


def test_labels_given_with_the_turns_are_used():
    turns = [{"customer_before": "", "trainee": "ok", "behaviors": ["greet", "offer_help"], "violations": []}]
    card = grade_session(turns, "easygoing", "en")
    assert card.turns[0]["behaviors"] == ["greet", "offer_help"]
    assert card.steps["set_tone"] > 0


def test_scorecard_to_dict_is_json_ready():
    import json

    data = grade_session(_turns(MODEL["zh"]), "vain", "zh").to_dict()
    assert {"overall", "grade", "steps", "turns", "feedback", "persona_notes"} <= set(data)
    json.dumps(data, ensure_ascii=False)


def test_unknown_persona_type_is_refused():
    with pytest.raises(ValueError):
        grade_session([], "grumpy", "en")


def test_an_english_reply_in_a_chinese_call_is_graded_with_the_english_cues():
    card = grade_session(
        [{"trainee": "Sorry for the wait, I'll refund the charge to your card today.", "customer_before": "怎么还没退款？"}],
        "easygoing",
        "zh",
    )
    assert {"apologize", "propose_solution"} <= set(card.turns[0]["behaviors"])
    assert card.turns[0]["evidence"][0]["quote"] in card.turns[0]["trainee"]
