"""Open the warehouse with retries on DuckDB's file lock, applying migrations on write."""

from __future__ import annotations

import contextlib
import os
import random
import time
from pathlib import Path

import duckdb

from presswatch.db.tx import SCAN_NAME, transaction
from presswatch.resources import sql_dir

LOCK_MARKERS = ("Could not set lock", "Conflicting lock")
# A writer caps DuckDB's memory (it spills to <db>.tmp beyond it): rebuilding the fct_ tables of a
# 1M-article warehouse otherwise takes ~15 GB; PRESSWATCH_DB_MEMORY_LIMIT overrides ("" = no cap).
# 1.5 GB, not 1: at 1M articles a check joining 3.5M-row aggregates ran a 1 GB pool out of memory
# now and then (it cannot spill); the build runs after the analysis workers have exited, and the
# ingest session caps itself lower (presswatch.writer).
WRITER_MEMORY_LIMIT = "1.5GB"


class WarehouseBusy(RuntimeError):
    """The warehouse file stayed locked by another process for the whole timeout."""


def knock_path(path: Path | str) -> Path:
    """Return the path of the knock file a blocked opener touches."""
    # A writer that keeps the warehouse open between batches (`presswatch.writer.Session`) sees it
    # and lets the waiting reader in.
    path = Path(path)
    return path.with_name(path.name + ".wait")


def knock(path: Path | str) -> None:
    """Touch the warehouse's knock file (a read-only folder cannot be knocked on: never fatal)."""
    with contextlib.suppress(OSError):
        knock_path(path).touch()


def connect(
    path: Path | str, read_only: bool = False, timeout_s: float = 10.0, **config: object
) -> duckdb.DuckDBPyConnection:
    """Return a connection to the warehouse at path; a writable one has all migrations applied."""
    path = Path(path)
    if read_only and not path.exists():
        raise FileNotFoundError(
            f"no warehouse at {path}: run `presswatch ingest` or `make run` first"
        )
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
        limit = os.environ.get("PRESSWATCH_DB_MEMORY_LIMIT", WRITER_MEMORY_LIMIT)
        if limit:
            config.setdefault("memory_limit", limit)
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only, config=dict(config))
            break
        except duckdb.IOException as exc:
            if not any(m in str(exc) for m in LOCK_MARKERS) or time.monotonic() > deadline:
                if any(m in str(exc) for m in LOCK_MARKERS):
                    raise WarehouseBusy(f"{path} is locked by another process: {exc}") from exc
                raise
            knock(path)
            time.sleep(random.uniform(0.02, 0.12))
    if not read_only:
        migrate(con)
        _check_scan_name(con, path)
    return con


def _check_scan_name(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Raise when the warehouse holds a table or view named SCAN_NAME (it would shadow batches)."""
    sql = "select count(*) from information_schema.tables where table_name = $n"
    if con.execute(sql, {"n": SCAN_NAME}).fetchall()[0][0]:  # fetchall: a finished result
        con.close()
        raise ValueError(
            f"{path}: a table or view named {SCAN_NAME} would take the place of the batches the "
            "writer reads under that name; rename or drop it"
        )


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply the numbered DDL files in sql/schema/ not yet applied; return their names."""
    con.execute(
        "create table if not exists schema_migrations "
        "(version integer primary key, name varchar not null, applied_at timestamp not null)"
    )
    done = {row[0] for row in con.execute("select version from schema_migrations").fetchall()}
    applied = []
    for file in sorted((sql_dir() / "schema").glob("*.sql")):
        version = int(file.name.split("_", 1)[0])
        if version in done:
            continue
        with transaction(con):
            con.execute(file.read_text(encoding="utf-8"))
            con.execute(
                "insert into schema_migrations values ($v, $n, now()::timestamp)",
                {"v": version, "n": file.stem},
            )
        applied.append(file.stem)
    return applied
