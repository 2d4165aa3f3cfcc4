"""Outlet memory: short lines that recur across one outlet's articles are site furniture."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from presswatch.segment.rules import furniture_key, word_count
from presswatch.segment.text import KEY_MAX_WORDS, SHORT_CHARS, short_counts

# word_count estimates a line of this length at more than KEY_MAX_WORDS words (len // 8)
LONG_LINE = 8 * (KEY_MAX_WORDS + 1)

MIN_ARTICLES = 3
PROSE_END = (".", "!", "?", "”", '"', "’", "'")


@dataclass(frozen=True)
class OutletMemory:
    """Per outlet, how many of its recent stored articles hold each line key, and their ids."""

    counts: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    doc_ids: frozenset[str] = frozenset()


def line_keys(text: str) -> set[str]:
    """Return the normalised keys of a text's short lines that are not sentences."""
    keys = set()
    for raw in text.split("\n"):
        line = raw.strip()
        if not line or len(line) >= LONG_LINE:
            continue
        if len(line) < SHORT_CHARS:
            n_words, key = short_counts(line)
        else:
            n_words, key = word_count(line), None
        # a sentence is never furniture: updated versions of one story repeat their sentences
        if n_words <= KEY_MAX_WORDS and not _sentence(line, n_words):
            if key is None:
                key = furniture_key(line)
            if key:
                keys.add(key)
    return keys


def outlet_memory(rows: Iterable[tuple[str, str, str]]) -> OutletMemory:
    """Return the memory counted from (outlet, doc_id, text) rows of stored articles."""
    counts: dict[str, Counter[str]] = {}
    ids = set()
    for outlet, doc_id, text in rows:
        if doc_id not in ids:
            ids.add(doc_id)
            counts.setdefault(outlet, Counter()).update(line_keys(text))
    return OutletMemory({o: dict(c) for o, c in counts.items()}, frozenset(ids))


def build_furniture(
    texts: Iterable[str],
    min_articles: int = MIN_ARTICLES,
    stored: Mapping[str, int] | None = None,
) -> frozenset[str]:
    """Return the keys of short lines in at least `min_articles` texts and stored articles."""
    # stored: per key, the outlet's stored articles holding it (none of them among the texts)
    if min_articles < 2:
        raise ValueError(f"min_articles must be at least 2, got {min_articles}")
    seen: Counter[str] = Counter(stored or {})
    for text in texts:
        seen.update(line_keys(text))
    return frozenset(key for key, n in seen.items() if n >= min_articles)


def _sentence(line: str, n_words: int) -> bool:
    """Return True for a line that reads as a sentence of prose (six words or more, end mark)."""
    return n_words >= 6 and line.endswith(PROSE_END)
