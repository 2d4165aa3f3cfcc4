"""Parquet shards: a batch of stored documents goes out, its analysis rows come back to the writer.

The writer exports a batch (`export_batch`), any process analyses it (`analyze_shard`: no database
access, so it runs on a Dask worker as well as in a thread), and the writer loads the result in one
transaction (`load_shard`). A shard folder must be reachable by the writer and the workers.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from presswatch.actors import Registry
from presswatch.db import connect, registered, transaction
from presswatch.db.load import (
    ANALYSIS_TABLES,
    analysis_rows,
    delete_analysis,
    insert,
    insert_quarantine,
    now,
    quarantine_rows,
)
from presswatch.db.lock import writer_lock
from presswatch.sources.base import HTML_KINDS, RawDocument, Rejected

if TYPE_CHECKING:
    from presswatch.parse import Article
    from presswatch.segment.furniture import OutletMemory

log = logging.getLogger(__name__)

DOCUMENT_COLUMNS = ("doc_id", "origin", "source_kind", "content", "outlet", "url", "title",
                    "published_utc")  # fmt: skip
OUTPUT_TABLES = ("articles", *ANALYSIS_TABLES, "actors", "quarantine", "fingerprints")
MEMORY_FILE = "outlet_memory.json"


def export_batch(db: Path, doc_ids: Sequence[str], path: Path) -> Path:
    """Write the stored documents with the given ids to a Parquet file; return its path."""
    with (
        connect(db, read_only=True) as con,
        registered(con, "_ids", pa.table({"doc_id": list(doc_ids)})),
    ):
        # with the stored fingerprint (of a document with one doc_meta row), so that an
        # unchanged editorial text is not signed again
        table = con.sql(
            "select doc_id, d.origin, d.source_kind, d.content, d.outlet, d.url, d.title, "
            "d.published_utc, m.text_hash, m.minhash_version from documents d left join ("
            " select doc_id, any_value(text_hash) as text_hash,"
            " any_value(minhash_version) as minhash_version from doc_meta"
            " where doc_id in (select doc_id from _ids) group by doc_id having count(*) = 1"
            ") m using (doc_id) where doc_id in (select doc_id from _ids) order by doc_id"
        ).to_arrow_table()
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path)
    return path


def export_memory(db: Path, folder: Path) -> str:
    """Write the stored articles' outlet memory into a run's shard folder; return its path."""
    from presswatch.db.memory import load_outlet_memory

    with connect(db, read_only=True) as con:
        memory = load_outlet_memory(con)
    path = folder / MEMORY_FILE
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"doc_ids": sorted(memory.doc_ids), "counts": memory.counts}))
    return str(path)


@lru_cache(maxsize=2)
def _memory(path: str) -> OutletMemory:
    """Return the outlet memory of a run, read once per worker process."""
    from presswatch.segment.furniture import OutletMemory

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return OutletMemory(data["counts"], frozenset(data["doc_ids"]))


def raw_documents(table: pa.Table) -> list[RawDocument]:
    """Return raw documents rebuilt from stored document rows (content and stored metadata)."""
    docs = []
    for row in table.to_pylist():
        published = row["published_utc"]
        docs.append(
            RawDocument(
                origin=row["origin"],
                source_kind=row["source_kind"],
                content=row["content"],
                outlet=row["outlet"],
                fmt="html" if row["source_kind"] in HTML_KINDS else "txt",
                url=row["url"],
                title=row["title"],
                published=published.isoformat() if published is not None else None,
            )
        )
    return docs


@lru_cache(maxsize=4)
def _registry(registries: tuple[str, ...]) -> Registry:
    """Return the registry of the given files, loaded once per worker process."""
    from presswatch.actors import load_registry

    return load_registry([Path(r) for r in registries])


def analyze_rows(
    docs: Sequence[RawDocument],
    registries: Sequence[str] = (),
    memory: OutletMemory | None = None,
    stored: dict[str, tuple[str | None, int | None]] | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """Return the analysis rows (plus local actors and quarantine rows) of stored documents
    (stored: doc_meta's text hash and MinHash version of each, as `fingerprint_rows` takes)."""
    from presswatch.actors.speakers import resolve_speakers
    from presswatch.analyze import analyze_batch, failure_rejections
    from presswatch.parse import Article, parse

    articles, rejected = [], []
    for doc in docs:
        parsed = parse(doc)
        (articles if isinstance(parsed, Article) else rejected).append(parsed)
    failures: list = []
    analyses, topics = analyze_batch(articles, failures=failures, memory=memory)
    rejected.extend(failure_rejections(failures))
    actor_ids, local_actors = resolve_speakers(analyses, _registry(tuple(registries)))
    rows = analysis_rows(analyses, topics, actor_ids)
    rows["actors"] = local_actors
    rows["quarantine"] = quarantine_rows([r for r in rejected if isinstance(r, Rejected)], now())
    rows["fingerprints"] = fingerprint_rows([a.article for a in analyses], stored)
    return rows


def fingerprint_rows(
    articles: Sequence[Article], stored: dict[str, tuple[str | None, int | None]] | None = None
) -> list[dict[str, Any]]:
    """Return doc_meta's text hash and MinHash of each article's editorial text, as analysed now,
    leaving out those whose stored (text hash, MinHash version) are already the current ones."""
    # an HTML page's editorial text follows the analyzer's blocks: after re-analysis the stored
    # hash must too, or a later copy of the page with other ads is not known as the same text.
    # The same words hash the same and give the same signature: most texts (all flat-text ones,
    # whose editorial text is their whole text) need no new MinHash
    from presswatch.dedup import VERSION, fingerprints_joined
    from presswatch.dedup_words import joined_words
    from presswatch.sources.store import editorial_text

    stored = stored or {}
    joined = [joined_words(editorial_text(a)) for a in articles]
    changed = [
        (a, j) for a, j in zip(articles, joined, strict=True)
        if stored.get(a.doc.doc_id) != (hashlib.sha256(j).hexdigest(), VERSION)
    ]  # fmt: skip
    prints = fingerprints_joined([j for _, j in changed])
    return [
        {"doc_id": a.doc.doc_id, "text_hash": h, "minhash": m,
         "minhash_version": VERSION if m else None}
        for (a, _), (h, m) in zip(changed, prints, strict=True)
    ]  # fmt: skip


def analyze_shard(
    in_path: str, out_dir: str, registries: Sequence[str] = (), memory: str | None = None
) -> dict[str, Any]:
    """Analyse one input shard, write one Parquet file per output table; return paths and counts."""
    # memory: the run's outlet memory file (`export_memory`), read once per process
    table = pq.read_table(in_path)
    docs = raw_documents(table)
    stored = None
    if "text_hash" in table.column_names:  # a batch exported with its stored fingerprints
        ids, hashes, versions = (
            table.column(c).to_pylist() for c in ("doc_id", "text_hash", "minhash_version")
        )
        stored = {d: (h, v) for d, h, v in zip(ids, hashes, versions, strict=True)}
    rows = analyze_rows(docs, registries, _memory(memory) if memory else None, stored)
    stem = Path(in_path).stem
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths: dict[str, str] = {}
    for table in OUTPUT_TABLES:
        if rows[table]:
            target = out / f"{stem}.{table}.parquet"
            pq.write_table(pa.Table.from_pylist(rows[table]), target)
            paths[table] = str(target)
    return {
        "shard": stem,
        "doc_ids": [d.doc_id for d in docs],
        "paths": paths,
        "articles": len(rows["articles"]),
        "quotes": len(rows["quotes"]),
        "rejected": len(rows["quarantine"]),
        "worker": f"{socket.gethostname()}:{os.getpid()}",  # which process analysed it
    }


def load_shard(db: Path, result: dict[str, Any]) -> int:
    """Replace the shard's documents' analysis by its rows in one transaction; return articles."""
    from presswatch.ingest import upsert_actors

    paths = result["paths"]
    with writer_lock(db), connect(db) as con, transaction(con):
        delete_analysis(con, list(result["doc_ids"]))
        for table in ("articles", *ANALYSIS_TABLES):
            if table in paths:
                insert(con, table, pq.read_table(paths[table]))
        if "actors" in paths:  # local speakers, clustered and merged as on ingest
            upsert_actors(con, pq.read_table(paths["actors"]).to_pylist())
        if "quarantine" in paths:
            insert_quarantine(con, pq.read_table(paths["quarantine"]))
        if "fingerprints" in paths:
            with registered(con, "_prints", pq.read_table(paths["fingerprints"])):
                con.execute(
                    "update doc_meta set text_hash = p.text_hash, minhash = p.minhash, "
                    "minhash_version = p.minhash_version from _prints p "
                    "where doc_meta.doc_id = p.doc_id"
                )
    return int(result["articles"])


def remove_shard(result: dict[str, Any], in_path: str | None = None) -> None:
    """Delete the Parquet files of a loaded shard."""
    for path in [*result["paths"].values(), *([in_path] if in_path else [])]:
        Path(path).unlink(missing_ok=True)
