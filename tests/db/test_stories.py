"""The bounded-memory story rebuild clusters exactly as `presswatch.dedup.cluster` does."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from presswatch.db import connect
from presswatch.dedup import NUM_PERM, THRESHOLD, Member, cluster, signature, similar_pairs
from presswatch.sources import stories
from presswatch.sources.store import rebuild_stories
from presswatch.sources.stories import band_pairs

STAMP = datetime(2026, 3, 1, 12)
WORDS = [f"word{i}" for i in range(400)]


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(80))


def _members(n: int, seed: int = 7) -> list[Member]:
    """Return documents with every case: shared URLs, exact copies, edited copies, short texts
    (no signature), empty URLs, equal times (doc_id breaks the tie) and chains across kinds."""
    rng = random.Random(seed)
    base = datetime(2026, 1, 1)
    texts: list[str] = []
    members = []
    for i in range(n):
        roll = rng.random()
        if texts and roll < 0.15:
            text = rng.choice(texts)  # an exact copy
        elif texts and roll < 0.3:
            words = rng.choice(texts).split()
            words[rng.randrange(len(words))] = "edited"
            text = " ".join(words)  # a near-duplicate
        elif roll < 0.38:
            text = "too short"
        else:
            text = _text(rng)
        texts.append(text)
        url = rng.choice(["", None, f"https://ex.com/{rng.randrange(n // 3)}", f"https://u/{i}"])
        order = (base + timedelta(hours=rng.randrange(n // 2))).strftime("%Y-%m-%dT%H:%M:%S")
        members.append(Member(f"{rng.getrandbits(64):016x}", order, url, signature(text)))
    return members


def _store(db: Path, members: list[Member]) -> None:
    with connect(db) as con:
        for m in members:
            con.execute(
                "insert into documents (doc_id, origin, source_kind, content, outlet, "
                "published_utc, ingested_at) values ($id, 'o', 'txt', 'x'::blob, 'out', $t, $i)",
                {"id": m.doc_id, "t": datetime.fromisoformat(m.order), "i": STAMP},
            )
            con.execute(
                "insert into doc_meta (doc_id, canonical_url, lang, lang_share, analysed, "
                "text_hash, minhash, minhash_version, source) "
                "values ($id, $u, 'en', 1.0, true, '', $m, 2, 's')",
                {"id": m.doc_id, "u": m.canonical_url, "m": m.minhash},
            )


def test_rebuild_stores_the_clusters_of_the_reference_implementation(tmp_path: Path) -> None:
    members = _members(600)
    db = tmp_path / "w.duckdb"
    _store(db, members)
    expected = cluster(members)
    sizes = {s: list(expected.values()).count(s) for s in set(expected.values())}
    assert len(sizes) < len(members) - 100  # the corpus really has stories of several members
    with connect(db) as con:
        assert rebuild_stories(con, STAMP) == len(sizes)
        rows = con.execute("select doc_id, story_id, story_size, clustered_at from story_members")
        got = {d: (s, n, t) for d, s, n, t in rows.fetchall()}
        assert got == {d: (s, sizes[s], STAMP) for d, s in expected.items()}
        assert rebuild_stories(con, STAMP) == len(sizes)  # idempotent
        assert con.execute("select count(*) from story_members").fetchone() == (len(members),)
        tables = "select count(*) from duckdb_tables() where table_name = '_story_pos'"
        assert con.execute(tables).fetchone() == (0,)


def test_rebuild_of_an_empty_warehouse_stores_nothing(tmp_path: Path) -> None:
    with connect(tmp_path / "w.duckdb") as con:
        assert rebuild_stories(con, STAMP) == 0
        assert con.execute("select count(*) from story_members").fetchone() == (0,)


def test_band_pairs_find_near_copies_by_position() -> None:
    rng = random.Random(3)
    a, b = _text(rng), _text(rng)
    sigs = [signature(t) for t in (a, b, a + " and one more line", b.upper() + " x")]
    matrix = np.frombuffer(b"".join(s for s in sigs if s), np.uint32).reshape(-1, NUM_PERM)
    found = {tuple(p) for band in band_pairs(np.array([10, 20, 30, 40]), matrix) for p in band}
    assert sorted(found) == [(10, 30), (20, 40)]


def test_band_pairs_in_small_blocks_equal_the_reference_pairs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(5)
    shared = _text(rng)  # boilerplate in every text: buckets of many signatures
    texts = [shared + " " + " ".join(rng.choice(WORDS) for _ in range(rng.randrange(5, 120)))
             for _ in range(150)]  # fmt: skip
    sigs = list(dict.fromkeys(s for s in map(signature, texts) if s))  # distinct, as stored reps
    matrix = np.frombuffer(b"".join(sigs), np.uint32).reshape(-1, NUM_PERM)
    positions = np.arange(len(sigs)) * 3 + 1
    expected = {(int(positions[a]), int(positions[b])) for a, b in similar_pairs(sigs, THRESHOLD)}
    assert 50 < len(expected) < len(sigs) * (len(sigs) - 1) // 2  # big buckets, some rejected
    for block in (1, 7, 1 << 18):
        monkeypatch.setattr(stories, "PAIR_BLOCK", block)
        found = {tuple(p) for band in band_pairs(positions, matrix) for p in band.tolist()}
        assert found == expected
