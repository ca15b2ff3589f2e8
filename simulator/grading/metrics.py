"""How well the detector does on a file of replies.

Two kinds of file are understood:

* labeled replies (the format of eval/dev.jsonl): ``behaviors`` and ``violations`` per item, scored as
  precision, recall and F1 per id, macro-F1 per language and the false-violation rate;
* external check sets (the format of ext-eval/): ``expect_any`` (at least one of these behaviours should
  be found), ``source`` and ``agent``, scored as recall per source label and the false-alarm rate on
  competent agents' turns (any violation found there is a false alarm).
"""

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


def _rate(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def is_external(item: Mapping) -> bool:
    """An external check item names the behaviours it expects instead of carrying full labels."""
    return "expect_any" in item and "behaviors" not in item


def evaluate(items: Iterable[Mapping], detector: Detector | None = None) -> dict:
    """Score the detector on labeled items and/or external check items, per language."""
    detector = detector or default_detector()
    counts = {lang: {i: Counts() for i in BEHAVIORS + VIOLATIONS} for lang in LANGS}
    clean = {lang: [0, 0] for lang in LANGS}  # labeled items with no violation: [flagged, total]
    sources: dict[str, dict[str, list[int]]] = {lang: {} for lang in LANGS}  # source -> [found, total]
    agents = {lang: [0, 0] for lang in LANGS}  # competent agent turns: [flagged, total]
    labeled = {lang: 0 for lang in LANGS}
    errors = []
    for item in items:
        lang = item["lang"]
        got = detector.detect(item["text"], lang, item.get("context") or "")
        if is_external(item):
            found = bool(set(got.behaviors) & set(item["expect_any"]))
            tally = sources[lang].setdefault(str(item.get("source", "?")), [0, 0])
            tally[0] += found
            tally[1] += 1
            if item.get("agent"):
                agents[lang][0] += bool(got.violations)
                agents[lang][1] += 1
            if not found or (item.get("agent") and got.violations):
                errors.append({"id": item.get("id"), "missed": [] if found else sorted(item["expect_any"]),
                               "extra": sorted(got.violations) if item.get("agent") else []})
            continue
        labeled[lang] += 1
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
            clean[lang][0] += bool(got.violations)
            clean[lang][1] += 1
        if predicted != gold:
            errors.append({"id": item.get("id"), "missed": sorted(gold - predicted), "extra": sorted(predicted - gold)})
    report: dict = {"languages": {}, "errors": errors}
    for lang in LANGS:
        entry: dict = {}
        if labeled[lang]:
            per_id = {i: counts[lang][i].scores() for i in BEHAVIORS + VIOLATIONS}
            present = lambda ids: [per_id[i]["f1"] for i in ids if per_id[i]["support"]]  # noqa: E731
            b, v = present(BEHAVIORS), present(VIOLATIONS)
            entry.update(
                items=labeled[lang],
                per_id=per_id,
                macro_f1_behaviors=round(sum(b) / len(b), 4) if b else None,
                macro_f1_violations=round(sum(v) / len(v), 4) if v else None,
                false_violation_rate=_rate(*clean[lang]),
            )
        if sources[lang]:
            entry["recall_by_source"] = {
                source: {"recall": _rate(found, total), "support": total}
                for source, (found, total) in sorted(sources[lang].items())
            }
            entry["agent_false_alarm_rate"] = _rate(*agents[lang])
        if entry:
            report["languages"][lang] = entry
    return report
