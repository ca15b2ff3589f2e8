"""Which of a lexicon's regexes can match a reply at all, from one pass over it.

A lexicon has a few thousand cue regexes and options; a reply matches a handful. Instead of
searching each with `re`, the detector asks an RE2 set (google-re2: a DFA over all the patterns at
once, linear in the reply) which of them can match, and searches only those with `re`, so what is
found is still decided by the `re` regexes alone.

For that the set holds, for each regex, a pattern that matches wherever the regex matches and
perhaps elsewhere too (`superset`): the longest piece of the regex between its long spans
("[^.!?]{0,40}", ".*": every match contains a match of each piece), with lookarounds, word
boundaries and `$` dropped, a back-reference read as "anything", a long span inside the piece read
as any length, and \\w, \\d and \\s widened to every character beyond ASCII. One piece keeps the
DFA small: a set of whole regexes, each with a span still open at every place it could end, has
too many states to stay fast. A regex that cannot be translated gets the empty pattern, which
matches every reply. So the set can say "maybe" where the regex then finds nothing, never "no"
where it would have matched. When the set cannot answer (a text that is not valid Unicode, or the
DFA out of memory), every regex is a candidate.
"""

from __future__ import annotations

import re

import re2

try:  # Python 3.11+
    from re import _constants as C, _parser as P
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

# A counted span longer than this becomes unbounded: the same matches and more, and a program
# that does not grow with every "{0,40}" (RE2 spells counted repeats out).
_SPAN_LIMIT = 4
_ANY = r"(?s:.)"
# Python's \w, \d and \s, widened to every character outside ASCII: the same answer wherever
# the reply is ASCII, and a small program (Unicode categories spelled out in UTF-8 are large).
_BEYOND_ASCII = r"\x{80}-\x{10ffff}"
_CATEGORIES = {
    C.CATEGORY_DIGIT: "0-9" + _BEYOND_ASCII,
    C.CATEGORY_WORD: "0-9A-Za-z_" + _BEYOND_ASCII,
    C.CATEGORY_SPACE: r"\t\n\v\f\r\x{1c}-\x{20}" + _BEYOND_ASCII,
}
_MEMORY = 64 << 20  # RE2's budget for the programs and the DFA's states
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = tuple(op for op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) if op is not None)


class _Untranslatable(Exception):
    pass


def superset(pattern: re.Pattern[str]) -> str | None:
    """An RE2 pattern matching at least every text the regex matches somewhere (None: none made)."""
    if pattern.flags & ~re.UNICODE:
        return None  # IGNORECASE, MULTILINE…: not worth translating, the regex always runs
    try:
        tree = P.parse(pattern.pattern, pattern.flags)
        piece = _longest_piece(tree)
        return _sequence(piece) if piece else None
    except (_Untranslatable, re.error, RecursionError):
        return None


def _longest_piece(tree) -> list:
    """Of the pattern's top-level sequence (inside any group that wraps it all), split at its long
    spans, the piece that needs the most characters."""
    items = list(tree)
    while True:
        inner = [item for item in items if item[0] not in _ZERO_WIDTH]
        if len(inner) != 1 or inner[0][0] is not C.SUBPATTERN or inner[0][1][1] or inner[0][1][2]:
            break
        items = list(inner[0][1][-1])  # the lookarounds beside it are dropped: a wider pattern
    pieces: list[list] = [[]]
    for op, arg in items:
        if op in _REPEATS and (arg[1] is C.MAXREPEAT or arg[1] > _SPAN_LIMIT):
            pieces.append([])
        else:
            pieces[-1].append((op, arg))
    best, most = [], 0
    for piece in pieces:
        needs = sum(min(P.SubPattern(tree.state, [item]).getwidth()[0], 64) for item in piece)
        if needs > most:
            best, most = piece, needs
    return best


def _sequence(items) -> str:
    return "".join(_item(op, arg) for op, arg in items)


def _item(op, arg) -> str:
    if op is C.LITERAL:
        return _char(arg)
    if op is C.NOT_LITERAL:
        return f"[^{_char(arg)}]"
    if op is C.ANY:
        return "."  # neither matches a newline
    if op is C.IN:
        return _class(arg)
    if op is C.CATEGORY:
        return f"[{_CATEGORIES[arg]}]" if arg in _CATEGORIES else _ANY  # \W \D \S: anything
    if op is C.BRANCH:
        return "(?:" + "|".join(_sequence(branch) for branch in arg[1]) + ")"
    if op is C.SUBPATTERN:
        if arg[1] or arg[2]:
            raise _Untranslatable("inline flags")
        return f"(?:{_sequence(arg[-1])})"
    if op is getattr(C, "ATOMIC_GROUP", None):
        return f"(?:{_sequence(arg)})"
    if op in _REPEATS:
        low, high, inner = arg
        if high is C.MAXREPEAT or high > _SPAN_LIMIT:
            quantifier = "*" if low == 0 else "+"
        elif (low, high) == (0, 1):
            quantifier = "?"
        else:
            quantifier = f"{{{low},{high}}}"
        return f"(?:{_sequence(inner)}){quantifier}"
    if op is C.AT:
        return "^" if arg in (C.AT_BEGINNING, C.AT_BEGINNING_STRING) else ""  # \b, \B, $ and \Z: dropped
    if op in (C.ASSERT, C.ASSERT_NOT):
        return ""  # a lookaround only ever rules a match out
    if op is C.GROUPREF:
        return f"{_ANY}*"
    raise _Untranslatable(op)


def _char(code: int) -> str:
    return chr(code) if code < 128 and chr(code).isalnum() else f"\\x{{{code:x}}}"


def _class(items) -> str:
    negated = items and items[0][0] is C.NEGATE
    parts = []
    for op, arg in items[1:] if negated else items:
        if op is C.LITERAL:
            parts.append(_char(arg))
        elif op is C.RANGE:
            parts.append(f"{_char(arg[0])}-{_char(arg[1])}")
        elif op is C.CATEGORY and arg in _CATEGORIES and not negated:
            parts.append(_CATEGORIES[arg])
        elif op is C.CATEGORY:
            return _ANY  # [\W…] or [^\w…]: anything will do
        else:
            raise _Untranslatable(op)
    return "[" + ("^" if negated else "") + "".join(parts) + "]"


class Prefilter:
    """Given patterns, which of them may match a text: `prefilter(text)` is the set of their
    indices that includes every one whose `search` finds something in the text."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        options = re2.Options()
        options.max_mem = _MEMORY
        options.never_capture = True
        options.log_errors = False
        self._set = re2.Set.SearchSet(options)
        self.size = len(patterns)
        for pattern in patterns:
            translated = superset(pattern)
            try:
                self._set.Add(translated if translated is not None else "")
            except re2.error:
                self._set.Add("")  # the empty pattern matches every text: this regex always runs
        self._sentinel = self._set.Add("")  # always in the answer, unless the DFA gave up
        self._set.Compile()
        self._everything = frozenset(range(self.size))

    def __call__(self, text: str) -> set[int] | frozenset[int]:
        try:
            found = self._set.Match(text)
        except UnicodeEncodeError:  # a lone surrogate: RE2 reads UTF-8 only
            return self._everything
        if not found or self._sentinel not in found:
            return self._everything
        found = set(found)
        found.discard(self._sentinel)
        return found
