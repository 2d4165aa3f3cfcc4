"""Language detection without a model: the share of a text's words that are stopwords."""

from __future__ import annotations

import re
from collections import Counter
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


@cache
def _languages_of() -> tuple[tuple[str, ...], dict[str, tuple[int, ...]]]:
    """Return the language codes in file order and word -> the indexes of its languages."""
    codes = tuple(stopwords())
    table: dict[str, list[int]] = {}
    for i, code in enumerate(codes):
        for word in stopwords()[code]:
            table.setdefault(word, []).append(i)
    return codes, {word: tuple(langs) for word, langs in table.items()}


MAX_CHARS = 20_000  # only the start of a text is read


def detect_language(text: str, max_chars: int = MAX_CHARS) -> tuple[str, float]:
    """Return (language code, stopword share) of a text; ('und', share) when it cannot tell."""
    words = WORD.findall(text[:max_chars].lower())
    return _decide(Counter(words), len(words))


def language_of_words(runs: list[str]) -> tuple[str, float]:
    """Return detect_language of a text of at most MAX_CHARS characters from its lower-cased
    letter-and-digit runs (`presswatch.dedup.words_of`), which the fingerprints read anyway."""
    counts = Counter(runs)
    n = len(runs)
    for run in [r for r in counts if not r.isalpha()]:  # digits inside: split into letter runs
        times, parts = counts.pop(run), WORD.findall(run)
        n += times * (len(parts) - 1)
        for part in parts:
            counts[part] += times
    return _decide(counts, n)


def _decide(counts: Counter[str], n: int) -> tuple[str, float]:
    """Return (language, share) from the counts of a text's n lower-cased letter runs."""
    if n < MIN_WORDS:
        return "und", 0.0
    codes, langs_of = _languages_of()
    hits = [0] * len(codes)
    for word in counts.keys() & langs_of.keys():
        for i in langs_of[word]:
            hits[i] += counts[word]
    best = max(range(len(codes)), key=hits.__getitem__)  # the first of equals, as in file order
    share = round(hits[best] / n, 4)
    return ("und" if hits[best] / n < MIN_SHARE else codes[best]), share


def analysed_as_english(lang: str) -> bool:
    """Return whether text in this language goes through the English analysis."""
    return lang in ANALYSED
