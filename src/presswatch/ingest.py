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
from presswatch.analyze import Analysis, analyze_batch, failure_rejections
from presswatch.db import build_models, connect, registered, run_checks, transaction
from presswatch.db.load import (
    analysis_rows,
    document_rows,
    insert,
    insert_quarantine,
    now,
    quarantine_rows,
    replace_analysis,
)
from presswatch.db.lock import writer_lock
from presswatch.db.tx import existing_ids
from presswatch.parse import Article, parse
from presswatch.sources import FetchRecord, RawDocument, Rejected, iter_inputs
from presswatch.sources.store import (
    SourceBatch,
    backfill_meta,
    drop_url_duplicates,
    load_http_cache,
    rebuild_stories,
    split_by_language,
    store_sources,
)

if TYPE_CHECKING:
    from presswatch.sources.http import HttpClient

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
) -> IngestStats:
    """Store and analyse files, folders, feeds and page URLs in batches; return the counts."""
    from presswatch.sources.http import HttpClient

    registry = load_registry(registries)
    stats = IngestStats()
    with writer_lock(db):  # one writer at a time; a second one waits, then fails naming us
        with connect(db) as con:
            sync_registry(con, registry)
            cache = load_http_cache(con)
        with client or HttpClient() as http:
            items = iter_inputs(paths, http, cache, outlet_names)
            for chunk in batched(items, batch_size):
                stats.add(ingest_batch(chunk, db, registry, outlet_names, analyze))
    return stats


def build_warehouse(db: Path) -> dict[str, int]:
    """Rebuild the model views and return the offending row count of every check."""
    with writer_lock(db), connect(db) as con:
        backfill_meta(con, now())  # documents stored without source metadata (store-only path)
        rebuild_stories(con, now())  # near-duplicates and wire copy across all stored documents
        build_models(con)
        return run_checks(con)


def ingest_batch(
    items: Sequence[RawDocument | Rejected | FetchRecord],
    db: Path,
    registry: Registry,
    outlet_names: Mapping[str, str] | None = None,
    analyze: bool = True,
) -> IngestStats:
    """Store the new documents of one batch with their analysis, and quarantine the rejects."""
    stats = IngestStats()
    docs = [d for d in items if isinstance(d, RawDocument)]
    rejected = [r for r in items if isinstance(r, Rejected)]
    fetches = [f for f in items if isinstance(f, FetchRecord)]
    with connect(db) as con:
        known = existing_ids(con, [d.doc_id for d in docs])
    fresh: dict[str, RawDocument] = {}
    for doc in docs:
        if doc.doc_id in known or doc.doc_id in fresh:
            stats.duplicate += 1
        else:
            fresh[doc.doc_id] = doc
    articles: list[Article] = []
    for doc in fresh.values():
        parsed = parse(doc, outlet_names)
        (articles if isinstance(parsed, Article) else rejected).append(parsed)  # type: ignore[arg-type]
    articles, url_duplicates = drop_url_duplicates(db, articles)
    articles, foreign, langs = split_by_language(articles)  # other languages: stored, flagged
    # analyze=False stores only; presswatch.reanalyze picks up documents without an articles row
    failures: list = []
    analyses, topics = (
        analyze_batch(articles, failures=failures)
        if analyze
        else ([Analysis(a, [], [], []) for a in articles], [])
    )
    rejected.extend(failure_rejections(failures))  # the rest of the batch goes on
    actor_ids, local_actors = resolve_speakers(analyses, registry)
    stamp = now()
    rows = analysis_rows(analyses, topics, actor_ids)
    with connect(db) as con, transaction(con):
        insert(con, "documents", document_rows(analyses, stamp))
        if analyze:
            replace_analysis(con, rows)
            upsert_actors(con, local_actors)
        quarantine(con, rejected)
        stored = [a.article for a in analyses] + foreign
        batch = SourceBatch(docs, stored, foreign, rejected, fetches, langs)
        store_sources(con, batch, stamp)
    stats.new = len(analyses) + len(foreign)
    stats.other_language = len(foreign)
    stats.duplicate += url_duplicates
    stats.quotes = len(rows["quotes"])
    stats.quarantined = len(rejected)
    stats.reasons = [f"{r.origin}: {r.reason} ({r.detail})" for r in rejected]
    for line in stats.reasons:
        log.info("quarantined %s", line)
    return stats


def resolve_speakers(
    analyses: Sequence[Analysis], registry: Registry
) -> tuple[dict[str, str], list[dict]]:
    """Return speaker name -> actor id for the batch, and rows for actors not in the registry.

    A registry actor always wins; any other speaker gets the stable local id of its name. Local
    actors are clustered across articles (and the merges logged) by upsert_actors.
    """
    from presswatch.actors.cluster import local_kind

    actor_ids: dict[str, str] = {}
    local: dict[str, dict] = {}
    for q in (q for a in analyses for q in a.quotes if q.speaker):
        resolved = registry.resolve(q.speaker)
        if resolved is None:
            continue
        actor_id, actor_name = resolved
        actor_ids[q.speaker] = actor_id
        if actor_id.startswith("local:"):
            row = local.setdefault(actor_id, {
                "actor_id": actor_id, "name": actor_name, "kind": local_kind(actor_name),
                "aliases": [], "origin": "local"})  # fmt: skip
            for form in (q.speaker, q.speaker_surface):
                if form and form not in row["aliases"] and len(form) <= 120:
                    row["aliases"].append(form)
    return actor_ids, list(local.values())


def upsert_actors(con: duckdb.DuckDBPyConnection, rows: list[dict]) -> None:
    """Insert actors not yet known (local speakers), then apply the logged merges in force and
    cluster local actors by name across articles (new merges are logged in actor_merges)."""
    from presswatch.actors.store import apply_merges, cluster_local

    if not rows:
        return
    with registered(con, "_actors", pa.Table.from_pylist(rows)):
        con.execute(
            "insert into actors by name select * from _actors "
            "where actor_id not in (select actor_id from actors)"
        )
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
