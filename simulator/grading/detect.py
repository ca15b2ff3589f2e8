"""Reply → behaviours and violations with evidence: the grader's detector.

The cue phrases live in lexicons/<lang>.yaml (data a trainer can extend); this module compiles
them once and applies the few structural rules that phrases alone cannot express: negation
scope, question sentences, fillers that look like apologies, restating the customer's words,
and the suppressions in lexicons/rules.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from simulator.domain import BEHAVIORS, LANGS, VIOLATIONS
from simulator.grading.gate import is_word_char
from simulator.grading.lexicon import Cue, Lexicon, load_lexicon
from simulator.grading.model import ReplyModel, load_model
from simulator.grading.text import normalise
from simulator.grading.units import Units, restates, split_units

# A question sentence that carries one of these is an offer or a check, not a diagnostic question.
_QUESTION_BEHAVIORS = (
    "offer_help", "ask_preference", "seek_agreement", "confirm_understanding", "close_courteously", "propose_solution",
)


@dataclass(frozen=True)
class Evidence:
    """One cue that fired: which id, where in the trainee's original text, and which cue."""

    id: str
    start: int
    end: int
    cue: str

    def to_dict(self) -> dict:
        return {"id": self.id, "start": self.start, "end": self.end, "cue": self.cue}


@dataclass(frozen=True)
class Detection:
    """What one reply shows: behaviour and violation ids (in domain order) with evidence."""

    behaviors: tuple[str, ...]
    violations: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    open_question: bool = False

    def to_dict(self) -> dict:
        return {
            "behaviors": list(self.behaviors),
            "violations": list(self.violations),
            "evidence": [e.to_dict() for e in self.evidence],
        }


class Detector:
    """Detects behaviours and violations in one reply; lexicons are compiled once per instance."""

    def __init__(
        self,
        lexicons: Mapping[str, Lexicon] | None = None,
        models: Mapping[str, ReplyModel | None] | None = None,
    ) -> None:
        """`models`: per language, the n-gram model that catches what no cue names (None: the
        packaged ones; {} or a None entry: cues only)."""
        self._lexicons = dict(lexicons) if lexicons is not None else None  # None: the packaged ones, each loaded when first asked for
        self._models = dict(models) if models is not None else None

    def model(self, lang: str) -> ReplyModel | None:
        if self._models is None:
            return load_model(lang)
        return self._models.get(lang)

    def lexicon(self, lang: str) -> Lexicon:
        if self._lexicons is None:
            return load_lexicon(lang)
        try:
            return self._lexicons[lang]
        except KeyError:
            raise ValueError(f"unknown language {lang!r} (expected one of {', '.join(LANGS)})") from None

    def detect(
        self,
        text: str,
        lang: str,
        context: str = "",
        extra_cues: Mapping[str, Sequence[str]] | None = None,
    ) -> Detection:
        lexicon = self.lexicon(lang)
        norm = normalise(text or "", lang)
        units = split_units(norm.text, lexicon)
        context_text = _LazyContext(context, lang)
        found: dict[str, list[tuple[int, int, str]]] = {}

        def add(ident: str, start: int, end: int, cue: str) -> None:
            found.setdefault(ident, []).append((start, end, cue))

        keys = lexicon.find_keys(norm.text)
        candidates = set(lexicon.ungated).union(*filter(None, map(lexicon.gate_index.get, keys)))
        text = norm.text
        quoted = _quoted_spans(text) if '"' in text else ()
        ruled_out = set()  # ids whose cue matched but a rule said no (negated, quoted, wrong sentence)
        cues = lexicon.cues
        probes = lexicon.probes
        searched = {}  # a regex more than one cue uses: its first match in this reply
        for number in candidates:  # order does not matter: spans are sorted when merged
            also, second, search, shared = probes[number]
            if also is not None and (keys.isdisjoint(also) or (second is not None and keys.isdisjoint(second))):
                continue  # one required word is there, another is not (two further sets say most)
            if not shared:
                first = search(text)
            elif search in searched:
                first = searched[search]
            else:
                first = searched[search] = search(text)
            if first is None:
                continue  # most candidates do not match: one C-level search, no iterator
            cue = cues[number]
            fast = cue.fast
            for match in _matches(cue.pattern, text, first) if fast is None else _bounded(fast, text, first):
                start, end = match.span()
                if end == start:
                    continue
                if (
                    units.negated(start, units.clause_bounds(start)[0], lexicon, immediate=cue.negatable)
                    if not cue.conditional
                    else not _cue_applies(cue, start, end, units, lexicon, context_text, keys)
                ) or (
                    cue.id in _VIOLATION_IDS
                    and (
                        (quoted and _inside(quoted, start, end))  # quoting someone else
                        or _checks_back(units, start, lexicon, context_text, lang)  # the customer's own words
                    )
                ):
                    ruled_out.add(cue.id)
                    continue
                add(cue.id, start, end, cue.label or f"lexicon:{match.group(0).strip()}")

        if extra_cues:
            _scenario_cues(extra_cues, norm.text, units, lexicon, add)

        _restatement_rule(units, lexicon, context_text, lang, found, add)
        if _apology_filler_rule(units, lexicon, found):
            ruled_out.add("apologize")
        model = self.model(lang)
        if model is not None:
            _model_rule(model, text, units, lexicon, found, ruled_out, add)
        _question_rule(units, lexicon, found, add, context_text)
        _apply_suppressions(lexicon, found, units)

        behaviors = tuple(b for b in BEHAVIORS if found.get(b))
        violations = tuple(v for v in VIOLATIONS if found.get(v))
        evidence = []
        for ident in behaviors + violations:
            for start, end, label in _merge_overlaps(found[ident]):
                o_start, o_end = _trim(norm.original, *norm.span(start, end))
                evidence.append(Evidence(ident, o_start, o_end, label))
        return Detection(behaviors, violations, tuple(evidence), _asks_open_question(units, lexicon, found))


_VIOLATION_IDS = frozenset(VIOLATIONS)


def _checks_back(units, position: int, lexicon, context: "_LazyContext", lang: str) -> bool:
    """A sentence that plays the customer's own words back with a checking tag ("没摔没进水，对吧?",
    "so it never arrived, is that right?") states their facts, not the agent's claim."""
    if not context:
        return False
    s_start, s_end = units.sentences[units.sentence_at(position)]
    if not lexicon.check_tag.search(units.text, s_start, s_end):
        return False
    return restates(units.text[s_start:s_end], str(context), lang, lexicon.stopwords)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A quote without the spaces and commas a cue swallowed at its edges ("I'm so sorry about ")."""
    while start < end and (text[start].isspace() or text[start] in _EDGE_PUNCT):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE_PUNCT):
        end -= 1
    return start, end


_EDGE_PUNCT = frozenset(",，、;；")


def _quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans between pairs of double quotes (normalisation turns “” 「」 into ")."""
    marks = [i for i, char in enumerate(text) if char == '"']
    return tuple((marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2))


def _inside(spans, start: int, end: int) -> bool:
    return any(q_start < start and end <= q_end + 1 for q_start, q_end in spans)


def _matches(pattern, text: str, first):
    """Every match of the pattern (as finditer gives them), the first already found by a search."""
    yield first
    if first.end() > first.start():
        yield from pattern.finditer(text, first.end())
    else:  # after an empty match finditer may still match at the same place: let it
        rest = pattern.finditer(text, first.start())
        next(rest)
        yield from rest


def _bounded(pattern, text: str, first) -> list:
    """Matches of a pattern whose leading \\b was removed (see Cue.fast): keep those at a word
    boundary. `first` is the pattern's first match anywhere."""
    found = []
    length = len(text)
    match = first
    while match is not None:
        start = match.start()
        if 0 < start < length and is_word_char(text[start - 1]) == is_word_char(text[start]):
            position = start + 1  # inside a word: look further on
        else:
            found.append(match)
            position = match.end() if match.end() > start else start + 1
            if position > length:
                break
        match = pattern.search(text, position)
    return found


class _LazyContext:
    """The customer's line, normalised only when a rule needs it (most replies never do)."""

    __slots__ = ("raw", "lang", "_text")

    def __init__(self, raw: str, lang: str) -> None:
        self.raw, self.lang, self._text = raw or "", lang, None

    def __str__(self) -> str:
        if self._text is None:
            self._text = normalise(self.raw, self.lang).text if self.raw else ""
        return self._text

    def __bool__(self) -> bool:
        return bool(self.raw)


def _merge_overlaps(spans):
    """Overlapping cues for one id become one span (the longest cue names it)."""
    merged: list[list] = []
    for start, end, label in sorted(spans):
        if merged and start < merged[-1][1]:
            last = merged[-1]
            if end - start > last[3]:
                last[2], last[3] = label, end - start
            last[1] = max(last[1], end)
        else:
            merged.append([start, end, label, end - start])
    return [(start, end, label) for start, end, label, _ in merged]


def _cue_applies(
    cue: Cue, start: int, end: int, units: Units, lexicon: Lexicon, context: _LazyContext, keys: set[str]
) -> bool:
    """Check a cue's options; sentence and clause options see only their own span (^ and $ anchor there).
    An option whose keys (Cue.option_keys) are not among the reply's `keys` cannot match anywhere in it."""
    index = units.sentence_at(start)
    if cue.first and index != 0:
        return False
    if cue.last and index != len(units.sentences) - 1:
        return False
    if cue.where == "question" and not units.is_question[index]:
        return False
    if cue.where == "statement" and units.is_question[index]:
        return False
    if cue.context is not None and not cue.context.search(str(context)):
        return False
    if cue.unless_context is not None and cue.unless_context.search(str(context)):
        return False
    absent = {name for name, needed in cue.option_keys if keys.isdisjoint(needed)}
    if cue.unless_text is not None and "unless_text" not in absent and cue.unless_text.search(units.text):
        return False
    if cue.requires_text is not None and ("requires_text" in absent or not cue.requires_text.search(units.text)):
        return False
    if cue.unless is not None or cue.requires is not None:
        s_start, s_end = units.sentences[index]
        sentence = units.text[s_start:s_end]
        if cue.unless is not None and "unless" not in absent and cue.unless.search(sentence):
            return False
        if cue.requires is not None and ("requires" in absent or not cue.requires.search(sentence)):
            return False
    c_start, _ = units.clause_bounds(start)
    if cue.unless_clause is not None or cue.requires_clause is not None:
        _, c_end = units.clause_bounds(max(start, end - 1))
        clause = units.text[c_start:c_end]
        if cue.unless_clause is not None and "unless_clause" not in absent and cue.unless_clause.search(clause):
            return False
        if cue.requires_clause is not None and ("requires_clause" in absent or not cue.requires_clause.search(clause)):
            return False
    return not units.negated(start, c_start, lexicon, immediate=cue.negatable)


def _scenario_cues(extra_cues, text, units, lexicon, add) -> None:
    for ident, phrases in extra_cues.items():
        if ident not in BEHAVIORS and ident not in VIOLATIONS:
            continue
        for phrase in phrases or ():
            needle = normalise(str(phrase), lexicon.lang).text.strip()
            if not needle:
                continue
            position = text.find(needle)
            while position != -1:
                c_start, _ = units.clause_bounds(position)
                if not units.negated(position, c_start, lexicon, immediate=True):
                    add(ident, position, position + len(needle), f"scenario:{phrase}")
                    break
                position = text.find(needle, position + 1)


def _restatement_rule(units, lexicon, context, lang, found, add) -> None:
    """A checking question that repeats the customer's own words confirms understanding."""
    if not context or found.get("confirm_understanding") or found.get("summarize"):
        return
    for index, (s_start, s_end) in enumerate(units.sentences):
        tag = lexicon.check_tag.search(units.text, s_start, s_end)
        if tag and restates(units.text[:s_end], str(context), lang, lexicon.stopwords):
            add("confirm_understanding", tag.start(), tag.end(), "rule:restates-customer")
            return


def _model_rule(model: ReplyModel, text, units, lexicon, found, ruled_out, add) -> None:
    """The n-gram model speaks only where no cue has, for or against: it adds an id no cue found,
    that no cue was ruled out for, that would not contradict what the cues found (an id that
    suppresses, or is suppressed by, one already found, or that the labeled replies never show
    beside one found: a time frame and an empty promise), and whose strongest n-gram no negator
    governs ("I won't argue") and, for a violation, no cue has read already (as a behaviour or as
    another violation)."""
    fired = model.fired(text)
    if not fired:
        return
    present = {ident for ident, spans in found.items() if spans}
    spans = None
    for ident in fired:
        if ident in present or ident in ruled_out:
            continue
        if any(ident in lexicon.suppress.get(other, ()) for other in present):
            continue
        if any(other in present for other in lexicon.suppress.get(ident, ())):
            continue
        if present & model.exclusive.get(ident, frozenset()):
            continue
        if spans is None:
            spans = model.span_grams(text, units.sentences)
        finding = model.explain(ident, spans)
        if finding.grams:
            position = text.find(finding.grams[0], finding.start, finding.end)
            if position > 0 and units.negated(position, units.clause_bounds(position)[0], lexicon):
                continue
            if ident in _VIOLATION_IDS and position >= 0 and _inside_found(found, position):
                # the cues already read those words: as a behaviour ("有问题再联系" is a courtesy), or
                # as another violation (a bare "还有什么事吗?" after a complaint is dismiss, not belittle too)
                continue
        add(ident, finding.start, finding.end, finding.cue)


def _inside_found(found, position: int) -> bool:
    return any(start <= position < end for spans in found.values() for start, end, _ in spans)


def _apology_filler_rule(units, lexicon, found) -> bool:
    """"Sorry, which model is it?" is a polite filler before a question, not an apology.
    Says whether it dropped any."""
    kept = []
    for start, end, label in found.get("apologize", ()):
        index = units.sentence_at(start)
        s_start, s_end = units.sentences[index]
        rest = units.text[end:s_end]
        filler = units.is_question[index] and not lexicon.apology_reason.search(rest) and not lexicon.apology_reason.search(units.text[s_start:start])
        if not filler and lexicon.bare_pardon.fullmatch(units.text[s_start:s_end].strip(" ,.!?")):
            filler = True
        if not filler:
            kept.append((start, end, label))
    if "apologize" in found:
        dropped = len(kept) < len(found["apologize"])
        found["apologize"] = kept
        return dropped
    return False


def _echoes(body: str, context: str, lexicon) -> bool:
    """A short question that only repeats the customer's words ("Fraud?", "欺诈?", "十天就开不了机?"
    to "刚买十天就黑屏了,开不了机") is a retort or a check, not a question for new facts."""
    if not context or len(body) > 14:
        return False
    words = body.split()
    if len(words) > 1:
        return all(word.strip("'") in context for word in words)
    if body in context:
        return True
    if len(body) > 10 or not _CJK.search(body) or lexicon.open_question.search(body):
        return False
    return sum(char in context for char in body) >= 0.75 * len(body)


_CJK = re.compile(r"[\u4e00-\u9fff]")


def _question_rule(units, lexicon, found, add, context: _LazyContext) -> None:
    """A question that asks for facts (not an offer, a preference, a check or a jab) diagnoses."""
    if any(found.get(ident) for ident in VIOLATIONS):
        return  # beside a violation a question is a jab ("谁说的?", "Are you sure it's not your plug?")
    claimed = set()
    for ident in _QUESTION_BEHAVIORS:
        for start, _end, _label in found.get(ident, ()):
            claimed.add(units.sentence_at(start))
    for start, _end, _label in found.get("confirm_understanding", ()):
        # "So it's the humming? Just checking I've understood." - the check claims the question before it
        index = units.sentence_at(start)
        if index and not units.is_question[index]:
            q_start, q_end = units.sentences[index - 1]
            if not lexicon.open_question.search(units.text, q_start, q_end):  # a wh-question still asks
                claimed.add(index - 1)
    for index, (s_start, s_end) in enumerate(units.sentences):
        if not units.is_question[index] or index in claimed:
            continue
        sentence = units.text[s_start:s_end]
        if lexicon.rhetorical.search(sentence) or lexicon.non_diagnostic.search(sentence):
            continue
        if lexicon.check_tag.search(sentence):
            continue  # "没错吧?" / "is that right?" checks what was said: a confirmation, not a diagnosis
        body = sentence.strip(" ,.!?\n")
        if len(body) < lexicon.min_question_chars or _echoes(body, str(context) if context else "", lexicon):
            continue
        add("ask_question", s_start, s_end, "rule:question")


def _apply_suppressions(lexicon: Lexicon, found, units) -> None:
    for winner, losers in lexicon.suppress.items():
        if found.get(winner):
            for loser in losers:
                found.pop(loser, None)


def _asks_open_question(units, lexicon, found) -> bool:
    spans = tuple(found.get("ask_question", ())) + tuple(found.get("ask_preference", ()))
    for start, end, _label in spans:
        index = units.sentence_at(start)
        s_start, s_end = units.sentences[index]
        if lexicon.open_question.search(units.text, s_start, s_end):
            return True
    return False


@lru_cache(maxsize=1)
def default_detector() -> Detector:
    """The shared detector with the packaged lexicons (compiled once per process)."""
    return Detector()
