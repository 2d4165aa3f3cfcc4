"""Prefect wiring: write the offline report, skipped when nothing it depends on changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow, task

from presswatch.flowrun import report_fingerprint


def report_cache_key(context: Any, parameters: dict[str, Any]) -> str:
    """Return the cache key of a report: the warehouse state, the declarations and the output."""
    p = parameters
    return "report-" + report_fingerprint(
        Path(p["db"]),
        Path(p["out"]),
        since=p.get("since"),
        until=p.get("until"),
        outlet=p.get("outlet"),
    )


@task(name="write-report", cache_key_fn=report_cache_key, persist_result=True)
def report_task(
    db: str, out: str, since: str | None = None, until: str | None = None, outlet: str | None = None
) -> dict:
    """Write the chart report; return where it is and the summary text."""
    from presswatch.report import build_report, summary_text

    result = build_report(Path(db), Path(out), since=since, until=until, outlet=outlet)
    return {"index": str(result.index), "summary": summary_text(result)}


@flow(name="report", log_prints=True)
def report(
    db: str = "data/warehouse/presswatch.duckdb",
    out: str = "dashboards/build",
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
) -> dict:
    """Write the offline report of the warehouse; return its index path and summary."""
    task = report_task
    if not (Path(out) / "index.html").exists():  # the cached report was deleted: render again
        task = report_task.with_options(refresh_cache=True)
    result = task(db, out, since, until, outlet)
    # The full summary goes to the caller (`presswatch run` prints it; the pipeline stores it as an
    # artifact); the log gets one line, so a terminal shows the summary once.
    print(f"report written to {result['index']}")
    return result
