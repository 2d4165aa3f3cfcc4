"""Prefect wiring: ingest the configured sources, analyse, build and check, write the report."""

from __future__ import annotations

from pathlib import Path

from prefect import flow
from prefect.artifacts import create_markdown_artifact

from presswatch.db.lock import writer_lock
from presswatch.flowrun import load_flow_module

HERE = Path(__file__).parent


def pipeline_markdown(counts: dict, analysis: dict, checks: dict, report: dict) -> str:
    """Return the markdown artifact of a pipeline run: counts, failures and the report link."""
    failed = {name: n for name, n in checks.items() if n}
    lines = [
        "# presswatch pipeline",
        "",
        f"- ingest: {counts['new']} new, {counts['duplicate']} duplicate, "
        f"{counts['quarantined']} quarantined",
        f"- analyse: {analysis['analyzed']} documents in {analysis['batches']} batches, "
        f"{analysis['quotes']} quotes",
        f"- checks: {len(checks)} run, {len(failed)} failed",
        "",
        "```",
        report["summary"],
        "```",
        "",
        "## Failures",
        "",
    ]
    failures = [f"- check {name}: {n} rows" for name, n in failed.items()]
    failures += [f"- quarantined {r}" for r in counts["reasons"]]
    lines += failures or ["none"]
    index = Path(report["index"]).resolve()
    lines += ["", f"Report: [{index}]({index.as_uri()})"]
    return "\n".join(lines) + "\n"


@flow(name="pipeline", log_prints=True)
def pipeline(
    sources: str = "sources.toml",
    db: str = "data/warehouse/presswatch.duckdb",
    out: str = "dashboards/build",
    batch_size: int = 500,
    reanalyze: bool = False,
    since: str | None = None,
    outlet: str | None = None,
    dask_address: str | None = None,
    lock_timeout: float | None = None,
    shard_dir: str | None = None,
) -> dict:
    """Ingest the sources of the config, analyse new or stale documents, build, check, report."""
    flows = {
        name: load_flow_module(name, HERE) for name in ("ingest", "analyze", "build", "report")
    }
    with writer_lock(db, lock_timeout, command=f"prefect flow pipeline ({sources})"):
        counts = flows["ingest"].ingest(
            sources=sources, db=db, batch_size=batch_size, analyze=False
        )
        analysis = flows["analyze"].analyze(
            db=db,
            sources=sources,
            batch_size=batch_size,
            since=since,
            outlet=outlet,
            force=reanalyze,
            dask_address=dask_address,
            shard_dir=shard_dir,
        )
        checks = flows["build"].build(db=db, fail_on_checks=False)
    report = flows["report"].report(db=db, out=out)
    create_markdown_artifact(
        key="pipeline-summary",
        markdown=pipeline_markdown(counts, analysis, checks, report),
        description="Counts, failures and the report link of this run",
    )
    failed = {name: n for name, n in checks.items() if n}
    if failed:
        raise RuntimeError(f"data checks failed: {failed}")
    summary = (
        f"ingest: {counts['new']} new, {counts['duplicate']} duplicate, "
        f"{counts['quarantined']} quarantined\n" + report["summary"]
    )
    return {
        "counts": counts,
        "analysis": analysis,
        "checks": checks,
        "report": report["index"],
        "summary": summary,
    }
