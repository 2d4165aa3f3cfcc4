"""The shipped topic model: a per-piece score table loaded from `data/model.npz` (numpy only)."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from presswatch.topics.ngram import NgramModel
from presswatch.topics.short import ShortHead
from presswatch.topics.sketch import NormSketch
from presswatch.topics.tokens import Segmenter, sum_rows

MODEL_PATH = Path(__file__).with_name("data") / "model.npz"
_LOCK = threading.Lock()
_MODEL: TopicModel | None = None


@dataclass(frozen=True)
class TopicModel:
    """Piece vocabulary, per-piece topic scores (pieces x topics), norm sketch, bias, log prior."""

    topics: tuple[str, ...]
    segmenter: Segmenter
    table: np.ndarray
    sketch: NormSketch
    ngram: NgramModel
    bias: np.ndarray
    log_prior: np.ndarray
    min_known_share: float
    rows: np.ndarray  # table and sketch rows side by side, gathered in one pass
    short: ShortHead | None = None  # headline/teaser head, blended in by word count

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> TopicModel:
        """Return the model stored in an npz file (and its `_norm`, `_ngram`, `_short` files)."""
        sketch = NormSketch.load(path.with_name(path.stem + "_norm.npz"))
        ngram = NgramModel.load(path.with_name(path.stem + "_ngram.npz"))
        short_path = path.with_name(path.stem + "_short.npz")
        short = ShortHead.load(short_path) if short_path.is_file() else None
        with np.load(path, allow_pickle=False) as z:
            table = z["table"].astype(np.float32)
            return cls(
                topics=tuple(str(t) for t in z["topics"]),
                segmenter=Segmenter(z["pieces"].tolist(), z["merges"].tolist()),
                table=table,
                sketch=sketch,
                ngram=ngram,
                rows=np.ascontiguousarray(np.concatenate([table, sketch.rows()], axis=1)),
                bias=z["bias"].astype(np.float32),
                log_prior=z["log_prior"].astype(np.float32),
                min_known_share=float(z["min_known_share"]),
                short=short,
            )

    def probabilities(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Return (texts x topics probabilities, mask of texts with enough known words).

        The head was fitted on L2-normalised mean embeddings; it is folded into `table`, so the
        mean of table rows divided by the (sketched) norm of the mean embedding gives the scores.

        The word 1-2-gram model's logits are added. Short texts (headlines, teasers) are scored
        by the short-text head, or a blend of both heads by word count (`short.py`). Texts
        without any vocabulary piece get uniform probabilities.
        """
        flat, counts, words, known = self.segmenter.batch(texts)
        sums = sum_rows(self.rows, flat, counts)
        k = self.table.shape[1]
        scale = np.maximum(counts, 1) * NormSketch.norms_from_sums(sums[:, k:], counts)
        logits = sums[:, :k] / scale[:, None] + self.bias + self.log_prior
        logits += self.ngram.logits(texts)
        if self.short is not None:
            pieces = (flat, counts)
            logits = self.short.blend(logits, texts, pieces, words, scale, self.log_prior)
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        usable = (known > 0) & (known >= self.min_known_share * np.maximum(words, 1))
        probs[counts == 0] = 1.0 / len(self.topics)
        return probs, usable


def get_model() -> TopicModel:
    """Return the shipped model, loading it on first use (thread-safe, cached)."""
    global _MODEL
    if _MODEL is None:
        with _LOCK:
            if _MODEL is None:
                _MODEL = TopicModel.load()
    return _MODEL
