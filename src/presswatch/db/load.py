"""Batched writes: analysis results become Arrow tables inserted in one transaction per batch."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import duckdb
import pyarrow as pa

from presswatch.analyze import ANALYZER_VERSION, Analysis
from presswatch.db.tx import registered
from presswatch.records import TopicResult
from presswatch.sources.base import Rejected, content_hash
from presswatch.sources.decode import scrub

ANALYSIS_TABLES = ("blocks", "quotes", "topic_scores")


def now() -> datetime:
    """Return the current UTC time, naive, as stored in the warehouse."""
    return datetime.now(UTC).replace(tzinfo=None)


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
    with registered(con, "_batch", batch):
        con.execute(f"insert into {table} by name select * from _batch")  # table: a constant
    return batch.num_rows


def delete_analysis(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> None:
    """Delete the articles row and every analysis row of the given documents."""
    with registered(con, "_docs", pa.table({"doc_id": pa.array(doc_ids, pa.string())})):
        for table in (*ANALYSIS_TABLES, "articles"):
            con.execute(f"delete from {table} where doc_id in (select doc_id from _docs)")


def replace_analysis(con: duckdb.DuckDBPyConnection, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Delete the previous analysis rows of the batch's documents, then insert the new ones."""
    delete_analysis(con, [r["doc_id"] for r in rows["articles"]])
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
