"""Recluster every stored document into stories with bounded memory.

The documents stay in DuckDB: positions (earliest first), canonical-URL groups and exact-copy
groups are computed in SQL, and Python holds only integer arrays plus one signature per distinct
MinHash, read in chunks. The clusters are those of `presswatch.dedup.cluster` over the same rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import duckdb
import numpy as np

from presswatch.db.tx import registered
from presswatch.dedup import BANDS, NUM_PERM, THRESHOLD, band_keys

CHUNK = 1 << 16  # signatures read at once: 16 MB of Python bytes
PAIR_BLOCK = 1 << 18  # signature pairs compared at once: 16 MB of booleans

# position = rank by (publication or ingest time, doc_id): the earliest member starts a story
POSITIONS = """
create or replace temp table _story_pos as
select row_number() over (order by ord, doc_id) - 1 as pos, doc_id, canonical_url, minhash
from (
    select m.doc_id, m.canonical_url, m.minhash,
        strftime(coalesce(d.published_utc, d.ingested_at), '%Y-%m-%dT%H:%M:%S') as ord
    from doc_meta m join documents d using (doc_id)
)
"""
# every document to the first one with its canonical URL, or with its exact signature
URL_EDGES = """
select pos, first from (
    select pos, min(pos) over (partition by canonical_url) as first
    from _story_pos where canonical_url <> ''
) where pos <> first
"""
COPY_EDGES = """
select pos, first from (
    select pos, min(pos) over (partition by minhash) as first
    from _story_pos where octet_length(minhash) > 0
) where pos <> first
"""
DISTINCT = "select count(distinct minhash) from _story_pos where octet_length(minhash) > 0"
REPRESENTATIVES = """
select min(pos) as pos, minhash from _story_pos where octet_length(minhash) > 0
group by minhash order by pos
"""
STORE = """
insert into story_members by name
select p.doc_id, r.doc_id as story_id, count(*) over (partition by s.root)::integer as story_size,
    $stamp::timestamp as clustered_at
from _roots s join _story_pos p on p.pos = s.pos join _story_pos r on r.pos = s.root
order by s.pos
"""


def store_stories(con: duckdb.DuckDBPyConnection, stamp: datetime) -> int:
    """Return the number of stories after replacing story_members (in the caller's transaction)."""
    con.execute(POSITIONS)  # a temp table: gone with the transaction if anything fails
    (n,) = con.execute("select count(*) from _story_pos").fetchone()  # type: ignore[misc]
    parent = np.arange(n, dtype=np.int64)
    for sql in (URL_EDGES, COPY_EDGES):
        edges = con.execute(sql).fetchnumpy()
        merge(parent, edges["first"].astype(np.int64), edges["pos"].astype(np.int64))
    reps, matrix = _representatives(con)
    pending: list[np.ndarray] = []
    held = 0
    for pairs in band_pairs(reps, matrix):
        pending.append(pairs)
        held += len(pairs)
        if held >= PAIR_BLOCK:  # merge in batches: one numpy pass per batch, not per bucket
            _merge_all(parent, pending)
            pending, held = [], 0
    _merge_all(parent, pending)
    del matrix
    roots = _roots(parent)
    table = {"pos": np.arange(n, dtype=np.int64), "root": roots}  # DuckDB scans numpy columns
    con.execute("delete from story_members")
    with registered(con, "_roots", table):
        con.execute(STORE, {"stamp": stamp})
    con.execute("drop table _story_pos")
    return len(np.unique(roots))


def _merge_all(parent: np.ndarray, blocks: list[np.ndarray]) -> None:
    """Join the sets of every pair in blocks (a list of (k x 2) position arrays)."""
    if blocks:
        pairs = np.concatenate(blocks)
        merge(parent, pairs[:, 0], pairs[:, 1])


def _representatives(con: duckdb.DuckDBPyConnection) -> tuple[np.ndarray, np.ndarray]:
    """Return first positions of the distinct signatures and their (n x NUM_PERM) uint32 matrix."""
    (n,) = con.execute(DISTINCT).fetchone()  # type: ignore[misc]
    positions, matrix = np.empty(n, np.int64), np.empty((n, NUM_PERM), np.uint32)
    result, done = con.execute(REPRESENTATIVES), 0
    while rows := result.fetchmany(CHUNK):
        positions[done : done + len(rows)] = [r[0] for r in rows]
        block = np.frombuffer(b"".join(r[1] for r in rows), np.uint32)
        matrix[done : done + len(rows)] = block.reshape(len(rows), NUM_PERM)
        done += len(rows)
    return positions, matrix


def band_pairs(
    reps: np.ndarray, sigs: np.ndarray, threshold: float = THRESHOLD
) -> Iterator[np.ndarray]:
    """Yield (k x 2) position pairs of similar distinct signatures, one compared block at a time."""
    for band in range(BANDS):
        key = band_keys(sigs, band)
        order = np.argsort(key, kind="stable")
        bounds = np.concatenate(([0], np.flatnonzero(np.diff(key[order])) + 1, [len(order)]))
        del key
        shared = np.flatnonzero(np.diff(bounds) > 1)  # buckets with two or more signatures
        for start, stop in zip(bounds[shared].tolist(), bounds[shared + 1].tolist(), strict=True):
            yield from _similar_in(order[start:stop], reps, sigs, threshold)


def _similar_in(
    group: np.ndarray, reps: np.ndarray, sigs: np.ndarray, threshold: float
) -> Iterator[np.ndarray]:
    """Yield per block of rows the position pairs of one bucket agreeing on >= threshold."""
    need = threshold * NUM_PERM  # mean >= threshold, counted exactly
    block = max(1, PAIR_BLOCK // len(group))
    for first in range(0, len(group) - 1, block):
        rows = group[first : first + block]
        cols = group[first + 1 :]
        agree = np.count_nonzero(sigs[rows][:, None, :] == sigs[cols][None, :, :], axis=2)
        # row i of the block is group[first + i]; column j is group[first + 1 + j]: keep j >= i
        i, j = np.nonzero((agree >= need) & np.triu(np.ones(agree.shape, bool)))
        if len(i):
            yield np.stack((reps[rows[i]], reps[cols[j]]), axis=1)


def merge(parent: np.ndarray, a: np.ndarray, b: np.ndarray) -> int:
    """Return the rounds taken to join the sets of a[i] and b[i] in a union-find forest."""
    # Every parent is at most its node, so a root is the smallest position of its set. A round drops
    # the pairs already in one set and hooks each larger root under its smallest partner.
    rounds = 0
    while len(a):
        ra, rb = _find(parent, a), _find(parent, b)
        parent[a], parent[b] = ra, rb  # path compression of the looked-up nodes
        apart = ra != rb
        a, b = np.minimum(ra[apart], rb[apart]), np.maximum(ra[apart], rb[apart])
        np.minimum.at(parent, b, a)  # b is a root: it hangs under the smallest a paired with it
        rounds += 1
    return rounds


def _find(parent: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Return the root of every node in x."""
    roots = parent[x]
    while True:
        up = parent[roots]
        if np.array_equal(up, roots):
            return roots
        roots = up


def _roots(parent: np.ndarray) -> np.ndarray:
    """Return every position's root (the smallest position of its set)."""
    roots = parent.copy()
    while True:  # pointer jumping: every root is its own parent
        nxt = roots[roots]
        if np.array_equal(nxt, roots):
            return roots
        roots = nxt
