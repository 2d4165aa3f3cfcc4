"""The words fingerprints are made of, and the distinct-shingle test run before MinHash."""

from __future__ import annotations

import re

import numpy as np

WORD = re.compile(r"[^\W_]+")
U32 = np.uint64(32)
# ASCII punctuation and whitespace to spaces; with SEPARATORS (common non-ASCII marks, none a
# letter or digit) gone, most texts are ASCII and split without the regex, ≈ 2x faster
ASCII_SEPARATORS = str.maketrans({chr(i): " " for i in range(128) if not chr(i).isalnum()})
SEPARATORS = "\u201c\u201d\u2018\u2019\u2014\u2013\u2026\u00a0\u00ab\u00bb"
# ASCII bytes: letters and digits lower-cased, the rest spaces (ASCII_SEPARATORS after lower())
LOWER_SEPARATORS = bytes(
    (ord(chr(i).lower()) if chr(i).isalnum() else 32) if i < 128 else i for i in range(256)
)
SPACES = re.compile(b"  +")


def words_of(text: str) -> list[str]:
    """Return the lower-cased words (letter and digit runs) that fingerprints are made of."""
    low = text.lower()
    if not low.isascii():
        for mark in SEPARATORS:
            low = low.replace(mark, " ")
        if not low.isascii():
            return WORD.findall(low)
    return low.translate(ASCII_SEPARATORS).split()


def joined_words(text: str) -> bytes:
    """Return the UTF-8 bytes of a text's `words_of` joined by single spaces."""
    marked = text
    if not marked.isascii():  # as in words_of (lower() never makes or unmakes a SEPARATOR)
        for mark in SEPARATORS:
            marked = marked.replace(mark, " ")
        if not marked.isascii():
            return " ".join(words_of(text)).encode("utf-8", "surrogatepass")
    # as bytes, runs of spaces made one: no object per word, ≈ 2x faster
    return SPACES.sub(b" ", marked.encode("ascii").translate(LOWER_SEPARATORS)).strip(b" ")


def enough_distinct(
    values: np.ndarray, counts: np.ndarray, ends: np.ndarray, least: int, sample: int
) -> np.ndarray:
    """Return which documents have at least `least` distinct shingle hashes (a boolean array)."""
    # counted in each document's first `sample` values (most texts pass there), and in all of
    # them only where those fall short
    found = np.zeros(len(counts), bool)
    docs = np.flatnonzero(counts >= least)
    if not len(docs):
        return found
    taken = np.minimum(counts[docs], sample)
    offsets = np.arange(taken.sum()) - np.repeat(np.cumsum(taken) - taken, taken)
    index = np.repeat(ends[docs] - counts[docs], taken) + offsets
    keys = np.sort((np.repeat(docs, taken).astype(np.uint64) << U32) | values[index])
    first = np.concatenate(([True], keys[1:] != keys[:-1]))
    distinct = np.bincount((keys[first] >> U32).astype(np.int64), minlength=len(counts))
    found[docs] = distinct[docs] >= least
    for doc in docs[~found[docs] & (counts[docs] > sample)]:  # rare: a text of repeated phrases
        found[doc] = len(np.unique(values[ends[doc] - counts[doc] : ends[doc]])) >= least
    return found
