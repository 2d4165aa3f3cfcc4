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
from presswatch.dedup import BANDS, NUM_PERM, ROWS, THRESHOLD, U32, _mix

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
    """Replace story_members with a fresh clustering (in the caller's transaction); return the
    number of stories."""
    import pyarrow as pa

    con.execute(POSITIONS)  # a temp table: gone with the transaction if anything fails
    (n,) = con.execute("select count(*) from _story_pos").fetchone()  # type: ignore[misc]
    parent = np.arange(n, dtype=np.int64)
    for sql in (URL_EDGES, COPY_EDGES):
        edges = con.execute(sql).fetchnumpy()
        _union(parent, edges["first"].astype(np.int64), edges["pos"].astype(np.int64))
    reps, matrix = _representatives(con)
    for pairs in band_pairs(reps, matrix):
        _union(parent, pairs[:, 0], pairs[:, 1])
    del matrix
    roots = _roots(parent)
    table = pa.table({"pos": np.arange(n, dtype=np.int64), "root": roots})
    con.execute("delete from story_members")
    with registered(con, "_roots", table):
        con.execute(STORE, {"stamp": stamp})
    con.execute("drop table _story_pos")
    return len(np.unique(roots))


def _representatives(con: duckdb.DuckDBPyConnection) -> tuple[np.ndarray, np.ndarray]:
    """Return the positions of the first document of every distinct signature and the
    (n x NUM_PERM) uint32 matrix of those signatures, read in chunks."""
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
    """Yield, band by band, (k x 2) position pairs of distinct signatures that share the band and
    estimate similarity >= threshold (the banding of `presswatch.dedup.similar_pairs`)."""
    for band in range(BANDS):
        cols = sigs[:, band * ROWS : (band + 1) * ROWS].astype(np.uint64)
        with np.errstate(over="ignore"):
            key = _mix(cols[:, 0] * np.uint64(0x9E3779B97F4A7C15) + cols[:, 1])
            key = _mix(key + (cols[:, 2] << U32) + cols[:, 3])
        del cols
        order = np.argsort(key, kind="stable")
        bounds = np.concatenate(([0], np.flatnonzero(np.diff(key[order])) + 1, [len(order)]))
        shared = np.flatnonzero(np.diff(bounds) > 1)  # buckets with two or more signatures
        found = [np.empty((0, 2), np.int64)]
        for start, stop in zip(bounds[shared].tolist(), bounds[shared + 1].tolist(), strict=True):
            found += _similar_in(order[start:stop], reps, sigs, threshold)
        yield np.concatenate(found)


def _similar_in(
    group: np.ndarray, reps: np.ndarray, sigs: np.ndarray, threshold: float
) -> list[np.ndarray]:
    """Return the position pairs of one bucket whose signatures agree on >= threshold of their
    values, comparing blocks of rows so that a bucket of thousands never holds all its pairs."""
    out = []
    need = threshold * NUM_PERM  # mean >= threshold, counted exactly
    block = max(1, PAIR_BLOCK // len(group))
    for first in range(0, len(group) - 1, block):
        rows = group[first : first + block]
        cols = group[first + 1 :]
        agree = np.count_nonzero(sigs[rows][:, None, :] == sigs[cols][None, :, :], axis=2)
        # row i of the block is group[first + i]; column j is group[first + 1 + j]: keep j >= i
        i, j = np.nonzero((agree >= need) & np.triu(np.ones(agree.shape, bool)))
        out.append(np.stack((reps[rows[i]], reps[cols[j]]), axis=1))
    return out


def _union(parent: np.ndarray, a: np.ndarray, b: np.ndarray) -> None:
    """Join the sets of a[i] and b[i] in a union-find forest whose roots are the smallest
    positions of their sets."""
    for x, y in zip(a.tolist(), b.tolist(), strict=True):
        rx, ry = _find(parent, x), _find(parent, y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)


def _find(parent: np.ndarray, x: int) -> int:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = int(parent[x])
    return x


def _roots(parent: np.ndarray) -> np.ndarray:
    """Return every position's root (the smallest position of its set)."""
    roots = parent.copy()
    while True:  # pointer jumping: every root is its own parent
        nxt = roots[roots]
        if np.array_equal(nxt, roots):
            return roots
        roots = nxt
