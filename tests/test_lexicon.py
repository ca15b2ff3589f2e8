"""How cue entries are compiled: alternatives split into cues of their own, each gated by its keys."""

from __future__ import annotations

import json
import re
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest

from simulator.grading.detect import Detector, default_detector
from simulator.grading.gate import leading_words
from simulator.grading import lexicon as lexicon_module
from simulator.grading.lexicon import LexiconError, build_lexicon, load_lexicons
from simulator.grading.text import TypoRules, normalise


def test_each_alternative_is_a_cue_with_its_own_gate():
    data = {"violations": {"flat_refusal": [{"re": "\\bno way\\b|\\bnot a chance\\b", "where": "statement"}]}}
    lexicon = build_lexicon("en", data, {})
    assert [cue.pattern.pattern for cue in lexicon.cues] == ["\\bno way\\b", "\\bnot a chance\\b"]
    assert all(cue.where == "statement" and cue.id == "flat_refusal" for cue in lexicon.cues)
    assert lexicon.cues[0].gate != lexicon.cues[1].gate
    assert lexicon.gate_index  # both are keyed, so a reply with neither phrase runs neither


@pytest.mark.parametrize(
    "regex, gate",
    [
        # re parses (?:怪|赖) as a class of two characters: the cue needs 怪我 or 赖我, not just 我
        ("(?<![还别])(?:怪|赖)我", {"怪我", "赖我"}),
        ("(?:两|三)(?:种|样)(?:办法)?(?:您|你)(?:挑|选)", {"两种", "两样", "三种", "三样"}),
        ("不(?:会|能)吧", {"不会吧", "不能吧"}),
        ("\\b[Ss]orry\\b", {"Sor", "sor"}),
    ],
)
def test_a_class_of_characters_is_spelled_out_in_the_gate(regex, gate):
    data = {"violations": {"blame_customer": [regex]}}
    lexicon = build_lexicon("zh", data | {"gate_length": 3}, {})
    assert lexicon.cues[0].gate == gate


@pytest.mark.parametrize("reply", ["这是公司规定。", "這是公司規定。"])
def test_a_cue_written_in_traditional_characters_reads_replies_in_either_script(reply):
    data = {"classes": {"RULE": "規定|規矩"}, "violations": {"hide_behind_policy": ["公司{RULE}"]}}
    detector = Detector({"zh": build_lexicon("zh", data, {})}, models={})
    assert detector.detect(reply, "zh").violations == ("hide_behind_policy",)


def test_alternatives_that_cannot_stand_alone_stay_one_cue():
    data = {"behaviors": {"apologize": ["(sorry)|\\1 again"]}}
    lexicon = build_lexicon("en", data, {})
    assert len(lexicon.cues) == 1


@pytest.mark.parametrize(
    "regex", ["\\bno way\\b|\\bnot (a chance\\b", "no way|not (a chance", "\\bno (way\\b", "(?<=a+)no"]
)
def test_a_bad_regex_is_reported_with_its_entry(regex):
    """Only the regex the detector searches is compiled (the form without a leading \\b, each
    alternative on its own): a bad one is still caught at load, whichever form it takes."""
    data = {"violations": {"flat_refusal": ["\\bnever\\b", {"re": regex}]}}
    with pytest.raises(LexiconError, match=r"en.yaml: violations.flat_refusal\[1\]: bad regular expression"):
        build_lexicon("en", data, {})


def test_a_lexicon_is_compiled_once_however_many_threads_ask(monkeypatch):
    """The trainer compiles the grader in the background while a call may already be starting:
    the call waits for that compile instead of running a second one, and a language nobody asked
    for is not compiled."""
    built = []

    def slow_build(lang, data, rules, name=""):
        built.append(lang)
        time.sleep(0.2)
        return lang

    monkeypatch.setattr(lexicon_module, "build_lexicon", slow_build)
    monkeypatch.setattr(lexicon_module, "_LOADED", {})
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lexicon_module.load_lexicon, ["en"] * 4))
    assert results == ["en"] * 4
    assert built == ["en"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_gating_never_changes_what_is_found(lang):
    """The same lexicons with every cue, and every option of a cue, run on every reply find exactly
    the same things."""
    gated = load_lexicons()[lang]
    assert any(cue.option_keys for cue in gated.cues)
    cues = [replace(cue, gate=None, gate_also=(), fast=None, option_keys=()) for cue in gated.cues]
    ungated = replace(
        gated,
        cues=cues,
        gate_index={},
        ungated=tuple(range(len(cues))),
        probes=tuple((None, None, cue.pattern.search, False) for cue in cues),
    )
    fast, slow = Detector({lang: gated}, models={}), Detector({lang: ungated}, models={})
    dev = Path(__file__).parent / "data" / "grader_cases.jsonl"
    items = [item for item in map(json.loads, dev.read_text(encoding="utf-8").splitlines()) if item["lang"] == lang]
    assert len(items) > 100
    for item in items:
        context = item.get("context") or ""
        assert fast.detect(item["text"], lang, context) == slow.detect(item["text"], lang, context), item["id"]


@pytest.mark.parametrize(
    "text, negated",
    [
        ("我们不能", True),
        ("不能", True),
        ("我没有", True),
        ("您看能不能", False),  # A-not-A asks: 能不能/要不要/有没有 negate nothing
        ("要不要", False),
        ("有没有", False),
        ("会不会", True),  # …but 会不会(是您…)/是不是 hedge what follows
    ],
)
def test_chinese_negator_before_a_cue(text, negated):
    pattern = load_lexicons()["zh"].neg_immediate
    assert (pattern.search(text, max(0, len(text) - 4), len(text)) is not None) is negated


def test_typo_fixes_apply_in_order_each_to_what_the_last_left():
    typos = TypoRules.compile({r"\bdont\b": "don't", r"\bdon't worry\b": "rest assured", r"\bu\b": "you"})
    text = "dont worry, u will get it"
    fixed, origin = typos.apply(text, range(len(text)))
    assert fixed == "rest assured, you will get it"  # the second rule's needle appears only after the first fix
    assert all(i < len("dont worry") for i in origin[:12])  # each new character maps into what it replaced
    assert {text[i] for i in origin[14:17]} == {"u"}
    assert typos.apply("nothing to fix here", range(19)) == ("nothing to fix here", range(19))


def test_a_typo_rule_keyed_by_its_needle_also_needs_its_first_word():
    typos = TypoRules.compile({r"\bur (?=welcome)": "you're "})  # the needle "ur " is in every "your "
    assert typos.due("your welcome pack is in the post") == []
    assert typos.due("ur welcome") == [0]
    assert typos.apply("thanks, ur welcome", range(18))[0] == "thanks, you're welcome"


def test_shipped_typo_fixes_keep_quotes_on_the_trainees_words():
    detection = default_detector().detect("sry, i dont know whats happened", "en")
    assert "apologize" in detection.behaviors
    evidence = next(e for e in detection.evidence if e.id == "apologize")
    assert "sry, i dont know whats happened"[evidence.start:evidence.end] == "sry"


@pytest.mark.parametrize(
    "pattern, words",
    [
        (r"\bdont\b", {"dont"}),
        (r"\b(did|does)nt\b", {"didnt", "doesnt"}),
        (r"\btom(?:orow|morr?ow)\b", {"tomorow", "tommorow", "tommorrow"}),
        (r"\byou're (phone|bill)\b", {"you"}),
        (r"\bur\b|\bim\b", {"ur", "im"}),
        (r"\bpls\b|\bplz\b", {"pls", "plz"}),
        (r"\bcannot\b|\bcan not\b", {"cannot", "can"}),
        (r"\bappologi", None),  # a prefix: the word goes on
        (r"sorry", None),  # no word boundary before it
        (r"\b\w+nt\b", None),
        (r"(?<!press )(?<!type )\br (?:u|you)\b", {"r"}),  # lookarounds before the word match nothing
        (r"(?:(?<=\bwe )|(?<=\byou ))\br\b", {"r"}),
        (r"(?<=\bwe )r\b", None),
    ],
)
def test_leading_words_of_a_typo_rule(pattern, words):
    assert leading_words(re.compile(pattern)) == (frozenset(words) if words is not None else None)


@pytest.mark.parametrize(
    "text, fixed",
    [
        ("这事我来根进", "这事我来跟进"), ("我现在帮您查", "我现在帮您查"), ("我在给您打过去", "我再给您打过去"), ("sry, i dont know", "sorry, i don't know"),
        # zh: homophone and input-method slips, chat forms in frames (the second of a pair must stay)
        ("自已来处理", "自己来处理"), ("来自已经发货的仓库", "来自已经发货的仓库"), ("己经给您退了", "已经给您退了"), ("以经给您退了", "已经给您退了"),
        ("以经济舱为准", "以经济舱为准"), ("我在次帮您提交", "我再次帮您提交"), ("在次日送达", "在次日送达"), ("您的帐户和帐单", "您的账户和账单"),
        ("感谢您的反溃", "感谢您的反馈"), ("我们会即使回复您", "我们会及时回复您"), ("即使回复了也没用", "即使回复了也没用"), ("我给您按排师傅", "我给您安排师傅"),
        ("按排名先后处理", "按排名先后处理"), ("师傅上门按装", "师傅上门安装"), ("按装修公约办理", "按装修公约办理"), ("稍后在查一下", "稍后再查一下"),
        ("稍后在群里通知", "稍后在群里通知"), ("以后在说吧", "以后再说吧"), ("您在等等吧", "您再等等吧"), ("我在等您回复", "我在等您回复"),
        ("那就在见啦", "那就再见啦"), ("在见到您之前", "在见到您之前"), ("请问是那里不对?", "请问是哪里不对?"), ("那里不对外开放", "那里不对外开放"),
        ("即然这样", "既然这样"), ("因该是快递的问题", "应该是快递的问题"), ("因该商品缺货", "因该商品缺货"), ("非常抱欠", "非常抱歉"), ("不好意识", "不好意思"),
        ("给您代来麻烦", "给您带来麻烦"), ("给您带来的不变", "给您带来的不便"), ("请少等", "请稍等"), ("请稍侯", "请稍候"), ("稍候给您回电", "稍后给您回电"),
        ("请稍候", "请稍候"), ("我会近快处理", "我会尽快处理"), ("最近快递很多", "最近快递很多"), ("我帮您申情", "我帮您申请"), ("我们会陪偿", "我们会赔偿"),
        ("麻烦您陪合一下", "麻烦您配合一下"), ("这是公司的归定.", "这是公司的规定."), ("归定损中心管", "归定损中心管"), ("这是正策", "这是政策"),
        ("我来付责", "我来负责"), ("我保正今天发货", "我保证今天发货"), ("确保正常使用", "确保正常使用"), ("我会更进", "我会跟进"), ("更进一步", "更进一步"),
        ("马上帮您处里", "马上帮您处理"), ("放在住处里", "放在住处里"), ("请连系客服", "请联系客服"), ("连系统都坏了", "连系统都坏了"),
        ("我帮您向上反应", "我帮您向上反映"), ("化学反应", "化学反应"), ("我帮您查以下.", "我帮您查一下."), ("请确认以下信息", "请确认以下信息"),
        ("加我威信", "加我微信"), ("确认发你威信上", "确认发你微信上"), ("树立威信", "树立威信"), ("公司的威信", "公司的威信"),
        ("表着急,我来处理", "不要着急,我来处理"), ("代表着急需处理", "代表着急需处理"), ("我也不造呢", "我也不知道呢"), ("我们不造假", "我们不造假"),
        ("这位童鞋你好", "这位同学你好"), ("童鞋们好", "同学们好"), ("这款童鞋很软", "这款童鞋很软"), ("就酱", "就这样"), ("是酱的", "是这样的"),
        ("酱可以吗?", "这样可以吗?"), ("是酱油的问题", "是酱油的问题"),
        # en: chat spellings and common misspellings; a guarded form must stay
        ("u r right", "you're right"), ("r u still there?", "are you still there?"),
        ("press r you will see", "press r you'll see"), ("we r on it", "we're on it"),
        ("ur welcome", "you're welcome"), ("ur welcome pack", "your welcome pack"),
        ("ur right to cancel", "your right to cancel"), ("ure welcome", "you're welcome"),
        ("urs is on the way", "yours is on the way"), ("treat urself", "treat yourself"),
        ("yr order", "your order"), ("a 2 yr warranty", "a 2 yr warranty"), ("thank ya", "thank you"),
        ("ya can collect it", "you can collect it"), ("i'll get back 2 u", "i'll get back to you"),
        ("2 units left", "2 units left"), ("i can do that 4 u", "i can do that for you"), ("4 u", "4 you"),
        ("tmrw or 2moro", "tomorrow or tomorrow"), ("by tonite", "by tonight"), ("sent 2day", "sent today"),
        ("2day delivery", "2day delivery"), ("b4 friday", "before friday"), ("flat b4", "flat b4"),
        ("b4 paper", "b4 paper"), ("becuase it's late", "because it's late"),
        ("coz it's late", "because it's late"), ("cos it's late", "because it's late"), ("cos(x)", "cos(x)"),
        ("my cuz", "my cuz"), ("bc the van broke", "because the van broke"),
        ("in bc the tax", "in bc the tax"), ("'cause it's late", "because it's late"),
        ("ok, cause we can", "ok, because we can"),
        ("that could cause the fault", "that could cause the fault"), ("wud you like", "would you like"),
        ("shud be fine", "should be fine"), ("cud you check", "could you check"),
        ("chew the cud", "chew the cud"), ("wudnt", "wouldn't"), ("cudn't", "couldn't"),
        ("shudnt", "shouldn't"), ("you shouldve called", "you should've called"),
        ("you should of called", "you should have called"),
        ("i could of course refund it", "i could of course refund it"),
        ("they wouldn't of said that", "they wouldn't have said that"), ("lemme check", "let me check"),
        ("gimme a sec", "give me a sec"), ("i'll msg you", "i'll message you"), ("two msgs", "two messages"),
        ("i msgd you", "i messaged you"), ("plss", "please"), ("pleaseee", "please"),
        ("pleas of guilty", "pleas of guilty"), ("thnx", "thanks"), ("thankyou", "thank you"),
        ("tysm", "thank you so much"), ("tyvm", "thank you very much"),
        ("i appriciate it", "i appreciate it"), ("my apolgies", "my apologies"),
        ("my appology", "my apology"), ("my apologie", "my apologies"), ("soz", "sorry"), ("sorrry", "sorry"),
        ("we gaurantee it", "we guarantee it"), ("guarentee", "guarantee"), ("your reciept", "your receipt"),
        ("seperately", "separately"), ("definatly", "definitely"), ("defo", "definitely"), ("wierd", "weird"),
        ("untill monday", "until monday"), ("open til 7", "open until 7"), ("it occured", "it occurred"),
        ("occuring", "occurring"), ("no occurence", "no occurrence"), ("i refered it", "i referred it"),
        ("refering", "referring"), ("a referal", "a referral"), ("your adress", "your address"),
        ("email addres", "email address"), ("we can accomodate", "we can accommodate"),
        ("acommodation", "accommodation"), ("sorry for the inconvinience", "sorry for the inconvenience"),
        ("dissapointing", "disappointing"), ("so frustating", "so frustrating"),
        ("i reccomend", "i recommend"), ("not neccessary", "not necessary"), ("canceled", "cancelled"),
        ("cancelation", "cancellation"), ("canceling", "cancelling"),
        ("walk you thru it", "walk you through it"), ("late tho", "late though"), ("altho", "although"),
        ("off n on again", "off and on again"), ("press n to skip", "press n to skip"),
        ("size n shoes", "size n shoes"), ("w/o a receipt", "without a receipt"),
        ("w/ your order", "with your order"), ("abt your order", "about your order"), ("alot", "a lot"),
        ("aswell", "as well"), ("incase", "in case"), ("everytime", "every time"), ("noone", "no one"),
        ("some1 will call", "someone will call"), ("any1", "anyone"), ("every1", "everyone"),
        ("gr8", "great"), ("l8r", "later"), ("gud one", "good one"), ("gud nite", "good night"),
        ("i hv checked", "i have checked"), ("we cn do that", "we can do that"),
        ("wat is your order number", "what's your order number"), ("wat arun", "wat arun"),
        ("y did it fail?", "why did it fail?"), ("option y did", "option y did"), ("okie", "okay"),
        ("okey-doke", "okey-doke"), ("no probs", "no problem"), ("welcom", "welcome"),
        ("sooo sorry", "so sorry"), ("reallyyy", "really"), ("veryyy", "very"), ("hiii", "hi"),
        ("heyyy", "hey"), ("hellooo", "hello"), ("yesss", "yes"), ("nooo", "no"), ("noon", "noon"),
        ("greaaat", "great"), ("sureee", "sure"),
        # en: missing apostrophes, guarded where the bare form is a word
        ("your welcome", "you're welcome"), ("your welcome pack", "your welcome pack"),
        ("your not alone", "you're not alone"), ("your probably right", "you're probably right"),
        ("ok your right", "ok you're right"), ("it's your right.", "it's your right."),
        ("your right arm", "your right arm"), ("youll get it", "you'll get it"),
        ("youd need to", "you'd need to"), ("theyll call", "they'll call"),
        ("theyve sent it", "they've sent it"), ("theyd know", "they'd know"), ("they arent", "they aren't"),
        ("you mustnt", "you mustn't"), ("theres a fault", "there's a fault"),
        ("heres the link", "here's the link"), ("wheres it", "where's it"), ("whos calling", "who's calling"),
        ("thatll do", "that'll do"), ("itll be fine", "it'll be fine"), ("hes not in", "he's not in"),
        ("shes busy", "she's busy"), ("hes", "hes"), ("its not late", "it's not late"),
        ("its been sent", "it's been sent"), ("its own box", "its own box"), ("at its best", "at its best"),
        ("lets see", "let's see"), ("ok lets check", "ok let's check"),
        ("it lets you see", "it lets you see"), ("id like to help", "i'd like to help"),
        ("your id be", "your id be"), ("photo id need", "photo id need"),
        # guards added after a read-through: each of these must stay, or the first of a pair is fixed
        ("稍后在发货单上写", "稍后在发货单上写"), ("以后在联系您", "以后再联系您"), ("以后在通知栏查看", "以后在通知栏查看"), ("以后在看到请注意", "以后在看到请注意"),
        ("修正策略", "修正策略"), ("支付责任", "支付责任"), ("重申情况", "重申情况"), ("您的表着急用吗", "您的表着急用吗"), ("是酱的问题", "是酱的问题"),
        ("那酱可以吗?", "那这样可以吗?"), ("是酱.", "是这样."), ("no msg in our food", "no msg in our food"),
        ("msg-free", "msg-free"), ("mr noone will call", "mr noone will call"),
        ("your still water", "your still water"), ("your still waiting", "you're still waiting"),
        ("its on-off switch", "its on-off switch"), ("its on its way", "it's on its way"),
        ("its no-quibble policy", "its no-quibble policy"), ("your booking id be", "your booking id be"),
    ],
)
def test_shipped_typo_fixes(text, fixed):
    lang = "en" if text.isascii() else "zh"
    assert normalise(text, lang).text == fixed
