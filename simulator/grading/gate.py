"""Fast pre-checks for cue regexes: the literal text a pattern cannot match without.

For each compiled cue we derive, from the regex syntax tree, a set of literal strings one of
which must occur in any match. The detector then runs the regex only when the first few
characters (the lexicon's gate_length) of one of them occur in the reply, which skips most of the
~3,000 cues per reply; KeyFinder finds those keys in one pass. A pattern we cannot analyse gets
no gate and always runs, so gating never changes results.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product
from operator import itemgetter

import ahocorasick

try:  # Python 3.11+
    from re import _constants as C, _parser as P
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}


def _required(items) -> set[str] | None:
    """Literal strings one of which every match of the sequence contains (None: unknown): of the
    sets its elements need, the one whose shortest literal is longest."""
    best: set[str] | None = None
    for found in _element_sets(items):
        if all(found) and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found
    return best


def _element_sets(items) -> list[set[str]]:
    """One literal set per element of the sequence that needs one: every match of the sequence
    contains a literal of each set. A run of literal characters and small classes of them is one
    element, spelled every way it can be ("(?:怪|赖)我", which re parses as [怪赖] + 我, needs 怪我
    or 赖我; alone, 我 would let the cue run on nearly every reply)."""
    sets: list[set[str]] = []
    run: list[str] = []  # the literal run so far: per character, the characters it can be
    spellings = 1
    for op, arg in list(items) + [(None, None)]:
        chars = _characters(op, arg)
        if chars is not None and spellings * len(chars) <= _MAX_SPELLINGS:
            run.append(chars)
            spellings *= len(chars)
            continue
        if run:
            texts = _spelled(run, spellings)
            # re's parser factors a shared prefix out of alternatives ("不会|不可能" -> 不 + (会|可能)):
            # put it back, so the key is "不会"/"不可能" rather than the all-too-common "不"
            lead = _leading(op, arg) if op is not None and chars is None else None
            if lead and len(texts) * len(lead) <= _MAX_SPELLINGS:
                texts = {text + part for text in texts for part in lead}
            sets.append(texts)
            run, spellings = [], 1
        if chars is not None:  # too many spellings to go on: this class starts the next run
            run, spellings = [chars], len(chars)
            continue
        if op is None or op in _ZERO_WIDTH:
            continue
        found = _item(op, arg)
        if found:
            sets.append(found)
    return sets


def _spelled(run: list[str], spellings: int) -> set[str]:
    """Every text a run can be, each character one of its characters (`spellings` of them)."""
    return {"".join(run)} if spellings == 1 else set(map("".join, product(*run)))


_MAX_SPELLINGS = 32  # a run spelled more ways than this is cut in two
_MAX_CLASS = 12  # a larger class of characters ([一二三四五六七八九十两几]…) says too little to be worth its keys


def _characters(op, arg) -> str | None:
    """The characters one of which this item matches, when it is a literal or a small class of
    literals (None otherwise)."""
    if op is C.LITERAL:
        return chr(arg)
    if op is C.IN and len(arg) <= _MAX_CLASS and all(kind is C.LITERAL for kind, _ in arg):
        return "".join(chr(code) for _, code in arg)
    return None


def _leading(op, arg) -> set[str] | None:
    """The literal text every match of this item starts with, one per alternative (None: unknown)."""
    chars = _characters(op, arg)
    if chars is not None:
        return set(chars)
    if op is C.SUBPATTERN:
        return _leading_sequence(arg[-1])
    if op is C.BRANCH:
        return _every_branch(arg[1], _leading_sequence)
    return None


def _every_branch(branches, find) -> set[str] | None:
    """The union of what `find` says of each alternative, or None when it knows nothing of one."""
    result: set[str] = set()
    for branch in branches:
        found = find(branch)
        if not found:
            return None
        result |= found
    return result


def _leading_sequence(items) -> set[str] | None:
    run: list[str] = []
    spellings = 1
    for op, arg in items:
        chars = _characters(op, arg)
        if chars is not None and spellings * len(chars) <= _MAX_SPELLINGS:
            run.append(chars)
            spellings *= len(chars)
            continue
        if not run:
            return _leading(op, arg)
        break
    return _spelled(run, spellings) if run else None


def _item(op, arg) -> set[str] | None:
    if op is C.SUBPATTERN:
        return _required(arg[-1])
    if op is C.BRANCH:
        return _every_branch(arg[1], _required)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) and arg[0] >= 1:
        return _required(arg[2])
    return None


def _sequence_sets(items) -> list[set[str]]:
    """The literal sets of a pattern's top-level sequence (a pattern wrapped in one group is unwrapped)."""
    items = list(items)
    inner = [item for item in items if item[0] not in _ZERO_WIDTH]
    if len(inner) == 1 and inner[0][0] is C.SUBPATTERN:
        return _sequence_sets(inner[0][1][-1])
    return _element_sets(items)


def _parse_source(source: str, flags: int):
    """The regex's syntax tree, or None when it cannot be analysed (any trouble just means no gate)."""
    if flags & re.IGNORECASE:
        return None
    try:
        tree = P.parse(source, flags)
    except Exception:  # noqa: BLE001
        return None
    return None if tree.state.flags & re.IGNORECASE else tree  # "(?i)" inside the source


def gate_keys(source: str, length: int = 3) -> tuple[frozenset[str] | None, tuple[frozenset[str], ...]]:
    """A cue's gate, from one parse of its regex: the keys (first `length` characters of each
    literal one of which every match contains) that index the cue, or None (no gate: the cue always
    runs); and the further key sets every match needs one key of, longest keys first, which the
    detector checks after the index lookup to drop candidates that have one required word but not
    another."""
    tree = _parse_source(source, 0)
    literals = _required(tree) if tree is not None else None
    if not literals:
        return None, ()
    gate = frozenset(lit[:length] for lit in literals)
    also = {frozenset(lit[:length] for lit in found) for found in _sequence_sets(tree)} - {gate}
    ordered = sorted((keys for keys in also if all(keys)), key=lambda k: (-min(map(len, k)), len(k), sorted(k)))
    return gate, tuple(ordered)


def needed_keys(pattern: re.Pattern[str], length: int = 3) -> frozenset[str] | None:
    """The keys one of which every match contains (the gate of gate_keys alone), or None. Remembered
    by source: lexicon entries repeat the same option ("{CONTACT_VERB}") many times."""
    return _needed_keys(pattern.pattern, pattern.flags, length)


@lru_cache(maxsize=4096)
def _needed_keys(source: str, flags: int, length: int) -> frozenset[str] | None:
    return frozenset(lit[:length] for lit in _literals(source, flags)) or None


def required_literals(pattern: re.Pattern[str]) -> frozenset[str]:
    """Literal texts one of which every match of the pattern contains (empty: unknown)."""
    return _literals(pattern.pattern, pattern.flags)


def _literals(source: str, flags: int) -> frozenset[str]:
    tree = _parse_source(source, flags)
    return frozenset((_required(tree) if tree is not None else None) or ())


def leading_words(pattern: re.Pattern[str], limit: int = 64) -> frozenset[str] | None:
    """Whole words (runs of \\w) one of which every match begins with, or None when that is not
    plain from the pattern: every match must start at \\b with a word spelled out by literals,
    alternatives and optional letters, ended by \\b or a literal that is no word character
    ("\\bdont\\b", "\\b(did|does)nt\\b", "\\btomm?orrow\\b", "\\byou're (phone|bill)")."""
    tree = _parse_source(pattern.pattern, pattern.flags)
    if tree is None:
        return None
    items = list(tree)
    branches = items[0][1][1] if len(items) == 1 and items[0][0] is C.BRANCH else [items]
    words: set[str] = set()
    for branch in branches:
        found = _leading_word(list(branch), limit)
        if not found:
            return None
        words |= found
    return frozenset(words) if len(words) <= limit else None


def _leading_word(items, limit: int) -> set[str] | None:
    while items and _looks_around(*items[0]):  # "(?<!press )\\br\\b": the match still starts at the word
        items = items[1:]
    if not items or items[0] != (C.AT, C.AT_BOUNDARY):
        return None
    return _word_from(list(items[1:]), {""}, limit)


def _looks_around(op, arg) -> bool:
    """A lookbehind or lookahead, or a group of alternatives that are all lookarounds: matches nothing."""
    if op in (C.ASSERT, C.ASSERT_NOT):
        return True
    if op is C.SUBPATTERN:
        inner = list(arg[-1])
        return bool(inner) and all(_looks_around(*item) for item in inner)
    if op is C.BRANCH:
        return all(branch and all(_looks_around(*item) for item in branch) for branch in arg[1])
    return False


def _word_from(items, spelled: set[str], limit: int) -> set[str] | None:
    """The words `spelled` so far, continued by `items` up to the end of the word."""
    for number, (op, arg) in enumerate(items):
        if (op is C.AT and arg is C.AT_BOUNDARY) or (op is C.LITERAL and not is_word_char(chr(arg))):
            return spelled if "" not in spelled else None
        if op is C.BRANCH:  # re factors shared parts out ("\\bur\\b|\\bim\\b" is \\b(?:ur\\b|im\\b)): go on in each
            words: set[str] = set()
            for branch in arg[1]:
                found = _word_from(list(branch) + items[number + 1 :], spelled, limit)
                if not found:
                    return None
                words |= found
            return words if len(words) <= limit else None
        found = _spellings([(op, arg)], limit)
        if found is None or not all(map(_is_word_text, found)):
            return None
        spelled = {a + b for a in spelled for b in found}
        if len(spelled) > limit:
            return None
    return None  # the pattern ends inside the word: a prefix, not a word


def _spellings(items, limit: int) -> set[str] | None:
    """Every text the sequence can match when it is only literals, groups, alternatives and
    optional parts (None otherwise, or past `limit` texts)."""
    spelled = {""}
    for op, arg in items:
        if op is C.LITERAL:
            found = {chr(arg)}
        elif op is C.SUBPATTERN:
            found = _spellings(arg[-1], limit)
        elif op is C.BRANCH:
            found = set()
            for branch in arg[1]:
                more = _spellings(branch, limit)
                if more is None:
                    return None
                found |= more
        elif op is C.IN and all(kind is C.LITERAL for kind, _ in arg):
            found = {chr(code) for _, code in arg}
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and arg[0] == 0 and arg[1] == 1:
            inner = _spellings(arg[2], limit)
            found = None if inner is None else inner | {""}
        else:
            return None
        if found is None:
            return None
        spelled = {a + b for a in spelled for b in found}
        if len(spelled) > limit:
            return None
    return spelled


def is_word_char(char: str) -> bool:
    """A character \\b counts as part of a word."""
    return char.isalnum() or char == "_"


def _is_word_text(text: str) -> bool:
    return all(map(is_word_char, text))


_second = itemgetter(1)


class KeyFinder:
    """Which gate keys occur in a text: one pass of an Aho-Corasick automaton over the text finds
    every key, overlapping ones included, in time linear in the text whatever the keys' number or
    length (pyahocorasick, in C)."""

    def __init__(self, keys) -> None:
        self._automaton = None
        keys = set(keys)
        if keys:
            automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY)
            for key in keys:
                automaton.add_word(key, key)
            automaton.make_automaton()
            self._automaton = automaton

    def __call__(self, text: str) -> set[str]:
        if self._automaton is None:
            return set()
        return set(map(_second, self._automaton.iter(text)))  # (end, key) pairs: map is faster than a comprehension
