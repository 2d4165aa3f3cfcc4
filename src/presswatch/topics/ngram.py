"""Word 1-2-gram linear scores, added to the embedding model's logits (numpy only)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, islice, pairwise, repeat
from operator import itemgetter
from pathlib import Path

import numpy as np

from presswatch.topics.tokens import HEAD_WORDS, WORD_RE, sum_rows

NGRAM_WORDS = HEAD_WORDS  # only the first words count: the n-gram model is there for short texts
_first = itemgetter(0)


def ngrams(text: str) -> list[str]:
    """Return the lower-cased words and word pairs of the first NGRAM_WORDS words of a text."""
    return word_ngrams(map(_first, islice(WORD_RE.finditer(text), NGRAM_WORDS)))


def word_ngrams(found: Iterable[str]) -> list[str]:
    """Return the lower-cased words and word pairs of a text's first words."""
    words = " ".join(found).lower().replace("’", "'").split(" ")
    if words == [""]:
        return []
    return words + list(map(" ".join, pairwise(words)))


@dataclass(frozen=True)
class NgramModel:
    """Per-n-gram topic weights of a logistic regression on L2-normalised n-gram counts."""

    index: dict[str, int]
    weights: np.ndarray  # n-grams x topics
    bias: np.ndarray
    mix: float  # weight of these scores in the sum with the embedding model's logits

    @classmethod
    def load(cls, path: Path) -> NgramModel:
        """Return the n-gram model stored by `save`."""
        with np.load(path, allow_pickle=False) as z:
            grams = z["grams"].tolist()
            return cls(
                index={g: i for i, g in enumerate(grams)},
                weights=z["weights"].astype(np.float32),
                bias=z["bias"].astype(np.float32),
                mix=float(z["mix"]),
            )

    def save(self, path: Path) -> None:
        """Write the model to a compressed npz file (weights as float16)."""
        grams = sorted(self.index, key=self.index.__getitem__)
        np.savez_compressed(
            path,
            grams=np.array(grams),
            weights=self.weights.astype(np.float16),
            bias=self.bias.astype(np.float32),
            mix=np.float32(self.mix),
        )

    def logits(self, texts: Sequence[str], grams: Grams | None = None) -> np.ndarray:
        """Return mix * (n-gram scores + bias) per text (grams: `Grams.of(texts)`, if found)."""
        if grams is None:
            grams = Grams.of(texts)
        found = np.fromiter(
            map(self.index.get, chain.from_iterable(grams.lists), repeat(-1)), dtype=np.int64
        )
        sizes = np.fromiter(map(len, grams.lists), dtype=np.int64, count=len(grams.lists))
        known = found >= 0
        owner = np.repeat(np.arange(len(sizes)), sizes)[known]
        counts = np.bincount(owner, minlength=len(sizes)).astype(np.int64)
        sums = sum_rows(self.weights, found[known], counts)
        return self.mix * (sums / grams.norms[:, None] + self.bias)


@dataclass(frozen=True)
class Grams:
    """The n-grams of a batch of texts and the L2 norms of their counts, found once."""

    lists: list[list[str]]
    norms: np.ndarray  # float32, 1 for a text without n-grams

    @classmethod
    def of(cls, texts: Sequence[str], heads: Sequence[list[str] | None] | None = None) -> Grams:
        """Return the n-grams of texts; `heads[i]`, if not None, is text i's first words."""
        if heads is None:
            lists = list(map(ngrams, texts))
        else:
            lists = [
                ngrams(t) if h is None else word_ngrams(h)
                for t, h in zip(texts, heads, strict=True)
            ]
        return cls(lists, np.asarray(list(map(_norm, lists)), np.float32))

    def take(self, rows: Sequence[int]) -> Grams:
        """Return the n-grams of the texts at `rows`, in that order."""
        return Grams([self.lists[i] for i in rows], self.norms[np.asarray(rows, dtype=np.int64)])


def _norm(grams: list[str]) -> float:
    """Return the L2 norm of a list's n-gram counts (1.0 for an empty list)."""
    if len(set(grams)) == len(grams):  # each once: the squared counts add up to the length
        return len(grams) ** 0.5 or 1.0
    counts = Counter(grams)
    return sum(map(counts.__getitem__, grams)) ** 0.5 or 1.0  # each n-gram adds its count
