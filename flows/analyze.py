"""Prefect wiring: analyse new and stale documents in batches, locally or on a Dask cluster."""

from __future__ import annotations

import shutil
from pathlib import Path

from prefect import flow, task
from prefect.futures import as_completed

from presswatch.config import load_sources
from presswatch.db.lock import writer_lock
from presswatch.reanalyze import chunks, pending_ids, shard_root
from presswatch.shards import analyze_shard, export_batch, export_memory, load_shard, remove_shard
from presswatch.store import sync_registries


@task(name="analyze-batch")
def analyze_batch_task(
    in_path: str, out_dir: str, registries: list[str], memory: str | None = None
) -> dict:
    """Analyse one exported batch into Parquet shards; return their paths and counts."""
    return analyze_shard(in_path, out_dir, registries, memory)


@flow(name="analyze-batches")
def analyze_batches(
    db: str,
    registries: list[str],
    since: str | None,
    outlet: str | None,
    force: bool,
    batch_size: int,
    shard_dir: str | None,
) -> dict:
    """Export pending batches, analyse them on the task runner, load each result as it lands."""
    stats: dict = {"pending": 0, "analyzed": 0, "quotes": 0, "rejected": 0, "batches": 0}
    stats["workers"] = []
    with writer_lock(db, command="prefect flow analyze"):
        ids = pending_ids(Path(db), since, outlet, force)
        stats["pending"] = len(ids)
        if not ids:
            return stats
        sync_registries(Path(db), registries)  # the actors that speakers resolve to
        work = shard_root(Path(db), shard_dir)
        try:
            futures, inputs = [], {}
            memory = export_memory(Path(db), work)  # the outlets' recurring lines, read once
            for number, chunk in enumerate(chunks(ids, batch_size)):
                in_path = str(export_batch(Path(db), chunk, work / f"batch-{number:06d}.parquet"))
                future = analyze_batch_task.submit(in_path, str(work), registries, memory)
                futures.append(future)
                inputs[future.task_run_id] = in_path
            for future in as_completed(futures):
                result = future.result()
                stats["analyzed"] += load_shard(Path(db), result)  # one transaction per batch
                remove_shard(result, inputs[future.task_run_id])
                stats["quotes"] += result["quotes"]
                stats["rejected"] += result["rejected"]
                stats["batches"] += 1
                stats["workers"] = sorted({*stats["workers"], result["worker"]})
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return stats


@flow(name="analyze", log_prints=True)
def analyze(
    db: str = "data/warehouse/presswatch.duckdb",
    sources: str = "sources.toml",
    batch_size: int = 500,
    since: str | None = None,
    outlet: str | None = None,
    force: bool = False,
    dask_address: str | None = None,
    shard_dir: str | None = None,
) -> dict:
    """Analyse stored documents that are new or stale (all matching ones when force) in batches."""
    config = load_sources(Path(sources)) if Path(sources).is_file() else None
    registries = [str(r) for r in config.registries] if config else []
    if not pending_ids(Path(db), since, outlet, force):  # a no-op run skips the batch subflow
        print("analyze: nothing pending")
        return {
            "pending": 0,
            "analyzed": 0,
            "quotes": 0,
            "rejected": 0,
            "batches": 0,
            "workers": [],
        }
    runner_flow = analyze_batches
    if dask_address:
        from prefect_dask import DaskTaskRunner

        runner_flow = analyze_batches.with_options(task_runner=DaskTaskRunner(address=dask_address))
    stats = runner_flow(db, registries, since, outlet, force, batch_size, shard_dir)
    print(
        f"analyze: {stats['analyzed']} of {stats['pending']} pending documents in "
        f"{stats['batches']} batches, {stats['quotes']} quotes"
    )
    return stats
