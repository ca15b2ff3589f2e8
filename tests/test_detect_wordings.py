"""Wordings the lexicons must read right without having seen them: paraphrases written to check
that each guard and frame added while tuning is general (cues only; the n-gram model aside)."""

from __future__ import annotations

import pytest

from simulator.grading.detect import Detector

CUES_ONLY = Detector(models={})

ZH_NOT_A_VIOLATION = [
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
]

ZH_VIOLATION = [
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
]

EN_NOT_A_VIOLATION = [
    ("Stranded halfway up a hill with a dead scooter — that's rubbish. Full ride refunded just now.", ""),
    ("Your router probably shows two network names. Could you tell me the names you see?", ""),
    ("It's only the roaming add-on for this month, and it drops off by itself on the 1st.", ""),
    ("So the receptionist told you 'rules are rules' — have I got that right?", "She said 'rules are rules'."),
    ("I'm sorry nobody told you — that should have come from us.", "Nobody told me."),
    ("I'll take it up with the landlord myself.", ""),
]


@pytest.mark.parametrize(("text", "context", "not_expected"), ZH_NOT_A_VIOLATION)
def test_zh_guards_generalise(text, context, not_expected):
    assert not_expected not in CUES_ONLY.detect(text, "zh", context).violations


@pytest.mark.parametrize(("text", "context", "expected"), ZH_VIOLATION)
def test_zh_frames_generalise(text, context, expected):
    assert expected in CUES_ONLY.detect(text, "zh", context).violations


@pytest.mark.parametrize(("text", "context"), EN_NOT_A_VIOLATION)
def test_en_competent_wordings_are_no_violation(text, context):
    assert CUES_ONLY.detect(text, "en", context).violations == ()
