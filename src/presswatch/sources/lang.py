"""Language detection without a model: the share of a text's words that are stopwords."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 20  # below this a text is too short to tell: 'und'
MIN_SHARE = 0.08  # below this share of stopwords no language is recognised: 'und'
ANALYSED = {"en", "und"}  # languages the English analysis runs on ('und': too short to tell)


@cache
def stopwords() -> dict[str, frozenset[str]]:
    """Return language code -> stopword set from data/stopwords.tsv."""
    table: dict[str, frozenset[str]] = {}
    for line in (Path(__file__).parent / "data" / "stopwords.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, words = line.split("\t", 1)
            table[code] = frozenset(words.split())
    return table


def detect_language(text: str, max_chars: int = 20_000) -> tuple[str, float]:
    """Return (language code, stopword share) of a text; ('und', share) when it cannot tell."""
    words = WORD.findall(text[:max_chars].lower())
    if len(words) < MIN_WORDS:
        return "und", 0.0
    scores = {
        code: sum(w in table for w in words) / len(words) for code, table in stopwords().items()
    }
    best = max(scores, key=scores.__getitem__)
    if scores[best] < MIN_SHARE:
        return "und", round(scores[best], 4)
    return best, round(scores[best], 4)


def analysed_as_english(lang: str) -> bool:
    """Return whether text in this language goes through the English analysis."""
    return lang in ANALYSED
