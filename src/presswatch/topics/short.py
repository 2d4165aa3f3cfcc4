"""The short-text head: a second folded piece table and n-gram model for headlines and teasers.

Texts of up to `full_words` words are scored by this head alone, texts of `none_words` words or
more by the long-text head alone, and texts in between by a linear blend of the two heads'
logits, so headline-register training data does not move the scores of articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from presswatch.topics.ngram import Grams, NgramModel
from presswatch.topics.tokens import sum_rows


@dataclass(frozen=True)
class ShortHead:
    """Per-piece topic scores (pieces x topics), bias, word n-gram model and the length ramp."""

    table: np.ndarray
    bias: np.ndarray
    ngram: NgramModel
    full_words: int  # up to this many words only this head counts
    none_words: int  # from this many words on it does not count

    @classmethod
    def load(cls, path: Path) -> ShortHead:
        """Return the head stored by `save` (and its `_ngram` file beside it)."""
        ngram = NgramModel.load(path.with_name(path.stem + "_ngram.npz"))
        with np.load(path, allow_pickle=False) as z:
            return cls(
                table=z["table"].astype(np.float32),
                bias=z["bias"].astype(np.float32),
                ngram=ngram,
                full_words=int(z["full_words"]),
                none_words=int(z["none_words"]),
            )

    def save(self, path: Path) -> None:
        """Write the head (table as float16) to `path` and its n-gram model beside it."""
        np.savez_compressed(
            path,
            table=self.table.astype(np.float16),
            bias=self.bias.astype(np.float32),
            full_words=np.int32(self.full_words),
            none_words=np.int32(self.none_words),
        )
        self.ngram.save(path.with_name(path.stem + "_ngram.npz"))

    def share(self, words: np.ndarray) -> np.ndarray:
        """Return this head's weight per text from its word count: 1 when short, 0 when long."""
        span = max(self.none_words - self.full_words, 1)
        return np.clip((self.none_words - words) / span, 0.0, 1.0)

    def blend(
        self,
        logits: np.ndarray,
        texts: Sequence[str],
        pieces: tuple[np.ndarray, np.ndarray],
        words: np.ndarray,
        scale: np.ndarray,
        log_prior: np.ndarray,
        grams: Grams | None = None,
    ) -> np.ndarray:
        """Return the long-head `logits` with the short texts' rows blended with this head's."""
        # `pieces` is (flat piece ids, per-text counts) and `scale` the per-text divisor of the
        # summed table rows (piece count times sketched norm), both as computed for the long head.
        # Only the texts with a positive share are scored here; `grams` as for `NgramModel.logits`.
        flat, counts = pieces
        share = self.share(words)
        rows = np.flatnonzero(share > 0)
        if not rows.size:
            return logits
        sums = sum_rows(self.table, flat[np.repeat(share > 0, counts)], counts[rows])
        short = sums / scale[rows, None] + self.bias + log_prior
        short += self.ngram.logits(
            [texts[i] for i in rows], grams.take(rows) if grams is not None else None
        )
        w = share[rows, None].astype(np.float32)
        out = logits.copy()
        out[rows] = (1.0 - w) * logits[rows] + w * short
        return out
