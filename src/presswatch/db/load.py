"""Batched writes: analysis results become Arrow tables inserted in one transaction per batch."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from presswatch.analyze import ANALYZER_VERSION, Analysis
from presswatch.db.tx import registered, scan
from presswatch.records import TopicResult, block_group
from presswatch.sources.base import Rejected, content_hash
from presswatch.sources.decode import scrub

ANALYSIS_TABLES = ("blocks", "quotes", "topic_scores")


def now() -> datetime:
    """Return the current UTC time, naive, as stored in the warehouse."""
    return datetime.now(UTC).replace(tzinfo=None)


# ASCII whitespace as str.split() sees it to a space, every other byte to an x
SPLIT_MARKS = bytes(32 if chr(i).isspace() else 120 for i in range(128)) + b"x" * 128


def split_count(text: str) -> int:
    """Return len(text.split()): for ASCII text, the starts of non-space runs, ≈ 3x faster."""
    if not text.isascii():
        return len(text.split())
    marked = text.encode("ascii").translate(SPLIT_MARKS)
    return marked.count(b" x") + marked.startswith(b"x")


def document_rows(analyses: Sequence[Analysis], ingested_at: datetime) -> list[dict[str, Any]]:
    """Return documents rows for the analysed articles."""
    return [
        {
            "doc_id": a.article.doc.doc_id,
            "origin": scrub(a.article.doc.origin),  # a file name may hold undecodable bytes
            "source_kind": a.article.doc.source_kind,
            "content": a.article.doc.content,
            "encoding": a.article.encoding,
            "outlet": a.article.outlet,
            "url": a.article.url,
            "title": a.article.title,
            "published_utc": a.article.published,
            "ingested_at": ingested_at,
        }
        for a in analyses
    ]


def analysis_rows(
    analyses: Sequence[Analysis], topics: Sequence[TopicResult], actor_ids: dict[str, str]
) -> dict[str, list[dict[str, Any]]]:
    """Return rows for articles, blocks, quotes and topic_scores (topics in unit order)."""
    stamp, version = now(), ANALYZER_VERSION
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in ("articles", *ANALYSIS_TABLES)}
    topic_iter = iter(topics)
    for a in analyses:
        doc_id, text = a.article.doc.doc_id, a.article.text
        rows["articles"].append(
            {
                "doc_id": doc_id,
                "text": text,
                "title": a.article.title,
                "n_chars": len(text),
                "n_words": len(text.split()),
                "analyzer_version": version,
                "analyzed_at": stamp,
            }
        )
        for no, b in enumerate(a.blocks):
            rows["blocks"].append(
                {"doc_id": doc_id, "block_no": no, "start_char": b.start, "end_char": b.end,
                 "kind": b.kind, "content_group": b.group, "provider": b.provider,
                 "analyzer_version": version}
            )  # fmt: skip
        for no, q in enumerate(a.quotes):
            rows["quotes"].append(
                {"doc_id": doc_id, "quote_no": no, "start_char": q.start, "end_char": q.end,
                 "text": q.text, "kind": q.kind, "speaker": q.speaker,
                 "speaker_surface": q.speaker_surface,
                 "actor_id": actor_ids.get(q.speaker) if q.speaker else None,
                 "cue": q.cue, "stance": q.stance, "paragraph": q.paragraph,
                 "prominence": q.prominence, "words": len(q.text.split()),
                 "confidence": q.confidence, "analyzer_version": version}
            )  # fmt: skip
        for unit in a.units:
            result = next(topic_iter)
            for topic, prob in result.scores.items():
                rows["topic_scores"].append(
                    {"doc_id": doc_id, "unit_no": unit.unit_no, "content_group": unit.group,
                     "block_no": unit.block_no, "n_chars": unit.n_chars, "label": result.label,
                     "topic": topic, "prob": float(prob), "analyzer_version": version}
                )  # fmt: skip
    return rows


def analysis_tables(
    analyses: Sequence[Analysis], topics: Sequence[TopicResult], actor_ids: dict[str, str]
) -> dict[str, pa.Table]:
    """Return Arrow tables for articles, blocks, quotes and topic_scores, built by column."""
    version = ANALYZER_VERSION
    ids = [a.article.doc.doc_id for a in analyses]
    texts = [a.article.text for a in analyses]
    doc_ids = pa.array(ids, pa.string())
    out = {"articles": pa.table({
        "doc_id": doc_ids, "text": pa.array(texts, pa.string()),
        "title": pa.array([a.article.title for a in analyses], pa.string()),
        "n_chars": pa.array([len(t) for t in texts], pa.int64()),
        "n_words": pa.array([split_count(t) for t in texts], pa.int64()),
        "analyzer_version": pa.array([version] * len(ids), pa.string()),
        "analyzed_at": pa.array([now()] * len(ids), pa.timestamp("us")),
    })}  # fmt: skip
    block_docs, block_nos = _numbered([len(a.blocks) for a in analyses])
    blocks = [b for a in analyses for b in a.blocks]
    kinds = [b.kind for b in blocks]
    groups = {kind: block_group(kind) for kind in set(kinds)}
    out["blocks"] = pa.table({
        "doc_id": doc_ids.take(block_docs), "block_no": block_nos,
        "start_char": pa.array([b.start for b in blocks], pa.int64()),
        "end_char": pa.array([b.end for b in blocks], pa.int64()),
        "kind": pa.array(kinds, pa.string()),
        "content_group": pa.array([groups[k] for k in kinds], pa.string()),
        "provider": pa.array([b.provider for b in blocks], pa.string()),
        "analyzer_version": pa.array([version] * len(blocks), pa.string()),
    })  # fmt: skip
    out["quotes"] = _quote_table(doc_ids, analyses, actor_ids)
    out["topic_scores"] = _topic_table(ids, analyses, topics)
    return out


def _numbered(counts: list[int]) -> tuple[pa.Array, pa.Array]:
    """Return the owner's index and the 0-based number of every item, given items per owner."""
    sizes = np.array(counts, np.int64)
    firsts = np.repeat(np.cumsum(sizes) - sizes, sizes)
    return pa.array(np.repeat(np.arange(len(sizes)), sizes)), pa.array(
        np.arange(len(firsts), dtype=np.int64) - firsts
    )


def _quote_table(
    doc_ids: pa.Array, analyses: Sequence[Analysis], actor_ids: dict[str, str]
) -> pa.Table:
    """Return the quotes table of the analyses (doc_ids: theirs, in order)."""
    quote_docs, quote_nos = _numbered([len(a.quotes) for a in analyses])
    qs = [q for a in analyses for q in a.quotes]
    texts = [q.text for q in qs]
    return pa.table({
        "doc_id": doc_ids.take(quote_docs), "quote_no": quote_nos,
        "start_char": pa.array([q.start for q in qs], pa.int64()),
        "end_char": pa.array([q.end for q in qs], pa.int64()),
        "text": pa.array(texts, pa.string()), "kind": pa.array([q.kind for q in qs], pa.string()),
        "speaker": pa.array([q.speaker for q in qs], pa.string()),
        "speaker_surface": pa.array([q.speaker_surface for q in qs], pa.string()),
        "actor_id": pa.array([actor_ids.get(q.speaker) if q.speaker else None for q in qs],
                             pa.string()),
        "cue": pa.array([q.cue for q in qs], pa.string()),
        "stance": pa.array([q.stance for q in qs], pa.string()),
        "paragraph": pa.array([q.paragraph for q in qs], pa.int64()),
        "prominence": pa.array([q.prominence for q in qs], pa.string()),
        "words": pa.array([split_count(t) for t in texts], pa.int64()),
        "confidence": pa.array([q.confidence for q in qs], pa.float64()),
        "analyzer_version": pa.array([ANALYZER_VERSION] * len(qs), pa.string()),
    })  # fmt: skip


def _topic_table(
    ids: Sequence[str], analyses: Sequence[Analysis], topics: Sequence[TopicResult]
) -> pa.Table:
    """Return topic_scores: every unit's row repeated once per topic (units in topic order)."""
    units = [(doc_id, u) for doc_id, a in zip(ids, analyses, strict=True) for u in a.units]
    if len(units) != len(topics):
        raise ValueError(f"{len(units)} topic units but {len(topics)} topic results")
    sizes = np.fromiter((len(t.scores) for t in topics), np.int64, len(topics))
    take = pa.array(np.repeat(np.arange(len(units)), sizes))
    per_unit = pa.table({
        "doc_id": pa.array([d for d, _ in units], pa.string()),
        "unit_no": pa.array([u.unit_no for _, u in units], pa.int64()),
        "content_group": pa.array([u.group for _, u in units], pa.string()),
        "block_no": pa.array([u.block_no for _, u in units], pa.int64()),
        "n_chars": pa.array([u.n_chars for _, u in units], pa.int64()),
        "label": pa.array([t.label for t in topics], pa.string()),
    }).take(take)  # fmt: skip
    names = [name for t in topics for name in t.scores]
    probs = np.fromiter((p for t in topics for p in t.scores.values()), np.float64, len(names))
    return (
        per_unit.append_column("topic", pa.array(names, pa.string()))
        .append_column("prob", pa.array(probs))
        .append_column("analyzer_version", pa.array([ANALYZER_VERSION] * len(names), pa.string()))
    )


def quarantine_rows(rejected: Sequence[Rejected], at: datetime) -> list[dict[str, Any]]:
    """Return quarantine rows for rejected inputs."""
    return [
        {
            "origin": scrub(r.origin),
            "reason": r.reason,
            "detail": scrub(r.detail[:2000]),
            "content_hash": content_hash(r.content) if r.content is not None else "",
            "content": r.content,
            "quarantined_at": at,
        }
        for r in rejected
    ]


def insert(
    con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]] | pa.Table
) -> int:
    """Insert rows (dicts or an Arrow table) into a table by column name; return the row count."""
    batch = rows if isinstance(rows, pa.Table) else pa.Table.from_pylist(rows)
    if not batch.num_rows:
        return 0
    # table: a constant of the callers, never input
    scan(con, f"insert into {table} by name select * from _presswatch_arrow", batch)
    return batch.num_rows


def delete_analysis(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> None:
    """Delete the articles row and every analysis row of the given documents."""
    with registered(con, "_docs", pa.table({"doc_id": pa.array(doc_ids, pa.string())})):
        for table in (*ANALYSIS_TABLES, "articles"):
            con.execute(f"delete from {table} where doc_id in (select doc_id from _docs)")


def replace_analysis(
    con: duckdb.DuckDBPyConnection, rows: dict[str, list[dict[str, Any]]] | dict[str, pa.Table]
) -> None:
    """Delete the previous analysis rows of the batch's documents, then insert the new ones."""
    articles = rows["articles"]
    if isinstance(articles, pa.Table):
        delete_analysis(con, articles.column("doc_id").to_pylist())
    else:
        delete_analysis(con, [r["doc_id"] for r in articles])
    for table in ("articles", *ANALYSIS_TABLES):
        insert(con, table, rows[table])


def insert_quarantine(
    con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]] | pa.Table
) -> None:
    """Insert quarantine rows not stored yet: once per origin, content hash and reason."""
    batch = rows if isinstance(rows, pa.Table) else pa.Table.from_pylist(rows)
    if not batch.num_rows:
        return
    with registered(con, "_rejected", batch):
        con.execute(
            "insert into quarantine by name select distinct on (origin, content_hash, reason) * "
            "from _rejected anti join quarantine using (origin, content_hash, reason)"
        )
