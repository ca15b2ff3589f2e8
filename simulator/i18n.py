"""Every string the trainer's UI shows, in Chinese and English: a table of keys → {zh, en}.

Names of domain ids (persona types, steps) come from simulator.domain; the behaviours,
violations and outcomes are named here because only the UI needs words for them.
"""

from __future__ import annotations

from simulator.domain import PERSONA_TYPE_NAMES, STEP_NAMES

LANGS = ("zh", "en")

STRINGS: dict[str, dict[str, str]] = {
    "punct.colon": {"zh": "：", "en": ": "},
    "app.title": {"zh": "客服情景演练", "en": "Service Roleplay"},
    # Home
    "home.subtitle": {"zh": "选择一个场景", "en": "Choose a scenario"},
    "home.filter": {"zh": "输入筛选 · ↑↓ 选择 · Enter 开始", "en": "Type to filter · ↑↓ · Enter starts"},
    "home.col.title": {"zh": "场景", "en": "Scenario"},
    "home.col.type": {"zh": "类型", "en": "Type"},
    "home.col.difficulty": {"zh": "难度", "en": "Level"},
    "home.col.languages": {"zh": "语言", "en": "Lang"},
    "home.loading": {"zh": "正在加载场景……", "en": "Loading scenarios…"},
    "home.empty": {"zh": "没有匹配的场景。", "en": "No scenario matches."},
    "home.situation": {"zh": "情境", "en": "Situation"},
    "home.customer": {"zh": "客户", "en": "Customer"},
    "home.advice": {"zh": "应对建议", "en": "Coaching advice"},
    "home.not_in_lang": {"zh": "此场景没有中文版本。", "en": "This scenario is not written in English."},
    "difficulty.easy": {"zh": "简单", "en": "easy"},
    "difficulty.medium": {"zh": "中等", "en": "medium"},
    "difficulty.hard": {"zh": "困难", "en": "hard"},
    # Session
    "session.connecting": {"zh": "正在接通……", "en": "Connecting…"},
    "session.placeholder": {"zh": "输入你要对客户说的话，按 Enter 发送", "en": "Type what you would say, Enter to send"},
    "session.placeholder_ended": {"zh": "通话已结束 · 按 Enter 查看评分", "en": "Call ended · Enter for the scorecard"},
    "session.you": {"zh": "你", "en": "You"},
    "session.opening": {"zh": "来电", "en": "call"},
    "session.turn": {"zh": "第{n}轮", "en": "turn {n}"},
    "session.typing": {"zh": "{name} 正在输入", "en": "{name} is typing"},
    "session.ended": {"zh": "通话结束：{outcome}", "en": "Call ended: {outcome}"},
    "session.last_word": {
        "zh": "客户在道别。最后一句由你来说：总结、约好跟进、礼貌道别（Esc 直接看评分）。",
        "en": "The customer is saying goodbye. The last word is yours: recap, follow-up, a courteous close (Esc for the scorecard).",
    },
    "session.placeholder_last_word": {"zh": "说最后一句，按 Enter 结束通话", "en": "Your last word, Enter to end the call"},
    "session.busy": {"zh": "客户还在回应，请稍候。", "en": "The customer is still answering."},
    "session.lang_next_call": {"zh": "语言切换将在下一通电话生效。", "en": "The language applies from the next call."},
    "error.empty": {"zh": "回复为空：请输入你要对客户说的话。", "en": "Empty reply: type what you would say to the customer."},
    "error.too_long": {"zh": "回复太长了，请精简一些。", "en": "That reply is too long; keep it shorter."},
    "error.control": {"zh": "回复里有控制字符，请输入纯文本。", "en": "The reply contains a control character; type plain text."},
    "error.ended": {"zh": "通话已经结束。", "en": "The call has ended."},
    "persona.title": {"zh": "客户", "en": "Customer"},
    "mood.title": {"zh": "情绪", "en": "Mood"},
    "mood.anger": {"zh": "怒气", "en": "Anger"},
    "mood.trust": {"zh": "信任", "en": "Trust"},
    "band.hostile": {"zh": "敌对", "en": "hostile"},
    "band.wary": {"zh": "戒备", "en": "wary"},
    "band.warm": {"zh": "友好", "en": "warm"},
    "steps.title": {"zh": "服务步骤", "en": "Service steps"},
    "status.pending": {"zh": "未开始", "en": "not yet"},
    "status.done": {"zh": "已完成", "en": "done"},
    "status.out_of_order": {"zh": "顺序颠倒", "en": "out of order"},
    "status.missed": {"zh": "遗漏", "en": "missed"},
    "hints.title": {"zh": "教练提示", "en": "Coach hints"},
    "hints.last": {"zh": "你上一句：", "en": "Your last reply:"},
    "hints.nothing": {"zh": "没有识别到服务行为。", "en": "No service behaviour detected."},
    "hints.first": {"zh": "先问候客户，奠定基调。", "en": "Start by greeting the customer and setting the tone."},
    "hints.needs": {"zh": "客户现在需要：", "en": "What they need now:"},
    "confirm.end_call": {"zh": "现在结束这通电话吗？未完成的步骤将记为遗漏。", "en": "End this call now? Steps not yet done count as missed."},
    "confirm.yes": {"zh": "结束通话", "en": "End call"},
    "confirm.no": {"zh": "继续通话", "en": "Keep talking"},
    "outcome.resolved": {"zh": "问题已解决", "en": "resolved"},
    "outcome.escalated": {"zh": "客户要求升级投诉", "en": "escalated to a supervisor"},
    "outcome.hung_up": {"zh": "客户挂断了电话", "en": "the customer hung up"},
    "outcome.incomplete": {"zh": "提前结束", "en": "ended early"},
    # Scorecard
    "score.title": {"zh": "评分卡", "en": "Scorecard"},
    "score.grading": {"zh": "正在评分……", "en": "Grading…"},
    "score.overall": {"zh": "总分", "en": "Overall"},
    "score.grade": {"zh": "等级", "en": "Grade"},
    "score.outcome": {"zh": "结果", "en": "Outcome"},
    "score.steps": {"zh": "各步骤得分", "en": "Steps"},
    "score.violations": {"zh": "需要改进的说法", "en": "What to say instead"},
    "score.no_violations": {"zh": "没有犯禁忌，做得好！", "en": "No violations. Well done!"},
    "score.you_said": {"zh": "你说", "en": "You said"},
    "score.better": {"zh": "更好的说法", "en": "Better"},
    "score.why": {"zh": "原因", "en": "Why"},
    "score.turns": {"zh": "逐轮点评", "en": "Turn by turn"},
    "score.customer": {"zh": "客户", "en": "Customer"},
    "score.notes": {"zh": "总体点评", "en": "Overall notes"},
    "score.needs": {"zh": "这类客户的需要", "en": "What this customer needed"},
    "score.advice": {"zh": "应对建议", "en": "Coaching advice"},
    "score.export": {"zh": "导出", "en": "Export"},
    "score.again": {"zh": "再练一次", "en": "Play again"},
    "score.back": {"zh": "返回列表", "en": "Back to list"},
    "score.exported": {"zh": "评分卡已导出到 {path}", "en": "Scorecard exported to {path}"},
    "score.export_failed": {"zh": "导出失败：{error}", "en": "Export failed: {error}"},
    "score.unavailable": {"zh": "评分暂不可用：{error}", "en": "Scoring is unavailable: {error}"},
    # Help and keys
    "help.title": {"zh": "按键说明", "en": "Keys"},
    "help.intro": {
        "zh": "像在真实客服通话中那样输入回复。客户会根据你的话改变情绪；右侧显示五个服务步骤和教练提示。",
        "en": "Type your replies as you would on a real call. The customer's mood follows what you say; "
        "the side panel shows the five service steps and coach hints.",
    },
    "help.close": {"zh": "按 Esc 或 F1 关闭", "en": "Esc or F1 to close"},
    "help.everywhere": {"zh": "任何界面", "en": "Everywhere"},
    "help.home": {"zh": "场景列表", "en": "Scenario list"},
    "help.session": {"zh": "通话中", "en": "During a call"},
    "help.scorecard": {"zh": "评分卡", "en": "Scorecard"},
    "key.help": {"zh": "帮助", "en": "Help"},
    "key.language": {"zh": "English", "en": "中文"},
    "key.switch_language": {"zh": "切换语言（中文 / English）", "en": "Switch language (中文 / English)"},
    "key.hints": {"zh": "提示开关", "en": "Hints"},
    "key.quit": {"zh": "退出", "en": "Quit"},
    "key.palette": {"zh": "命令面板", "en": "Commands"},
    "key.start": {"zh": "开始", "en": "Start"},
    "key.move": {"zh": "选择场景", "en": "Choose a scenario"},
    "key.clear_filter": {"zh": "清空筛选", "en": "Clear filter"},
    "key.send": {"zh": "发送", "en": "Send"},
    "key.skip": {"zh": "任意键跳过“正在输入”", "en": "Any key skips “typing”"},
    "key.end_call": {"zh": "结束通话", "en": "End call"},
    "key.export": {"zh": "导出", "en": "Export"},
    "key.again": {"zh": "再练一次", "en": "Play again"},
    "key.back": {"zh": "返回", "en": "Back"},
    "key.close": {"zh": "关闭", "en": "Close"},
    "key.history": {"zh": "练习记录", "en": "History"},
    # History
    "history.title": {"zh": "练习记录", "en": "History"},
    "history.empty": {"zh": "还没有练习记录。完成一通电话后，评分会保存在这里。", "en": "No calls yet. Finish a call and its score is saved here."},
    "history.summary": {"zh": "共{calls}通电话，解决{resolved}通", "en": "{calls} calls, {resolved} resolved"},
    "history.recent": {"zh": "最近{n}通平均", "en": "Average of the last {n}"},
    "history.trend": {"zh": "（之前 {earlier}，{change}）", "en": " (before: {earlier}, {change})"},
    "history.overall": {"zh": "总分", "en": "Overall"},
    "history.col.when": {"zh": "时间", "en": "When"},
    "history.col.scenario": {"zh": "场景", "en": "Scenario"},
    "history.col.outcome": {"zh": "结果", "en": "Outcome"},
    "history.col.score": {"zh": "得分", "en": "Score"},
    "history.saved": {"zh": "已保存到练习记录", "en": "Saved to your history"},
    "history.unavailable": {"zh": "练习记录不可用：{error}", "en": "History unavailable: {error}"},
    "cmd.history": {"zh": "查看练习记录", "en": "Open your history"},
    # Command palette
    "cmd.placeholder": {"zh": "搜索命令……", "en": "Search for commands…"},
    "cmd.start": {"zh": "开始练习：{title}", "en": "Start: {title}"},
    "cmd.start_help": {"zh": "{type} · {difficulty}", "en": "{type} · {difficulty}"},
    "cmd.hints": {"zh": "开关教练提示", "en": "Toggle coach hints"},
    "cmd.hints_help": {"zh": "显示或隐藏通话中的教练提示", "en": "Show or hide the coach hints during a call"},
    "cmd.language": {"zh": "切换语言：English", "en": "Switch language: 中文"},
    "cmd.language_help": {"zh": "界面和内容都切换为英文", "en": "Switch the interface and the content to Chinese"},
    "cmd.export": {"zh": "导出评分卡（Markdown）", "en": "Export the scorecard (Markdown)"},
    "cmd.export_help": {"zh": "写入当前目录", "en": "Written to the current directory"},
    "cmd.help": {"zh": "显示按键说明", "en": "Show the key bindings"},
    "lang.switched": {"zh": "已切换为中文", "en": "Switched to English"},
    "hints.on": {"zh": "教练提示已打开", "en": "Coach hints on"},
    "hints.off": {"zh": "教练提示已关闭（F3 打开）", "en": "Coach hints off (F3 to show)"},
    # Behaviours and violations, named for the hints and the scorecard
    "behavior.greet": {"zh": "问候", "en": "greeting"},
    "behavior.offer_help": {"zh": "表达服务意愿", "en": "offer of help"},
    "behavior.empathize": {"zh": "体谅情绪", "en": "empathy"},
    "behavior.apologize": {"zh": "道歉", "en": "apology"},
    "behavior.take_ownership": {"zh": "承担责任", "en": "ownership"},
    "behavior.ask_question": {"zh": "提问探询", "en": "question"},
    "behavior.confirm_understanding": {"zh": "复述确认", "en": "read-back"},
    "behavior.propose_solution": {"zh": "提出方案", "en": "solution"},
    "behavior.ask_preference": {"zh": "征求意见", "en": "asked preference"},
    "behavior.manage_expectations": {"zh": "调整期望", "en": "set expectations"},
    "behavior.seek_agreement": {"zh": "达成共识", "en": "sought agreement"},
    "behavior.positive_framing": {"zh": "积极表达", "en": "positive framing"},
    "behavior.summarize": {"zh": "总结回顾", "en": "summary"},
    "behavior.commit_follow_up": {"zh": "承诺跟进", "en": "follow-up promise"},
    "behavior.close_courteously": {"zh": "礼貌结束", "en": "courteous close"},
    "violation.deny_possibility": {"zh": "否认可能", "en": "denied it could happen"},
    "violation.price_excuse": {"zh": "一分钱一分货", "en": "price excuse"},
    "violation.deny_saying": {"zh": "否认说过", "en": "denied saying it"},
    "violation.belittle": {"zh": "轻视问题", "en": "belittling"},
    "violation.hide_behind_policy": {"zh": "搬出规定", "en": "hid behind policy"},
    "violation.empty_promise": {"zh": "空洞承诺", "en": "empty promise"},
    "violation.vague_deferral": {"zh": "含糊推迟", "en": "vague deferral"},
    "violation.plead_ignorance": {"zh": "推说不清楚", "en": "pleaded ignorance"},
    "violation.pass_the_buck": {"zh": "转嫁责任", "en": "passed the buck"},
    "violation.flat_refusal": {"zh": "直接拒绝", "en": "flat refusal"},
    "violation.blame_customer": {"zh": "指责客户", "en": "blamed the customer"},
    "violation.argue": {"zh": "与客户争论", "en": "argued"},
    "violation.dismiss": {"zh": "敷衍打发", "en": "dismissive"},
}


def t(key: str, lang: str, **values: object) -> str:
    """The UI string `key` in `lang`, with {placeholders} filled from `values`."""
    text = STRINGS[key][lang if lang in LANGS else "zh"]
    return text.format(**values) if values else text


def name_of(kind: str, ident: str, lang: str) -> str:
    """The display name of a domain id: kind is persona_type, step, behavior, violation, outcome or difficulty."""
    if kind == "persona_type":
        return PERSONA_TYPE_NAMES.get(ident, {}).get(lang, ident)
    if kind == "step":
        return STEP_NAMES.get(ident, {}).get(lang, ident)
    entry = STRINGS.get(f"{kind}.{ident}")
    return entry[lang] if entry else ident


def other_lang(lang: str) -> str:
    return "en" if lang == "zh" else "zh"
