"""What a writer session already stored, as 64-bit DuckDB hashes held in memory.

The writer asks two questions of every batch: which document ids are stored, and which
(canonical URL, text hash) pairs. Asked of the tables, each scans a whole column (DuckDB uses no
index for a join against a batch's ids), so the cost grew with the warehouse. `Known` loads the
hashes of both once per run, after the writer's first `KNOWN_AFTER` batches (8 bytes a row: 16 MB
at 1M articles, and a transient ≈ 150 MB while DuckDB scans the columns), and adds every stored
batch's; only a batch's candidates (hash hits: the real duplicates) are then looked up in the
tables, so a batch of new articles never reads them. A hash set can only answer "maybe": never
"no" wrongly.
"""

from __future__ import annotations

from collections.abc import Sequence

import duckdb
import numpy as np
import pyarrow as pa

from presswatch.db.tx import scan

DOC_IDS = "select hash(doc_id) as k from documents"
URL_PAIRS = (
    "select hash(canonical_url, text_hash) as k from doc_meta where canonical_url is not null"
)
BATCH_IDS = "select hash(doc_id) as k from _presswatch_arrow"
BATCH_PAIRS = "select hash(canonical_url, text_hash) as k from _presswatch_arrow"


class HashSet:
    """A set of uint64 values kept as sorted runs, each at most half the size of the one before."""

    def __init__(self) -> None:
        self._runs: list[np.ndarray] = []

    def __len__(self) -> int:
        return sum(len(r) for r in self._runs)

    def add(self, values: np.ndarray) -> None:
        """Add values (merging runs like a binary counter: each value is copied O(log n) times)."""
        if not len(values):
            return
        self._runs.append(np.unique(values))
        while len(self._runs) > 1 and len(self._runs[-2]) <= 2 * len(self._runs[-1]):
            last = self._runs.pop()
            self._runs[-1] = np.union1d(self._runs[-1], last)

    def contains(self, values: np.ndarray) -> np.ndarray:
        """Return a boolean array: which values are in the set."""
        hit = np.zeros(len(values), bool)
        for run in self._runs:
            pos = np.minimum(np.searchsorted(run, values), len(run) - 1)
            hit |= run[pos] == values
        return hit


def hashes(
    con: duckdb.DuckDBPyConnection, sql: str, columns: dict[str, Sequence[str | None]]
) -> np.ndarray:
    """Return the hashes sql (BATCH_IDS or BATCH_PAIRS) gives the rows of varchar columns."""
    table = pa.table({k: pa.array(v, pa.string()) for k, v in columns.items()})
    if not table.num_rows:
        return np.zeros(0, np.uint64)
    return scan(con, sql, table).fetchnumpy()["k"]


class Known:
    """Hashes of the stored document ids and (canonical URL, text hash) pairs of a warehouse."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.doc_ids, self.url_pairs = HashSet(), HashSet()
        self.doc_ids.add(con.execute(DOC_IDS).fetchnumpy()["k"])
        self.url_pairs.add(con.execute(URL_PAIRS).fetchnumpy()["k"])

    def maybe_stored(self, con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> list[str]:
        """Return the ids that may be stored (all stored ones, rarely a few more)."""
        hit = self.doc_ids.contains(hashes(con, BATCH_IDS, {"doc_id": doc_ids}))
        return [d for d, h in zip(doc_ids, hit, strict=True) if h]

    def maybe_stored_urls(
        self, con: duckdb.DuckDBPyConnection, keys: dict[str, tuple[str, str]]
    ) -> dict[str, tuple[str, str]]:
        """Return the entries of doc_id -> (canonical URL, text hash) that may be stored."""
        urls, texts = [u for u, _ in keys.values()], [h for _, h in keys.values()]
        pairs = {"canonical_url": urls, "text_hash": texts}
        hit = self.url_pairs.contains(hashes(con, BATCH_PAIRS, pairs))
        return {d: k for (d, k), h in zip(keys.items(), hit, strict=True) if h}

    def stored(self, con: duckdb.DuckDBPyConnection, documents: pa.Table, meta: pa.Table) -> None:
        """Add a committed batch: its documents rows and doc_meta rows."""
        if documents.num_rows:
            ids = documents.column("doc_id").to_pylist()
            self.doc_ids.add(hashes(con, BATCH_IDS, {"doc_id": ids}))
        if meta.num_rows:
            urls, texts = (meta.column(c).to_pylist() for c in ("canonical_url", "text_hash"))
            pairs = [(u, t) for u, t in zip(urls, texts, strict=True) if u]
            columns = {"canonical_url": [u for u, _ in pairs], "text_hash": [t for _, t in pairs]}
            self.url_pairs.add(hashes(con, BATCH_PAIRS, columns))
