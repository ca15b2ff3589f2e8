"""Normalise a reply for matching while keeping a map back to the original character offsets.

Normalisation: NFKC per character (full-width letters/punctuation → half-width), lower case,
traditional → simplified Chinese (table in lexicons/t2s.yaml), emoji and decorations → a space,
then common typos (lexicons/typos.yaml). Every normalised character remembers the index of the
original character it came from, so evidence spans can quote the trainee's own words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

_LEXICON_PACKAGE = "simulator.grading.lexicons"


def load_lexicon_file(name: str) -> dict:
    """Read one YAML data file from the lexicons package (no per-call I/O: callers cache)."""
    text = resources.files(_LEXICON_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{name}: expected a mapping at the top level")
    return data


@lru_cache(maxsize=1)
def traditional_to_simplified() -> dict[str, str]:
    data = load_lexicon_file("t2s.yaml")
    run = "".join("".join(str(chunk).split()) for chunk in data.get("pairs", []))
    return {run[i]: run[i + 1] for i in range(0, len(run) - 1, 2)}


@lru_cache(maxsize=1)
def typo_rules() -> dict[str, tuple[tuple[re.Pattern[str], str], ...]]:
    data = load_lexicon_file("typos.yaml")
    rules: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {}
    for lang, table in data.items():
        rules[lang] = tuple((re.compile(pattern), fix) for pattern, fix in (table or {}).items())
    return rules


# Emoji, pictographs, dingbats, variation selectors, zero-width joiners and decorative tildes.
_DECORATION = re.compile(
    "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D~\uFF5E\u301C]"
)
# Dashes and ellipses all read as clause breaks.
_PUNCT_FIX = {"—": ",", "–": ",", "…": ",", "、": ",", "。": ".", "「": '"', "」": '"', "『": '"', "』": '"'}
_APOSTROPHES = {"\u2019": "'", "\u2018": "'", "`": "'", "\u201c": '"', "\u201d": '"'}


@dataclass(frozen=True)
class Normalised:
    """A normalised text and, for each of its characters, the original index it came from."""

    text: str
    origin: tuple[int, ...]
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the original text."""
        if not self.origin:
            return (0, 0)
        end = max(end, start + 1)
        first = self.origin[min(start, len(self.origin) - 1)]
        last = self.origin[min(end - 1, len(self.origin) - 1)]
        return (first, last + 1)


def normalise(text: str, lang: str) -> Normalised:
    """Return the matching form of `text` with its offset map (see module docstring)."""
    t2s = traditional_to_simplified()
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if _DECORATION.match(char):
            out = "\n"  # an emoji or a tilde ends a sentence, as chat writers use it
        else:
            out = _APOSTROPHES.get(char) or _PUNCT_FIX.get(char) or char
            if ord(out) > 127:
                out = unicodedata.normalize("NFKC", out)
            out = t2s.get(out, out).lower()
        for piece in out:
            chars.append(piece)
            origin.append(index)
    normalised = "".join(chars)
    for pattern, fix in typo_rules().get(lang, ()):
        if pattern.search(normalised):
            normalised, origin = _substitute(pattern, fix, normalised, origin)
    return Normalised(normalised, tuple(origin), text)


def _substitute(pattern: re.Pattern[str], fix: str, text: str, origin: list[int]) -> tuple[str, list[int]]:
    pieces: list[str] = []
    new_origin: list[int] = []
    last = 0
    for match in pattern.finditer(text):
        pieces.append(text[last : match.start()])
        new_origin.extend(origin[last : match.start()])
        replacement = match.expand(fix)
        pieces.append(replacement)
        source = origin[match.start() : match.end()] or origin[-1:] or [0]
        new_origin.extend(source[min(i, len(source) - 1)] for i in range(len(replacement)))
        last = match.end()
    pieces.append(text[last:])
    new_origin.extend(origin[last:])
    return "".join(pieces), new_origin
