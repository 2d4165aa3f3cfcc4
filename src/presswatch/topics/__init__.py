"""Topic classification of news texts over the 17 top-level IPTC Media Topics.

Topic names and definitions: IPTC Media Topics © IPTC (iptc.org), CC BY 4.0.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from presswatch.records import TopicResult

_DATA = Path(__file__).with_name("data")
UNCLASSIFIED = "unclassified"
DEFAULT_THRESHOLD = 0.2


def _read_topics() -> tuple[tuple[str, ...], dict[str, str]]:
    """Return the en-GB topic names and a name -> QCode map from data/topics.csv."""
    with (_DATA / "topics.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return tuple(r["name_en_gb"] for r in rows), {r["name_en_gb"]: r["qcode"] for r in rows}


TOPICS, QCODES = _read_topics()


def _as_text(value: object) -> str:
    """Return a value as a str that is safe to tokenise (None -> '', bad surrogates replaced)."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if type(text) is str and text.isascii():  # nothing to replace
        return text
    return text.encode("utf-8", "replace").decode("utf-8")


def classify(texts: Sequence[str], threshold: float = DEFAULT_THRESHOLD) -> list[TopicResult]:
    """Return one TopicResult per text: 17 topic probabilities, the label and its probability."""
    # The label is the most probable topic, or 'unclassified' when that probability is below
    # `threshold` or the text has too few recognisable words (empty, digits, garbage).
    from presswatch.topics.model import get_model

    if isinstance(texts, str):
        texts = [texts]
    clean = [_as_text(t) for t in texts]
    if not clean:
        return []
    model = get_model()
    probs, usable = model.probabilities(clean)
    results = []
    for row, ok in zip(probs.tolist(), usable.tolist(), strict=True):
        scores = dict(zip(model.topics, row, strict=True))
        conf = max(row)
        best = row.index(conf)  # the first of equal maxima, as max(range, key=...) picks
        label = model.topics[best] if ok and conf >= threshold else UNCLASSIFIED
        results.append(TopicResult(scores=scores, label=label, confidence=conf))
    return results


__all__ = ["DEFAULT_THRESHOLD", "QCODES", "TOPICS", "UNCLASSIFIED", "classify"]
