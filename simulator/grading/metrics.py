"""Precision, recall and F1 of the detector on labeled replies (dev.jsonl format)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from simulator.domain import BEHAVIORS, LANGS, VIOLATIONS
from simulator.grading.detect import Detector, default_detector


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def scores(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": self.tp + self.fn}


def evaluate(items: Iterable[Mapping], detector: Detector | None = None) -> dict:
    """Score the detector against labeled items; returns per-language, per-id figures."""
    detector = detector or default_detector()
    counts = {lang: {i: Counts() for i in BEHAVIORS + VIOLATIONS} for lang in LANGS}
    clean = {lang: [0, 0] for lang in LANGS}  # items with no violation label, of which flagged
    errors = []
    for item in items:
        lang = item["lang"]
        got = detector.detect(item["text"], lang, item.get("context", ""))
        predicted = set(got.behaviors) | set(got.violations)
        gold = set(item.get("behaviors", ())) | set(item.get("violations", ()))
        for ident in BEHAVIORS + VIOLATIONS:
            c = counts[lang][ident]
            if ident in predicted and ident in gold:
                c.tp += 1
            elif ident in predicted:
                c.fp += 1
            elif ident in gold:
                c.fn += 1
        if not item.get("violations"):
            clean[lang][0] += 1
            clean[lang][1] += bool(got.violations)
        if predicted != gold:
            errors.append({"id": item.get("id"), "missed": sorted(gold - predicted), "extra": sorted(predicted - gold)})
    report: dict = {"languages": {}, "errors": errors}
    for lang in LANGS:
        per_id = {i: counts[lang][i].scores() for i in BEHAVIORS + VIOLATIONS}
        present = lambda ids: [per_id[i]["f1"] for i in ids if per_id[i]["support"]]  # noqa: E731
        b, v = present(BEHAVIORS), present(VIOLATIONS)
        total, flagged = clean[lang]
        report["languages"][lang] = {
            "per_id": per_id,
            "macro_f1_behaviors": round(sum(b) / len(b), 4) if b else None,
            "macro_f1_violations": round(sum(v) / len(v), 4) if v else None,
            "false_violation_rate": round(flagged / total, 4) if total else None,
            "items": sum(1 for _ in ()) or None,
        }
        report["languages"][lang].pop("items")
    return report
