"""Near-duplicates: MinHash signatures over word shingles, clustered into stories.

Signatures are computed in bulk with numpy: every word gets a stable 64-bit hash (cached), a
shingle's hash combines its words' hashes, and each of the NUM_PERM hash functions is
`((a * h + b) mod 2**64) >> 32` (multiply-add-shift, strongly universal for 32-bit h) over a
(NUM_PERM x shingles) array. Stories are found with a banded-bucket table (BANDS x ROWS of the
signature) and every candidate pair is checked against THRESHOLD.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from presswatch.dedup_words import U32, WORD, enough_distinct, words_of

SHINGLE_WORDS = 5
NUM_PERM = 64
SEED = 1
VERSION = 2  # doc_meta.minhash_version; null marks the datasketch signatures of version 1
# estimated Jaccard similarity of 5-word shingles above which two texts are one story
THRESHOLD = 0.5
BANDS, ROWS = 14, 4  # what datasketch's MinHashLSH chose for 0.5 and 64 permutations
MIN_SHINGLES = 8  # shorter texts are only matched exactly (by canonical URL)
SAMPLE = 32  # shingles per document in which MIN_SHINGLES distinct ones are looked for first
CHUNK_SHINGLES = 1 << 13  # shingles per (NUM_PERM x shingles) block: 4 MB of uint64
POWER_SPAN = 1 << 20  # bytes of words hashed at once: two cached 8 MB tables of powers
WORD_BASE = np.uint64(0x100000001B3)  # odd, so invertible modulo 2**64
WORD_BASE_INVERSE = np.uint64(pow(int(WORD_BASE), -1, 1 << 64))
BYTE_CODES = np.where(np.arange(256) == 32, 0, np.arange(1, 257)).astype(np.uint64)


@dataclass(frozen=True)
class Member:
    """What clustering needs of one document."""

    doc_id: str
    order: str  # sorts members: the earliest (publication, then ingest time) starts the story
    canonical_url: str | None
    minhash: bytes | None  # NUM_PERM uint32 values, None for texts too short to compare


def shingles(text: str, k: int = SHINGLE_WORDS) -> list[bytes]:
    """Return the distinct k-word shingles of a text (lower-cased words), encoded."""
    words = WORD.findall(text.lower())
    if len(words) < k:
        return []
    return list({" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)})


def text_hash(text: str) -> str:
    """Return a hash of a text's words, blind to case, punctuation and whitespace."""
    words = " ".join(WORD.findall(text.lower()))
    return hashlib.sha256(words.encode("utf-8", "surrogatepass")).hexdigest()


def signature(text: str) -> bytes | None:
    """Return the MinHash signature of a text as bytes, or None when it has too few shingles."""
    return fingerprints([text])[0][1]


def fingerprints(texts: Sequence[str]) -> list[tuple[str, bytes | None]]:
    """Return (text hash, MinHash signature or None) of every text, computed in one pass."""
    return fingerprints_of([words_of(t) for t in texts])


def fingerprints_of(words: Sequence[list[str]]) -> list[tuple[str, bytes | None]]:
    """Return (text hash, MinHash signature or None) of every text given its `words_of`."""
    return fingerprints_joined([" ".join(w).encode("utf-8", "surrogatepass") for w in words])


def fingerprints_joined(joined: Sequence[bytes]) -> list[tuple[str, bytes | None]]:
    """Return (text hash, MinHash signature or None) of every text given its `joined_words`."""
    hashes = [hashlib.sha256(j).hexdigest() for j in joined]
    lengths = [j.count(b" ") + 1 if j else 0 for j in joined]
    return list(zip(hashes, _signatures(joined, lengths), strict=True))


def _seed_u64(label: str) -> int:
    return int.from_bytes(hashlib.sha256(f"presswatch-{SEED}-{label}".encode()).digest()[:8])


@cache
def _params() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return the (a, b) of every permutation and the shingle position multipliers (uint64)."""
    a = np.array([_seed_u64(f"a{p}") | 1 for p in range(NUM_PERM)], np.uint64)
    b = np.array([_seed_u64(f"b{p}") for p in range(NUM_PERM)], np.uint64)
    pos = np.array([_seed_u64(f"pos{i}") | 1 for i in range(SHINGLE_WORDS)], np.uint64)
    return a[:, None], b[:, None], pos


@cache
def _powers(n: int = POWER_SPAN) -> tuple[np.ndarray, np.ndarray]:
    """Return P**(i+1) and P**-(i+1) mod 2**64 for i < n (uint64)."""
    with np.errstate(over="ignore"):
        return (
            np.cumprod(np.full(n, WORD_BASE, np.uint64)),
            np.cumprod(np.full(n, WORD_BASE_INVERSE, np.uint64)),
        )


def _word_hashes(joined: Sequence[bytes]) -> np.ndarray:
    """Return a stable 64-bit hash of every space-separated word, in order, computed in numpy."""
    # A word's hash is its polynomial sum(c_i * P**i) mod 2**64 (c: byte + 1), mixed. Documents are
    # hashed in groups of at most POWER_SPAN bytes, so the powers are computed once.
    groups: list[list[bytes]] = [[]]
    size = 0
    for words in joined:
        if size + len(words) + 1 > POWER_SPAN and groups[-1]:
            groups.append([])
            size = 0
        groups[-1].append(words)
        size += len(words) + 1
    return np.concatenate([_group_hashes(b" ".join(group)) for group in groups])


def _group_hashes(data: bytes) -> np.ndarray:
    """Return the word hashes of one space-separated run of words (see _word_hashes)."""
    buf = np.frombuffer(data, np.uint8)
    space = buf == 32
    starts = np.flatnonzero(~space & np.concatenate(([True], space[:-1])))
    powers, inverse = _powers() if len(buf) <= POWER_SPAN else _powers.__wrapped__(len(buf))
    with np.errstate(over="ignore"):
        terms = BYTE_CODES[buf]  # one pass for the byte + 1 of a letter, 0 of a space
        terms *= powers[: len(buf)]
        sums = np.add.reduceat(terms, starts) if len(starts) else terms[:0]
        return _mix(sums * inverse[starts])


def _mix(x: np.ndarray) -> np.ndarray:
    """Return murmur3's 64-bit finaliser of x (every input bit reaches the high 32 bits)."""
    x ^= x >> np.uint64(33)
    x *= np.uint64(0xFF51AFD7ED558CCD)
    x ^= x >> np.uint64(33)
    x *= np.uint64(0xC4CEB9FE1A85EC53)
    x ^= x >> np.uint64(33)
    return x


def _signatures(joined: Sequence[bytes], lengths: Sequence[int]) -> list[bytes | None]:
    """Return the signature of every text (words joined by spaces, word counts), or None."""
    # None below MIN_SHINGLES distinct shingles
    k = SHINGLE_WORDS
    out: list[bytes | None] = [None] * len(joined)
    if sum(lengths) < k:
        return out
    hashes = _word_hashes(joined)
    doc_of = np.repeat(np.arange(len(joined), dtype=np.uint64), lengths)
    _, _, pos = _params()
    n = len(hashes) - k + 1
    with np.errstate(over="ignore"):
        combined = hashes[:n] * pos[0]
        for i in range(1, k):
            combined += hashes[i : i + n] * pos[i]
    inside = doc_of[:n] == doc_of[k - 1 :]  # a shingle never spans two documents
    docs = doc_of[:n][inside].astype(np.int64)
    if not len(docs):  # enough words in all, but no text has a whole shingle
        return out
    # shingle hashes in document order, repeats kept: a repeat never changes a minimum, so only
    # the MIN_SHINGLES test needs distinct values (sorting them all was a quarter of MinHash)
    values = _mix(combined[inside]) >> U32
    counts = np.bincount(docs, minlength=len(joined))
    ends = np.cumsum(counts)
    selected = np.flatnonzero(enough_distinct(values, counts, ends, MIN_SHINGLES, SAMPLE))
    start = 0
    while start < len(selected):
        stop = start + 1
        first = ends[selected[start]] - counts[selected[start]]
        while stop < len(selected) and ends[selected[stop]] - first <= CHUNK_SHINGLES:
            stop += 1
        docs_now = selected[start:stop]
        for doc, sig in zip(docs_now, _min_hashes(values, counts, ends, docs_now), strict=True):
            out[doc] = sig
        start = stop
    return out


def _min_hashes(
    values: np.ndarray, counts: np.ndarray, ends: np.ndarray, docs: np.ndarray
) -> list[bytes]:
    """Return the signatures of consecutive-in-values documents from their shingles."""
    a, b, _ = _params()
    parts = [values[ends[d] - counts[d] : ends[d]] for d in docs]
    block = np.concatenate(parts)
    starts = np.concatenate(([0], np.cumsum([len(p) for p in parts])[:-1]))
    permuted = np.empty((NUM_PERM, len(block)), np.uint64)
    with np.errstate(over="ignore"):
        np.multiply(a, block[None, :], out=permuted)
        np.add(permuted, b, out=permuted)
    # the shift is monotone, so it is taken after the minimum (on NUM_PERM values per document)
    mins = (np.minimum.reduceat(permuted, starts, axis=1) >> U32).T.astype(np.uint32)
    return [row.tobytes() for row in mins]


def similarity(a: bytes, b: bytes) -> float:
    """Return the Jaccard similarity two signatures estimate."""
    return float(np.mean(np.frombuffer(a, np.uint32) == np.frombuffer(b, np.uint32)))


def cluster(members: Sequence[Member], threshold: float = THRESHOLD) -> dict[str, str]:
    """Return doc_id -> story_id: same canonical URL or similar text joins a story."""
    # A story's id is the doc_id of its earliest member.
    ordered = sorted(members, key=lambda m: (m.order, m.doc_id))
    parent = list(range(len(ordered)))  # union-find over positions; the smaller root wins

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_url: dict[str, int] = {}
    for i, m in enumerate(ordered):
        if m.canonical_url:
            union(by_url.setdefault(m.canonical_url, i), i)
    for a, b in similar_pairs([m.minhash for m in ordered], threshold):
        union(a, b)
    return {m.doc_id: ordered[find(i)].doc_id for i, m in enumerate(ordered)}


def similar_pairs(signatures: Sequence[bytes | None], threshold: float) -> list[tuple[int, int]]:
    """Return index pairs (i < j) whose signatures share a band and reach the threshold."""
    # Identical signatures are paired with their first occurrence and compared once.
    index = np.array([i for i, s in enumerate(signatures) if s], np.int64)
    if len(index) < 2:
        return []
    matrix = np.frombuffer(b"".join(s for s in signatures if s), np.uint32).reshape(-1, NUM_PERM)
    _, first, inverse = np.unique(matrix, axis=0, return_index=True, return_inverse=True)
    pairs = [(int(index[first[g]]), int(i)) for i, g in zip(index, inverse.ravel(), strict=True)
             if index[first[g]] != i]  # fmt: skip
    reps, sigs = index[first], matrix[first]
    found: set[tuple[int, int]] = set()
    for band in range(BANDS):
        key = band_keys(sigs, band)
        order = np.argsort(key, kind="stable")
        bounds = np.concatenate(([0], np.flatnonzero(np.diff(key[order])) + 1, [len(order)]))
        shared = np.flatnonzero(np.diff(bounds) > 1)  # buckets with two or more signatures
        for start, stop in zip(bounds[shared].tolist(), bounds[shared + 1].tolist(), strict=True):
            group = order[start:stop]
            left, right = np.triu_indices(len(group), 1)
            a, b = group[left], group[right]
            same = (sigs[a] == sigs[b]).mean(axis=1) >= threshold
            lo, hi = (
                np.minimum(reps[a[same]], reps[b[same]]),
                np.maximum(reps[a[same]], reps[b[same]]),
            )
            found.update(zip(lo.tolist(), hi.tolist(), strict=True))
    return sorted({*pairs, *found})


def band_keys(sigs: np.ndarray, band: int) -> np.ndarray:
    """Return one uint64 bucket key per signature row for the ROWS values of one band."""
    cols = sigs[:, band * ROWS : (band + 1) * ROWS].astype(np.uint64)
    with np.errstate(over="ignore"):
        key = _mix(cols[:, 0] * np.uint64(0x9E3779B97F4A7C15) + cols[:, 1])
        return _mix(key + (cols[:, 2] << U32) + cols[:, 3])
