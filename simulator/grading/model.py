"""A small linear model over n-grams: the detector's recall net for wordings no cue names.

The lexicons are precise but can only know the phrasings someone wrote down. The model is trained
(tools/train_reply_model.py) on every labeled reply the project has, and shipped as data in
lexicons/model_<lang>.json: for each n-gram, the weights it adds to each id's score. Features are
the n-grams of the normalised reply (Chinese: characters and character pairs; English: words),
digits folded to 0, each occurrence worth 1/sqrt(number of n-grams), so the score of an id is

    bias[id] + sum(weights of the reply's n-grams for id) / sqrt(max(number of n-grams, floor))

(the floor keeps a three-word reply from resting on a word or two).

and the id fires when that passes its threshold (a logit; the probability is its sigmoid). The
detector adds an id only when no cue found it, and quotes the sentence that scored highest with the
n-grams that weighed most, so a model finding is explained like a cue is.
"""

from __future__ import annotations

import heapq
import json
import sys
from array import array
import math
import re
from operator import add
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_DIGITS = re.compile(r"[0-9]")
_WORD = re.compile(r"[a-z0-9']+")
_SPACE = re.compile(r"\s{2,}|[^\S ]")  # runs and non-space whitespace: single spaces stay as they are
FORMAT_VERSION = 1


def fold(text: str) -> str:
    """What n-grams are taken from: the normalised reply with digits folded and spaces squeezed."""
    return _SPACE.sub(" ", _DIGITS.sub("0", text)).strip()


def ngrams(text: str, analyzer: str, low: int, high: int) -> list[str]:
    """Every n-gram of already normalised text, repeats included (the training script uses this too)."""
    # words never hold spaces, so they need only the digit folding
    units = list(fold(text)) if analyzer == "char" else _WORD.findall(_DIGITS.sub("0", text))
    if high < 2:
        return units
    heads = units if analyzer == "char" else [unit + " " for unit in units]
    grams = list(units) if low <= 1 else []
    run = units  # the n-grams of the previous size; each next one is a head plus the run after it
    for size in range(2, high + 1):
        run = list(map(add, heads, run[1:]))
        if size >= low:
            grams.extend(run)
    return grams


def scale(count: int, floor: int) -> float:
    """What each n-gram is worth: 1/sqrt(count), but a short reply counts as `floor` n-grams, so a
    few common words cannot carry a verdict on their own."""
    return 1 / math.sqrt(max(count, floor)) if count else 0.0


@dataclass(frozen=True)
class ModelFinding:
    id: str
    start: int
    end: int
    cue: str
    grams: tuple[str, ...] = ()  # the n-grams that weighed most, strongest first


# Each n-gram's weights for all ids are packed into one integer, a 32-bit field per id holding
# weight * _SCALE + _OFFSET, so scoring a reply is a dict lookup and an integer addition per
# n-gram (both run in C: map, sum), and the fields are unpacked at once as an array of uint32.
# A field stays below 2**32 for _CHUNK n-grams.
_FIELD = 32
_MASK = (1 << _FIELD) - 1
_SCALE = 1000
_OFFSET = 1 << 20
_CHUNK = 2000


class ReplyModel:
    """One language's model: n-gram → packed weights per id, with a bias and a threshold per id."""

    def __init__(self, data: dict, source: str = "model") -> None:
        if data.get("version") != FORMAT_VERSION:
            raise ValueError(f"{source}: unsupported model format {data.get('version')!r}")
        self.lang: str = data["lang"]
        self.analyzer: str = data["analyzer"]
        self.low, self.high = data["ngrams"]
        self.ids: tuple[str, ...] = tuple(data["ids"])
        self.bias: tuple[float, ...] = tuple(data["bias"])
        self.threshold: tuple[float, ...] = tuple(data["threshold"])
        self.floor: int = int(data.get("floor", 1))
        self.exclusive: dict[str, frozenset[str]] = {}
        for a, b in data.get("exclusive", ()):
            self.exclusive[a] = self.exclusive.get(a, frozenset()) | {b}
            self.exclusive[b] = self.exclusive.get(b, frozenset()) | {a}
        empty = sum(_OFFSET << (_FIELD * i) for i in range(len(self.ids)))
        self._width = len(self.ids) * _FIELD // 8
        self._margins = tuple((t - b) * _SCALE for t, b in zip(self.threshold, self.bias))
        self._offsets = empty
        self._bit_per_field = sum(1 << (_FIELD * i) for i in range(len(self.ids)))
        self._bars_by_count: dict[int, int] = {}
        self._unpacked: dict[str, dict[str, float]] = {}
        self._packed: dict[str, int] = {}
        for gram, entries in data["weights"].items():
            packed = empty
            for index, weight in entries:
                packed += round(float(weight) * _SCALE) << (_FIELD * int(index))
            self._packed[gram] = packed

    def _fields(self, grams: list[str]) -> list[int] | None:
        """Per id, the summed weights of the grams × _SCALE (None when no gram is known)."""
        fields = None
        for chunk in range(0, len(grams), _CHUNK):
            looked = list(map(self._packed.get, grams[chunk : chunk + _CHUNK]))
            hits = len(looked) - looked.count(None)
            if not hits:
                continue
            offset = hits * _OFFSET
            sums = [value - offset for value in self._unpack(sum(filter(None, looked)))]
            fields = sums if fields is None else [a + b for a, b in zip(fields, sums)]
        return fields

    def _unpack(self, total: int) -> array:
        fields = array("I", total.to_bytes(self._width, "little"))
        if sys.byteorder != "little":  # pragma: no cover
            fields.byteswap()
        return fields

    def weights_of(self, ident: str) -> dict[str, float]:
        """One id's non-zero n-gram weights (unpacked on first use, for explanations)."""
        cached = self._unpacked.get(ident)
        if cached is None:
            shift = _FIELD * self.ids.index(ident)
            cached = {}
            for gram, packed in self._packed.items():
                value = ((packed >> shift) & _MASK) - _OFFSET
                if value:
                    cached[gram] = value / _SCALE
            self._unpacked[ident] = cached
        return cached

    def scores(self, text: str) -> dict[str, float]:
        """The logit of every id for normalised text."""
        grams = ngrams(text, self.analyzer, self.low, self.high)
        fields = self._fields(grams) or [0] * len(self.ids)
        worth = scale(len(grams), self.floor) / _SCALE
        return {ident: b + f * worth for ident, b, f in zip(self.ids, self.bias, fields)}

    def fired(self, text: str) -> list[str]:
        """Ids whose score passes their threshold."""
        grams = ngrams(text, self.analyzer, self.low, self.high)
        if len(grams) > _CHUNK:  # a field could leave its 32 bits: sum id by id
            fields = self._fields(grams)
            worth = scale(len(grams), self.floor)
            return [] if fields is None else [i for i, f, m in zip(self.ids, fields, self._margins) if f * worth > m]
        looked = list(map(self._packed.get, grams))
        hits = len(looked) - looked.count(None)
        if not hits:
            return []
        # Still packed: each field minus its offsets and its bar, plus 2**31, so bit 31 of a field
        # is set exactly when the id's summed weights pass its bar, and one shift and mask find them.
        passed = ((sum(filter(None, looked)) - hits * self._offsets - self._bars(len(grams))) >> 31) & self._bit_per_field
        found = []
        while passed:
            lowest = passed & -passed
            found.append(self.ids[(lowest.bit_length() - 1) // _FIELD])
            passed ^= lowest
        return found

    def _bars(self, count: int) -> int:
        """Per id, packed: the summed weight (× _SCALE) an id needs to fire in a reply of `count`
        n-grams, less 2**31 - 1 (bias + summed / _SCALE * scale(count) > threshold, solved for summed)."""
        bars = self._bars_by_count.get(count)
        if bars is None:
            root = math.sqrt(max(count, self.floor))
            bars = sum((math.floor(m * root) + 1 - (1 << 31)) << (_FIELD * i) for i, m in enumerate(self._margins))
            if len(self._bars_by_count) < 4096:
                self._bars_by_count[count] = bars
        return bars

    def span_grams(self, text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int, list[str]]]:
        """Each span with its n-grams: compute once per reply, explain any number of ids with it."""
        return [(start, end, ngrams(text[start:end], self.analyzer, self.low, self.high)) for start, end in spans]

    def explain(self, ident: str, spans: list[tuple[int, int, list[str]]]) -> ModelFinding:
        """Where an id's evidence is: of the spans (sentences, with their n-grams from span_grams),
        the one whose n-grams weigh most for it, and those n-grams."""
        weights = self.weights_of(ident)
        if len(spans) == 1:
            start, end, grams = spans[0]
        else:
            _, start, end, grams = max(
                ((sum(filter(None, map(weights.get, g))), s, e, g) for s, e, g in spans), key=lambda best: best[0]
            )
        known = filter(weights.__contains__, dict.fromkeys(grams))  # in order: ties go to the first, every run
        top = [gram for gram in heapq.nlargest(3, known, key=weights.__getitem__) if weights[gram] > 0]
        return ModelFinding(ident, start, end, "model:" + " | ".join(top) if top else "model", tuple(top))


@lru_cache(maxsize=None)
def load_model(lang: str) -> ReplyModel | None:
    """The packaged model for a language, or None when none is shipped."""
    name = f"model_{lang}.json"
    path = resources.files("simulator.grading.lexicons").joinpath(name)
    if not path.is_file():
        return None
    return ReplyModel(json.loads(path.read_text(encoding="utf-8")), source=name)
