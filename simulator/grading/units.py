"""Sentences, clauses, questions and negation scope of a normalised reply."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from simulator.grading.lexicon import Lexicon

_HAN = re.compile(r"[\u4e00-\u9fff0-9a-z]{2,}")
_WORD = re.compile(r"[a-z0-9£$€]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class Units:
    text: str
    sentences: tuple[tuple[int, int], ...]
    sentence_starts: tuple[int, ...]
    is_question: tuple[bool, ...]
    clause_starts: tuple[int, ...]

    def sentence_at(self, position: int) -> int:
        return max(0, bisect_right(self.sentence_starts, position) - 1)

    def clause_bounds(self, position: int) -> tuple[int, int]:
        index = bisect_right(self.clause_starts, position) - 1
        start = self.clause_starts[index] if index >= 0 else 0
        end = self.clause_starts[index + 1] if index + 1 < len(self.clause_starts) else len(self.text)
        return start, end

    def negated(self, position: int, clause_start: int, lexicon: Lexicon, immediate: bool = True) -> bool:
        """True when a negator governs the cue starting at `position` (same clause only)."""
        if position <= clause_start:
            return False
        if lexicon.neg_scope.search(self.text, clause_start, position):
            return True
        if immediate:
            window_start = max(clause_start, position - lexicon.neg_window)
            # searched in place, so a lookbehind sees the character before the window
            return lexicon.neg_immediate.search(self.text, window_start, position) is not None
        return False


def split_units(text: str, lexicon: Lexicon) -> Units:
    sentences: list[tuple[int, int]] = []
    start = 0
    for match in lexicon.sentence_end.finditer(text):
        end = match.end()
        if text[start:end].strip(" .,!?"):
            sentences.append((start, end))
        elif sentences:
            sentences[-1] = (sentences[-1][0], end)
        start = end
    if start < len(text) and text[start:].strip():
        sentences.append((start, len(text)))
    elif start < len(text) and sentences:
        sentences[-1] = (sentences[-1][0], len(text))
    if not sentences:
        sentences = [(0, len(text))]
    questions = tuple(bool(lexicon.question.search(text[s:e].strip())) for s, e in sentences)
    clause_starts = sorted({s for s, _ in sentences} | {m.end() for m in lexicon.clause_break.finditer(text)})
    return Units(text, tuple(sentences), tuple(s for s, _ in sentences), questions, tuple(clause_starts))


def restates(reply: str, context: str, lang: str, stopwords: frozenset[str] = frozenset()) -> bool:
    """True when the reply repeats enough of the customer's own content words."""
    if lang == "zh":
        def grams(s: str) -> set[str]:
            out = set()
            for run in _HAN.findall(s):
                out.update(run[i : i + 2] for i in range(len(run) - 1))
            return out - stopwords

        theirs, mine = grams(context), grams(reply)
        shared = len(mine & theirs)
        # a short echo ("有点吵是吧?") restates when most of what it says is the customer's words
        return shared >= min(3, max(2, len(theirs) - 1)) or (shared >= 2 and len(mine) <= 6 and shared * 2 >= len(mine))
    words = lambda s: {w for w in _WORD.findall(s) if len(w) > 2 and w not in stopwords}  # noqa: E731
    theirs = words(context)
    return len(words(reply) & theirs) >= min(2, max(1, len(theirs)))
