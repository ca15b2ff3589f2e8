"""Choose what the customer says: lines for the persona, state and mood, filled from the case facts."""

from __future__ import annotations

import random
import re
from collections import Counter
from typing import Mapping, Sequence

from simulator.content.models import Lines, Persona, Scenario, State, Text

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def fill(text: str, scenario: Scenario, lang: str) -> str:
    """Replace {name} with the case fact `name` in `lang`; unknown names stay as written."""

    def value(match: re.Match) -> str:
        fact = scenario.case.get(match.group(1))
        if fact is None:
            return match.group(0)
        return fact.get(lang) if isinstance(fact, Text) else str(fact)

    return PLACEHOLDER.sub(value, text)


def banded(bank: Mapping[str, Lines], band: str) -> Lines | None:
    """A bank's lines for this mood band, else its lines for any band."""
    for key in (band, "any"):
        if key in bank:
            return bank[key]
    return None


def candidate_lines(persona: Persona, state: State, band: str) -> Lines | None:
    """The state's own lines for this band, else the persona's for the state's phase or outcome."""
    persona_bank = persona.lines.get(state.outcome or state.phase or "", {})
    for bank in (state.lines, persona_bank):
        lines = banded(bank, band)
        if lines is not None:
            return lines
    return next(iter(persona_bank.values()), None)


# Questions a customer line may ask that the reply before it has just answered, by the ids it showed
# or by its words: a customer who hears "it'll be back in your account by Friday" does not ask "how
# long will it take?", nor one who was offered the fee back "and what about the money?".
_ANSWERED_BY = (
    (  # a time
        frozenset({"manage_expectations", "commit_follow_up"}),
        {
            "zh": re.compile(r"今天|明天|后天|今晚|马上|立刻|周[一二三四五六日末]|星期|[0-9一二三四五六七八九十两半]+\s*(?:点|天|小时|分钟|个工作日|号)"),
            "en": re.compile(
                r"\b(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|this (?:morning|afternoon|evening|week)"
                r"|(?:at|by|before) \d|\d{1,2}(?::\d\d)?\s*(?:am|pm)|(?:within|in) (?:\d+|an?|one|two|three|\w+ working) (?:hours?|days?|minutes?|weeks?))\b",
                re.IGNORECASE,
            ),
        },
        {
            "zh": re.compile(r"多久|多长时间|什么时候|啥时候|几天|哪天|几号|几点|哪一天"),
            "en": re.compile(r"\b(?:how long|how soon|when|what date|which day|what day|what time)\b", re.IGNORECASE),
        },
    ),
    (  # what will be done
        frozenset({"propose_solution"}),
        None,
        {
            "zh": re.compile(r"怎么办|咋办|怎么处理|怎么弄|怎么解决|什么方案|打算怎么"),
            "en": re.compile(
                r"\bwhat (?:are you going to|can you|will you|do you) (?:do|propose|offer)\b|\bwhat happens (?:now|next)\b",
                re.IGNORECASE,
            ),
        },
    ),
    (  # money back
        frozenset(),
        {
            "zh": re.compile(r"退(?:给|回|还|款|费|钱)|返还|补偿|赔(?:给|偿|付)|减免|免(?:掉|收|单)|不收|抵扣|冲抵"),
            "en": re.compile(r"\b(?:refund|credit|money back|compensat|waive|reimburs|discount)", re.IGNORECASE),
        },
        {
            "zh": re.compile(r"钱|费用|退款|补偿|赔偿"),
            "en": re.compile(r"\b(?:money|refund|compensation|credit|charges?|fees?)\b", re.IGNORECASE),
        },
    ),
)
_QUESTION = re.compile(r"[^.!?。！？]*[?？]")


def not_asking_for_what_was_said(options: Sequence[str], said: set[str], reply: str, lang: str) -> list[str]:
    """The lines that do not ask, in a question, for what `reply` (which showed the ids `said`) just
    gave (all of them when every one would)."""
    asks = [
        by_lang[lang]
        for ids, words, by_lang in _ANSWERED_BY
        if not ids.isdisjoint(said) or (words is not None and words[lang].search(reply))
    ]
    if not asks:
        return list(options)
    kept = [
        line for line in options
        if not any(pattern.search(question) for question in _QUESTION.findall(line) for pattern in asks)
    ]
    return kept or list(options)


class LinePicker:
    """Picks among alternatives by seed, preferring the least used and never the previous utterance's."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.used: Counter[str] = Counter()
        self.previous: set[str] = set()

    def pick(self, options: Sequence[str]) -> str:
        fresh = [line for line in options if line not in self.previous] or list(options)
        fewest = min(self.used[line] for line in fresh)
        choice = self.rng.choice([line for line in fresh if self.used[line] == fewest])
        self.used[choice] += 1
        return choice

    def said(self, parts: Sequence[str]) -> None:
        """Remember the lines of the utterance just spoken, so the next one differs."""
        self.previous = set(parts)
