"""Near-duplicates and wire copy: MinHash signatures over word shingles, clustered into stories."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

SHINGLE_WORDS = 5
NUM_PERM = 64
SEED = 1
SCHEME = "affine32"  # datasketch >= 2.0: hash values are uint32
THRESHOLD = (
    0.5  # estimated Jaccard similarity of 5-word shingles above which two texts are one story
)
MIN_SHINGLES = 8  # shorter texts are only matched exactly (by canonical URL)
WORD = re.compile(r"[^\W_]+")
HEAD, TAIL = 400, 600


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
    return hashlib.sha256(" ".join(WORD.findall(text.lower())).encode()).hexdigest()


def signature(text: str) -> bytes | None:
    """Return the MinHash signature of a text as bytes, or None when it has too few shingles."""
    from datasketch import MinHash

    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    minhash.update_batch(grams)
    return np.asarray(minhash.hashvalues, dtype=np.uint32).tobytes()


@cache
def _permutations() -> object:
    """Return the MinHash permutations of SEED (generating them costs ~1 ms per signature)."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def similarity(a: bytes, b: bytes) -> float:
    """Return the Jaccard similarity two signatures estimate."""
    return float(np.mean(np.frombuffer(a, np.uint32) == np.frombuffer(b, np.uint32)))


@cache
def wire_patterns() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Return (agency, head|tail, pattern) from data/wire_taglines.tsv."""
    path = Path(__file__).parent / "sources" / "data" / "wire_taglines.tsv"
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            agency, where, pattern = line.split("\t", 2)
            rows.append((agency, where, re.compile(pattern, re.S)))
    return tuple(rows)


def wire_agency(text: str) -> str | None:
    """Return the news agency whose tagline or credit line the text carries, or None."""
    head, tail = text[:HEAD], text[-TAIL:].rstrip()
    for agency, where, pattern in wire_patterns():
        if pattern.search(head if where == "head" else tail):
            return agency
    return None


def cluster(members: Sequence[Member], threshold: float = THRESHOLD) -> dict[str, str]:
    """Return doc_id -> story_id: same canonical URL or similar text joins a story.

    A story's id is the doc_id of its earliest member.
    """
    from datasketch import LeanMinHash, MinHashLSH

    ordered = sorted(members, key=lambda m: (m.order, m.doc_id))
    parent = {m.doc_id: m.doc_id for m in ordered}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb, key=rank.__getitem__)] = min(ra, rb, key=rank.__getitem__)

    rank = {m.doc_id: i for i, m in enumerate(ordered)}
    by_url: dict[str, str] = {}
    for m in ordered:
        if m.canonical_url:
            union(by_url.setdefault(m.canonical_url, m.doc_id), m.doc_id)
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    signatures = {m.doc_id: m.minhash for m in ordered if m.minhash}
    for doc_id, sig in signatures.items():
        lean = LeanMinHash(seed=SEED, hashvalues=np.frombuffer(sig, np.uint32), scheme=SCHEME)
        for other in lsh.query(lean):
            if similarity(sig, signatures[other]) >= threshold:
                union(other, doc_id)
        lsh.insert(doc_id, lean)
    return {m.doc_id: find(m.doc_id) for m in ordered}
