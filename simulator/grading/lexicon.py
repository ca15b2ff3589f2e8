"""Load and compile the cue lexicons (lexicons/<lang>.yaml + lexicons/rules.yaml) once.

See the header of lexicons/en.yaml or docs/grading.md for the file format.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from simulator.domain import BEHAVIORS, LANGS, VIOLATIONS
from simulator.grading.gate import KeyFinder, gate_keys, needed_keys
from simulator.grading.text import load_lexicon_file, simplified

_CLASS_REF = re.compile(r"\{([A-Z_]+)\}")
_OPTION_KEYS = {
    "re", "where", "first", "last", "unless", "unless_text", "requires_text", "unless_clause", "context",
    "unless_context", "requires", "requires_clause", "negatable", "label",
}
_NEVER = re.compile(r"(?!x)x")


class LexiconError(ValueError):
    """A lexicon file that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True)
class Cue:
    id: str
    source: str  # the regex, word classes expanded
    label: str | None = None
    where: str = "any"
    first: bool = False
    last: bool = False
    negatable: bool = True
    unless: re.Pattern[str] | None = None
    unless_text: re.Pattern[str] | None = None
    requires_text: re.Pattern[str] | None = None
    unless_clause: re.Pattern[str] | None = None
    context: re.Pattern[str] | None = None
    unless_context: re.Pattern[str] | None = None
    requires: re.Pattern[str] | None = None
    requires_clause: re.Pattern[str] | None = None
    gate: frozenset[str] | None = None
    # Up to two further key sets every match needs one of (besides `gate`, which indexes the cue),
    # longest keys first; the detector checks them before the regex. A set with a key shorter than
    # the lexicon's gate_min is left out: a key in nearly every reply ("e", " ") rules nothing out
    # and only costs the key finder a hit at every place it occurs.
    gate_also: tuple[frozenset[str], ...] = ()
    # Same regex without its leading \b (re cannot use its fast literal search after \b); the
    # detector checks the word boundary itself. None when the pattern does not start so.
    fast: re.Pattern[str] | None = None
    # Per option searched in the reply (unless, requires_clause…), the keys one of which it needs,
    # when known: an option whose keys are not in the reply cannot match and is not searched.
    option_keys: tuple[tuple[str, frozenset[str]], ...] = ()
    # Whether any option besides negation limits where the cue applies (derived).
    conditional: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        conditional = self.where != "any" or self.first or self.last or any(getattr(self, n) is not None for n in _CONDITIONS)
        object.__setattr__(self, "conditional", conditional)

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled regex. Compiled when first asked for: where `fast` stands in for it the
        detector never needs it, and compiling every cue twice was most of a lexicon's load time."""
        return _compiled(self.source)


@lru_cache(maxsize=None)
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source)


_CONDITIONS = (
    "unless", "unless_text", "requires_text", "unless_clause", "context", "unless_context", "requires", "requires_clause",
)
_REPLY_OPTIONS = ("unless", "unless_text", "requires_text", "unless_clause", "requires", "requires_clause")


@dataclass
class Lexicon:
    lang: str
    cues: list[Cue]
    classes: dict[str, str]
    neg_immediate: re.Pattern[str]
    neg_scope: re.Pattern[str]
    sentence_end: re.Pattern[str]
    clause_break: re.Pattern[str]
    question: re.Pattern[str]
    check_tag: re.Pattern[str]
    apology_reason: re.Pattern[str]
    bare_pardon: re.Pattern[str]
    rhetorical: re.Pattern[str]
    non_diagnostic: re.Pattern[str]
    open_question: re.Pattern[str]
    stopwords: frozenset[str]
    suppress: dict[str, tuple[str, ...]] = field(default_factory=dict)
    min_question_chars: int = 3
    gate_index: dict[str, tuple[int, ...]] = field(default_factory=dict)
    ungated: tuple[int, ...] = ()
    gate_length: int = 3
    find_keys: KeyFinder = field(default_factory=lambda: KeyFinder(()))
    # Per cue, what the detector tries first: its first two further key sets (None: none), the
    # bound search of the fast-or-plain regex, looked up once here instead of per reply, and whether
    # another cue searches the same regex (the detector then searches it once a reply).
    probes: tuple[tuple[frozenset[str] | None, frozenset[str] | None, object, bool], ...] = ()
    neg_window: int = 4


def expand(pattern: str, classes: dict[str, str], where: str) -> str:
    """Replace {NAME} references with the class regex (recursively, classes may nest), and write
    its traditional characters in simplified form, as replies are normalised."""
    for _ in range(6):
        if "{" not in pattern:
            break

        def sub(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in classes:
                raise LexiconError(f"{where}: unknown word class {{{name}}}")
            return f"(?:{classes[name]})"

        new = _CLASS_REF.sub(sub, pattern)
        if new == pattern:
            break
        pattern = new
    return simplified(pattern)


def _compile(pattern: str | None, classes: dict[str, str], where: str) -> re.Pattern[str] | None:
    if pattern is None:
        return None
    try:
        return re.compile(expand(str(pattern), classes, where))
    except re.error as error:
        raise LexiconError(f"{where}: bad regular expression: {error}") from None


def _cue(ident: str, entry, classes: dict[str, str], where: str) -> Cue:
    if isinstance(entry, str):
        entry = {"re": entry}
    if not isinstance(entry, dict) or "re" not in entry:
        raise LexiconError(f"{where}: an entry is a regex string or a mapping with 're'")
    unknown = set(entry) - _OPTION_KEYS
    if unknown:
        raise LexiconError(f"{where}: unknown option(s) {', '.join(sorted(unknown))}")
    if entry.get("where", "any") not in ("any", "question", "statement"):
        raise LexiconError(f"{where}: where must be any, question or statement")
    return Cue(
        id=ident,
        source=expand(str(entry["re"]), classes, where),
        label=entry.get("label"),
        where=entry.get("where", "any"),
        first=bool(entry.get("first", False)),
        last=bool(entry.get("last", False)),
        negatable=bool(entry.get("negatable", True)),
        unless=_compile(entry.get("unless"), classes, where),
        unless_text=_compile(entry.get("unless_text"), classes, where),
        requires_text=_compile(entry.get("requires_text"), classes, where),
        unless_clause=_compile(entry.get("unless_clause"), classes, where),
        context=_compile(entry.get("context"), classes, where),
        unless_context=_compile(entry.get("unless_context"), classes, where),
        requires=_compile(entry.get("requires"), classes, where),
        requires_clause=_compile(entry.get("requires_clause"), classes, where),
    )


def _gated(cue: Cue, gate_length: int, gate_min: int, where: str) -> list[Cue]:
    """The cue ready to run: each top-level alternative of its regex becomes a cue of its own, with
    its own gate keys. A long alternation is otherwise searched whole, every alternative at every
    position, whenever any one alternative's key is in the reply; split, only the alternatives
    whose keys are there run. Each part compiles only the regex the detector searches (`fast`
    when there is one), which is also what checks that the entry's regex is valid."""
    sources = _top_level_alternatives(cue.source)
    try:
        fasts = [_searched(source) for source in sources]
    except re.error:  # a part alone may not compile, e.g. a back-reference to a group in another
        sources = [cue.source]
        try:
            fasts = [_searched(cue.source)]
        except re.error as error:
            raise LexiconError(f"{where}: bad regular expression: {error}") from None
    option_keys = []
    for name in _REPLY_OPTIONS:
        option = getattr(cue, name)
        keys = needed_keys(option, gate_length) if option is not None else None
        if keys and min(map(len, keys)) >= gate_min:
            option_keys.append((name, keys))
    cue = replace(cue, option_keys=tuple(option_keys))
    gated = []
    for source, fast in zip(sources, fasts):
        gate, gate_also = gate_keys(source, gate_length)
        gate_also = tuple(keys for keys in gate_also if min(map(len, keys)) >= gate_min)[:2]
        gated.append(replace(cue, source=source, fast=fast, gate=gate, gate_also=gate_also))
    return gated


def _top_level_alternatives(source: str) -> list[str]:
    parts, current, depth, in_class, i = [], [], 0, False, 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            current.append(source[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            i += 1
            continue
        current.append(char)
        i += 1
    parts.append("".join(current))
    return parts


def _searched(source: str) -> re.Pattern[str] | None:
    """Compile the regex the detector will search for this source (raises re.error when it is not
    valid): its `fast` form when it has one (returned), else the source itself (None returned)."""
    fast = _without_leading_boundary(source)
    if fast is None:
        _compiled(source)
    return fast


def _without_leading_boundary(source: str) -> re.Pattern[str] | None:
    parts = _top_level_alternatives(source)
    if not all(part.startswith("\\b") and len(part) > 2 and (part[2].isalnum() or part[2] in "(£$") for part in parts):
        return None
    try:
        return re.compile("|".join(part[2:] for part in parts))
    except re.error:
        return None


def build_lexicon(lang: str, data: dict, rules: dict, name: str = "") -> Lexicon:
    name = name or f"{lang}.yaml"
    classes = {str(k): str(v) for k, v in (data.get("classes") or {}).items()}
    cues: list[Cue] = []
    gate_length = int(data.get("gate_length", 3))
    gate_min = int(data.get("gate_min", 1))
    for section, known in (("behaviors", BEHAVIORS), ("violations", VIOLATIONS)):
        for ident, entries in (data.get(section) or {}).items():
            if ident not in known:
                raise LexiconError(f"{name}: {section}.{ident}: unknown id")
            for number, entry in enumerate(entries or []):
                where = f"{name}: {section}.{ident}[{number}]"
                cues.extend(_gated(_cue(ident, entry, classes, where), gate_length, gate_min, where))

    def cls(key: str) -> re.Pattern[str]:
        return _compile(classes[key], classes, f"{name}: classes.{key}") if key in classes else _NEVER

    negation = data.get("negation") or {}
    suppress = {str(k): tuple(v) for k, v in ((rules.get("suppress") or {}) | (data.get("suppress") or {})).items()}
    for winner, losers in suppress.items():
        for ident in (winner, *losers):
            if ident not in BEHAVIORS and ident not in VIOLATIONS:
                raise LexiconError(f"suppress: unknown id {ident!r}")
    index: dict[str, list[int]] = {}
    for number, cue in enumerate(cues):
        for key in cue.gate or ():
            index.setdefault(key, []).append(number)
    return Lexicon(
        gate_index={key: tuple(numbers) for key, numbers in index.items()},
        find_keys=KeyFinder(
            set(index).union(*(keys for cue in cues for keys in cue.gate_also), *(keys for cue in cues for _, keys in cue.option_keys))
        ),
        probes=_probes(cues),
        ungated=tuple(n for n, cue in enumerate(cues) if cue.gate is None),
        gate_length=gate_length,
        lang=lang,
        cues=cues,
        classes=classes,
        neg_immediate=_compile(negation.get("immediate", "(?!x)x"), classes, f"{name}: negation.immediate"),
        neg_scope=_compile(negation.get("scope", "(?!x)x"), classes, f"{name}: negation.scope"),
        neg_window=int(negation.get("window", 4)),
        sentence_end=cls("SENTENCE_END"),
        clause_break=cls("CLAUSE_BREAK"),
        question=cls("QUESTION"),
        check_tag=cls("CHECK_TAG"),
        apology_reason=cls("APOLOGY_REASON"),
        bare_pardon=cls("PARDON"),
        rhetorical=cls("RHETORICAL"),
        non_diagnostic=cls("NON_DIAGNOSTIC"),
        open_question=cls("OPEN_QUESTION"),
        stopwords=frozenset(simplified(str(w)) for w in (data.get("stopwords") or [])),
        suppress=suppress,
        min_question_chars=int(data.get("min_question_chars", 3)),
    )


def _probes(cues: list[Cue]) -> tuple:
    targets = [cue.pattern if cue.fast is None else cue.fast for cue in cues]
    users = Counter((target.pattern, target.flags) for target in targets)
    searched: dict[tuple[str, int], re.Pattern[str]] = {}  # one compiled regex per distinct source
    probes = []
    for cue, target in zip(cues, targets):
        key = (target.pattern, target.flags)
        probes.append((*(cue.gate_also + (None, None))[:2], searched.setdefault(key, target).search, users[key] > 1))
    return tuple(probes)


def load_lexicons() -> dict[str, Lexicon]:
    """Compile the packaged lexicons for every language in domain.LANGS."""
    return {lang: load_lexicon(lang) for lang in LANGS}


_LOADED: dict[str, Lexicon] = {}
_LOADING = threading.Lock()


def load_lexicon(lang: str) -> Lexicon:
    """One packaged lexicon, compiled once per process. Compiling takes seconds, so a caller that
    needs one language does not wait for the other, and a caller that arrives while another
    thread is compiling (the trainer warms the grader in the background while a call starts)
    waits for that compile instead of doing it a second time."""
    lexicon = _LOADED.get(lang)
    if lexicon is None:
        if lang not in LANGS:
            raise ValueError(f"unknown language {lang!r} (expected one of {', '.join(LANGS)})")
        with _LOADING:
            lexicon = _LOADED.get(lang)
            if lexicon is None:
                lexicon = _LOADED[lang] = build_lexicon(lang, load_lexicon_file(f"{lang}.yaml"), load_lexicon_file("rules.yaml"))
    return lexicon
