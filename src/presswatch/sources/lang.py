"""Language detection without a model: the share of a text's words that are stopwords."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

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
    return _decide(_hits(Counter(words)), len(words))


def language_of_words(runs: list[str]) -> tuple[str, float]:
    """Return detect_language of a text of at most MAX_CHARS characters from its word runs."""
    # The runs are lower-cased letters and digits (`presswatch.dedup.words_of`), which the
    # fingerprints read anyway.
    counts = Counter(runs)
    n = len(runs)
    for run in [r for r in counts if not r.isalpha()]:  # digits inside: split into letter runs
        times, parts = counts.pop(run), WORD.findall(run)
        n += times * (len(parts) - 1)
        for part in parts:
            counts[part] += times
    return _decide(_hits(counts), n)


def languages_of_joined(joined: Sequence[bytes]) -> list[tuple[str, float] | None]:
    """Return language_of_words of every text from its `joined_words` (None where not ASCII)."""
    # the letter runs of the whole batch are counted at once in numpy
    table = _ascii_table()
    ascii_ = [j.isascii() for j in joined]
    parts = [j for j, a in zip(joined, ascii_, strict=True) if a]
    if table is None or not parts:
        return [None] * len(joined)
    keys, sets, langs, multiplier = table
    data = b" " + b" ".join(parts) + bytes(9)  # a space before, zeros after every run
    buf = np.frombuffer(data, np.uint8)
    letter = buf >= 97  # ASCII words hold a-z, 0-9: letter runs end at a digit or a space
    edges = np.flatnonzero(letter[1:] != letter[:-1]) + 1
    starts, lengths = edges[0::2], edges[1::2] - edges[0::2]
    firsts = np.cumsum([0] + [len(p) + 1 for p in parts[:-1]]) + 1  # where each text starts
    runs = np.searchsorted(starts, firsts)
    n = np.diff(np.append(runs, len(starts)))
    # a run of at most 8 letters packed in a little-endian uint64 (longer ones are no stopwords)
    # and looked up in the stopword hash table, whose key is compared: exact
    window = np.ndarray((len(buf) - 8,), "<u8", data, 0, (1,))
    packed = window[starts] & KEEP[np.minimum(lengths, 9)]
    with np.errstate(over="ignore"):
        slot = (packed * multiplier) >> np.uint64(64 - SLOT_BITS)
    hit = np.flatnonzero(keys[slot] == packed)
    doc = np.searchsorted(runs, hit, side="right") - 1
    per_set = np.bincount(doc * len(langs) + sets[slot[hit]], minlength=len(parts) * len(langs))
    hits = (per_set.reshape(len(parts), len(langs)) @ langs).tolist()
    found = iter([_decide(h, k) for h, k in zip(hits, n.tolist(), strict=True)])
    return [next(found) if a else None for a in ascii_]


KEEP = np.array([(1 << 8 * k) - 1 for k in range(9)] + [0], np.uint64)  # the bytes of k letters
SLOT_BITS = 16  # for a few hundred stopwords: one of the first multipliers gives no collision
GOLDEN = 0x9E3779B97F4A7C15
EMPTY = (1 << 64) - 1  # no run of letters packs to this


@cache
def _ascii_table() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.uint64] | None:
    """Return the packed ASCII stopword hash table, language matrix, multiplier (or None)."""
    # per slot: the key and the index of its language set; None when a stopword is longer than
    # 8 letters or no multiplier tried gives each stopword its own slot
    codes, langs_of = _languages_of()
    words = [(w, langs) for w, langs in langs_of.items() if re.fullmatch("[a-z]+", w)]
    if any(len(w) > 8 for w, _ in words):
        return None
    packed = [int.from_bytes(w.encode(), "little") for w, _ in words]
    for multiplier in range(GOLDEN, GOLDEN + 1024, 2):  # the first that separates them all
        slots = [(key * multiplier) % (1 << 64) >> (64 - SLOT_BITS) for key in packed]
        if len(set(slots)) == len(slots):
            break
    else:
        return None
    sets: dict[tuple[int, ...], int] = {}
    keys = np.full(1 << SLOT_BITS, EMPTY, np.uint64)
    set_of = np.zeros(1 << SLOT_BITS, np.int64)
    for slot, key, (_, langs) in zip(slots, packed, words, strict=True):
        keys[slot], set_of[slot] = key, sets.setdefault(langs, len(sets))
    matrix = np.zeros((len(sets), len(codes)), np.int64)
    for langs, i in sets.items():
        matrix[i, list(langs)] = 1
    return keys, set_of, matrix, np.uint64(multiplier)


def _decide(hits: list[int], n: int) -> tuple[str, float]:
    """Return (language, share) from a text's stopword hits per language and n letter runs."""
    if n < MIN_WORDS:
        return "und", 0.0
    codes = _languages_of()[0]
    best = max(range(len(codes)), key=hits.__getitem__)  # the first of equals, as in file order
    share = round(hits[best] / n, 4)
    return ("und" if hits[best] / n < MIN_SHARE else codes[best]), share


def _hits(counts: Counter[str]) -> list[int]:
    """Return the stopword hits per language of a text's counted letter runs."""
    codes, langs_of = _languages_of()
    hits = [0] * len(codes)
    for word in counts.keys() & langs_of.keys():
        for i in langs_of[word]:
            hits[i] += counts[word]
    return hits


def analysed_as_english(lang: str) -> bool:
    """Return whether text in this language goes through the English analysis."""
    return lang in ANALYSED
