"""Outlet memory: short lines that recur across one outlet's articles are site furniture."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from presswatch.segment.rules import furniture_key, word_count
from presswatch.segment.text import KEY_MAX_WORDS, SHORT_CHARS, short_counts

# word_count estimates a line of this length at more than KEY_MAX_WORDS words (len // 8)
LONG_LINE = 8 * (KEY_MAX_WORDS + 1)

MIN_ARTICLES = 3
PROSE_END = (".", "!", "?", "”", '"', "’", "'")


def build_furniture(texts: Iterable[str], min_articles: int = MIN_ARTICLES) -> frozenset[str]:
    """Return the normalised keys of short lines seen in at least `min_articles` of the texts."""
    if min_articles < 2:
        raise ValueError(f"min_articles must be at least 2, got {min_articles}")
    seen: Counter[str] = Counter()
    for text in texts:
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
        seen.update(keys)
    return frozenset(key for key, n in seen.items() if n >= min_articles)


def _sentence(line: str, n_words: int) -> bool:
    """Return True for a line that reads as a sentence of prose (six words or more, end mark)."""
    return n_words >= 6 and line.endswith(PROSE_END)
