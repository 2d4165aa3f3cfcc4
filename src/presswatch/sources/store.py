"""Warehouse rows for sources: document metadata, fetch log, HTTP cache, and the story rebuild."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from presswatch.coverage import event_rows
from presswatch.db.tx import existing_ids, registered, scan, transaction
from presswatch.dedup import VERSION, fingerprints
from presswatch.sources.base import (
    HTML_KINDS,
    FetchRecord,
    RawDocument,
    Rejected,
    Validators,
    content_hash,
)
from presswatch.sources.lang import analysed_as_english, detect_language
from presswatch.sources.urls import canonical_url, domain
from presswatch.wire import wire_agency

if TYPE_CHECKING:
    from presswatch.parse import Article


@dataclass
class SourceBatch:
    """What one ingest batch stores beyond the analysis: who saw what, how it was fetched."""

    docs: Sequence[RawDocument]  # every document of the batch, duplicates included
    articles: Sequence[Article]  # the articles stored by this batch
    foreign: Sequence[Article] = ()  # those not analysed as English (meta rows, not analysed)
    rejected: Sequence[Rejected] = ()
    fetches: Sequence[FetchRecord] = ()
    langs: dict[str, tuple[str, float]] = field(default_factory=dict)
    meta: pa.Table | None = None  # doc_meta rows of the articles, when computed elsewhere


def split_by_language(
    articles: Sequence[Article], langs: dict[str, tuple[str, float]] | None = None
) -> tuple[list[Article], list[Article], dict[str, tuple[str, float]]]:
    """Return (articles analysed as English, articles in other languages, doc_id -> language)."""
    # langs: the languages when already detected.
    if langs is None:
        langs = {a.doc.doc_id: detect_language(a.text) for a in articles}
    english = [a for a in articles if analysed_as_english(langs[a.doc.doc_id][0])]
    foreign = [a for a in articles if not analysed_as_english(langs[a.doc.doc_id][0])]
    return english, foreign, langs


def url_keys(
    articles: Sequence[Article], hashes: Sequence[str] | None = None
) -> dict[str, tuple[str, str]]:
    """Return doc_id -> (canonical URL, text hash) of the articles that have a URL."""
    if hashes is None:
        hashes = [h for h, _ in fingerprints([editorial_text(a) for a in articles])]
    keys = ((a.doc.doc_id, canonical_url(a.url), h) for a, h in zip(articles, hashes, strict=True))
    return {doc_id: (url, h) for doc_id, url, h in keys if url}


def batch_url_duplicates(keys: dict[str, tuple[str, str]]) -> set[str]:
    """Return the doc_ids whose (canonical URL, text hash) an earlier article of the batch has."""
    seen: set[tuple[str, str]] = set()
    dropped = set()
    for doc_id, key in keys.items():
        if key in seen:
            dropped.add(doc_id)
        seen.add(key)
    return dropped


def stored_url_duplicates(
    con: duckdb.DuckDBPyConnection, keys: dict[str, tuple[str, str]]
) -> set[str]:
    """Return the doc_ids whose canonical URL is already stored with the same text."""
    if not keys:
        return set()
    urls = sorted({url for url, _ in keys.values()})
    sql = (
        "select canonical_url, text_hash from doc_meta "
        "where canonical_url in (select canonical_url from _presswatch_arrow)"
    )
    stored = set(scan(con, sql, pa.table({"canonical_url": urls})).fetchall())
    return {doc_id for doc_id, key in keys.items() if key in stored}


def meta_table(
    articles: Sequence[Article],
    langs: dict[str, tuple[str, float]],
    foreign: set[str],
    prints: Sequence[tuple[str, bytes | None]] | None = None,
    keys: dict[str, tuple[str, str]] | None = None,
) -> pa.Table:
    """Return the doc_meta table of the articles (keys: their url_keys, reused for the URLs)."""
    texts = [editorial_text(a) for a in articles]
    if prints is None:
        prints = fingerprints(texts)
    docs = [a.doc for a in articles]
    # url_keys holds one entry per doc_id: a batch that repeats a document (same bytes, maybe
    # another URL; only a direct caller passes one) computes every row's URL again
    keys = keys if keys and len({d.doc_id for d in docs}) == len(docs) else {}
    found = [langs.get(a.doc.doc_id) or detect_language(a.text) for a in articles]
    hashes, minhashes = [h for h, _ in prints], [m for _, m in prints]
    columns = {
        "doc_id": [d.doc_id for d in docs],
        "canonical_url": [keys[d.doc_id][0] if d.doc_id in keys else canonical_url(a.url)
                          for a, d in zip(articles, docs, strict=True)],
        "domain": [domain(a.url) for a in articles], "author": [d.author for d in docs],
        "lang": [lang for lang, _ in found], "lang_share": [share for _, share in found],
        "analysed": [d.doc_id not in foreign for d in docs],
        "wire_agency": [wire_agency(t) for t in texts], "text_hash": hashes,
        "minhash": minhashes, "minhash_version": [VERSION if m else None for m in minhashes],
        "source": [d.source or d.origin for d in docs],
    }  # fmt: skip
    if not docs:
        return pa.Table.from_pylist([])
    # from_arrays infers the same column types as pa.Table.from_pylist of the rows did
    return pa.Table.from_arrays(list(columns.values()), list(columns))


def load_http_cache(con: duckdb.DuckDBPyConnection) -> dict[str, Validators]:
    """Return url -> the validators and body hash of its last successful fetch."""
    sql = "select url, etag, last_modified, content_hash, kind from http_cache"
    return {row[0]: Validators(*row[1:]) for row in con.execute(sql).fetchall()}


def store_sources(
    con: duckdb.DuckDBPyConnection, batch: SourceBatch, stamp: datetime, stored: set[str]
) -> None:
    """Insert the batch's source rows (its documents rows are the caller's, in one transaction)."""
    # stored: the batch's ids stored before it, as the caller found them; the meta rows are new
    # documents, so no table is scanned for them (a whole-column scan per batch: ~0.5-1.5 s at
    # 1M stored articles), and only rows of documents stored before can exist already
    from presswatch.db.load import insert

    foreign = {a.doc.doc_id for a in batch.foreign}
    meta = batch.meta
    if meta is None:
        meta = meta_table(batch.articles, batch.langs, foreign)
    insert(con, "doc_meta", meta)
    new = set(meta.column("doc_id").to_pylist()) if meta.num_rows else set()
    seen = {(d.doc_id, d.source): d for d in batch.docs if d.doc_id in new or d.doc_id in stored}
    sources = [{"doc_id": k[0], "source": k[1] or d.origin, "origin": d.origin, "first_seen": stamp}
               for k, d in seen.items()]  # fmt: skip
    insert(con, "doc_sources", [r for r in sources if r["doc_id"] not in stored])
    _insert_new(
        con, "doc_sources", [r for r in sources if r["doc_id"] in stored], ("doc_id", "source")
    )
    source_of = {d.origin: d.source for d in batch.docs}
    insert(con, "coverage_events", event_rows(batch.rejected, source_of, stamp))
    insert(con, "fetch_log", [_fetch_row(f, stamp) for f in batch.fetches])
    cache = {f.url: f for f in batch.fetches if f.outcome in ("fetched", "unchanged")}
    rows = [{"url": u, "kind": f.kind, "etag": f.etag, "last_modified": f.last_modified,
             "content_hash": f.content_hash, "status": f.status, "fetched_at": stamp}
            for u, f in cache.items()]  # fmt: skip
    if rows:
        with registered(con, "_cache", pa.Table.from_pylist(rows)):
            con.execute("insert or replace into http_cache by name select * from _cache")
    bodies = {content_hash(f.content): {"content_hash": content_hash(f.content), "url": f.url,
                                        "content": f.content, "fetched_at": stamp}
              for f in batch.fetches if f.content}  # fmt: skip
    _insert_new(con, "raw_responses", list(bodies.values()), ("content_hash",))


def backfill_meta(con: duckdb.DuckDBPyConnection, stamp: datetime, chunk: int = 500) -> int:
    """Write doc_meta/doc_sources rows for documents stored without them; return how many."""
    # Such documents came by another store path; the outlet stands in for the unknown source.
    from presswatch.parse import Article, parse

    sql = (
        "select doc_id, origin, source_kind, content, outlet, url, title, "
        "strftime(published_utc, '%Y-%m-%dT%H:%M:%S') from documents "
        "where doc_id not in (select doc_id from doc_meta) order by doc_id limit $n"
    )
    filled = 0
    while rows := con.execute(sql, {"n": chunk}).fetchall():
        docs = [RawDocument(origin=o, source_kind=k, content=c, outlet=out, url=u, title=t,
                            published=p, fmt="html" if k in HTML_KINDS else "txt", source=out)
                for _, o, k, c, out, u, t, p in rows]  # fmt: skip
        articles, meta = [], []
        for doc_id, doc in zip((r[0] for r in rows), docs, strict=True):
            parsed = parse(doc)
            if isinstance(parsed, Article) and parsed.doc.doc_id == doc_id:
                articles.append(parsed)
            else:  # unparseable now, or bytes that no longer hash to the id: mark, never analyse
                meta.append({"doc_id": doc_id, "lang": "und", "lang_share": 0.0,
                             "analysed": False, "text_hash": "", "source": doc.source})  # fmt: skip
        _, foreign, langs = split_by_language(articles)
        # the documents lack meta rows (the query above), so every meta row here is new
        stored = existing_ids(con, [d.doc_id for d in docs])
        store_sources(con, SourceBatch(docs, articles, foreign, langs=langs), stamp, stored)
        _insert_new(con, "doc_meta", meta, ("doc_id",))
        filled += len(rows)
    return filled


def resign_legacy(con: duckdb.DuckDBPyConnection, chunk: int = 500) -> int:
    """Return how many signatures of an older MinHash scheme were recomputed from the text."""
    from presswatch.parse import Article, parse

    sql = (
        "select d.doc_id, d.origin, d.source_kind, d.content, d.outlet, d.url, d.title "
        "from doc_meta m join documents d using (doc_id) where m.minhash is not null "
        "and coalesce(m.minhash_version, 1) <> $v order by d.doc_id limit $n"
    )
    done = 0
    while rows := con.execute(sql, {"v": VERSION, "n": chunk}).fetchall():
        texts = []
        for doc_id, o, k, c, out, u, t in rows:
            doc = RawDocument(origin=o, source_kind=k, content=c, outlet=out, url=u, title=t,
                              fmt="html" if k in HTML_KINDS else "txt")  # fmt: skip
            parsed = parse(doc)
            ok = isinstance(parsed, Article) and parsed.doc.doc_id == doc_id
            texts.append(editorial_text(parsed) if ok else "")  # type: ignore[arg-type]
        sigs = [sig for _, sig in fingerprints(texts)]
        table = pa.table({"doc_id": [r[0] for r in rows], "minhash": pa.array(sigs, pa.binary())})
        with registered(con, "_signed", table):
            con.execute(
                "update doc_meta set minhash = s.minhash, minhash_version = $v "
                "from _signed s where doc_meta.doc_id = s.doc_id",
                {"v": VERSION},
            )
        done += len(rows)
    return done


def rebuild_stories(con: duckdb.DuckDBPyConnection, stamp: datetime) -> int:
    """Recluster every stored document into stories; return the number of stories."""
    from presswatch.sources.stories import store_stories

    resign_legacy(con)  # signatures of an older scheme never compare with today's
    # the rows stay in DuckDB: a Python object per document took the 1M build to 4 GB
    with transaction(con):
        return store_stories(con, stamp)


def editorial_text(article: Article) -> str:
    """Return the editorial text of an HTML page (its labelled blocks), else the whole text."""
    text = article.text
    parts = [text[b.start : b.end] for b in article.blocks or () if b.group == "editorial"]
    return "\n".join(parts) or text


def _fetch_row(f: FetchRecord, stamp: datetime) -> dict[str, Any]:
    return {
        "fetched_at": stamp, "source": f.source, "url": f.url, "kind": f.kind,
        "final_url": f.final_url, "status": f.status, "outcome": f.outcome, "error": f.error,
        "etag": f.etag, "last_modified": f.last_modified, "content_hash": f.content_hash,
        "n_bytes": f.n_bytes, "elapsed_ms": round(f.elapsed_s * 1000),
    }  # fmt: skip


def _insert_new(
    con: duckdb.DuckDBPyConnection,
    table: str,
    rows: list[dict[str, Any]] | pa.Table,
    key: tuple[str, ...],
) -> None:
    batch = rows if isinstance(rows, pa.Table) else pa.Table.from_pylist(rows)
    if not batch.num_rows:
        return
    using = ", ".join(key)  # constants of this module, never input
    sql = (
        f"insert into {table} by name select distinct on ({using}) * "
        "from _presswatch_arrow "
        f"anti join {table} using ({using})"
    )
    scan(con, sql, batch)
