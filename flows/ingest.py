"""Prefect wiring: store the new documents of the configured sources (and analyse them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.tasks import exponential_backoff

from presswatch.config import load_sources
from presswatch.db.lock import writer_lock
from presswatch.flowrun import is_network_error, load_flow_module
from presswatch.sources.urls import as_url
from presswatch.store import store_paths, sync_registries


def retry_on_network(task: Any, task_run: Any, state: Any) -> bool:
    """Retry a failed task run only when it failed on network I/O."""
    try:
        state.result()
    except Exception as exc:
        return is_network_error(exc)
    return False


@task(
    name="store-source",
    retries=3,
    retry_delay_seconds=exponential_backoff(backoff_factor=2),
    retry_condition_fn=retry_on_network,
)
def store_source(
    source: str,
    db: str,
    batch_size: int,
    outlets: dict[str, str],
    registries: list[str],
    http: dict | None = None,
) -> dict:
    """Store one source's (path or URL) new documents batch by batch; return the counts."""
    item = as_url(source) or Path(source)
    stats = store_paths([item], Path(db), batch_size, outlets, registries, http)
    return {
        "source": source,
        "new": stats.new,
        "duplicate": stats.duplicate,
        "quarantined": stats.quarantined,
        "reasons": stats.reasons,
    }


@task(name="sync-registry")
def sync_registry_task(db: str, registries: list[str]) -> int:
    """Write the actor registries to the warehouse; return the actor count."""
    return sync_registries(Path(db), registries)


def ingest_markdown(counts: list[dict], analysis: dict | None) -> str:
    """Return the markdown artifact of an ingest run: counts per source and the rejects."""
    lines = [
        "# presswatch ingest",
        "",
        "| source | new | duplicate | quarantined |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {c['source']} | {c['new']} | {c['duplicate']} | {c['quarantined']} |" for c in counts
    ]
    if analysis:
        lines += [
            "",
            f"analysed: {analysis['analyzed']} documents in {analysis['batches']} batches, "
            f"{analysis['quotes']} quotes, {analysis['rejected']} rejected",
        ]
    reasons = [r for c in counts for r in c["reasons"]]
    lines += ["", "## Failures", ""] + ([f"- quarantined {r}" for r in reasons] or ["none"])
    return "\n".join(lines) + "\n"


@flow(name="ingest", log_prints=True)
def ingest(
    sources: str = "sources.toml",
    db: str = "data/warehouse/presswatch.duckdb",
    batch_size: int = 500,
    analyze: bool = True,
    dask_address: str | None = None,
    lock_timeout: float | None = None,
) -> dict:
    """Store the new documents of the configured sources, then analyse them unless told not to."""
    config = load_sources(Path(sources))
    registries = [str(r) for r in config.registries]
    analysis = None
    with writer_lock(db, lock_timeout, command=f"prefect flow ingest ({sources})"):
        sync_registry_task(db, registries)
        counts = [
            store_source(str(p), db, batch_size, config.outlet_names, registries, config.http)
            for p in config.paths
        ]
        if analyze:
            analyze_flow = load_flow_module("analyze", Path(__file__).parent).analyze
            analysis = analyze_flow(
                db=db, sources=sources, batch_size=batch_size, dask_address=dask_address
            )
            if sum(c["new"] for c in counts) or analysis.get("analyzed"):  # rebuild the models
                build_flow = load_flow_module("build", Path(__file__).parent).build
                build_flow(db=db, fail_on_checks=False)
    create_markdown_artifact(
        key="ingest-summary",
        markdown=ingest_markdown(counts, analysis),
        description="Counts and failures of this ingest run",
    )
    total = {k: sum(c[k] for c in counts) for k in ("new", "duplicate", "quarantined")}
    print(
        f"ingest: {total['new']} new, {total['duplicate']} duplicate, "
        f"{total['quarantined']} quarantined"
    )
    return {**total, "reasons": [r for c in counts for r in c["reasons"]], "analysis": analysis}
