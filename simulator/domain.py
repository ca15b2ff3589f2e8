"""The public ids of the domain (../shared/domain.md): persona types, steps, behaviours, violations.

These ids are a contract: scenario files, grader output, records and CLI JSON use exactly them.
"""

from __future__ import annotations

PERSONA_TYPES: tuple[str, ...] = (
    "resolute",
    "neurotic",
    "introverted",
    "easygoing",
    "vain",
    "combative",
    "stubborn",
    "suspicious",
    "silent",
)

PERSONA_TYPE_NAMES: dict[str, dict[str, str]] = {
    "resolute": {"zh": "刚强型", "en": "Resolute"},
    "neurotic": {"zh": "神经质型", "en": "Neurotic"},
    "introverted": {"zh": "内向型", "en": "Introverted"},
    "easygoing": {"zh": "随和型", "en": "Easygoing"},
    "vain": {"zh": "虚荣型", "en": "Vain"},
    "combative": {"zh": "好斗型", "en": "Combative"},
    "stubborn": {"zh": "顽固型", "en": "Stubborn"},
    "suspicious": {"zh": "怀疑型", "en": "Suspicious"},
    "silent": {"zh": "沉默型", "en": "Silent"},
}

# The five service-encounter steps, in order, with the behaviours that demonstrate each.
STEPS: dict[str, tuple[str, ...]] = {
    "set_tone": ("greet", "offer_help", "empathize", "apologize", "take_ownership"),
    "diagnose": ("ask_question", "confirm_understanding"),
    "solve": (
        "propose_solution",
        "ask_preference",
        "manage_expectations",
        "seek_agreement",
        "positive_framing",
    ),
    "summarize": ("summarize",),
    "follow_up": ("commit_follow_up", "close_courteously"),
}

STEP_NAMES: dict[str, dict[str, str]] = {
    "set_tone": {"zh": "奠定基调", "en": "Set the tone"},
    "diagnose": {"zh": "诊断问题", "en": "Diagnose"},
    "solve": {"zh": "解决问题", "en": "Solve"},
    "summarize": {"zh": "总结回顾", "en": "Summarise"},
    "follow_up": {"zh": "完善跟进", "en": "Follow up"},
}

BEHAVIORS: tuple[str, ...] = tuple(b for behaviours in STEPS.values() for b in behaviours)

STEP_OF_BEHAVIOR: dict[str, str] = {b: step for step, bs in STEPS.items() for b in bs}

VIOLATIONS: tuple[str, ...] = (
    "deny_possibility",
    "price_excuse",
    "deny_saying",
    "belittle",
    "hide_behind_policy",
    "empty_promise",
    "vague_deferral",
    "plead_ignorance",
    "pass_the_buck",
    "flat_refusal",
    "blame_customer",
    "argue",
    "dismiss",
)

LANGS: tuple[str, ...] = ("zh", "en")

# How a call can end.
OUTCOMES: tuple[str, ...] = ("resolved", "escalated", "hung_up")
