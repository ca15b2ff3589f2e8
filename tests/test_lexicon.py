"""How cue entries are compiled: alternatives split into cues of their own, each gated by its keys."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from simulator.grading.detect import Detector
from simulator.grading.lexicon import build_lexicon, load_lexicons


def test_each_alternative_is_a_cue_with_its_own_gate():
    data = {"violations": {"flat_refusal": [{"re": "\\bno way\\b|\\bnot a chance\\b", "where": "statement"}]}}
    lexicon = build_lexicon("en", data, {})
    assert [cue.pattern.pattern for cue in lexicon.cues] == ["\\bno way\\b", "\\bnot a chance\\b"]
    assert all(cue.where == "statement" and cue.id == "flat_refusal" for cue in lexicon.cues)
    assert lexicon.cues[0].gate != lexicon.cues[1].gate
    assert lexicon.gate_index  # both are keyed, so a reply with neither phrase runs neither


def test_alternatives_that_cannot_stand_alone_stay_one_cue():
    data = {"behaviors": {"apologize": ["(sorry)|\\1 again"]}}
    lexicon = build_lexicon("en", data, {})
    assert len(lexicon.cues) == 1


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_gating_never_changes_what_is_found(lang):
    """The same lexicons with every cue run on every reply find exactly the same things."""
    gated = load_lexicons()[lang]
    ungated = replace(
        gated,
        cues=[replace(cue, gate=None, gate_also=(), fast=None) for cue in gated.cues],
        gate_index={},
        ungated=tuple(range(len(gated.cues))),
    )
    fast, slow = Detector({lang: gated}, models={}), Detector({lang: ungated}, models={})
    dev = Path(__file__).parent / "data" / "grader_cases.jsonl"
    items = [item for item in map(json.loads, dev.read_text(encoding="utf-8").splitlines()) if item["lang"] == lang]
    assert len(items) > 100
    for item in items:
        context = item.get("context") or ""
        assert fast.detect(item["text"], lang, context) == slow.detect(item["text"], lang, context), item["id"]


@pytest.mark.parametrize(
    "text, negated",
    [
        ("我们不能", True),
        ("不能", True),
        ("我没有", True),
        ("您看能不能", False),  # A-not-A asks: 能不能/要不要/有没有 negate nothing
        ("要不要", False),
        ("有没有", False),
        ("会不会", True),  # …but 会不会(是您…)/是不是 hedge what follows
    ],
)
def test_chinese_negator_before_a_cue(text, negated):
    pattern = load_lexicons()["zh"].neg_immediate
    assert (pattern.search(text, max(0, len(text) - 4), len(text)) is not None) is negated
