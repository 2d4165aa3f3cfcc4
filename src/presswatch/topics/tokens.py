"""Word splitting and subword lookup shared by training and inference (standard library + numpy)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

import numpy as np

# Runs of letters, optionally joined by an apostrophe ("don't", "Britain's"); digits and
# punctuation carry little topic signal and are skipped.
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
WORD_START = "▁"  # SentencePiece marker for a token that starts a word
_CACHE_LIMIT = 500_000
MAX_WORD = 40  # longer letter runs (blobs, run-together text) are skipped: BPE is quadratic


def keep_piece(piece: str) -> bool:
    """Return True when a vocabulary piece can occur in a word (letters, ' and ▁ only)."""
    body = piece[1:] if piece.startswith(WORD_START) else piece
    return bool(body) and all(c.isalpha() or c == "'" for c in body)


class Segmenter:
    """BPE segmentation of words into vocabulary pieces (SentencePiece style), cached per word.

    `merges` are "left right" strings in priority order, as in a Hugging Face tokenizer.json.
    Characters that no piece covers are dropped (the original falls back to bytes).
    """

    def __init__(self, pieces: Sequence[str], merges: Sequence[str]) -> None:
        self.index: dict[str, int] = {p: i for i, p in enumerate(pieces)}
        ranks: dict[tuple[str, str], int] = {}
        for rank, merge in enumerate(merges):
            left, _, right = merge.partition(" ")
            ranks.setdefault((left, right), rank)
        self.ranks = ranks
        self._cache: dict[str, tuple[tuple[int, ...], int]] = {}

    def _bpe(self, text: str) -> list[str]:
        """Return the BPE pieces of one marked word: merge the best-ranked pair until none."""
        parts = list(text)
        get = self.ranks.get
        missing = 1 << 30
        while len(parts) > 1:
            ranks = [get(pair, missing) for pair in pairwise(parts)]
            best_rank = min(ranks)
            if best_rank == missing:
                break
            i = ranks.index(best_rank)
            parts[i : i + 2] = [parts[i] + parts[i + 1]]
        return parts

    def word(self, word: str) -> tuple[tuple[int, ...], int]:
        """Return the piece ids of one word and 1 if it is a known whole word (2+ letters)."""
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        if len(word) > MAX_WORD:
            return (), 0
        text = WORD_START + word.replace("’", "'")
        index = self.index
        if text in index:
            result: tuple[tuple[int, ...], int] = ((index[text],), int(len(word) > 1))
        else:
            result = (tuple(index[p] for p in self._bpe(text) if p in index), 0)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[word] = result
        return result

    def text(self, text: str) -> tuple[list[int], int, int]:
        """Return (piece ids, number of words, number of known whole words) for one text."""
        ids: list[int] = []
        known = 0
        words = WORD_RE.findall(text)
        cache = self._cache
        for w in words:
            hit = cache.get(w)
            if hit is None:
                hit = self.word(w)
            ids.extend(hit[0])
            known += hit[1]
        return ids, len(words), known

    def batch(self, texts: Iterable[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Return flat piece ids, per-text piece counts, word counts and whole-word counts."""
        flat: list[int] = []
        counts: list[int] = []
        words: list[int] = []
        known: list[int] = []
        for t in texts:
            ids, n_words, n_known = self.text(t)
            flat.extend(ids)
            counts.append(len(ids))
            words.append(n_words)
            known.append(n_known)
        return (
            np.asarray(flat, dtype=np.int64),
            np.asarray(counts, dtype=np.int64),
            np.asarray(words, dtype=np.int64),
            np.asarray(known, dtype=np.int64),
        )


def mean_rows(table: np.ndarray, flat: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Return the mean of `table` rows over each text's piece ids (zeros for texts with none)."""
    out = np.zeros((len(counts), table.shape[1]), dtype=np.float32)
    nonempty = counts > 0
    if flat.size:
        starts = np.concatenate(([0], np.cumsum(counts)[:-1]))[nonempty]
        sums = np.add.reduceat(table[flat].astype(np.float32, copy=False), starts, axis=0)
        out[nonempty] = sums / counts[nonempty, None]
    return out
