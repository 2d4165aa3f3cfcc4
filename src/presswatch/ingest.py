"""Store, analyse and load inputs in batches; every batch commits atomically."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pyarrow as pa

from presswatch.actors import Registry, load_registry
from presswatch.db import build_models, connect, registered, run_checks, transaction
from presswatch.db.load import (
    insert_quarantine,
    now,
    quarantine_rows,
)
from presswatch.db.lock import writer_lock
from presswatch.db.tx import scan
from presswatch.sources import RawDocument, Rejected, iter_inputs
from presswatch.sources.store import (
    backfill_meta,
    load_http_cache,
    rebuild_stories,
)

if TYPE_CHECKING:
    from presswatch.sources.http import HttpClient
    from presswatch.writer import Split

log = logging.getLogger(__name__)


@dataclass
class IngestStats:
    """Counts of one ingest run."""

    new: int = 0
    duplicate: int = 0
    quarantined: int = 0
    quotes: int = 0
    other_language: int = 0  # stored and flagged, not analysed as English (counted in new)
    reasons: list[str] = field(default_factory=list)
    checks: dict[str, int] = field(default_factory=dict)

    def add(self, other: IngestStats) -> None:
        self.new += other.new
        self.other_language += other.other_language
        self.duplicate += other.duplicate
        self.quarantined += other.quarantined
        self.quotes += other.quotes
        self.reasons += other.reasons


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Yield lists of at most size items."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def ingest_paths(
    paths: Sequence[Path | str],
    db: Path,
    registries: Sequence[Path] = (),
    batch_size: int = 500,
    outlet_names: Mapping[str, str] | None = None,
    client: HttpClient | None = None,
    analyze: bool = True,
    workers: int | None = 1,
) -> IngestStats:
    """Store and analyse files, folders, feeds and page URLs in batches; return the counts."""
    # With workers > 1 (0 or None: one per CPU) batches are analysed in worker processes while this
    # process stores the previous ones; the stored rows are the same as with one worker.
    from presswatch.db.memory import load_outlet_memory
    from presswatch.parallel import prepared_batches, resolve_workers
    from presswatch.sources.http import HttpClient
    from presswatch.writer import Session, split_batch, store_prepared

    registry = load_registry(registries)
    stats = IngestStats()
    in_flight: set[str] = set()  # ids handed to a worker and not stored yet
    # one writer at a time (a second one waits, then fails naming us); one connection for the
    # run, closed between batches whenever a reader knocks (see presswatch.writer.Session)
    with writer_lock(db), Session(db) as session:
        sync_registry(session.con, registry)
        cache = load_http_cache(session.con)
        # read once: batches of this run learn from the articles stored before it, and their own
        memory = load_outlet_memory(session.con) if analyze else None
        with client or HttpClient() as http:
            items = iter_inputs(paths, http, cache, outlet_names)

            def splits() -> Iterator[tuple[Split, list[RawDocument]]]:
                for chunk in batched(items, batch_size):
                    split = split_batch(chunk, session.con, in_flight, session.known)
                    in_flight.update(d.doc_id for d in split.fresh)
                    yield split, split.fresh

            batches = prepared_batches(splits(), registry, registries, outlet_names, analyze,
                                       resolve_workers(workers), session.idle, memory)  # fmt: skip
            for split, prepared in batches:
                stored = store_prepared(split, prepared, session.con, registry, outlet_names,
                                        analyze, session.known, memory)  # fmt: skip
                stats.add(stored)
                in_flight.difference_update(d.doc_id for d in split.fresh)
                session.between_batches(stored.new)
        if analyze:  # once per run, not per batch: it reads every local actor and their quotes
            with transaction(session.con):
                finish_actors(session.con)
    return stats


def build_warehouse(db: Path) -> dict[str, int]:
    """Rebuild the model views and return the offending row count of every check."""
    with writer_lock(db), connect(db) as con:
        backfill_meta(con, now())  # documents stored without source metadata (store-only path)
        rebuild_stories(con, now())  # near-duplicates and wire copy across all stored documents
        build_models(con)
        return run_checks(con)


def upsert_actors(con: duckdb.DuckDBPyConnection, rows: list[dict]) -> None:
    """Insert actors not yet known (local speakers), then merge and cluster (finish_actors)."""
    if rows:
        insert_actors(con, rows)
        finish_actors(con)


def insert_actors(con: duckdb.DuckDBPyConnection, rows: list[dict]) -> None:
    """Insert the actors (local speakers) not stored yet."""
    if not rows:
        return
    sql = (
        "insert into actors by name select * from _presswatch_arrow "
        "where actor_id not in (select actor_id from actors)"
    )
    scan(con, sql, pa.Table.from_pylist(rows))


def finish_actors(con: duckdb.DuckDBPyConnection) -> None:
    """Apply the logged merges in force to new quotes and cluster local actors by name."""
    # new merges are logged in actor_merges
    from presswatch.actors.store import apply_merges, cluster_local

    apply_merges(con)
    cluster_local(con)


def sync_registry(con: duckdb.DuckDBPyConnection, registry: Registry) -> None:
    """Write the registry's actors to the actors table, replacing their previous rows."""
    rows = [
        {"actor_id": a.actor_id, "name": a.name, "kind": a.kind, "qid": a.qid,
         "aliases": list(a.aliases), "role": a.role, "affiliation": a.affiliation,
         "origin": "registry"}
        for a in registry.actors()
    ]  # fmt: skip
    if not rows:
        return
    with transaction(con), registered(con, "_registry", pa.Table.from_pylist(rows)):
        con.execute("delete from actors where actor_id in (select actor_id from _registry)")
        con.execute("insert into actors by name select * from _registry")


def quarantine(con: duckdb.DuckDBPyConnection, rejected: Sequence[Rejected]) -> None:
    """Insert rejected inputs into the quarantine, once per origin, content and reason."""
    insert_quarantine(con, quarantine_rows(rejected, now()))
