"""The detector's n-gram model: features, packed scoring, explanations, and how the detector uses it."""

from __future__ import annotations

import math

import pytest

from simulator.domain import BEHAVIORS, LANGS, VIOLATIONS
from simulator.grading.detect import Detector
from simulator.grading.model import FORMAT_VERSION, ReplyModel, load_model, ngrams


def _model(weights: dict, ids=("argue", "apologize"), bias=(-1.0, -1.0), threshold=(0.0, 0.0), analyzer="word", span=(1, 2)):
    return ReplyModel({
        "version": FORMAT_VERSION, "lang": "en" if analyzer == "word" else "zh", "analyzer": analyzer,
        "ngrams": list(span), "ids": list(ids), "bias": list(bias), "threshold": list(threshold),
        "weights": {gram: [list(entry) for entry in entries] for gram, entries in weights.items()},
    })


def test_word_ngrams_fold_digits_and_keep_repeats():
    assert ngrams("call me at 9, call me", "word", 1, 2) == [
        "call", "me", "at", "0", "call", "me", "call me", "me at", "at 0", "0 call", "call me",
    ]


def test_char_ngrams_cover_each_size():
    assert ngrams("您好12", "char", 1, 3) == ["您", "好", "0", "0", "您好", "好0", "00", "您好0", "好00"]


def test_score_is_bias_plus_weights_over_sqrt_count():
    model = _model({"you": [(0, 2.0)], "wrong": [(0, 1.5), (1, -0.5)]})
    grams = ngrams("you are wrong", "word", 1, 2)
    scores = model.scores("you are wrong")
    assert scores["argue"] == pytest.approx(-1.0 + 3.5 / math.sqrt(len(grams)))
    assert scores["apologize"] == pytest.approx(-1.0 - 0.5 / math.sqrt(len(grams)))
    assert model.fired("you are wrong") == ["argue"]
    assert model.fired("") == []


def test_packed_sums_match_plain_sums_over_many_ngrams_and_negative_weights():
    weights = {f"w{i}": [(0, (i % 7) - 3.25), (1, 0.001 * i)] for i in range(50)}
    model = _model(weights)
    text = " ".join(f"w{i % 50}" for i in range(5000))  # more n-grams than one packed chunk holds
    grams = ngrams(text, "word", 1, 2)
    plain = [sum(dict(weights.get(g, ())).get(i, 0.0) for g in grams) for i in range(2)]
    scale = 1 / math.sqrt(len(grams))
    scores = model.scores(text)
    assert scores["argue"] == pytest.approx(-1.0 + plain[0] * scale, abs=1e-6)
    assert scores["apologize"] == pytest.approx(-1.0 + plain[1] * scale, abs=1e-6)


def test_fired_is_every_id_whose_score_passes_its_threshold():
    import random

    rng = random.Random(3)
    vocabulary = [f"w{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(40)]  # no digits: they fold to 0
    ids = ("argue", "apologize", "greet", "dismiss")
    weights = {gram: [(i, round(rng.uniform(-3, 3), 3)) for i in range(len(ids)) if rng.random() < 0.6] for gram in vocabulary}

    def model(threshold):
        return ReplyModel({
            "version": FORMAT_VERSION, "lang": "en", "analyzer": "word", "ngrams": [1, 1], "ids": list(ids),
            "bias": [-1.0, 0.5, -0.2, -2.0], "threshold": list(threshold), "floor": 6,
            "weights": {gram: [list(entry) for entry in entries] for gram, entries in weights.items()},
        })

    for size in [1, 2, 3, 5, 8, 13, 40, 300, 2500]:  # under the floor, ordinary, and past a packed chunk
        for _ in range(5):
            text = " ".join(rng.choice(vocabulary) for _ in range(size))
            scores = model([0.0] * 4).scores(text)
            # a hair below each id's score it fires, a hair above it does not
            assert model([scores[i] - 1e-4 for i in ids]).fired(text) == list(ids), text
            assert model([scores[i] + 1e-4 for i in ids]).fired(text) == [], text
            mixed = [scores[i] + (1e-4 if n % 2 else -1e-4) for n, i in enumerate(ids)]
            assert model(mixed).fired(text) == [ids[0], ids[2]], text
    assert model([-9.0] * 4).fired("unknown words only") == []  # no n-gram it knows: the model says nothing


def test_explain_names_tied_ngrams_in_the_order_they_occur():
    model = _model({"late": [(0, 1.0)], "again": [(0, 1.0)], "always": [(0, 1.0)]})
    text = "always late again"
    finding = model.explain("argue", model.span_grams(text, [(0, len(text))]))
    assert finding.cue == "model:always | late | again"


def test_explain_quotes_the_sentence_that_weighs_most_and_names_its_ngrams():
    model = _model({"wrong": [(0, 3.0)], "your fault": [(0, 2.0)], "thanks": [(0, -1.0)]})
    text = "thanks for calling. that is your fault, you did it wrong."
    finding = model.explain("argue", model.span_grams(text, [(0, 19), (19, len(text))]))
    assert (finding.start, finding.end) == (19, len(text))
    assert finding.cue == "model:wrong | your fault"


def test_detector_adds_what_the_model_finds_and_the_cues_missed():
    model = _model({"banana": [(0, 9.0)]})
    plain = Detector(models={})
    netted = Detector(models={"en": model, "zh": None})
    text = "Banana banana."
    assert "argue" not in plain.detect(text, "en").violations
    found = netted.detect(text, "en")
    assert "argue" in found.violations
    evidence = [e for e in found.evidence if e.id == "argue"]
    assert evidence and evidence[0].cue.startswith("model:banana") and text[evidence[0].start : evidence[0].end].startswith("Banana")


def test_the_model_does_not_overrule_the_cues():
    # a negated cue ("I won't argue"), an apology filler and a found behaviour the id would suppress
    model = _model({"argue": [(0, 9.0)], "sorry": [(1, 9.0)], "miserable": [(0, 9.0)]})
    detector = Detector(models={"en": model})
    assert "argue" not in detector.detect("I won't argue with you about it.", "en").violations
    assert "apologize" not in detector.detect("Sorry, what was your name?", "en").behaviors
    found = detector.detect("That sounds miserable.", "en")
    assert "empathize" in found.behaviors and "argue" not in found.violations


def test_the_model_adds_no_second_violation_for_words_a_cue_already_read():
    # "policy" is the hide_behind_policy cue's own word: the model may not read it as arguing too;
    # words no cue read are still the model's to call
    detector = Detector(models={"en": _model({"policy": [(0, 5.0)], "banana": [(0, 9.0)]})})
    assert detector.detect("That's company policy.", "en").violations == ("hide_behind_policy",)
    assert detector.detect("That's company policy. Banana.", "en").violations == ("hide_behind_policy", "argue")


def test_cue_evidence_wins_over_the_model_for_the_same_id():
    model = _model({"sorry": [(1, 9.0)]})
    found = Detector(models={"en": model}).detect("I'm so sorry about the delay.", "en")
    assert [e.cue for e in found.evidence if e.id == "apologize"] == ["lexicon:i'm so sorry"]


@pytest.mark.parametrize("lang", LANGS)
def test_shipped_model_loads_with_domain_ids_and_sane_thresholds(lang):
    model = load_model(lang)
    assert model is not None and model.lang == lang
    assert set(model.ids) <= set(BEHAVIORS + VIOLATIONS) and len(model.ids) == len(set(model.ids))
    assert all(0.0 <= t < 5.0 for t in model.threshold)  # probability between 0.5 and ~0.99
    assert len(model.ids) == len(model.bias) == len(model.threshold)


@pytest.mark.parametrize(
    ("lang", "text", "ident"),
    [
        # wordings no cue in the lexicons named when this was written, caught by the model
        ("en", "Calm down, it is only a parcel.", "belittle"),
        ("zh", "这都多少次了，您就不能自己查一下吗？", "belittle"),
    ],
)
def test_shipped_model_generalises_beyond_the_cues(lang, text, ident):
    assert ident in Detector().detect(text, lang).violations


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Would you like to book the tickets for Saturday?"),
        ("en", "Your appointment is confirmed for 3 pm on Friday at the Main Street branch."),
        ("zh", "好的，为您推荐北京饭店和王府井酒店，您看哪个合适？"),
        ("zh", "您的订单已经发货了，快递单号是SF1234567，预计明天送到。"),
    ],
)
def test_shipped_model_leaves_ordinary_agent_turns_clean(lang, text):
    assert Detector().detect(text, lang).violations == ()
