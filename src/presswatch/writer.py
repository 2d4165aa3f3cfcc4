"""The writer's side of an ingest batch: sort out what is new, then store a prepared batch in one
transaction (the CPU work in between is `presswatch.prepare`, here or in a worker process).

One `Session` connection serves every batch of a run. Closing a DuckDB file checkpoints it, and
the next open reloads catalog and indexes: doing both per batch was a quarter of the writer's time
at 225k articles. The session still lets readers in: a reader that finds the file locked touches
`<db>.wait` (`presswatch.db.connect.knock`), and the session closes (and so checkpoints) at once
while the writer waits for or prepares a batch (`Session.idle`), or else right after the current
batch, and reopens when it next needs the file. It also closes once it has stored HOLD_ARTICLES
articles or was held HOLD_S seconds, which bounds the write-ahead log held in memory.
(Counting articles keeps the number of checkpoints from growing with a loaded machine's wall time;
HOLD_S bounds the wait of a reader that does not knock. The bulk tables carry no primary keys: a
key's index pages stay pinned once a commit touches them, and with random document ids one
500-article commit pinned ≈ 890 MB of a 1M-article warehouse, sql/schema/006.) The session loads
`Known` only after KNOWN_AFTER batches (before that, cheaper for a short run, it asks the tables).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pyarrow as pa

from presswatch.db import connect, transaction
from presswatch.db.connect import knock_path
from presswatch.db.load import ANALYSIS_TABLES, insert, now
from presswatch.db.tx import existing_ids
from presswatch.known import Known
from presswatch.prepare import Prepared, prepare_batch
from presswatch.settings import writer_threads
from presswatch.sources import FetchRecord, RawDocument, Rejected
from presswatch.sources.store import SourceBatch, store_sources, stored_url_duplicates

if TYPE_CHECKING:
    from presswatch.actors import Registry
    from presswatch.ingest import IngestStats
    from presswatch.segment import OutletMemory

log = logging.getLogger("presswatch.ingest")  # where ingest has always logged rejects

HOLD_S = float(os.environ.get("PRESSWATCH_WRITER_HOLD_S", 30.0))
HOLD_ARTICLES = int(os.environ.get("PRESSWATCH_WRITER_HOLD_ARTICLES", 10_000))
# DuckDB checkpoints at every commit once the log passes 16 MB (two batches): each checkpoint
# rewrites the partly filled last row group of every table. The session checkpoints when it closes.
# (A setting, not connection config: a same-process connection with other config would clash.)
RAISE_CHECKPOINT = "set checkpoint_threshold = '1GB'"
# Without key indexes the session only appends and checkpoints, so it caps DuckDB lower than the
# model build does (1.5 GB, db.connect): 30k articles into a 1M warehouse peaked at 584 MB
# instead of 958 (at a 1 GB cap) for the writer, with no more CPU.
# PRESSWATCH_WRITER_FULL_MEMORY=1 keeps the connect() cap.
# (DuckDB applies it to the whole instance: a same-process connection opened while the session
# is open shares it; the build opens its own after the session has closed.)
SESSION_MEMORY = "set memory_limit = '512MB'"
# One DuckDB thread: the writer's statements are small appends and the workers keep both cores
# busy, so more threads mostly spin. 10k articles with 2 workers: writer 3.77/3.75 CPU-s with
# DuckDB's default threads, 3.33/3.40 with one, the same wall time (PRESSWATCH_WRITER_THREADS
# overrides, read when the session opens; the setting, like the memory cap, is the instance's
# while the session is open)
GRACE_S = 0.25  # after letting a reader in: readers retry every 20-120 ms
POLL_S = 0.05  # how often an idle writer looks for a knock
# Loading Known costs ≈ 2 CPU-s at 1M rows; a table lookup per 500-article batch 0.04-0.26: the
# set pays for itself after ≈ 8-50 batches, so short runs never load it.
KNOWN_AFTER = int(os.environ.get("PRESSWATCH_WRITER_KNOWN_AFTER", 8))
# A reader's query may run for minutes: the writer waits for the file instead of failing the run.
WAIT_S = float(os.environ.get("PRESSWATCH_WRITER_WAIT_S", 900.0))


class Session:
    """A writer connection kept open across batches, released when a reader knocks."""

    def __init__(
        self,
        db: Path | str,
        hold_s: float = HOLD_S,
        wait_s: float = WAIT_S,
        hold_articles: int = HOLD_ARTICLES,
        known_after: int | None = None,
    ) -> None:
        self.db, self.hold_s, self.wait_s = Path(db), hold_s, wait_s
        self.hold_articles = hold_articles
        self.held = 0  # articles stored since the connection was opened
        self.batches = 0  # batches stored in this run
        self.known_after = KNOWN_AFTER if known_after is None else known_after
        self.knock = knock_path(self.db)
        self.releases = 0  # how often the connection was closed before the end
        self._con: duckdb.DuckDBPyConnection | None = None
        self._opened = 0.0
        self._opened_ns = 0
        self._known: Known | None = None
        self.threads = writer_threads()  # a bad value fails here, before the warehouse opens

    @property
    def known(self) -> Known | None:
        """Return the hashes of what the warehouse stores once known_after batches are stored."""
        if self._known is None and self.batches >= self.known_after:
            self._known = Known(self.con)
        return self._known

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """Return the open connection, opening (and migrating) the warehouse when needed."""
        if self._con is None:
            self._con = connect(self.db, timeout_s=self.wait_s)  # knocks while a reader holds it
            self._con.execute(RAISE_CHECKPOINT)
            if os.environ.get("PRESSWATCH_WRITER_FULL_MEMORY") != "1":
                self._con.execute(SESSION_MEMORY)
            self._con.execute("set threads = $n", {"n": self.threads})
            self._opened, self._opened_ns = time.monotonic(), time.time_ns()
        return self._con

    def reader_waiting(self) -> bool:
        """Return whether a reader knocked since the connection was opened."""
        try:
            return self.knock.stat().st_mtime_ns >= self._opened_ns
        except OSError:
            return False

    def between_batches(self, stored: int = 0) -> None:
        """Count a stored batch; close the connection if a reader waits or the hold ran out."""
        # the hold: HOLD_ARTICLES articles stored or HOLD_S seconds since the connection opened
        self.batches += 1
        if self._con is None:
            return
        self.held += stored
        waiting = self.reader_waiting()
        held = self.held >= self.hold_articles or time.monotonic() - self._opened >= self.hold_s
        if waiting or held:
            self.release()
            if waiting:
                time.sleep(GRACE_S)

    @contextmanager
    def idle(self) -> Iterator[None]:
        """Run a block that leaves the connection alone while a thread releases it on a knock."""
        # the block prepares or waits for a batch; the connection reopens when next needed
        stop = threading.Event()

        def watch() -> None:
            while not stop.wait(POLL_S):
                if self._con is not None and self.reader_waiting():
                    self.release()
                    return

        watcher = threading.Thread(target=watch, name="presswatch-knock", daemon=True)
        watcher.start()
        try:
            yield
        finally:
            stop.set()
            watcher.join()

    def release(self) -> None:
        """Close the connection before the end of the run (a reader waits, or the hold ran out)."""
        self.close()
        self.releases += 1

    def close(self) -> None:
        """Close the connection if it is open."""
        if self._con is not None:
            con, self._con, self.held = self._con, None, 0
            con.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class Split:
    """One batch of input items sorted out: new documents, duplicates, rejects and fetches."""

    docs: list[RawDocument]  # every document of the batch, duplicates included
    fresh: list[RawDocument]  # neither stored nor in flight nor earlier in the batch
    rejected: list[Rejected]
    fetches: list[FetchRecord]
    duplicate: int
    stored: set[str]  # ids of the batch's documents stored before it
    in_flight: set[str]  # ids of the batch's documents then in another batch, maybe stored since


def split_batch(
    items: Sequence[RawDocument | Rejected | FetchRecord],
    con: duckdb.DuckDBPyConnection,
    pending: set[str] | None = None,
    stored: Known | None = None,
) -> Split:
    """Return the batch sorted out into new documents, duplicates, rejects and fetches."""
    # pending: ids of documents in flight (not stored yet); stored: the session's hashes, if
    # loaded (then only their hits are looked up in the table)
    docs = [d for d in items if isinstance(d, RawDocument)]
    rejected = [r for r in items if isinstance(r, Rejected)]
    fetches = [f for f in items if isinstance(f, FetchRecord)]
    ids = [d.doc_id for d in docs]
    if stored is not None and ids:
        ids = stored.maybe_stored(con, ids)
    stored_ids = existing_ids(con, ids)
    known = stored_ids | (pending or set())
    fresh: dict[str, RawDocument] = {}
    duplicate = 0
    for doc in docs:
        if doc.doc_id in known or doc.doc_id in fresh:
            duplicate += 1
        else:
            fresh[doc.doc_id] = doc
    in_flight = {d.doc_id for d in docs if d.doc_id in (pending or ())} - stored_ids
    return Split(docs, list(fresh.values()), rejected, fetches, duplicate, stored_ids, in_flight)


def store_prepared(
    split: Split,
    prepared: Prepared,
    con: duckdb.DuckDBPyConnection,
    registry: Registry,
    outlet_names: Mapping[str, str] | None = None,
    analyze: bool = True,
    stored: Known | None = None,
    memory: OutletMemory | None = None,
) -> IngestStats:
    """Store a prepared batch with its source rows and rejects in one transaction; return counts."""
    # Articles whose canonical URL is already stored with the same text are dropped: when there are
    # any (rare), the batch is prepared again without them, exactly as if they were never new. Local
    # actors are inserted here and clustered once per run (`finish_actors`). With stored (the
    # session's hashes), only the URL keys they may hold are looked up, and the batch is added.
    from presswatch.ingest import IngestStats

    keys = prepared.url_keys
    if stored is not None and keys:
        keys = stored.maybe_stored_urls(con, keys)
    stale = stored_url_duplicates(con, keys)
    if stale:
        prepared = prepare_batch(
            split.fresh, registry, outlet_names, analyze, frozenset(stale), memory
        )
    rejected = [*split.rejected, *prepared.rejected]
    stamp = now()
    documents = with_content(prepared.tables["documents"], split.fresh).append_column(
        "ingested_at", pa.array([stamp] * prepared.tables["documents"].num_rows, pa.timestamp("us"))
    )
    with transaction(con):
        _store(con, split, prepared, documents, rejected, stamp, analyze)
    if stored is not None:  # after the commit: a rolled-back batch is not stored
        stored.stored(con, documents, prepared.tables["doc_meta"])
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


def with_content(documents: pa.Table, docs: Sequence[RawDocument]) -> pa.Table:
    """Return prepared documents rows with the content column, taken from the batch's documents."""
    content = {d.doc_id: d.content for d in docs}
    column = pa.array([content[i] for i in documents.column("doc_id").to_pylist()], pa.binary())
    return documents.add_column(3, "content", column)


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
    from presswatch.ingest import insert_actors, quarantine

    insert(con, "documents", documents)
    if analyze:
        # the documents are new in this transaction, so no earlier analysis row can exist: a plain
        # insert (deleting first scanned the whole analysis tables on every batch)
        for table in ("articles", *ANALYSIS_TABLES):
            insert(con, table, prepared.tables[table])
        insert_actors(con, prepared.actors)
    quarantine(con, rejected)
    meta = prepared.tables["doc_meta"]
    batch = SourceBatch(split.docs, (), (), rejected, split.fetches, meta=meta)
    # a document that was in another batch when this one was split may be stored by now: its
    # second source's row is due (rare, so looked up only then)
    stored = split.stored | existing_ids(con, sorted(split.in_flight))
    store_sources(con, batch, stamp, stored=stored)
