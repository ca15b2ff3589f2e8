"""Every labeled batch the lexicons were tuned on stays at what it reached, per language.

The batches (tests/data/README.md) were each written by an author who had read only domain.md and
a few dev lines, scored once untouched, then tuned on with general frames. Tuning batches are
measured on the cue lexicon alone: the n-gram model is trained on them, so with it the figures
would say nothing about the lexicon. The first batches (the held-out set and the paraphrase
batches) keep the whole detector at the product targets.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

from simulator.domain import VIOLATIONS
from simulator.grading.detect import Detector, default_detector
from simulator.grading.metrics import evaluate

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Batch:
    file: str
    lang: str
    min_behaviors: float
    min_violations: float
    max_false_violations: float
    rules_only: bool = True
    min_cases_per_violation: int = 8

    @property
    def id(self) -> str:
        return f"{self.file.removeprefix('grader_').removesuffix('.jsonl')}-{self.lang}"


BATCHES = [
    # the whole detector at the product targets
    Batch("grader_heldout.jsonl", "zh", 0.85, 0.85, 0.03, rules_only=False, min_cases_per_violation=4),
    Batch("grader_heldout.jsonl", "en", 0.85, 0.85, 0.03, rules_only=False, min_cases_per_violation=4),
    Batch("grader_cases_zh_more.jsonl", "zh", 0.85, 0.85, 0.03, rules_only=False),
    Batch("grader_cases_en_more.jsonl", "en", 0.85, 0.85, 0.03, rules_only=False),
    # tuning batches, cues only: a little under what tuning reached (reached, before tuning)
    Batch("grader_cases_zh_a.jsonl", "zh", 0.96, 0.95, 0.02),  # 0.988/0.980/0.7% (0.768/0.705/3.5%)
    Batch("grader_cases_en_a.jsonl", "en", 0.95, 0.95, 0.01),  # 0.992/1.000/0 (0.752/0.748/2.1%)
    Batch("grader_cases_zh_c.jsonl", "zh", 0.83, 0.93, 0.01),  # 0.847/0.948/0 (0.836/0.652/3.5%)
    Batch("grader_cases_zh_d.jsonl", "zh", 0.76, 0.96, 0.01),  # 0.777/0.980/0 (0.755/0.748/8.5%)
    Batch("grader_cases_en_c.jsonl", "en", 0.85, 0.88, 0.01),  # 0.874/0.901/0 (0.853/0.613/2.9%)
    Batch("grader_cases_en_d.jsonl", "en", 0.82, 0.89, 0.01),  # 0.847/0.911/0 (0.822/0.652/5.6%)
    Batch("grader_cases_zh_f.jsonl", "zh", 0.82, 0.86, 0.01),  # 0.836/0.879/0 (0.818/0.666/4.1%)
    Batch("grader_cases_zh_g.jsonl", "zh", 0.80, 0.91, 0.01),  # 0.820/0.928/0 (0.793/0.769/5.7%)
    Batch("grader_cases_en_f.jsonl", "en", 0.79, 0.89, 0.01),  # 0.812/0.912/0 (0.808/0.635/1.2%)
    Batch("grader_cases_en_g.jsonl", "en", 0.79, 0.91, 0.01),  # 0.806/0.931/0 (0.806/0.738/2.9%)
    Batch("grader_cases_zh_h.jsonl", "zh", 0.93, 0.84, 0.01),  # 0.950/0.855/0 (0.832/0.844/1.7%)
    Batch("grader_cases_zh_i.jsonl", "zh", 0.72, 0.97, 0.01),  # 0.739/0.991/0 (0.728/0.774/3.0%)
    Batch("grader_cases_zh_b.jsonl", "zh", 0.85, 0.92, 0.01),  # 0.868/0.943/0 (0.778/0.786/1.4%)
    Batch("grader_cases_en_h.jsonl", "en", 0.77, 0.96, 0.01),  # 0.789/0.994/0 (0.787/0.727/2.3%)
    Batch("grader_cases_en_i.jsonl", "en", 0.81, 0.95, 0.01),  # 0.830/0.975/0 (0.779/0.777/1.8%)
    Batch("grader_cases_en_b.jsonl", "en", 0.78, 0.96, 0.01),  # 0.804/0.982/0 (0.799/0.785/2.9%)
    Batch("grader_cases_zh_j.jsonl", "zh", 0.93, 0.97, 0.01),  # 0.945/0.982/0 (0.773/0.792/3.1%)
    Batch("grader_cases_zh_k.jsonl", "zh", 0.89, 0.95, 0.01),  # 0.910/0.964/0 (0.712/0.761/3.3%)
    Batch("grader_cases_zh_l.jsonl", "zh", 0.90, 0.94, 0.01),  # 0.919/0.954/0 (0.716/0.748/2.6%)
    Batch("grader_cases_zh_m.jsonl", "zh", 0.92, 0.94, 0.01),  # 0.936/0.956/0 (0.767/0.787/5.1%)
    Batch("grader_cases_en_j.jsonl", "en", 0.96, 0.97, 0.01),  # 0.982/0.985/0 (0.735/0.764/6.0%)
    # the sixth round, scored untouched after the fifth round's tuning, tuned on in the seventh
    Batch("grader_cases_zh_n.jsonl", "zh", 0.92, 0.95, 0.01),  # 0.938/0.965/0 (0.794/0.754/1.2%)
    Batch("grader_cases_en_k.jsonl", "en", 0.94, 0.96, 0.01),  # 0.958/0.975/0 (0.827/0.814/2.5%)
    # probe F until the seventh round, then tuned on
    Batch("grader_cases_zh_o.jsonl", "zh", 0.87, 0.95, 0.01),  # 0.888/0.968/0 (0.790/0.736/5.2%)
    Batch("grader_cases_en_l.jsonl", "en", 0.92, 0.96, 0.01),  # 0.939/0.972/0 (0.763/0.760/2.9%)
    # the seventh round, scored after the seventh round's tuning, tuned on in the eighth
    Batch("grader_cases_zh_p.jsonl", "zh", 0.89, 0.91, 0.01),  # 0.909/0.928/0 (0.802/0.749/2.1%)
    Batch("grader_cases_zh_q.jsonl", "zh", 0.93, 0.96, 0.01),  # 0.952/0.979/0 (0.812/0.834/2.9%)
    Batch("grader_cases_zh_r.jsonl", "zh", 0.90, 0.93, 0.01),  # 0.922/0.947/0 (0.803/0.825/4.5%)
    Batch("grader_cases_en_m.jsonl", "en", 0.92, 0.95, 0.01),  # 0.938/0.965/0 (0.809/0.773/1.9%)
    Batch("grader_cases_en_n.jsonl", "en", 0.90, 0.96, 0.01),  # 0.919/0.974/0 (0.804/0.766/0.7%)
    Batch("grader_cases_en_o.jsonl", "en", 0.92, 0.92, 0.01),  # 0.944/0.944/0 (0.840/0.785/0.6%)
    # probe H until the ninth round, then tuned on
    Batch("grader_cases_zh_s.jsonl", "zh", 0.85, 0.89, 0.01),  # 0.872/0.913/0 (0.853/0.853/1.4%)
    Batch("grader_cases_en_r.jsonl", "en", 0.90, 0.95, 0.01),  # 0.921/0.972/0 (0.817/0.732/2.5%)
    # the ninth round's English authors, scored untouched, tuned on in the ninth (p, q) and tenth (s-v) passes
    Batch("grader_cases_en_p.jsonl", "en", 0.90, 0.97, 0.01),  # 0.916/0.991/0 (0.795/0.808/0.6%)
    Batch("grader_cases_en_q.jsonl", "en", 0.90, 0.95, 0.01),  # 0.923/0.973/0 (0.821/0.783/1.3%)
    Batch("grader_cases_en_s.jsonl", "en", 0.86, 0.94, 0.01),  # 0.885/0.958/0 (0.782/0.714/4.8%)
    Batch("grader_cases_en_t.jsonl", "en", 0.89, 0.93, 0.01),  # 0.914/0.954/0 (0.849/0.701/0)
    Batch("grader_cases_en_u.jsonl", "en", 0.87, 0.94, 0.01),  # 0.890/0.956/0 (0.821/0.743/0.6%)
    Batch("grader_cases_en_v.jsonl", "en", 0.82, 0.95, 0.01),  # 0.837/0.973/0 (0.775/0.683/2.0%)
    # probe I until the end of the ninth round, then tuned on in a short last pass (before: the whole detector)
    Batch("grader_cases_zh_t.jsonl", "zh", 0.86, 0.91, 0.01),  # 0.882/0.926/0 (0.849/0.774/5.1%)
    Batch("grader_cases_en_w.jsonl", "en", 0.87, 0.81, 0.01),  # 0.888/0.831/0 (0.817/0.835/0.8%)
    # probe J until the end of the ninth round, then tuned on in a short last pass (before: the whole detector)
    Batch("grader_cases_zh_u.jsonl", "zh", 0.80, 0.90, 0.01),  # 0.820/0.925/0 (0.852/0.848/4.1%)
    Batch("grader_cases_en_x.jsonl", "en", 0.85, 0.74, 0.01),  # 0.872/0.764/0 (0.845/0.820/0)
    # probe K until the end of the ninth round, then tuned on in the tenth (before: the whole detector)
    Batch("grader_cases_zh_v.jsonl", "zh", 0.85, 0.94, 0.01),  # 0.869/0.965/0 (0.846/0.842/3.1%)
    Batch("grader_cases_en_y.jsonl", "en", 0.90, 0.95, 0.01),  # 0.921/0.974/0 (0.845/0.802/3.7%)
    # the tenth round's new authors, scored untouched mid-round, then tuned on in its second pass
    Batch("grader_cases_zh_w.jsonl", "zh", 0.84, 0.95, 0.01),  # 0.865/0.973/0 (0.834/0.781/0.6%)
    Batch("grader_cases_en_z.jsonl", "en", 0.92, 0.93, 0.01),  # 0.941/0.954/0 (0.842/0.820/2.6%)
    # probe L until the end of the tenth round, then tuned on in a short last pass (violations only)
    Batch("grader_cases_zh_x.jsonl", "zh", 0.81, 0.92, 0.01),  # 0.839/0.941/0 (0.855/0.841/1.6%)
    Batch("grader_cases_en_za.jsonl", "en", 0.87, 0.91, 0.01),  # 0.895/0.934/0 (0.882/0.823/2.5%)
    # probe M until the end of the tenth round, then tuned on in the eleventh
    Batch("grader_cases_zh_y.jsonl", "zh", 0.90, 0.91, 0.01),  # 0.929/0.937/0 (0.849/0.858/3.2%)
    Batch("grader_cases_en_zb.jsonl", "en", 0.92, 0.95, 0.01),  # 0.943/0.970/0 (0.844/0.843/0.7%)
    # the eleventh round's new authors, scored untouched mid-round, then tuned on in its second pass
    Batch("grader_cases_zh_z.jsonl", "zh", 0.91, 0.93, 0.01),  # 0.931/0.958/0 (0.837/0.811/2.5%)
    Batch("grader_cases_en_zc.jsonl", "en", 0.94, 0.91, 0.01),  # 0.963/0.929/0 (0.863/0.752/1.4%)
    # probe N until the end of the eleventh round, then tuned on in a short last pass (violations only)
    Batch("grader_cases_zh_za.jsonl", "zh", 0.83, 0.96, 0.01),  # 0.852/0.980/0 (0.864/0.840/2.5%)
    Batch("grader_cases_en_zd.jsonl", "en", 0.83, 0.93, 0.01),  # 0.857/0.948/0 (0.853/0.812/2.5%)
    # probe O until the end of the eleventh round, then tuned on in the twelfth
    Batch("grader_cases_zh_zb.jsonl", "zh", 0.92, 0.94, 0.01),  # 0.945/0.964/0 (0.828/0.829/0.8%)
    Batch("grader_cases_en_ze.jsonl", "en", 0.93, 0.96, 0.01),  # 0.953/0.983/0 (0.875/0.851/1.6%)
    # the twelfth round's new authors, scored untouched mid-round, then tuned on in its second pass
    Batch("grader_cases_zh_zc.jsonl", "zh", 0.94, 0.95, 0.01),  # 0.955/0.970/0 (0.817/0.827/2.6%)
    Batch("grader_cases_en_zf.jsonl", "en", 0.88, 0.95, 0.01),  # 0.899/0.970/0 (0.819/0.851/1.3%)
    # probe P until the end of the twelfth round, then tuned on in the thirteenth
    Batch("grader_cases_zh_zd.jsonl", "zh", 0.90, 0.96, 0.01),  # 0.919/0.975/0 (0.812/0.830/2.9%)
    Batch("grader_cases_en_zg.jsonl", "en", 0.94, 0.96, 0.01),  # 0.956/0.981/0 (0.856/0.854/0.8%)
    # the thirteenth round's new authors, scored untouched mid-round, then tuned on in its second pass
    Batch("grader_cases_zh_ze.jsonl", "zh", 0.92, 0.96, 0.01),  # 0.940/0.985/0 (0.815/0.839/1.2%)
    Batch("grader_cases_en_zh.jsonl", "en", 0.89, 0.92, 0.01),  # 0.913/0.943/0 (0.796/0.672/1.2%)
    # two more of its new authors, violation-heavy, tuned on in a short last pass (violations only)
    Batch("grader_cases_zh_zf.jsonl", "zh", 0.75, 0.88, 0.01),  # 0.771/0.903/0 (0.763/0.731/2.7%)
    Batch("grader_cases_en_zi.jsonl", "en", 0.83, 0.91, 0.01),  # 0.855/0.928/0 (0.846/0.717/1.7%)
    # probe Q until the end of the thirteenth round, then tuned on in the fourteenth
    Batch("grader_cases_zh_zg.jsonl", "zh", 0.94, 0.95, 0.01, min_cases_per_violation=9),  # 0.961/0.976/0 (0.863/0.808/1.5%)
    Batch("grader_cases_en_zj.jsonl", "en", 0.89, 0.93, 0.01, min_cases_per_violation=9),  # 0.911/0.957/0 (0.833/0.754/2.2%)
    # the fourteenth round's new authors, scored untouched after its first pass, then tuned on in its second
    Batch("grader_cases_zh_zh.jsonl", "zh", 0.89, 0.89, 0.01),  # 0.917/0.917/0 (0.808/0.683/2.3%)
    Batch("grader_cases_en_zk.jsonl", "en", 0.89, 0.91, 0.01),  # 0.913/0.939/0 (0.811/0.697/0)
    # two more of its new authors, scored untouched before and after its second pass, then tuned on in a short third
    Batch("grader_cases_zh_zi.jsonl", "zh", 0.87, 0.86, 0.01),  # 0.899/0.887/0 (0.844/0.660/0)
    Batch("grader_cases_en_zl.jsonl", "en", 0.93, 0.82, 0.01),  # 0.954/0.842/0 (0.875/0.635/0.7%)
    # probe R until the end of the fourteenth round, then tuned on in the fifteenth
    Batch("grader_cases_zh_zj.jsonl", "zh", 0.90, 0.96, 0.01, min_cases_per_violation=9),  # 0.921/0.987/0 (0.842/0.825/2.2%)
    Batch("grader_cases_en_zm.jsonl", "en", 0.95, 0.96, 0.01, min_cases_per_violation=9),  # 0.973/0.982/0 (0.853/0.807/4.4%)
    # probe S until the end of the fifteenth round, then tuned on in the sixteenth
    Batch("grader_cases_zh_zk.jsonl", "zh", 0.89, 0.96, 0.01, min_cases_per_violation=9),  # 0.914/0.984/0 (0.797/0.781/1.5%)
    Batch("grader_cases_en_zn.jsonl", "en", 0.90, 0.97, 0.01, min_cases_per_violation=9),  # 0.923/0.996/0 (0.835/0.837/2.1%)
]


@lru_cache(maxsize=None)
def _items(batch: Batch) -> tuple[dict, ...]:
    lines = (DATA / batch.file).read_text(encoding="utf-8").splitlines()
    return tuple(item for item in map(json.loads, filter(str.strip, lines)) if item["lang"] == batch.lang)


@lru_cache(maxsize=None)
def _report(batch: Batch) -> dict:
    detector = Detector(models={}) if batch.rules_only else default_detector()
    return evaluate(_items(batch), detector)["languages"][batch.lang]


@pytest.mark.parametrize("batch", BATCHES, ids=lambda b: b.id)
def test_batch_covers_every_violation_and_clean_replies(batch):
    items = _items(batch)
    assert len(items) >= 75
    for ident in VIOLATIONS:
        cases = sum(ident in item["violations"] for item in items)
        assert cases >= batch.min_cases_per_violation, f"only {cases} cases of {ident}"
    assert sum(not item["violations"] for item in items) >= 0.2 * len(items), "under 20% clean replies"


@pytest.mark.parametrize("batch", BATCHES, ids=lambda b: b.id)
def test_behaviours_macro_f1(batch):
    assert _report(batch)["macro_f1_behaviors"] >= batch.min_behaviors


@pytest.mark.parametrize("batch", BATCHES, ids=lambda b: b.id)
def test_violations_macro_f1(batch):
    assert _report(batch)["macro_f1_violations"] >= batch.min_violations


@pytest.mark.parametrize("batch", BATCHES, ids=lambda b: b.id)
def test_false_violation_rate(batch):
    assert _report(batch)["false_violation_rate"] <= batch.max_false_violations
