"""Word 1-2-gram linear scores, added to the embedding model's logits (numpy only)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice, pairwise
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

    def logits(
        self, texts: Sequence[str], heads: Sequence[list[str] | None] | None = None
    ) -> np.ndarray:
        """Return mix * (n-gram scores + bias) per text (mix * bias for texts without words).

        `heads[i]`, when given and not None, is text i's first NGRAM_WORDS words (any case).
        """
        flat: list[int] = []
        counts: list[int] = []
        norms: list[float] = []
        get = self.index.get
        for i, text in enumerate(texts):
            head = heads[i] if heads is not None else None
            grams = ngrams(text) if head is None else word_ngrams(head)
            ids = [i for i in map(get, grams) if i is not None]
            flat.extend(ids)
            counts.append(len(ids))
            norms.append(sum(c * c for c in Counter(grams).values()) ** 0.5 or 1.0)
        sums = sum_rows(self.weights, np.asarray(flat, np.int64), np.asarray(counts, np.int64))
        return self.mix * (sums / np.asarray(norms, np.float32)[:, None] + self.bias)
