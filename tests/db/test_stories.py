"""The bounded-memory story rebuild clusters exactly as `presswatch.dedup.cluster` does."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

from presswatch.db import connect
from presswatch.db.tx import registered
from presswatch.dedup import NUM_PERM, THRESHOLD, Member, cluster, signature, similar_pairs
from presswatch.sources import stories
from presswatch.sources.store import rebuild_stories
from presswatch.sources.stories import band_pairs, merge

STAMP = datetime(2026, 3, 1, 12)
WORDS = [f"word{i}" for i in range(400)]


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(80))


def _members(n: int, seed: int = 7) -> list[Member]:
    """Return documents with every case of story membership."""
    # Shared URLs, exact copies, edited copies, short texts (no signature), empty URLs, equal
    # times (doc_id breaks the tie) and chains across kinds.
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
    n = len(members)
    documents = pa.table({
        "doc_id": [m.doc_id for m in members], "origin": ["o"] * n, "source_kind": ["txt"] * n,
        "content": pa.array([b"x"] * n, pa.binary()), "outlet": ["out"] * n,
        "published_utc": pa.array([datetime.fromisoformat(m.order) for m in members],
                                  pa.timestamp("us")),
        "ingested_at": pa.array([STAMP] * n, pa.timestamp("us")),
    })  # fmt: skip
    meta = pa.table({
        "doc_id": [m.doc_id for m in members],
        "canonical_url": pa.array([m.canonical_url for m in members], pa.string()),
        "lang": ["en"] * n, "lang_share": [1.0] * n, "analysed": [True] * n, "text_hash": [""] * n,
        "minhash": pa.array([m.minhash for m in members], pa.binary()),
        "minhash_version": pa.array([2] * n, pa.int32()), "source": ["s"] * n,
    })  # fmt: skip
    with connect(db) as con, registered(con, "_d", documents), registered(con, "_m", meta):
        con.execute("insert into documents by name select * from _d")
        con.execute("insert into doc_meta by name select * from _m")


@pytest.mark.parametrize("chunk", [1, 7, stories.CHUNK])
@pytest.mark.parametrize("pair_block", [1, 7, stories.PAIR_BLOCK])
def test_rebuild_stores_the_clusters_of_the_reference_implementation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int, pair_block: int
) -> None:
    monkeypatch.setattr(stories, "CHUNK", chunk)  # signatures read across chunk edges
    monkeypatch.setattr(stories, "PAIR_BLOCK", pair_block)  # pairs compared and merged in blocks
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


def test_equal_times_start_the_story_at_the_smallest_doc_id(tmp_path: Path) -> None:
    text = _text(random.Random(11))
    order = "2026-01-01T00:00:00"
    urls = {"c": "https://a/1", "a": "https://b/2", "b": None, "d": ""}
    members = [Member(d, order, u, signature(text)) for d, u in urls.items()]  # stored c, a, b, d
    db = tmp_path / "w.duckdb"
    _store(db, members)
    assert set(cluster(members).values()) == {"a"}
    with connect(db) as con:
        assert rebuild_stories(con, STAMP) == 1
        rows = con.execute("select doc_id, story_id, story_size from story_members order by 1")
        assert rows.fetchall() == [(d, "a", 4) for d in "abcd"]


def test_merge_joins_the_sets_of_every_pair_under_their_smallest_member() -> None:
    rng = np.random.default_rng(4)
    n = 2_000
    a, b = rng.integers(0, n, 1_500), rng.integers(0, n, 1_500)
    expected = list(range(n))  # a plain union-find, one pair at a time

    def find(x: int) -> int:
        while expected[x] != x:
            x = expected[x]
        return x

    for x, y in zip(a.tolist(), b.tolist(), strict=True):
        rx, ry = find(x), find(y)
        expected[max(rx, ry)] = min(rx, ry)
    parent = np.arange(n, dtype=np.int64)
    assert merge(parent, a, b) > 1  # chains need more than one round of hooking
    assert stories._roots(parent).tolist() == [find(x) for x in range(n)]
    assert merge(parent, a, b) == 1  # every pair already joined: one round drops them all


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
