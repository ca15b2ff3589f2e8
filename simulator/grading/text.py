"""Normalise a reply for matching while keeping a map back to the original character offsets.

Normalisation: NFKC per character (full-width letters/punctuation → half-width), lower case,
traditional → simplified Chinese (table in lexicons/t2s.yaml), emoji and decorations → a space,
then common typos (lexicons/typos.yaml). Every normalised character remembers the index of the
original character it came from, so evidence spans can quote the trainee's own words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from simulator.grading.gate import KeyFinder, leading_words, required_literals

_LEXICON_PACKAGE = "simulator.grading.lexicons"
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: the same safe subset, faster


def load_lexicon_file(name: str) -> dict:
    """Read one YAML data file from the lexicons package (no per-call I/O: callers cache)."""
    text = resources.files(_LEXICON_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    data = yaml.load(text, Loader=_SAFE_LOADER) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{name}: expected a mapping at the top level")
    return data


@lru_cache(maxsize=1)
def traditional_to_simplified() -> dict[str, str]:
    data = load_lexicon_file("t2s.yaml")
    run = "".join("".join(str(chunk).split()) for chunk in data.get("pairs", []))
    return {run[i]: run[i + 1] for i in range(0, len(run) - 1, 2)}


@lru_cache(maxsize=1)
def _simplified_table() -> dict[int, str]:
    return str.maketrans(traditional_to_simplified())


def simplified(text: str) -> str:
    """`text` with its traditional characters in simplified form: how a lexicon's own regexes and
    words are made to match normalised replies, whichever script a trainer wrote them in."""
    return text.translate(_simplified_table())


@dataclass(frozen=True)
class TypoRules:
    """One language's typo fixes, in file order, and which of them could apply to a text. A rule
    that starts with a whole word ("\\bdont\\b") is due only when that word is one of the text's
    words; any other is due only when one of its needles (literal texts one of which every match
    contains) is in the text, found in one pass (gate.KeyFinder), and, when it also starts with a
    whole word, that word is one of the text's words too ("\\bur (?=welcome)" needs "ur " and the
    word ur, so "your " does not make it due). The rest always run."""

    rules: tuple[tuple[re.Pattern[str], str], ...]
    words: dict[str, tuple[int, ...]]  # word -> the rules that start with it
    needles: dict[str, tuple[int, ...]]  # needle -> the rules that need it
    always: frozenset[int]
    find: KeyFinder  # over the needles
    also_words: dict[int, frozenset[str]] = field(default_factory=dict)  # needle-keyed rule -> its first words
    first_words: frozenset[str] = field(init=False)  # the keys of `words`, for one C-level intersection

    def __post_init__(self) -> None:
        object.__setattr__(self, "first_words", frozenset(self.words))

    def due(self, text: str) -> list[int]:
        """The rules that might match `text`, in order."""
        due = set(self.always).union(*map(self.needles.__getitem__, self.find(text)))
        if self.words or (self.also_words and not due.isdisjoint(self.also_words)):
            words = set(_WORDS.findall(text))
            due.difference_update([n for n in due if n in self.also_words and self.also_words[n].isdisjoint(words)])
            due.update(*map(self.words.__getitem__, self.first_words.intersection(words)))
        return sorted(due)

    def apply(self, text: str, origin):
        """Apply the rules in order, each to the text the ones before it left; returns the text and
        its offsets map (a list, or `origin` itself when nothing changed)."""
        due = self.due(text)
        while due:
            number = due.pop(0)
            pattern, fix = self.rules[number]
            if pattern.search(text):
                text, origin = _substitute(pattern, fix, text, list(origin))
                due = [n for n in self.due(text) if n > number]  # a fix can make or unmake a later needle
        return text, origin

    @classmethod
    def compile(cls, table: dict) -> "TypoRules":
        """From a mapping `regex: replacement`, in order."""
        rules = tuple((re.compile(simplified(pattern)), simplified(str(fix))) for pattern, fix in table.items())
        words: dict[str, list[int]] = {}
        needles: dict[str, list[int]] = {}
        always = set()
        also_words = {}
        for number, (pattern, _fix) in enumerate(rules):
            # a word when the rule is little more than it ("\\bu\\b"); a longer needle ("i am") says more
            first, literals = leading_words(pattern), required_literals(pattern)
            if first and (not literals or min(map(len, first)) >= min(map(len, literals))):
                keys, index = first, words
            else:
                keys, index = literals, needles
                if first and literals:
                    also_words[number] = first
            if not keys:
                always.add(number)
            for key in keys or ():
                index.setdefault(key, []).append(number)
        return cls(
            rules,
            {k: tuple(v) for k, v in words.items()},
            {k: tuple(v) for k, v in needles.items()},
            frozenset(always),
            KeyFinder(needles),
            also_words,
        )


_WORDS = re.compile(r"\w+")


@lru_cache(maxsize=1)
def typo_rules() -> dict[str, TypoRules]:
    """Per language, the compiled fixes of lexicons/typos.yaml."""
    return {lang: TypoRules.compile(table or {}) for lang, table in load_lexicon_file("typos.yaml").items()}


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
    origin: "tuple[int, ...] | range"
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the original text."""
        if not self.origin:
            return (0, 0)
        end = max(end, start + 1)
        first = self.origin[min(start, len(self.origin) - 1)]
        last = self.origin[min(end - 1, len(self.origin) - 1)]
        return (first, last + 1)


_CHAR_CACHE: dict[str, str] = {}
_ASCII_FIX = str.maketrans({"~": "\n", "`": "'"})


@lru_cache(maxsize=1)
def _translate_table() -> dict[int, str]:
    """A plain str.translate table for every character normalisation can change in practice:
    full-width forms, CJK punctuation, the traditional characters, emoji and decorations."""
    codes = set(range(0xFF01, 0xFF5F)) | {0x3000, 0x3001, 0x3002, 0x300C, 0x300D, 0x300E, 0x300F, 0x301C}
    codes |= {ord(c) for c in "—–…、「」『』\u2018\u2019\u201c\u201d`~"}
    codes |= {ord(c) for c in traditional_to_simplified()}
    for start, end in ((0x1F000, 0x1FAFF), (0x2600, 0x27BF), (0x2B00, 0x2BFF)):
        codes |= set(range(start, end + 1))
    codes |= {0xFE0F, 0x200D}
    table = {}
    for code in codes:
        out = _normal_char(chr(code))
        if out != chr(code):
            table[code] = out
    return table


def _normal_char(char: str) -> str:
    out = _CHAR_CACHE.get(char)
    if out is None:
        if _DECORATION.match(char):
            out = "\n"  # an emoji or a tilde ends a sentence, as chat writers use it
        else:
            out = _APOSTROPHES.get(char) or _PUNCT_FIX.get(char) or char
            if ord(out) > 127:
                out = unicodedata.normalize("NFKC", out)
            t2s = traditional_to_simplified()
            out = "".join(t2s.get(c, c) for c in out).lower()
        if len(_CHAR_CACHE) < 50_000:
            _CHAR_CACHE[char] = out
    return out


def normalise(text: str, lang: str) -> Normalised:
    """Return the matching form of `text` with its offset map (see module docstring)."""
    if text.isascii():
        normalised = text.lower()
        if "~" in normalised or "`" in normalised:
            normalised = normalised.translate(_ASCII_FIX)
        origin: list[int] | range = range(len(text))
    else:
        normalised = text.translate(_translate_table()).lower()
        origin = range(len(text))
    if len(normalised) != len(text):  # some character expanded (e.g. NFKC of "㎡"): map offsets one by one
        chars: list[str] = []
        origin = []
        for index, char in enumerate(text):
            out = _normal_char(char)
            if len(out) == 1:
                chars.append(out)
                origin.append(index)
            else:
                chars.extend(out)
                origin.extend([index] * len(out))
        normalised = "".join(chars)
    typos = typo_rules().get(lang)
    if typos is not None:
        normalised, origin = typos.apply(normalised, origin)
    return Normalised(normalised, origin if isinstance(origin, range) else tuple(origin), text)


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


_HAN_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")


def written_in(text: str, lang: str) -> str:
    """The language a reply in a call held in `lang` is written in, so it is graded with that
    language's cues: with no Chinese character and at least three English words it is English;
    with four or more Chinese characters, at least half as many as English letters, it is Chinese.
    A short "OK", a name or a product code keeps the call's language."""
    han = len(_HAN_CHAR.findall(text))
    if lang != "en" and han == 0:
        return "en" if len(_LATIN_WORD.findall(text)) >= 3 else lang
    if lang != "zh" and han >= 4 and han * 2 >= sum(map(len, _LATIN_WORD.findall(text))):
        return "zh"
    return lang
