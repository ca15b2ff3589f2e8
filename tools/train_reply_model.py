"""Train the detector's n-gram model (simulator/grading/lexicons/model_<lang>.json).

    pip install -e ".[train]"
    python tools/train_reply_model.py            # the files below, written to the package

With no files named it trains on ../shared/eval/dev.jsonl (when present), tests/data/grader_cases*.jsonl
and tests/data/grader_heldout.jsonl, with tools/data/clean_agent_*.jsonl as negatives. It never reads
the untuned probes (tests/data/grader_probe_*.jsonl): they measure the result.

Labeled files (dev.jsonl format) train every id; --negatives files (replies with no violation and
no behaviour labels) only add negative examples for the violation ids. One logistic regression per
id (L2, balanced classes) over the features of simulator.grading.model.ngrams; weights under
--prune are dropped so the shipped table stays small and fast. Each id's threshold is the lowest
probability at which its out-of-fold predictions (--folds, each holding out whole files) reach the
precision asked for (--violation-precision, --behavior-precision); an id that never does is left to
the cues alone.
Thresholds are stored as logits. scikit-learn is needed here only; the product reads the JSON.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from simulator.cli import UsageError
from simulator.cli.evaluate import load_items
from simulator.domain import BEHAVIORS, LANGS, VIOLATIONS
from simulator.grading.model import FORMAT_VERSION, ngrams, scale
from simulator.grading.text import normalise

ANALYZERS = {"zh": ("char", 1, 2), "en": ("word", 1, 1)}
# Ids a structural rule decides better than word counts: a diagnosing question is a question
# sentence that is not an offer, a check or a jab (detect.py), whatever words it uses.
LEFT_TO_RULES = {"ask_question"}
FLOORS = {"zh": 24, "en": 20}  # n-grams of a reply of about 12 characters / 20 words
# Out-of-fold precision a violation's threshold must reach. Trained without the seventh round and
# scored on it, English at 0.95 gave 1.3% false violations for violations F1 0.821 (0.9: 1.9%,
# 0.823); Chinese at 0.95 lost 0.011 F1 and no false violations.
VIOLATION_PRECISION = {"zh": 0.9, "en": 0.95}
# The same for behaviours. Trained without the ninth round's seven English authors and scored on
# them (1,680 replies), English at 0.9 gave behaviours F1 0.823 against 0.819 at 0.85 (up for six
# of the seven authors) with the same violations; Chinese stays at 0.85.
BEHAVIOR_PRECISION = {"zh": 0.85, "en": 0.9}
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "simulator" / "grading" / "lexicons"


def default_labeled() -> list[str]:
    dev = ROOT.parent / "shared" / "eval" / "dev.jsonl"
    files = sorted((ROOT / "tests" / "data").glob("grader_cases*.jsonl")) + [ROOT / "tests" / "data" / "grader_heldout.jsonl"]
    return [str(p) for p in ([dev] if dev.exists() else []) + files]


def default_negatives() -> list[str]:
    return [str(p) for p in sorted((ROOT / "tools" / "data").glob("clean_agent_*.jsonl"))]


def read_jsonl(paths: list[str]) -> list[dict]:
    """The items of each file (read as `roleplay eval` reads them), tagged with their file: one
    author's file is held out together."""
    items = []
    for path in paths:
        try:
            loaded = load_items(path)
        except UsageError as error:
            sys.exit(str(error))
        for item in loaded:
            item["_group"] = Path(path).name
        items.extend(loaded)
    return items


def logit(p: float) -> float:
    return math.log(p / (1 - p))


def classifier(args):
    """One id's classifier: L2 logistic regression, classes balanced."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=args.c, class_weight="balanced", max_iter=5000)


def pick_threshold(x, y, groups, precision: float, lowest: float, args) -> float | None:
    """The lowest probability at which out-of-fold predictions reach the precision asked for.

    Folds hold out whole files (`groups`): replies by one author share wordings, and a model tested
    on its own author's other replies looks more precise than it is on a new author's."""
    from sklearn.model_selection import GroupKFold, StratifiedKFold

    scores = np.zeros(len(y))
    if args.grouped:
        splits = GroupKFold(n_splits=args.folds).split(x, y, groups)
    else:
        splits = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=0).split(x, y)
    for train, test in splits:
        model = classifier(args).fit(x[train], y[train])
        scores[test] = model.predict_proba(x[test])[:, 1]
    for threshold in np.arange(lowest, 0.995, 0.01):
        fired = scores > threshold
        if fired.sum() >= 3 and (fired & y).sum() / fired.sum() >= precision:
            return float(threshold)
    return None


def exclusive_pairs(labeled: list[dict], expected: float) -> list[list[str]]:
    """Pairs of ids never labeled on the same reply although chance alone would put them together
    `expected` times or more (e.g. a time frame and an empty promise): the model may not add one of
    a pair when the cues found the other."""
    from itertools import combinations

    sets = [set(item.get("behaviors", ())) | set(item.get("violations", ())) for item in labeled]
    count = Counter(ident for ids in sets for ident in ids)
    together = Counter(pair for ids in sets for pair in combinations(sorted(ids), 2))
    return [
        [a, b] for a, b in combinations(sorted(count), 2)
        if not together[(a, b)] and count[a] * count[b] / len(sets) >= expected
    ]


def train_language(lang: str, labeled: list[dict], negatives: list[dict], args) -> dict:
    from scipy.sparse import csr_matrix

    analyzer, low, high = ANALYZERS[lang]
    floor = args.floor if args.floor is not None else FLOORS[lang]
    grams_of = lambda item: ngrams(normalise(item["text"], lang).text, analyzer, low, high)  # noqa: E731
    labeled_grams = [grams_of(item) for item in labeled]
    negative_grams = [grams_of(item) for item in negatives]
    df = Counter(g for grams in labeled_grams + negative_grams for g in set(grams))
    vocab = {g: i for i, g in enumerate(sorted(g for g, n in df.items() if n >= args.min_df))}

    def matrix(rows: list[set[str]]):
        data, indices, indptr = [], [], [0]
        for grams in rows:
            worth = scale(len(grams), floor)
            counts = Counter(vocab[g] for g in grams if g in vocab)
            for column in sorted(counts):
                indices.append(column)
                data.append(counts[column] * worth)
            indptr.append(len(indices))
        return csr_matrix((data, indices, indptr), shape=(len(rows), len(vocab)))

    x_all = matrix(labeled_grams + negative_grams)
    # the negatives have no author to hold out: spread them over the folds
    groups = np.array([item["_group"] for item in labeled] + [f"negatives:{i % args.folds}" for i in range(len(negatives))])

    x_labeled = x_all[: len(labeled)]  # the negatives come last
    names = sorted(vocab, key=vocab.get)
    ids, bias, thresholds, table = [], [], [], {}
    for ident in BEHAVIORS + VIOLATIONS:
        if ident in LEFT_TO_RULES:
            continue
        is_violation = ident in VIOLATIONS
        key = "violations" if is_violation else "behaviors"
        y = np.array([ident in item.get(key, ()) for item in labeled] + [False] * (len(negatives) if is_violation else 0))
        x = x_all if is_violation else x_labeled
        if y.sum() < args.min_positives:
            continue
        threshold = pick_threshold(
            x, y, groups[: len(y)],
            (args.violation_precision or VIOLATION_PRECISION[lang]) if is_violation else (args.behavior_precision or BEHAVIOR_PRECISION[lang]),
            args.violation_min_p if is_violation else args.behavior_min_p,
            args,
        )
        if threshold is None:
            print(f"  {lang} {ident}: no threshold reaches the precision asked for; left to the cues")
            continue
        model = classifier(args).fit(x, y)
        position = len(ids)
        ids.append(ident)
        bias.append(round(float(model.intercept_[0]), 4))
        thresholds.append(round(logit(threshold), 4))
        for column, weight in enumerate(model.coef_[0]):
            if abs(weight) >= args.prune:
                table.setdefault(names[column], []).append([position, round(float(weight), 3)])
    return {
        "version": FORMAT_VERSION,
        "exclusive": exclusive_pairs(labeled, args.exclusive_expected),
        "lang": lang,
        "analyzer": analyzer,
        "ngrams": [low, high],
        "floor": floor,
        "trained_on": len(labeled),
        "negatives": len(negatives),
        "ids": ids,
        "bias": bias,
        "threshold": thresholds,
        "weights": dict(sorted(table.items())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("labeled", nargs="*", help="labeled JSON lines (dev.jsonl format)")
    parser.add_argument("--negatives", nargs="*", default=None, help="clean replies: negatives for violations")
    parser.add_argument("--c", type=float, default=10.0, help="inverse regularisation strength")
    parser.add_argument("--min-df", type=int, default=2, help="keep n-grams seen in at least this many replies")
    parser.add_argument("--min-positives", type=int, default=8, help="skip ids with fewer positive replies")
    parser.add_argument("--prune", type=float, default=1.0, help="drop weights smaller than this (1.0 read new authors as well as 0.5, at half the size)")
    parser.add_argument("--violation-precision", type=float, default=None,
                        help="out-of-fold precision a violation's threshold must reach (default: per language, see VIOLATION_PRECISION)")
    parser.add_argument("--behavior-precision", type=float, default=None,
                        help="out-of-fold precision a behaviour's threshold must reach (default: per language, see BEHAVIOR_PRECISION)")
    parser.add_argument("--violation-min-p", type=float, default=0.7, help="lowest threshold (probability) for a violation")
    parser.add_argument("--behavior-min-p", type=float, default=0.5, help="lowest threshold (probability) for a behaviour")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--grouped", action=argparse.BooleanOptionalAction, default=True,
                        help="folds hold out whole files (authors) rather than random replies")
    parser.add_argument("--floor", type=int, default=None, help="n-gram count a short reply is scaled as")
    parser.add_argument("--exclusive-expected", type=float, default=4.0,
                        help="ids never labeled together though chance predicts this many co-occurrences are exclusive")
    parser.add_argument("--langs", nargs="*", default=list(LANGS))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    labeled_files = args.labeled or default_labeled()
    negative_files = default_negatives() if args.negatives is None else args.negatives
    print("labeled:", ", ".join(Path(p).name for p in labeled_files))
    print("negatives:", ", ".join(Path(p).name for p in negative_files) or "none")
    labeled, negatives = read_jsonl(labeled_files), read_jsonl(negative_files)
    for lang in args.langs:
        model = train_language(
            lang,
            [i for i in labeled if i.get("lang") == lang],
            [i for i in negatives if i.get("lang") == lang],
            args,
        )
        path = args.out / f"model_{lang}.json"
        path.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        entries = sum(len(v) for v in model["weights"].values())
        print(f"{lang}: {model['trained_on']} labeled + {model['negatives']} negatives, {len(model['ids'])} ids, "
              f"{len(model['weights'])} n-grams, {entries} weights -> {path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
