"""Fast pre-checks for cue regexes: the literal text a pattern cannot match without.

For each compiled cue we derive, from the regex syntax tree, a set of literal strings one of
which must occur in any match. The detector then runs the regex only when the first few
characters of one of them occur in the reply, which skips most of the ~300 cues per reply.
A pattern we cannot analyse gets no gate and always runs, so gating never changes results.
"""

from __future__ import annotations

import re
from operator import add

try:  # Python 3.11+
    from re import _constants as C, _parser as P
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}


def _required(items) -> set[str] | None:
    """Literal strings one of which every match of the sequence contains (None: unknown)."""
    run: list[str] = []
    best: set[str] | None = None
    for op, arg in list(items) + [(None, None)]:
        if op is C.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            literal = "".join(run)
            run = []
            if best is None or min(map(len, best)) < len(literal):
                best = {literal}
        if op is None or op in _ZERO_WIDTH:
            continue
        found = _item(op, arg)
        if found and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found
    return best


def _item(op, arg) -> set[str] | None:
    if op is C.SUBPATTERN:
        return _required(arg[-1])
    if op is C.BRANCH:
        result: set[str] = set()
        for branch in arg[1]:
            found = _required(branch)
            if not found:
                return None
            result |= found
        return result
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) and arg[0] >= 1:
        return _required(arg[2])
    return None


def gate_keys(pattern: re.Pattern[str], length: int = 3) -> frozenset[str] | None:
    """The keys (first `length` characters of each required literal) of a cue, or None: no gate."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = P.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - any parser trouble just means "no gate"
        return None
    literals = _required(tree)
    if not literals:
        return None
    return frozenset(lit[:length] for lit in literals)


def text_keys(text: str, length: int = 3) -> set[str]:
    """Every substring of the text of 1 to `length` characters (matched against gate keys)."""
    keys = set(text)
    grams = list(text)
    for size in range(2, length + 1):
        grams = list(map(add, grams[:-1], text[size - 1 :]))  # C-level concatenation, no Python loop
        keys.update(grams)
    return keys
