"""Prefect wiring: rebuild the model views and run the data checks."""

from __future__ import annotations

from pathlib import Path

from prefect import flow, task

from presswatch.ingest import build_warehouse


@task(name="build-models")
def build_task(db: str) -> dict[str, int]:
    """Rebuild the model views; return offending rows per check."""
    return build_warehouse(Path(db))


@flow(name="build", log_prints=True)
def build(db: str = "data/warehouse/presswatch.duckdb", fail_on_checks: bool = True) -> dict:
    """Rebuild the models and run the checks; fail when a check finds offending rows."""
    checks = build_task(db)
    failed = {name: n for name, n in checks.items() if n}
    if failed and fail_on_checks:
        raise RuntimeError(f"data checks failed: {failed}")
    print(f"build: {len(checks)} checks, {len(failed)} failed")
    return checks
