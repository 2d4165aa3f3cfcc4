"""The writer's side of an ingest batch: sort out what is new, then store a prepared batch in one
transaction (the CPU work in between is `presswatch.prepare`, here or in a worker process)."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pyarrow as pa

from presswatch.db import connect, transaction
from presswatch.db.load import ANALYSIS_TABLES, insert, now
from presswatch.db.tx import existing_ids
from presswatch.prepare import Prepared, prepare_batch
from presswatch.sources import FetchRecord, RawDocument, Rejected
from presswatch.sources.store import SourceBatch, store_sources, stored_url_duplicates

if TYPE_CHECKING:
    from presswatch.actors import Registry
    from presswatch.ingest import IngestStats

log = logging.getLogger("presswatch.ingest")  # where ingest has always logged rejects


@dataclass
class Split:
    """One batch of input items sorted out: new documents, duplicates, rejects and fetches."""

    docs: list[RawDocument]  # every document of the batch, duplicates included
    fresh: list[RawDocument]  # neither stored nor in flight nor earlier in the batch
    rejected: list[Rejected]
    fetches: list[FetchRecord]
    duplicate: int


def split_batch(
    items: Sequence[RawDocument | Rejected | FetchRecord], db: Path, pending: set[str] | None = None
) -> Split:
    """Return the batch sorted out; pending holds ids of documents in flight (not stored yet)."""
    docs = [d for d in items if isinstance(d, RawDocument)]
    rejected = [r for r in items if isinstance(r, Rejected)]
    fetches = [f for f in items if isinstance(f, FetchRecord)]
    with connect(db) as con:
        known = existing_ids(con, [d.doc_id for d in docs]) | (pending or set())
    fresh: dict[str, RawDocument] = {}
    duplicate = 0
    for doc in docs:
        if doc.doc_id in known or doc.doc_id in fresh:
            duplicate += 1
        else:
            fresh[doc.doc_id] = doc
    return Split(docs, list(fresh.values()), rejected, fetches, duplicate)


def store_prepared(
    split: Split,
    prepared: Prepared,
    db: Path,
    registry: Registry,
    outlet_names: Mapping[str, str] | None = None,
    analyze: bool = True,
) -> IngestStats:
    """Store a prepared batch with its source rows and rejects in one transaction; return counts.

    Articles whose canonical URL is already stored with the same text are dropped: when there are
    any (rare), the batch is prepared again without them, exactly as if they were never new.
    """
    from presswatch.ingest import IngestStats

    with connect(db) as con:
        stale = stored_url_duplicates(con, prepared.url_keys)
        if stale:
            prepared = prepare_batch(split.fresh, registry, outlet_names, analyze, frozenset(stale))
        rejected = [*split.rejected, *prepared.rejected]
        stamp = now()
        tables = prepared.tables
        documents = tables["documents"]
        documents = documents.append_column(
            "ingested_at", pa.array([stamp] * documents.num_rows, pa.timestamp("us"))
        )
        with transaction(con):
            _store(con, split, prepared, documents, rejected, stamp, analyze)
    stats = IngestStats(
        new=documents.num_rows,
        duplicate=split.duplicate + prepared.url_duplicates + len(stale),
        quarantined=len(rejected),
        quotes=prepared.quotes,
        other_language=prepared.foreign,
        reasons=[f"{r.origin}: {r.reason} ({r.detail})" for r in rejected],
    )
    for line in stats.reasons:
        log.info("quarantined %s", line)
    return stats


def _store(
    con: duckdb.DuckDBPyConnection,
    split: Split,
    prepared: Prepared,
    documents: pa.Table,
    rejected: list[Rejected],
    stamp: datetime,
    analyze: bool,
) -> None:
    """Insert a prepared batch's rows (inside the caller's transaction)."""
    from presswatch.ingest import quarantine, upsert_actors

    insert(con, "documents", documents)
    if analyze:
        # the documents are new in this transaction, so no earlier analysis row can exist: a plain
        # insert (deleting first scanned the whole analysis tables on every batch)
        for table in ("articles", *ANALYSIS_TABLES):
            insert(con, table, prepared.tables[table])
        upsert_actors(con, prepared.actors)
    quarantine(con, rejected)
    meta = prepared.tables["doc_meta"]
    batch = SourceBatch(split.docs, (), (), rejected, split.fetches, meta=meta)
    store_sources(con, batch, stamp, documents=False)
