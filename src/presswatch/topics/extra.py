"""A user's own labelled data for a local topic model: JSONL records of {"text", "iptc"}.

The shipped model uses none of it. A user who has cleared the licence of some labelled news text
can train a local model with it (`python -m presswatch.topics.train --extra PATH --out DIR`) and
point the pipeline at it with PRESSWATCH_TOPIC_MODEL=DIR.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path


class ExtraDataError(ValueError):
    """An extra training file is missing or has a record that cannot be used."""


def read_extra(path: Path, topics: Sequence[str]) -> tuple[list[str], list[str]]:
    """Return (texts, IPTC topics) of a JSONL file; records with "topical": false are skipped."""
    known = set(topics)
    texts, labels = [], []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ExtraDataError(f"{path}: cannot read extra training data ({exc})") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ExtraDataError(f"{where}: not a JSON object ({exc.msg})") from exc
        if not isinstance(rec, dict):
            raise ExtraDataError(f"{where}: not a JSON object")
        if rec.get("topical") is False:
            continue
        text, topic = rec.get("text"), rec.get("iptc")
        if not isinstance(text, str) or not text.strip():
            raise ExtraDataError(f'{where}: needs a non-empty "text" string')
        if not isinstance(topic, str) or topic not in known:
            raise ExtraDataError(
                f'{where}: "iptc" is {topic!r}, not an IPTC top-level topic name '
                f"(one of: {', '.join(sorted(known))})"
            )
        texts.append(text.strip())
        labels.append(topic)
    if not texts:
        raise ExtraDataError(f"{path}: no usable records")
    return texts, labels


def by_head(words: Sequence[int], ramp: tuple[int, int]) -> tuple[list[int], list[int]]:
    """Return the indices of the records for the short head and for the long head."""
    # each head is trained on the lengths it scores: under ramp[1] words the short head, over
    # ramp[0] words the long head (texts in the blend band train both)
    short = [i for i, n in enumerate(words) if n < ramp[1]]
    long = [i for i, n in enumerate(words) if n > ramp[0]]
    return short, long


def provenance(path: Path, weight: float, n_short: int, n_long: int) -> dict:
    """Return the record of what extra data a local model was trained on (file, hash, rows)."""
    return {
        "extra": str(path.resolve()),
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "weight": weight,
        "rows_short_head": n_short,
        "rows_long_head": n_long,
        "note": "local model: the licence of the extra data is the user's to clear",
    }
