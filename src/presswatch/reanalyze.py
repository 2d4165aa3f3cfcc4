"""Analyse stored documents that have no analysis yet or an old analyzer version, in batches."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from presswatch.analyze import ANALYZER_VERSION
from presswatch.db import connect
from presswatch.db.lock import writer_lock


@dataclass
class AnalyzeStats:
    """Counts of one analysis run."""

    pending: int = 0
    analyzed: int = 0
    quotes: int = 0
    rejected: int = 0
    batches: int = 0


def pending_ids(
    db: Path,
    since: date | str | None = None,
    outlet: str | None = None,
    force: bool = False,
) -> list[str]:
    """Return the ids of stored documents to analyse: unanalysed or stale, or all when forced."""
    if not Path(db).exists():
        return []
    since_day = date.fromisoformat(since) if isinstance(since, str) else since
    with connect(db, read_only=True) as con:
        rows = con.execute(
            "select d.doc_id from documents d left join articles a using (doc_id) "
            "left join doc_meta m using (doc_id) "  # other languages are stored, not analysed
            "where coalesce(m.analysed, true) "
            "and ($force or a.doc_id is null or a.analyzer_version <> $version) "
            "and ($since is null or cast(d.published_utc as date) >= $since) "
            "and ($outlet is null or d.outlet = $outlet) "
            "order by d.doc_id",
            {"force": force, "version": ANALYZER_VERSION, "since": since_day, "outlet": outlet},
        ).fetchall()
    return [row[0] for row in rows]


def chunks(items: Sequence[str], size: int) -> list[list[str]]:
    """Return consecutive slices of at most size items."""
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def shard_root(db: Path, shard_dir: Path | str | None = None) -> Path:
    """Return the folder for a run's Parquet shards: shard_dir, else beside the warehouse."""
    base = Path(shard_dir) if shard_dir else Path(db).with_name(Path(db).name + ".shards")
    base.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="run-", dir=base))


def reanalyze(
    db: Path,
    registries: Sequence[Path | str] = (),
    since: date | str | None = None,
    outlet: str | None = None,
    force: bool = False,
    batch_size: int = 500,
    shard_dir: Path | None = None,
) -> AnalyzeStats:
    """Analyse pending documents batch by batch in this process; return the counts."""
    from presswatch.shards import analyze_shard, export_batch, export_memory, load_shard
    from presswatch.store import sync_registries

    stats = AnalyzeStats()
    with writer_lock(db):
        ids = pending_ids(db, since, outlet, force)
        if ids:  # speakers resolve against these actors: the warehouse must know them all
            sync_registries(db, registries)
        stats.pending = len(ids)
        if not ids:
            return stats
        work = shard_root(db, shard_dir)
        try:
            memory = export_memory(db, work)  # read before any batch is stored again
            regs = [str(r) for r in registries]
            for number, chunk in enumerate(chunks(ids, batch_size)):
                in_path = export_batch(db, chunk, work / f"batch-{number:06d}.parquet")
                result = analyze_shard(str(in_path), str(work), regs, memory)
                stats.analyzed += load_shard(db, result)
                stats.quotes += result["quotes"]
                stats.rejected += result["rejected"]
                stats.batches += 1
        finally:
            shutil.rmtree(work, ignore_errors=True)
        if stats.analyzed:  # the materialised models show the new analysis
            from presswatch.db.models import build_models

            with connect(db) as con:
                build_models(con)
    return stats
