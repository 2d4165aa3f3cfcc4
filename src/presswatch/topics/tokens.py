"""Word splitting and subword lookup shared by training and inference (standard library + numpy)."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Sequence
from itertools import pairwise

import numpy as np

# Runs of letters, optionally joined by an apostrophe ("don't", "Britain's"); digits and
# punctuation carry little topic signal and are skipped.
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# The same words in pure-ASCII text, where a byte-range class is cheaper than the category class.
_ASCII_WORD_RE = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
# The same words found faster: every byte but letters and apostrophes becomes a space, and
# so does an apostrophe without a letter on both sides; what is left splits into the words.
_LETTERS = bytes.maketrans(
    bytes(range(128)), bytes(c if chr(c).isalpha() or c == 39 else 32 for c in range(128))
)
_LONE_APOSTROPHE = re.compile(r"'(?:(?![A-Za-z])|(?<![A-Za-z]'))")  # starts with a literal: fast
HEAD_WORDS = 32  # words kept per text for the word n-gram model (`ngram.NGRAM_WORDS`)
WORD_START = "▁"  # SentencePiece marker for a token that starts a word
_CACHE_LIMIT = 500_000
MAX_WORD = 40  # longer letter runs (blobs, run-together text) are skipped: BPE is quadratic
KNOWN_HALVES = 64  # texts of this many words or more may count known words in halves


def keep_piece(piece: str) -> bool:
    """Return True when a vocabulary piece can occur in a word (letters, ' and ▁ only)."""
    body = piece[1:] if piece.startswith(WORD_START) else piece
    return bool(body) and all(c.isalpha() or c == "'" for c in body)


def ascii_words(text: str) -> list[str]:
    """Return the words of an ASCII text, as `_ASCII_WORD_RE.findall` finds them."""
    if "'" in text:
        text = _LONE_APOSTROPHE.sub(" ", text)
    return text.encode().translate(_LETTERS).decode().split()


class Segmenter:
    """BPE segmentation of words into vocabulary pieces (SentencePiece style), cached per word."""

    # `merges` are "left right" strings in priority order, as in a Hugging Face tokenizer.json.
    # Characters that no piece covers are dropped (the original falls back to bytes).

    def __init__(self, pieces: Sequence[str], merges: Sequence[str]) -> None:
        self.index: dict[str, int] = {p: i for i, p in enumerate(pieces)}
        ranks: dict[tuple[str, str], int] = {}
        for rank, merge in enumerate(merges):
            left, _, right = merge.partition(" ")
            ranks.setdefault((left, right), rank)
        self.ranks = ranks
        # word -> its piece ids as native int32 bytes, joined per text without a Python loop
        self._cache: dict[str, bytes] = {}
        # words that are one vocabulary piece (2+ letters); bounded by the vocabulary, never cleared
        self._whole: set[str] = set()

    def _bpe(self, text: str) -> list[str]:
        """Return the BPE pieces of one marked word: merge the best-ranked pair until none."""
        parts = list(text)
        get = self.ranks.get
        missing = 1 << 30
        ranks = [get(pair, missing) for pair in pairwise(parts)]  # ranks[i]: parts[i], parts[i+1]
        while ranks:
            best_rank = min(ranks)
            if best_rank == missing:
                break
            i = ranks.index(best_rank)
            merged = parts[i] + parts[i + 1]
            parts[i : i + 2] = [merged]
            del ranks[i]  # only the two pairs around the merged piece change
            if i > 0:
                ranks[i - 1] = get((parts[i - 1], merged), missing)
            if i < len(ranks):
                ranks[i] = get((merged, parts[i + 1]), missing)
        return parts

    def _pieces(self, word: str) -> bytes:
        """Return the piece ids of one word as int32 bytes, cached (and note whole words)."""
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        if len(word) > MAX_WORD:
            return b""
        text = WORD_START + word.replace("’", "'")
        index = self.index
        if text in index:
            ids = [index[text]]
            if len(word) > 1:
                self._whole.add(word)
        else:
            ids = [index[p] for p in self._bpe(text) if p in index]
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        result = self._cache[word] = array("i", ids).tobytes()
        return result

    def word(self, word: str) -> tuple[tuple[int, ...], int]:
        """Return the piece ids of one word and 1 if it is a known whole word (2+ letters)."""
        ids = tuple(array("i", self._pieces(word)))
        whole = len(word) <= MAX_WORD and WORD_START + word.replace("’", "'") in self.index
        return ids, int(whole and len(word) > 1)

    def restore_case(self, text: str) -> str:
        """Return the text, or if it is all lower case, its words capitalised where known so."""
        # Pieces are case-sensitive: in lower-cased feeds "grant" would be the verb, not the name.
        if text.isascii():
            # an ASCII text that is not islower() has a capital or no letter: either way unchanged
            if not text.islower():
                return text
        elif text != text.lower():
            return text
        index = self.index

        def cap(m: re.Match[str]) -> str:
            word = m.group(0)
            title = word[:1].upper() + word[1:]
            return title if WORD_START + title in index else word

        return WORD_RE.sub(cap, text)

    def _text(
        self, text: str, heads: list[list[str] | None] | None = None, enough: float | None = None
    ) -> tuple[bytes, int, int]:
        """Return (piece ids as int32 bytes, word count, known whole-word count) of a text."""
        # with `heads`, the text's first HEAD_WORDS words are appended when it is ASCII (their
        # case aside, the n-gram model's words), else None
        text = self.restore_case(text)
        if text.isascii():
            words = ascii_words(text)
            if heads is not None:
                heads.append(words[:HEAD_WORDS])
        else:
            words = WORD_RE.findall(text)
            if heads is not None:
                heads.append(None)
        try:
            ids = b"".join(map(self._cache.get, words))  # TypeError on a word not cached yet
        except TypeError:
            ids = b"".join(map(self._pieces, words))
        return ids, len(words), self._known(words, enough)

    def _known(self, words: list[str], enough: float | None) -> int:
        """Return how many words are known whole words (with `enough`, see `batch`)."""
        whole = self._whole.__contains__
        if enough is None or len(words) < KNOWN_HALVES:
            return sum(map(whole, words))
        half = len(words) // 2
        known = sum(map(whole, words[:half]))
        if known > 0 and known >= enough * len(words):
            return known
        return known + sum(map(whole, words[half:]))

    def text(self, text: str) -> tuple[list[int], int, int]:
        """Return (piece ids, number of words, number of known whole words) for one text."""
        ids, n_words, n_known = self._text(text)
        return array("i", ids).tolist(), n_words, n_known

    def batch(
        self,
        texts: Iterable[str],
        heads: list[list[str] | None] | None = None,
        enough: float | None = None,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Return flat piece ids, per-text piece counts, word counts and whole-word counts."""
        # With `enough`, a text whose first half already holds `enough` x its word count of known
        # whole words (and at least one) counts only that half: the caller asks no more than that.
        parts: list[bytes] = []
        words: list[int] = []
        known: list[int] = []
        for t in texts:
            ids, n_words, n_known = self._text(t, heads, enough)
            parts.append(ids)
            words.append(n_words)
            known.append(n_known)
        size = array("i").itemsize
        return (
            np.frombuffer(b"".join(parts), dtype=np.intc).astype(np.int64),
            np.fromiter(map(len, parts), dtype=np.int64, count=len(parts)) // size,
            np.asarray(words, dtype=np.int64),
            np.asarray(known, dtype=np.int64),
        )


CHUNK = 4096  # pieces gathered at a time: the temporary rows (about 0.8 MB) stay in cache


def sum_rows(table: np.ndarray, flat: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Return the sum of `table` rows (as float32) over each text's piece ids (zeros if none)."""
    out = np.zeros((len(counts), table.shape[1]), dtype=np.float32)
    if not flat.size:
        return out
    ends = np.cumsum(counts)
    starts = ends - counts
    # split the texts into groups of about CHUNK pieces (a long text is a group of its own)
    cuts = np.unique(np.searchsorted(ends, np.arange(CHUNK, int(ends[-1]), CHUNK), side="left"))
    bounds = [0, *(int(c) + 1 for c in cuts if c + 1 < len(counts)), len(counts)]
    for lo, hi in pairwise(bounds):
        keep = np.nonzero(counts[lo:hi])[0] + lo
        if not keep.size:
            continue
        base = int(starts[lo])
        rows = np.take(table, flat[base : int(ends[hi - 1])], axis=0).astype(np.float32, copy=False)
        out[keep] = np.add.reduceat(rows, starts[keep] - base, axis=0)
    return out


def mean_rows(table: np.ndarray, flat: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Return the mean of `table` rows over each text's piece ids (zeros for texts with none)."""
    return sum_rows(table, flat, counts) / np.maximum(counts, 1)[:, None]
