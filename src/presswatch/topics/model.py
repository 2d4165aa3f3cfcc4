"""The topic model: per-piece score tables loaded from `data/model.npz` or a local model (numpy)."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from presswatch.topics.ngram import Grams, NgramModel
from presswatch.topics.short import ShortHead
from presswatch.topics.sketch import NormSketch
from presswatch.topics.tokens import Segmenter, sum_rows

MODEL_PATH = Path(__file__).with_name("data") / "model.npz"
PARTS = ("_norm", "_ngram", "_short", "_short_ngram")  # files beside model.npz, by suffix
_LOCK = threading.Lock()
_MODELS: dict[Path, TopicModel] = {}
_PINNED: list[Path] = []  # set in worker processes (pin_model)


def model_files(path: Path) -> list[Path]:
    """Return the paths of a model's files: `path` and the part files beside it."""
    return [path, *(path.with_name(path.stem + part + ".npz") for part in PARTS)]


def model_path(setting: Path | None) -> Path:
    """Return the model file for a PRESSWATCH_TOPIC_MODEL value (a folder or its model.npz)."""
    if setting is None:
        return MODEL_PATH
    setting = setting.expanduser()
    path = setting / "model.npz" if setting.suffix != ".npz" else setting
    if not path.is_file():
        raise FileNotFoundError(
            f"PRESSWATCH_TOPIC_MODEL={setting}: no topic model at {path} "
            "(train one with python -m presswatch.topics.train --out DIR)"
        )
    return path.resolve()


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
        missing = [f for f in model_files(path) if not f.is_file()]
        if missing:
            raise FileNotFoundError(
                f"topic model {path}: missing {', '.join(str(f) for f in missing)} "
                f"(a model is the {len(PARTS) + 1} files written by presswatch.topics.train)"
            )
        sketch = NormSketch.load(path.with_name(path.stem + "_norm.npz"))
        ngram = NgramModel.load(path.with_name(path.stem + "_ngram.npz"))
        short = ShortHead.load(path.with_name(path.stem + "_short.npz"))
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
        """Return (texts x topics probabilities, mask of texts with enough known words)."""
        # The head was fitted on L2-normalised mean embeddings; it is folded into `table`, so the
        # mean of table rows divided by the (sketched) norm of the mean embedding gives the scores.
        # The word 1-2-gram model's logits are added. Short texts (headlines, teasers) are scored by
        # the short-text head, or a blend of both heads by word count (`short.py`). Texts without
        # any vocabulary piece get uniform probabilities.
        heads: list[list[str] | None] = []  # the n-gram models' words, found once
        # known counts are only compared with the share: a count may stop once it is reached
        flat, counts, words, known = self.segmenter.batch(texts, heads, self.min_known_share)
        sums = sum_rows(self.rows, flat, counts)
        k = self.table.shape[1]
        scale = np.maximum(counts, 1) * NormSketch.norms_from_sums(sums[:, k:], counts)
        logits = sums[:, :k] / scale[:, None] + self.bias + self.log_prior
        grams = Grams.of(texts, heads)  # both n-gram models' input
        logits += self.ngram.logits(texts, grams)
        if self.short is not None:
            pieces = (flat, counts)
            logits = self.short.blend(logits, texts, pieces, words, scale, self.log_prior, grams)
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        usable = (known > 0) & (known >= self.min_known_share * np.maximum(words, 1))
        probs[counts == 0] = 1.0 / len(self.topics)
        return probs, usable


def configured_path() -> Path:
    """Return the model file to use now: PRESSWATCH_TOPIC_MODEL's, else the shipped one."""
    from presswatch.settings import topic_model_setting

    return model_path(topic_model_setting())


def pin_model(path: Path | None) -> None:
    """Make get_model load this model file in this process, whatever the environment says."""
    # a worker process pins the path its parent resolved: the environment it inherited from
    # the forkserver is frozen at the server's start and may be stale
    _PINNED[:] = [path] if path is not None else []


def get_model() -> TopicModel:
    """Return the model to use (pinned, else configured_path()), loaded once per path."""
    path = _PINNED[0] if _PINNED else configured_path()
    model = _MODELS.get(path)
    if model is None:
        with _LOCK:
            model = _MODELS.get(path)
            if model is None:
                model = _MODELS[path] = TopicModel.load(path)
    return model
