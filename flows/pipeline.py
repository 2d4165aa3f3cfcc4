"""Prefect wiring: ingest the configured sources, build the models, write the report."""

from __future__ import annotations

from pathlib import Path

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact

from presswatch.config import load_sources
from presswatch.ingest import build_warehouse, ingest_paths


@task(name="ingest", retries=2, retry_delay_seconds=[2, 10])
def ingest_task(
    paths: list[str], db: str, registries: list[str], batch_size: int, outlets: dict[str, str]
) -> dict:
    """Store and analyse the sources in batches; return the counts."""
    stats = ingest_paths([Path(p) for p in paths], Path(db), [Path(r) for r in registries],
                         batch_size, outlets)  # fmt: skip
    return {"new": stats.new, "duplicate": stats.duplicate, "quarantined": stats.quarantined,
            "quotes": stats.quotes, "reasons": stats.reasons}  # fmt: skip


@task(name="build")
def build_task(db: str) -> dict[str, int]:
    """Rebuild the model views; return offending rows per check."""
    return build_warehouse(Path(db))


@task(name="report")
def report_task(db: str, out: str) -> dict:
    """Write the chart report; return where it is and the summary text."""
    from presswatch.report import build_report, summary_text

    result = build_report(Path(db), Path(out))
    return {"index": str(result.index), "summary": summary_text(result)}


@flow(name="pipeline", log_prints=True)
def pipeline(
    sources: str = "sources.toml",
    db: str = "data/warehouse/presswatch.duckdb",
    out: str = "dashboards/build",
    batch_size: int = 500,
) -> dict:
    """Ingest the sources of the config, build and check the warehouse, write the report."""
    config = load_sources(Path(sources))
    counts = ingest_task([str(p) for p in config.paths], db, [str(r) for r in config.registries],
                         batch_size, config.outlet_names)  # fmt: skip
    checks = build_task(db)
    failed = {name: n for name, n in checks.items() if n}
    if failed:
        raise RuntimeError(f"data checks failed: {failed}")
    report = report_task(db, out)
    lines = [
        f"ingest: {counts['new']} new, {counts['duplicate']} duplicate, "
        f"{counts['quarantined']} quarantined",
        report["summary"],
    ]
    summary = "\n".join(lines)
    create_markdown_artifact(
        key="pipeline-summary",
        markdown="# presswatch pipeline\n\n```\n" + summary + "\n```\n\n"
        + "".join(f"- quarantined {r}\n" for r in counts["reasons"])
        + f"\nReport: [{report['index']}]({Path(report['index']).resolve().as_uri()})\n",
        description="Counts, failures and the report link of this run",
    )
    return {"counts": counts, "checks": checks, "report": report["index"], "summary": summary}
