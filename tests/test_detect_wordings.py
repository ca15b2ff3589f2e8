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
    # a limit, then after a semicolon what the agent can do instead
    ("这个日期我改不了；在这之前我可以先派人上门帮您装好。", "", "flat_refusal"),
    # the agent acts per the agreement in the customer's favour
    ("故障恢复后我会按协议给您申请赔偿。", "", "hide_behind_policy"),
    # a purpose clause is no denial
    ("麻烦您把资料补全，这样审核时才不会出问题。", "", "deny_possibility"),
    # the customer's wish called normal is reassurance
    ("不愿意换新系统，这很正常。", "", "belittle"),
    # batch I: resignation at the customer's stance (那我也没办法) is no flat refusal
    ("您非要这么想，那我也没办法。", "", "flat_refusal"),
    ("您不信的话，那我也没办法。", "", "flat_refusal"),
    ("那样的话我也没辙。", "", "flat_refusal"),
    # a matter called urgent or dangerous (是要命的事) names no one else's job
    ("燃气泄漏可是人命关天的事，您先开窗。", "", "pass_the_buck"),
    ("孩子发烧是着急的事，我马上给您加号。", "", "pass_the_buck"),
    ("这是很要紧的事，我现在就派人。", "", "pass_the_buck"),
    # an A-not-A topic (赔不赔的) is no refusal
    ("退不退的我先帮您查一下记录。", "", "flat_refusal"),
    ("换不换的您说了算，我都能办。", "", "flat_refusal"),
    ("赔不赔的咱先放一边，我先帮您把东西修好。", "", "flat_refusal"),
    # a thing that is poor (气压不行, 电池不行了) is no refusal
    ("您家水压不行，我让师傅带个增压泵过去。", "", "flat_refusal"),
    ("这块电池不行了，我给您换块新的。", "", "flat_refusal"),
    ("那边信号不行，您换个窗边再试试。", "", "flat_refusal"),
    # something fixed nationally or centrally that the agent cannot change, no rule invoked
    ("考试时间是省里统一安排的，我们这改不了，考前我们有免费辅导班。", "", "flat_refusal"),
    ("票价是国家统一定的，我们改不了。您可以选早班车，便宜一些。", "", "flat_refusal"),
    ("题库是全国统一的，我们这边改不了。我可以把模拟题发给您练。", "", "flat_refusal"),
    # 耐心等 beside a hollow 'it will come' is the empty promise, not a deferral
    ("您耐心等等，早晚会到的。", "", "vague_deferral"),
    ("请您耐心等着，迟早能退回来的。", "", "vague_deferral"),
    ("您耐心等吧，肯定会批下来的。", "", "vague_deferral"),
    # a contact promised for a named time, after a check at that time, or after a timed completion
    ("明早九点我再看一下，如果还没恢复，我给您打电话。", "", "vague_deferral"),
    ("今晚八点我再核一遍，要是还有问题我联系您。", "", "vague_deferral"),
    ("周三上午我去银行那边问，万一还没到账，我马上通知您。", "", "vague_deferral"),
    ("续费前我提前一个星期给您打电话。", "", "vague_deferral"),
    ("下个月换表，我提前两天通知您。", "", "vague_deferral"),
    ("年检前一个礼拜我联系您。", "", "vague_deferral"),
    ("证件三个工作日办好，办好了我通知您来拿。", "", "vague_deferral"),
    ("配件明天寄到，到了我给您打电话。", "", "vague_deferral"),
    ("材料周五前批完，批完我联系您。", "", "vague_deferral"),
    # a price set by head office is a price fact, not a rule hidden behind
    ("票价是总部定的。", "", "hide_behind_policy"),
    ("这个价钱是公司定的。", "", "hide_behind_policy"),
    ("运费是总部统一定的。", "", "hide_behind_policy"),
    # 'you still don't get it?' talks down (belittle); it is no plea of ignorance
    ("这么简单的道理都不明白？", "", "plead_ignorance"),
    ("这个您还不知道吗？", "", "plead_ignorance"),
    ("这都不清楚？", "", "plead_ignorance"),
    # come back later because the answer is not out yet: a deferral, not a brush-off
    ("新政策还没出台，您过几天再来问问吧。", "", "dismiss"),
    ("补贴标准每年都在调整，您到时候再打电话问吧。", "", "dismiss"),
    ("文件还没下发，您过段时间再来看看吧。", "", "dismiss"),
    # competent wordings beside the batch-I frames
    ("您自己也累坏了吧，先坐下歇会儿。", "", "blame_customer"),
    ("您是没收到验证码吧？我重新发一条。", "", "blame_customer"),
    ("下次有需要还来找我们哈。", "", "blame_customer"),
    ("这个保险您不需要就算了，不影响其他业务。", "", "dismiss"),
    ("不是只有您一个人遇到这种情况，很多客户都碰到过，我们已经在修了。", "", "dismiss"),
    ("您先回家休息吧，明天上午十点师傅上门。", "", "dismiss"),
    ("这点钱我们给您补上。", "", "belittle"),
    ("这个也不明白的话，我再给您讲一遍。", "", "plead_ignorance"),
    ("请问是怎么会出问题的？", "", "deny_possibility"),
    ("请问是谁跟您说的？我去核实一下。", "", "deny_saying"),
    ("您还记得是什么时候说过的吗？", "", "deny_saying"),
    ("您的积分一分都少不了，放心。", "", "flat_refusal"),
    ("今天转不了，不过我可以帮您预约明早九点第一笔。", "", "flat_refusal"),
    ("您去前台问一下就行，我已经跟他们说好了。", "", "pass_the_buck"),
    ("我们这边管不了的事，我帮您转给物业。", "", "pass_the_buck"),
    ("材料齐全的话肯定能批。", "", "empty_promise"),
    ("回头师傅上门前会先给您打电话。", "", "vague_deferral"),
    # batch B: the customer not following is an invitation to ask, refusing to deny is no denial
    ("还有任何不懂的，尽管问我。", "", "plead_ignorance"),
    ("哪些地方不明白可以再问我。", "", "plead_ignorance"),
    ("有啥不清楚随时找我哈。", "", "plead_ignorance"),
    ("我们不会推脱说没这回事，我先去调录音。", "", "deny_saying"),
    ("要是真有人这么讲过，我们绝不抵赖说没这回事。", "", "deny_saying"),
    ("这个月不能退还押金，但我可以先帮您申请减免。", "", "flat_refusal"),
    ("反正不能给您补发。", "", "empty_promise"),
    ("您根本没选错，是我们弄错了。", "", "blame_customer"),
    ("您根本没做错什么，是我们系统的问题。", "", "blame_customer"),
    ("您还想着今天到吗？我帮您查一下物流。", "", "belittle"),
    ("您直接跟师傅沟通吧，我把电话给您。", "", "pass_the_buck"),
    ("您跟家里人商量一下吧，想好了告诉我。", "", "pass_the_buck"),
    ("那是您的选择，我们尊重，随时欢迎您回来。", "", "dismiss"),
    ("您现在可能不方便接电话，我晚点再打。", "", "belittle"),
    # batches J-M: a contact on the day of a named event, after a timed arrival, or by landline is concrete
    ("换好的当天我打电话告诉您。", "", "vague_deferral"),
    ("合同寄到当日我们给您回电。", "", "vague_deferral"),
    ("材料下周一寄出，一般三天到，到了我联系您。", "", "vague_deferral"),
    ("退款三个工作日到账，到账了我通知您。", "", "vague_deferral"),
    ("结果出来我们打座机通知您。", "", "vague_deferral"),
    # sending the customer away to come back another day is no deferral of ours
    ("您今天先回去，改天再过来办吧。", "", "vague_deferral"),
    # refusing to make a denial, or denying an accusation of the customer, is no denial of what was said
    ("我可没说您瞎编，记录里确实没有。", "", "deny_saying"),
    ("我不会跟您说'绝对没问题'这种话，咱们先查。", "", "deny_saying"),
    ("请问是谁说的？我核实一下。", "", "deny_saying"),
    ("您没告诉过我们地址。", "", "deny_saying"),
    ("我们没让您久等吧？", "", "deny_saying"),
    ("系统从来没报过错。", "", "deny_saying"),
    # the agent offering to do the easy part, sending the material, or naming the customer's habit as normal
    ("这有什么麻烦的，我帮您填就行。", "", "belittle"),
    ("我给您重启一下不就好了。", "", "belittle"),
    ("没人比您更清楚自家的情况。", "", "belittle"),
    ("我把截图发给您，您一看就明白了。", "", "belittle"),
    ("很多人都分不清楚这两个，没关系。", "", "belittle"),
    ("换了新手机不习惯很正常，我教您。", "", "belittle"),
    ("这是我们最基础的套餐，要不要看看升级版？", "", "belittle"),
    ("早点来也不至于排这么久。", "", "belittle"),
    ("要是这么点问题，我马上给您修好。", "", "belittle"),
    ("条款里写得清清楚楚，我念给您听。", "", "belittle"),
    # 哪能/哪会 as reassurance, 'when', 'where can', or beside the agent checking; a condition is advice
    ("哪能呢，我这就帮您查退款进度。", "", "deny_possibility"),
    ("阿姨，哪能欺负您呢，我慢慢给您讲。", "", "deny_possibility"),
    ("您放心，哪能让您白跑一趟。", "", "deny_possibility"),
    ("师傅哪会儿到？", "", "deny_possibility"),
    ("我也不知道哪能买到这个配件。", "", "deny_possibility"),
    ("只要开了锁卡，别人就盗刷不了了。", "", "deny_possibility"),
    ("这款是温和配方，一般不会过敏，您可以先在耳后试一下。", "", "deny_possibility"),
    # price words beside a question, a remedy, or the customer's own worry about paying more
    ("这个价位您要是还有疑问，我把明细发给您。", "", "price_excuse"),
    ("您担心要多花钱，这个可以理解，不升级也完全能用。", "", "price_excuse"),
    ("这个价格您知道吗？", "", "price_excuse"),
    ("这款是活动价，我可以帮您再申请一张优惠券。", "", "price_excuse"),
    ("这么点钱您也计较啊？", "", "price_excuse"),
    # a rule set higher up beside what the agent can do, a rule applied in the customer's favour, a question about it
    ("这个比例是国家定的，不过我可以帮您申请大病补助。", "", "hide_behind_policy"),
    ("我照规定给您办了退款。", "", "hide_behind_policy"),
    ("请问公司规定是怎样的？", "", "hide_behind_policy"),
    # batches J-M: 管不管/归不归 sends no one anywhere; a negated or owned-up referral; asking when it happened
    ("不管是不是归我们管，我先帮您把情况记下来。", "", "pass_the_buck"),
    ("不管归不归我们，我都先帮您登记上。", "", "pass_the_buck"),
    ("这是快递的问题，但我不会让您自己去找快递公司，我来联系。", "", "pass_the_buck"),
    ("之前我让您自己去找商家，是把事推给您了，我现在就来处理。", "", "pass_the_buck"),
    ("请问是昨天几点的事？", "", "pass_the_buck"),
    ("我可以打印一份财务明细寄给您。", "", "pass_the_buck"),
    ("明天我打电话问问物业那边进展。", "", "pass_the_buck"),
    ("具体的物流信息我这边看不到。", "", "pass_the_buck"),
    # a limit followed by another way (要不这样 / 换个思路 / 不过您的…可以), a limit of the moment, a referral
    ("原价退不了，不过您的积分可以全额抵扣下一单。", "", "flat_refusal"),
    ("全额免单我做不到。要不这样，我给您升级成次日达，不收差价。", "", "flat_refusal"),
    ("这笔手续费我免不了，换个思路：您改成分期，手续费就直接减半。", "", "flat_refusal"),
    ("您直接联系厂家售后就行，我们这边处理不了。", "", "flat_refusal"),
    ("这台电脑我这会儿修不好，我先借您一台备用机。", "", "flat_refusal"),
    ("系统暂时查不了，下午两点恢复后我第一时间回您。", "", "flat_refusal"),
    # misremembering or mishearing is argue, not blame; a reminder the agent gives; reassurance
    ("是您记错了，合同里写的是十五号。", "", "blame_customer"),
    ("是您没听到，广播里说过的。", "", "blame_customer"),
    ("下次我们会提前提醒您。", "", "blame_customer"),
    ("很多客户都是没注意到这个设置，不怪您，我帮您改好。", "", "blame_customer"),
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
    # batch I: guessing aloud that the customer did it (…了吧), reproaching them for coming to us
    ("是您家自己把总闸关了吧。", "", "blame_customer"),
    ("您自己拔了电源的吧。", "", "blame_customer"),
    ("您是没认真看说明书吧。", "", "blame_customer"),
    ("您手机屏幕碎了还来找我们。", "", "blame_customer"),
    ("您自己的孩子都管不好，还好意思怪我们。", "", "blame_customer"),
    ("不赔您的赔谁的？", "", "argue"),
    ("您以为这活儿轻松啊？", "", "argue"),
    ("您多虑了，这不可能。", "", "argue"),
    ("那我也没辙了。", "", "dismiss"),
    ("您别在这吵了。", "", "dismiss"),
    ("又不是光您一个人等。", "", "dismiss"),
    ("爱信不信。", "", "dismiss"),
    ("丢了就丢了，再买一个。", "", "dismiss"),
    ("您不修就算了。", "", "dismiss"),
    ("嫌远您去别家。", "", "dismiss"),
    ("他怎么答应您的我不管。", "", "dismiss"),
    ("您不懂就别瞎说。", "", "belittle"),
    ("这点常识都没有？", "", "belittle"),
    ("买得起房子就别心疼这点物业费。", "", "belittle"),
    ("您别大惊小怪。", "", "belittle"),
    ("咋会出问题？", "", "deny_possibility"),
    ("我们哪会干那种事。", "", "deny_possibility"),
    ("我们什么时候答应过包退？", "", "deny_saying"),
    ("谁跟您说能退的？", "", "deny_saying"),
    ("按行里的规定，这笔钱得冻结。", "", "hide_behind_policy"),
    ("报销比例就这么定的。", "", "hide_behind_policy"),
    ("不给退就是不给退。", "", "flat_refusal"),
    ("今天转不了。", "", "flat_refusal"),
    ("价格降不了。", "", "flat_refusal"),
    ("问我们也没用。", "", "pass_the_buck"),
    ("我们前台管不了这个。", "", "pass_the_buck"),
    ("您自己给快递打电话问吧。", "", "pass_the_buck"),
    ("投诉您去消协。", "", "pass_the_buck"),
    ("等上面通知吧。", "", "vague_deferral"),
    ("回头派人过去瞧瞧。", "", "vague_deferral"),
    ("有进展了我们第一时间联系您。", "", "vague_deferral"),
    ("迟早的事，您别急。", "", "empty_promise"),
    ("迟早能给您修好。", "", "empty_promise"),
    ("好东西哪有便宜的。", "", "price_excuse"),
    ("按规定押金是不能退还的。", "", "flat_refusal"),
    ("这批货不能重发的。", "", "flat_refusal"),
    ("我也不清楚，问我没用。", "", "plead_ignorance"),
    ("您压根没填地址。", "", "blame_customer"),
    ("您下单的时候根本没勾保价。", "", "blame_customer"),
    ("亲，肯定是亲自己拍错尺码了呢。", "", "blame_customer"),
    ("亲可以自己打快递电话问问呢～", "", "pass_the_buck"),
    ("这事您直接找物业商量吧。", "", "pass_the_buck"),
    ("账单问题得问财务组，您打他们电话吧。", "", "pass_the_buck"),
    ("天下哪有这么好的事。", "", "belittle"),
    ("几十块的东西您还指望用三年吗？", "", "belittle"),
    ("您这么说就太外行了。", "", "belittle"),
    ("您这么讲就不专业了。", "", "argue"),
    ("您非要说是我们弄坏的，我也没办法。", "", "argue"),
    ("您这个要求就不切实际。", "", "argue"),
    ("别跟我掰扯了。", "", "dismiss"),
    ("您别冲我喊。", "", "dismiss"),
    ("想要就加钱升级呗。", "", "dismiss"),
    ("行，那是您的决定。", "", "dismiss"),
    ("知道了，回头派人去看。", "", "vague_deferral"),
    ("等师傅空了就派过去。", "", "vague_deferral"),
    ("到时候自然有人来处理。", "", "empty_promise"),
    ("放心，肯定要得回来。", "", "empty_promise"),
    ("这我也看不出来是什么问题。", "", "plead_ignorance"),
    ("公司没有退差价这项政策。", "", "hide_behind_policy"),
    ("促销款嘛，价格在那摆着。", "", "price_excuse"),
    ("免费版的您还想要全部功能？", "", "price_excuse"),
    # batches J-M: put off to later (后面/过阵子 再说), a contact by someone some time, a reply promised without a time
    ("这个事情后面再说吧。", "", "vague_deferral"),
    ("先这样，过阵子再商量。", "", "vague_deferral"),
    ("晚点会有专员联系你。", "", "vague_deferral"),
    ("我们肯定会给您一个合理的说法。", "", "vague_deferral"),
    # other speech acts denied (回答/报/告诉 过), 'I never sent you there', 'who said that?'
    ("我们的销售从来没有这么回答过客户。", "", "deny_saying"),
    ("那个优惠价我们店从没报过。", "", "deny_saying"),
    ("没人告诉过您可以免费换。", "", "deny_saying"),
    ("我可没叫您去找厂家啊。", "", "deny_saying"),
    ("谁说的？我们这儿根本没这个规定。", "", "deny_saying"),
    ("哪有人跟您讲过包退的。", "", "deny_saying"),
    # talking down: 'what is hard about it', 'a matter of a few taps', 'who still does that', 'I know it better
    # than you', 'anyone in the trade knows', 'what are you so nervous about', 'you cannot even tell X from Y'
    ("这有什么难的，填个表的事。", "", "belittle"),
    ("拍个照的事，您还要跑一趟？", "", "belittle"),
    ("都什么年代了，谁还用存折啊。", "", "belittle"),
    ("您重启一下不就行了。", "", "belittle"),
    ("门口那么显眼的牌子您都没看见？", "", "belittle"),
    ("这些条款我们比您清楚。", "", "belittle"),
    ("就这么点问题也值得投诉？", "", "belittle"),
    ("干这行的都懂的嘛。", "", "belittle"),
    ("正常人都不会信这种短信。", "", "belittle"),
    ("您慌个啥，又不是大事。", "", "belittle"),
    ("一颗螺丝而已，至于吗。", "", "belittle"),
    ("您这就是外行了。", "", "belittle"),
    ("没那么严重啦，回去多喝水。", "", "belittle"),
    ("红线黑线都分不清楚。", "", "belittle"),
    ("您回去再仔细看一遍就明白了。", "", "belittle"),
    # a rhetorical 哪会/哪能, 'it simply cannot', 'it surely will not cause allergy', 'not after only N days'
    ("我们的系统哪会出这种错。", "", "deny_possibility"),
    ("哪有那么巧，两台都坏了。", "", "deny_possibility"),
    ("这卡有密码保护，根本丢不了钱。", "", "deny_possibility"),
    ("我们这面膜绝对不会过敏的。", "", "deny_possibility"),
    ("才用两天不可能就生锈的。", "", "deny_possibility"),
    ("孔位是机器打的，不会对不上。", "", "deny_possibility"),
    ("冇可能，我哋唔会咁做。", "", "deny_possibility"),
    # paid little (会员价/保费低/就那么点钱/赠品), so expect little; pay more for better; 'you know what this price gets'
    ("会员价买的东西，质量也就这样了。", "", "price_excuse"),
    ("您交的保费低，赔得少也正常。", "", "price_excuse"),
    ("想要好一点的效果就得多花点钱。", "", "price_excuse"),
    ("便宜的嘛，您还要求那么多。", "", "price_excuse"),
    ("这个价钱什么水平大家都明白。", "", "price_excuse"),
    ("几十块的耳机哪能跟大牌比。", "", "price_excuse"),
    ("赠品嘛，您别要求太高。", "", "price_excuse"),
    # set higher up and nothing to be done (国家/总行 定的, 做不了主), 'we only do as told', a bare 'company rules',
    # set in stone (设死的), the terms say so (细则就这么写的), not our job by the contract (本来就不负责)
    ("报销目录是国家统一定的，我们这边也没办法。", "", "hide_behind_policy"),
    ("这个额度是总行规定的，我们做不了主。", "", "hide_behind_policy"),
    ("我们也是照公司规定办的，您别为难我。", "", "hide_behind_policy"),
    ("平台规定哦。", "", "hide_behind_policy"),
    ("系统设死的，我改不了。", "", "hide_behind_policy"),
    ("维修细则就这么写的，摔坏的不管。", "", "hide_behind_policy"),
    ("合同约定只送到楼下，本来就不负责送上楼。", "", "hide_behind_policy"),
    # batches J-M: referrals (您先问问X, 要不您去找X, 您去X问问吧, 找X理论去, 您直接跟X说一下), disputes left to
    # the two sides, "we are only the middleman", 我们客服这边不管
    ("您先问问物业吧。", "", "pass_the_buck"),
    ("要不您去找商家问问吧。", "", "pass_the_buck"),
    ("这是您跟房东之间的纠纷，你们自己协商解决吧。", "", "pass_the_buck"),
    ("我们就是个中介，房子的事不归我们。", "", "pass_the_buck"),
    ("我们平台只是代售，具体的您问主办方。", "", "pass_the_buck"),
    ("有问题您找卖家理论去。", "", "pass_the_buck"),
    ("您去当地的社保中心问问吧。", "", "pass_the_buck"),
    ("您直接跟司机说一下。", "", "pass_the_buck"),
    ("改签的事我们客服这边不管。", "", "pass_the_buck"),
    # can't handle it here, V不了 ending the clause, we don't do that, no authority, service named then refused
    ("安装我们这边处理不了。", "", "flat_refusal"),
    ("这个型号装不了。", "", "flat_refusal"),
    ("冇得退。", "", "flat_refusal"),
    ("上门测量我们店里不做的。", "", "flat_refusal"),
    ("这个资料不对外公开。", "", "flat_refusal"),
    ("我这边没有权限改。", "", "flat_refusal"),
    ("开发票不支持哦。", "", "flat_refusal"),
    ("那就没法维修了。", "", "flat_refusal"),
    ("设置改不回来的。", "", "flat_refusal"),
    ("加急不行哟亲。", "", "flat_refusal"),
    # the cause pinned on the customer: a confident guess, persistence, what they should have done, a lecture
    ("准是您多按了一次确认。", "", "blame_customer"),
    ("我看是您自己拖到截止日才交。", "", "blame_customer"),
    ("十有八九是您在别的网站泄露了密码。", "", "blame_customer"),
    ("是您一直不听我们的建议。", "", "blame_customer"),
    ("买之前您自己也该看清楚尺码。", "", "blame_customer"),
    ("您自己平时就该多检查一下胎压。", "", "blame_customer"),
    ("您下单的时候其实可以先问一下客服的。", "", "blame_customer"),
    ("下次您早点来就没事了。", "", "blame_customer"),
    ("这些都提醒过您好几次了。", "", "blame_customer"),
    ("屏幕碎是因为您没贴膜。", "", "blame_customer"),
    ("大部分客户就是没仔细看说明书。", "", "blame_customer"),
    ("我们的产品不可能有问题，估计是您用了别的充电器了吧。", "", "blame_customer"),
    ("应该是您资料没填全。", "", "blame_customer"),
]

ZH_BEHAVIOUR = [
    ("这张单子我来跟，您不用再找别人。", "", "take_ownership"),
    ("问题出在我们这边，我马上安排。", "", "take_ownership"),
    ("是我的疏忽，没提前通知您。", "", "take_ownership"),
    ("业务停了一上午，这个压力我能想象。", "", "empathize"),
    # batch B: openings that offer service, empathy without 理解, self-blame, recaps, what I can do
    ("您好，请问我能为您做点什么？", "", "offer_help"),
    ("您好，阳光物业，您有什么事需要办理？", "", "offer_help"),
    ("哈喽亲，有啥需要随时喊我哈～", "", "offer_help"),
    ("您好，这里是客服，有什么我能帮上忙的？", "", "offer_help"),
    ("喂您好，顺风驿站，取件还是寄件？", "", "offer_help"),
    ("这么晚还停电，我都替您着急。", "", "empathize"),
    ("我很同情您的遭遇，我马上帮您登记。", "", "empathize"),
    ("半夜被吵醒还得上班，确实熬人。", "", "empathize"),
    ("让您受气了，是我们没管好。", "", "empathize"),
    ("不是您操作的问题，是我们这次版本更新有bug。", "", "take_ownership"),
    ("是我之前说错了，抱歉。", "", "take_ownership"),
    ("好的，今天给您办理的有：退款已提交，三天到账。", "", "summarize"),
    ("那就这么定了：明天上午十点上门。", "", "summarize"),
    ("我把安排再过一遍：明天取件，后天退款。", "", "summarize"),
    ("我能帮您争取到的是八折。", "", "positive_framing"),
    ("最晚能排到周五下午。", "", "positive_framing"),
    ("我半小时后给您回这个电话。", "", "commit_follow_up"),
    ("您想用哪种方式？", "", "ask_preference"),
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
    # batches J-M: an opening that asks what brings the customer, or invites them to say it
    ("您好，这里是电信营业厅，请问今天办点什么？", "", "offer_help"),
    ("你好呀，我是售后顾问小林，您碰到啥问题了？", "", "offer_help"),
    ("您好，物业前台，有啥事您尽管说。", "", "offer_help"),
    ("早上好，欢迎来到健康驿站，今天想做什么检查？", "", "offer_help"),
    ("您好，社保服务中心，请问需要查哪一项？", "", "offer_help"),
    ("喂，您好，请问是要缴费还是报修？", "", "offer_help"),
    ("嗨，亲，欢迎光临小店～", "", "greet"),
    ("亲亲在呢，有什么可以帮您？", "", "greet"),
    # batches J-M (tune_zh_b2): a close is thanks that ends the reply, a wish, a farewell, a welcome back
    ("好的，退款已经提交了。谢谢您一直这么耐心地等我们处理。", "", "close_courteously"),
    ("都安排好了，祝您母亲早日康复。", "", "close_courteously"),
    ("手续都办完了，您路上小心。", "", "close_courteously"),
    ("好的，那我们周三见！", "", "close_courteously"),
    ("以后充电器再出问题，随时过来找我。", "", "close_courteously"),
    ("不用谢，这是我们应该的。", "太谢谢你了。", "close_courteously"),
    ("我先给您换个新的滤芯，这样处理您还满意不？", "", "seek_agreement"),
    ("明早九点师傅上门，这么安排您没意见吧？", "", "seek_agreement"),
    ("差价我们补给您，这个方案您看成不成？", "", "seek_agreement"),
    ("您同意的话，我现在就提交。", "", "seek_agreement"),
    ("换新或者退款都可以，您挑一个吧。", "", "ask_preference"),
    ("师傅周五上午还是周六下午过去？", "", "ask_preference"),
    ("发票您是自己来取，还是我们快递给您？", "", "ask_preference"),
    ("您想选哪种套餐？", "", "ask_preference"),
    ("好，小结一下：押金今天退，发票明天寄出。", "", "summarize"),
    ("那就说定了，周六上午九点师傅上门。", "", "summarize"),
    ("最后跟您核对一下：退款已经提交，三个工作日内到账。", "", "summarize"),
    ("按咱们商量好的：下周一前把新机寄到。", "", "summarize"),
    ("明早十点前我打您手机说结果。", "", "commit_follow_up"),
    ("单号今晚九点前微信发您。", "", "commit_follow_up"),
    ("配件一到货，当天我就给您打电话。", "", "commit_follow_up"),
    ("周五下午我给您电话，不管结果如何。", "", "commit_follow_up"),
    ("处理结果明天中午前告诉您，您是接电话方便还是看短信方便？", "", "commit_follow_up"),
    # batches J-M (tune_zh_b1): requests for information, 请问 + which/when beside a fix, chat questions without "?"
    ("您把发票上的编号念给我听一下，我帮您查。", "", "ask_question"),
    ("方便的话，拍两张照片发过来，我看看裂在哪。", "", "ask_question"),
    ("我先帮您登记，请问是哪一天下的单？", "", "ask_question"),
    ("亲 收到的时候包装破了没", "", "ask_question"),
    ("宝 您买的是哪个颜色呀", "", "ask_question"),
    # batches J-M (tune_zh_b1): empathy as a feeling called normal, anyone in their place, don't blame
    # yourself, "I know you're worried", the strain of their situation, "that feeling, I know it"
    ("刚搬家就断网，您着急也是人之常情。", "", "empathize"),
    ("用了十几年的老机器，舍不得扔太正常了。", "", "empathize"),
    ("谁赶上这种事都得窝火。", "", "empathize"),
    ("别急着怪自己，这种故障挺常见的。", "", "empathize"),
    ("我知道您心里很不踏实。", "", "empathize"),
    ("老人家学起来确实吃力，我慢慢教您。", "", "empathize"),
    ("孩子病着，您一个人跑前跑后真辛苦。", "", "empathize"),
    ("这种被晾着的滋味我懂。", "", "empathize"),
    ("您怕再白跑一趟，这个我理解。", "", "empathize"),
]

# Chinese wordings that look like a behaviour but are not it: (reply, customer's line, id not to find)
ZH_NOT_A_BEHAVIOUR = [
    # a sigh is no greeting; "anything else" at the end is a close, not an opening offer
    ("嗨，这点小事都弄不明白。", "", "greet"),
    ("好的，都办完了，还有啥需要帮忙的吗？", "", "offer_help"),
    ("感谢您的支持，有什么需要随时找我，祝您生活愉快！", "", "offer_help"),
    # batches J-M (tune_zh_b2): thanks for information before acting, thanks for a compliment, an open invitation mid-call
    ("谢谢您发来的截图，我马上查一下。", "", "close_courteously"),
    ("哈哈谢谢夸奖，我是本地人。", "", "close_courteously"),
    ("有不会的地方您随时问我，我陪着您弄。", "", "close_courteously"),
    ("您是说快递员没打电话就走了，我这么理解没问题吧？", "", "seek_agreement"),
    ("您把发票拍张照发我一下好吗？", "", "seek_agreement"),
    ("您是在门店买的还是网上买的？", "", "ask_preference"),
    ("您好，请问您是来咨询还是报修？", "", "ask_preference"),
    ("您是想问退款进度，还是已经提交了申请？", "", "ask_preference"),
    ("我先捋一下：您是昨天下午下的单，对吧？", "", "summarize"),
    ("出院小结的复印件缺了一页。", "", "summarize"),
    ("我再确认一下：您的手机号是不是尾号3721？", "", "summarize"),
    ("这事我们当时就该第一时间通知您。", "", "commit_follow_up"),
    ("提醒短信我们上个月有发过的。", "", "commit_follow_up"),
    ("您是希望我发短信还是发微信？", "", "commit_follow_up"),
    # batches J-M (tune_zh_b1): questions that do not diagnose: an agreement check, a choice between the
    # agent's options, the line, "anything else", an instruction, thanks for information, a jab, an indirect question
    ("这么安排您觉得稳妥吗？", "", "ask_question"),
    ("两种我都能办，您挑一个？", "", "ask_question"),
    ("喂，您那边还在听吗？", "", "ask_question"),
    ("还有别的要办的吗？", "", "ask_question"),
    ("请把包放在柜台上。", "", "ask_question"),
    ("感谢您提供的线索，我这就去查。", "", "ask_question"),
    ("您开玩笑吧？", "", "ask_question"),
    ("明天我给您打电话，告诉您修好了没有。", "", "ask_question"),
    # a feeling that is what an apology is for; a result called normal; 换 as "replace"; "got it" about facts
    ("抱歉让您担心了，包裹已经找到了。", "", "empathize"),
    ("刚才的事让您受气了，实在对不住。", "", "empathize"),
    ("检测结果显示一切正常。", "", "empathize"),
    ("换谁来处理都一样，我这就帮您提交。", "", "empathize"),
    ("我给您换我们店里的新款。", "", "empathize"),
    ("这个我明白，您是要退款。", "", "empathize"),
]

# English behaviour frames: (reply, customer's line, id the cues must find)
EN_BEHAVIOUR = [
    # batch J: phone openings that name the agent, and opening questions about the reason for the call
    ("Northgate Water, Priya speaking.", "", "greet"),
    ("Billing desk, this is Omar.", "", "greet"),
    ("Lettings office, afternoon, how are we doing?", "", "greet"),
    ("Hi there, Tom here. What are you calling about today?", "", "offer_help"),
    ("Good afternoon, Harbour Bank. What's your query?", "", "offer_help"),
    ("Hello, you're through to Jen. What's on your mind?", "", "offer_help"),
    ("Hey, what's brought you in today?", "", "offer_help"),
    # checks of what the customer said, with a tag or a "so …" restatement
    ("So the meter was read on the 2nd and the bill still says estimated, yeah?", "", "confirm_understanding"),
    ("Okay, so two parcels came but the third is missing, correct?", "", "confirm_understanding"),
    ("You said the engineer never turned up, have I heard that right?", "", "confirm_understanding"),
    ("So the refund went to the old card. Is that what's worrying you?", "", "confirm_understanding"),
    # recaps at the close, after the customer agrees
    ("Great. So the engineer comes Tuesday, the part is ordered, and I'll ring you Monday.", "Fine.", "summarize"),
    ("So that's the upgrade booked from the 1st. Have a good evening!", "Brilliant, thanks.", "summarize"),
    ("Just so you've got it clear: refund today, new card Friday, call from me on Monday.", "", "summarize"),
    # empathy without "understand": the situation named, or how anyone would feel in it
    ("A bill doubling out of nowhere would rattle most people's nerves.", "", "empathize"),
    ("Losing the signal the day before a deadline would frustrate anybody.", "", "empathize"),
    ("This whole business has given you a rough couple of weeks.", "", "empathize"),
    ("Nobody should have to wait in all day for a delivery.", "", "empathize"),
    ("Feeling cautious after that makes complete sense.", "", "empathize"),
    ("Moving your whole pension online, that's a huge change.", "", "empathize"),
    ("I wouldn't fancy queueing for that either.", "", "empathize"),
    ("The last thing anyone wants on holiday is a broken car.", "", "empathize"),
    ("Three missed deliveries, no wonder you're fed up.", "", "empathize"),
    ("Being cut off mid-call, that's just not on.", "", "empathize"),
    ("Benefit forms can seem a bit daunting.", "", "empathize"),
    # ownership: taking the case on, admitting what should have been done, agreeing that the mistake was ours
    ("I'm taking your complaint on from here.", "", "take_ownership"),
    ("Right, I'm on it.", "", "take_ownership"),
    ("That should have been picked up when you first called.", "", "take_ownership"),
    ("You should have been told about the fee at the start.", "", "take_ownership"),
    ("Yes, it is, and I'll put it right today.", "So this charge is your error?", "take_ownership"),
    ("I'll chase the warehouse manager in Leeds about the missing pallet myself.", "", "take_ownership"),
    # remedies: options laid out, what the agent can guarantee, documents offered as proof, a case opened, more remedy verbs
    ("Three options: a refund, a voucher, or a swap for the newer model.", "", "propose_solution"),
    ("You've got a couple of alternatives here.", "", "propose_solution"),
    ("Here's what we can offer: a free month and a faster router.", "", "propose_solution"),
    ("Tell you what, I'll waive the delivery charge on this one.", "", "propose_solution"),
    ("We could post you a copy of the signed contract.", "", "propose_solution"),
    ("I've launched a formal investigation with the depot.", "", "propose_solution"),
    ("I'm reconnecting the line now.", "", "propose_solution"),
    ("We can split the balance over six payments.", "", "propose_solution"),
    # preferences: which sits better, either of those, by post or by email, whichever suits
    ("Which of the two would work best for you?", "", "ask_preference"),
    ("Would either of those dates suit?", "", "ask_preference"),
    ("Do you want the receipt by post or by email?", "", "ask_preference"),
    ("I can do Tuesday or Thursday, whichever suits you.", "", "ask_preference"),
    # agreement checks: "Deal?", a proposal named by a pronoun
    ("I'll knock the fee off and send the new one today. Deal?", "", "seek_agreement"),
    ("Shall I put that through now?", "", "seek_agreement"),
    # positive framing: a limit, then what can still be done
    ("We're sold out of the blue one, but the green is available today.", "", "positive_framing"),
    ("That model's discontinued, I'm afraid, but the engineer can fit the newer part on Friday.", "", "positive_framing"),
    ("I can't cancel the fine. But I can put in an appeal for you today.", "", "positive_framing"),
    ("Here's what I can promise: a call from me by noon.", "", "positive_framing"),
]

# English wordings that look like a behaviour but are not it: (reply, customer's line, id not to find)
EN_NOT_A_BEHAVIOUR = [
    # batch J: waving away the customer's apology is not an apology; a pardon is not a question
    ("Honestly, there's nothing to apologise for.", "Sorry for shouting.", "apologize"),
    ("You've got nothing to be sorry for.", "Sorry, I'm useless with this.", "apologize"),
    ("Sorry, I didn't catch that?", "", "ask_question"),
    ("Sorry, could you repeat that please?", "", "apologize"),
    # a bare "this is …" or "it's …" is not an introduction
    ("Okay, this is ridiculous, I'll sort it.", "", "greet"),
    ("It's Dave.", "What's your name?", "greet"),
    # a recap made to check the customer's facts is a confirmation; a document called a summary is no recap
    ("Quick recap so I've got it right: two adults, three nights, from Friday?", "", "summarize"),
    ("It's listed in the key facts summary, page 2.", "", "summarize"),
    ("Let me go through it line by line with you.", "", "summarize"),
    # a text or letter that confirms a change, and a later check that a fix holds, are no check of understanding
    ("You'll get a letter confirming the new tariff.", "", "confirm_understanding"),
    ("I'll ring you Friday just to check everything's still working.", "", "confirm_understanding"),
    ("I'll confirm it by text this afternoon.", "", "confirm_understanding"),
    ("Did you mean to cancel both lines?", "", "confirm_understanding"),
    ("Who wouldn't want a free upgrade?", "", "ask_question"),
    # no empathy: a fact about sharing data, a negated "makes sense", a question; no ownership: a missing record, a question
    ("We'd never pass your details to anyone.", "", "empathize"),
    ("That doesn't make sense, the reading was taken yesterday.", "", "empathize"),
    ("I'll take that on board.", "", "take_ownership"),
    ("It's not showing on our side, so the bank would need to trace it.", "", "take_ownership"),
    ("What can we take care of for you today?", "", "take_ownership"),
    ("Yes, but the charge is correct.", "So this charge is your error?", "take_ownership"),
    # no remedy: logging it for someone who "might" call, checking rather than fixing; no preference: a jab
    ("I'll log it and maybe someone will ring you.", "", "propose_solution"),
    ("I'll flag it to billing and they'll get back to you.", "", "propose_solution"),
    ("What I can do is check whether the warranty covers it.", "", "propose_solution"),
    ("What do you want me to do, conjure one up?", "", "ask_preference"),
    # no agreement check: a question about how something is running
    ("Is the broadband running alright?", "", "seek_agreement"),
    # no positive framing: a limit followed by sending the customer elsewhere
    ("I can't refund it, but you could try asking the bank.", "", "positive_framing"),
]

EN_VIOLATION = [
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
    # batch I
    ("You've only yourself to blame for not reading the email.", "", "blame_customer"),
    ("I'd only be guessing, to be honest.", "", "plead_ignorance"),
    ("Honestly, I'm guessing. No idea when it'll be back.", "", "plead_ignorance"),
    ("Because those are the rules, that's why.", "", "hide_behind_policy"),
    ("Our policy is we don't deal with lighting.", "", "hide_behind_policy"),
    ("The log shows nothing from your number, so you can't have phoned us.", "", "argue"),
    ("There's no delivery scan, so you couldn't have been in.", "", "argue"),
    ("It's on the form in your own handwriting.", "", "argue"),
    ("Perhaps sir is thinking of a different dealership.", "", "argue"),
    ("You must've misread the email.", "", "argue"),
    ("You must be reading the meter upside down.", "", "argue"),
    ("You'll have dropped it at some point.", "", "blame_customer"),
    ("Maybe you left the tap running.", "", "blame_customer"),
    ("I trust madam read the conditions at the time.", "", "blame_customer"),
    ("Are you sure it's not your own router?", "", "blame_customer"),
    ("You should've backed it up first.", "", "blame_customer"),
    ("I suspect a third-party charger has been used; owners do sometimes, and it causes exactly this.", "", "blame_customer"),
    ("It's a very minor matter, madam.", "", "belittle"),
    ("It's only a bin.", "", "belittle"),
    ("You're not special, everyone waits.", "", "belittle"),
    ("This'll be a really simple one, honestly.", "", "belittle"),
    ("One does expect the odd niggle with hand-built cars.", "", "belittle"),
    ("Bargain flights, bargain seats.", "", "price_excuse"),
    ("Cheaper tyres, more road noise.", "", "price_excuse"),
    ("You picked the saver fare, so that's the trade-off.", "", "price_excuse"),
    ("One can hardly expect room service at the hostel rate.", "", "price_excuse"),
    ("It's the basic plan, those calls aren't included.", "", "price_excuse"),
    ("One gets what one pays for.", "", "price_excuse"),
    ("I rather doubt any of my colleagues would have said that.", "", "deny_saying"),
    ("He would never have given such a guarantee.", "", "deny_saying"),
    ("No one here would ever have emailed that.", "", "deny_saying"),
    ("No, he didn't.", "Your agent said it was free.", "deny_saying"),
    ("Mr Price wouldn't have promised that.", "", "deny_saying"),
    ("Nah.", "Can you do it any faster?", "flat_refusal"),
    ("Unfortunately no.", "Can you waive it?", "flat_refusal"),
    ("The fee can't be waived.", "Can you waive it?", "flat_refusal"),
    ("Not allowed, sorry.", "Can't you just tell me the results?", "flat_refusal"),
    ("We're not allowed to read them out — rules.", "Can't you just tell me the results?", "flat_refusal"),
    ("There isn't anyone.", "I want a manager.", "flat_refusal"),
    ("Fine, your choice.", "I'm cancelling.", "dismiss"),
    ("And?", "I've waited an hour!", "dismiss"),
    ("Just ring back tomorrow like everyone else.", "", "dismiss"),
    ("These things always work out in the end.", "", "empty_promise"),
    ("I'm sure something can be arranged.", "", "empty_promise"),
    ("I really wouldn't know.", "", "plead_ignorance"),
    ("Meters don't get it wrong.", "", "deny_possibility"),
    ("Engineers don't make mistakes.", "", "deny_possibility"),
    ("They don't just pack in.", "", "deny_possibility"),
    # batch B: a bare 'I can't help you' refuses; 'Next please' to a customer who has spoken dismisses
    ("I can't help you with that.", "Can you refund the fee?", "flat_refusal"),
    ("Next please.", "I've been waiting an hour and nobody has helped!", "dismiss"),
    ("The agent wouldn't have said that — not on a basic account.", "Your agent told me the upgrade was free.", "deny_saying"),
    # batch B frames, checked on paraphrases (staff who 'never said / would've offered', 'you'll have misheard', 'I'm sure you didn't', hedged causes on the customer's side, the agent's break, sarcastic 'three whole times?')
    ("We'd never write that on our site, it always says ten days.", 'You said on your site it ships in two days.', 'deny_saying'),
    ('The dealer never said that — finance was always extra.', 'The dealer said finance was included.', 'deny_saying'),
    ("None of our instructors would've promised that.", 'Your instructor promised me a free lesson.', 'deny_saying'),
    ("You're thinking of your old bank, not us.", 'You promised no fees.', 'argue'),
    ("You'll have misheard, it was always £40.", 'They quoted me £30.', 'argue'),
    ("I'm quite sure you didn't. Our log shows no call.", 'I rang to cancel.', 'argue'),
    ("Should've wrapped it better.", 'The vase broke in the post.', 'blame_customer'),
    ('You should have photographed the damage before you left.', 'The car was already scratched.', 'blame_customer'),
    ("Well you've used more data then, haven't you?", 'My bill doubled.', 'blame_customer'),
    ("Maybe it's down to your own wiring.", 'The lights keep tripping.', 'blame_customer'),
    ('Maybe stop charging it overnight.', 'The battery died.', 'blame_customer'),
    ('Sounds like it was dropped, honestly.', 'The screen cracked.', 'blame_customer'),
    ('That simply never happens with our boilers.', 'The boiler leaked.', 'deny_possibility'),
    ("That's a matter for the airline, not us.", 'My bag is lost.', 'pass_the_buck'),
    ("Refunds aren't something I deal with.", 'I want a refund.', 'pass_the_buck'),
    ('Take the noise up with the council.', 'The road works are loud.', 'pass_the_buck'),
    ("I don't know much about routers, to be honest.", 'Is my router faulty?', 'plead_ignorance'),
    ("I wouldn't really know about that.", 'Is the fee legal?', 'plead_ignorance'),
    ("I'm afraid not.", 'Can you waive the fee?', 'flat_refusal'),
    ('Protocol dictates that we keep the deposit.', 'I want my deposit back.', 'hide_behind_policy'),
    ('Late fees are standard hotel policy.', 'Why was I charged?', 'hide_behind_policy'),
    ('The price is set by head office policy.', 'Why did it go up?', 'hide_behind_policy'),
    ("I'm off on my lunch break now.", 'My order is wrong!', 'dismiss'),
    ("We're closing now, so.", 'My order is wrong!', 'dismiss'),
    ("It'll turn up when it turns up.", "Where's my parcel?", 'dismiss'),
    ('Oh, two whole days? Dear me.', "I've waited two days!", 'belittle'),
    ('Dents are nothing, honestly.', 'My car is dented.', 'belittle'),
    ("It's hardly the North Pole in there.", 'The office is freezing.', 'belittle'),
    ("It was a budget model, you can't expect miracles.", 'It broke after a week.', 'price_excuse'),
    ("For a fiver you can't expect perfection.", 'The case cracked.', 'price_excuse'),
]

EN_NOT_A_VIOLATION = [
    ("Stranded halfway up a hill with a dead scooter — that's rubbish. Full ride refunded just now.", ""),
    ("Your router probably shows two network names. Could you tell me the names you see?", ""),
    ("It's only the roaming add-on for this month, and it drops off by itself on the 1st.", ""),
    ("So the receptionist told you 'rules are rules' — have I got that right?", "She said 'rules are rules'."),
    ("I'm sorry nobody told you — that should have come from us.", "Nobody told me."),
    ("I'll take it up with the landlord myself.", ""),
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
    # batch I: owning a failure 'for not X-ing', inferring the customer's situation, explaining why a rule exists
    ("That one's on us for not checking the address, I'll fix it now.", ""),
    ("Apologies for not calling you back yesterday; I've got it open now.", ""),
    ("My fault for not explaining the fee properly.", ""),
    ("I'm guessing the kids need it for school as well.", ""),
    ("I'm guessing that's left you stuck at home all week, which is rotten.", ""),
    ("I'm guessing you've been without hot water since then too?", ""),
    ("We can't do that, because you'd owe it back later — that's why the rule's there. But I can arrange a small overdraft today.", ""),
    ("The rule is there to protect you from fraud, but I can get you a temporary card today.", ""),
    ("That's the reason the rule exists; what I can do is put a hold on it for you instead.", ""),
    ("Our policy is no refunds after 30 days, but I can offer you an exchange.", ""),
    ("Can you tell me what happened in your own words?", ""),
    ("You'll have received a text with the code by now.", ""),
    ("Maybe you could try restarting it?", ""),
    ("I'm sure you read the booking confirmation — let me walk you through it again.", ""),
    ("Customers do sometimes forget, which is why we send a reminder.", ""),
    ("It's a minor fix, I'll do it now.", ""),
    ("It's only a formality, I'll send the form now.", ""),
    ("It's only a guess, but I think it's the valve.", ""),
    ("This should be an easy one for me to fix.", ""),
    ("It's the basic plan, so I'll upgrade you for free this month.", ""),
    ("We're not allowed to give results by phone, but I can get the GP to ring you at 3pm.", "Can't you just tell me the results?"),
    ("Unfortunately no, but I can offer a voucher.", "Can you waive it?"),
    ("The fee can't be waived unless you cancel within 14 days.", "Can you waive it?"),
    ("I wouldn't know without checking, so let me look now.", ""),
    # batch B: a purpose clause after the agent's action, 'nobody's saying', calling the queue,
    # returning or collecting something
    ("I'm taking this one on myself so it doesn't get lost between shifts.", ""),
    ("Right, I'll flag it on the account so it doesn't get lost again.", "My refund went missing last time."),
    ("We're moving it to the tracked service so your parcel doesn't go missing this time.", "You lost my parcel."),
    ("I'll put a note on the file to make sure it doesn't vanish in the system.", "The complaint disappeared."),
    ("Nobody's saying it's your fault.", "So it's my fault now, is it?"),
    ("Nobody is suggesting you broke it — I'll book the repair.", "So you think I broke it?"),
    ("No one's saying it's your fault; I'm just checking the settings.", "Are you blaming me?"),
    ("Next, please!", ""),
    ("Morning! Next please — how can I help?", ""),
    ("So you dropped the car off at 6 and the keys back at the desk, right?", "I returned it at 6."),
    ("Right, so when you picked it up the seat was already torn.", "The seat was torn when I collected it."),
    ("So the tank was full when you dropped it back, but you've still been billed for fuel. Is that correct?", "I returned the car full."),
    # batch B: the competent neighbours of those frames
    ("I'm sure you didn't mean any harm — let me sort it.", 'I think I broke it.'),
    ("I'm certain you didn't do anything wrong; it's a known fault.", 'Did I break it?'),
    ("So you've used more data since the update — I'll check what's running.", 'My bill doubled.'),
    ('Maybe stop using it until the engineer arrives tomorrow at 10.', 'The heater sparks.'),
    ("We're closing soon, but I'll make sure this is done before then.", 'My order is wrong!'),
    ("We're closing at 6 today.", 'What time do you close?'),
    ("You waited three whole days? I'm so sorry, that's far too long.", 'I waited three days.'),
    ("I'm on my break, but I'll get a colleague to help you straight away.", 'Can someone help?'),
    ("I'll flag it so it never happens with your account again.", ''),
    ('Nothing I can change on the price, but I can add a free month.', 'Can you lower it?'),
    ('Could you take the old unit up to the counter when you collect?', ''),
    ("Don't worry about a thing — I'll take it up with the airline myself today.", 'My bag is lost.'),
]


@pytest.mark.parametrize(("text", "context", "not_expected"), ZH_NOT_A_VIOLATION)
def test_zh_guards_generalise(text, context, not_expected):
    assert not_expected not in CUES_ONLY.detect(text, "zh", context).violations


@pytest.mark.parametrize(("text", "context", "expected"), ZH_VIOLATION)
def test_zh_frames_generalise(text, context, expected):
    assert expected in CUES_ONLY.detect(text, "zh", context).violations


@pytest.mark.parametrize(("text", "context", "expected"), ZH_BEHAVIOUR)
def test_zh_behaviour_frames_generalise(text, context, expected):
    assert expected in CUES_ONLY.detect(text, "zh", context).behaviors


@pytest.mark.parametrize(("text", "context", "expected"), EN_VIOLATION)
def test_en_frames_generalise(text, context, expected):
    assert expected in CUES_ONLY.detect(text, "en", context).violations


@pytest.mark.parametrize(("text", "context"), EN_NOT_A_VIOLATION)
def test_en_competent_wordings_are_no_violation(text, context):
    assert CUES_ONLY.detect(text, "en", context).violations == ()


@pytest.mark.parametrize(
    ("text", "context", "lang"),
    [
        ("So the driver said it's impossible to deliver before Friday, is that right?",
         "The driver told me it's impossible to deliver before Friday.", "en"),
        ("So you were told it's company policy and nothing can be done, is that right?",
         "They told me it's company policy and nothing can be done.", "en"),
        ("您是说客服跟您讲这是公司规定、没办法退，对吧？", "上次客服说这是公司规定，没办法退。", "zh"),
    ],
)
def test_playing_the_customers_words_back_is_a_check_not_a_violation(text, context, lang):
    found = CUES_ONLY.detect(text, lang, context)
    assert found.violations == () and "confirm_understanding" in found.behaviors


@pytest.mark.parametrize(("text", "context", "expected"), EN_BEHAVIOUR)
def test_en_behaviour_frames_generalise(text, context, expected):
    assert expected in CUES_ONLY.detect(text, "en", context).behaviors


@pytest.mark.parametrize(("text", "context", "not_expected"), EN_NOT_A_BEHAVIOUR)
def test_en_behaviour_guards_generalise(text, context, not_expected):
    assert not_expected not in CUES_ONLY.detect(text, "en", context).behaviors


@pytest.mark.parametrize(("text", "context", "not_expected"), ZH_NOT_A_BEHAVIOUR)
def test_zh_behaviour_guards_generalise(text, context, not_expected):
    assert not_expected not in CUES_ONLY.detect(text, "zh", context).behaviors
