"""A large warehouse made inside DuckDB by replicating a really-ingested one, and query timings
(`python -m benchmarks.warehouse DB` prints the report-query timings of a warehouse as JSON).

Every table with a `doc_id` column is copied `factor` times with `doc_id || '~' || r` (r > 0), so
the row mix (blocks, quotes, topic units per article), outlets, days and actors are those of the
seed corpus. Tables are created with `create table as` (no primary-key indexes: no report query
uses them, and index upkeep would dominate the build). The replicas' raw `documents.content` and
`articles.text` are stubbed to a few bytes: no report query reads them.
"""

from __future__ import annotations

import os
import statistics
import threading
import time
from pathlib import Path

STUBBED = {("documents", "content"): "'stub'::blob", ("articles", "text"): "'stub'"}


def _quiet(con) -> None:
    con.execute("set enable_progress_bar = false")


def replicate(seed_db: Path, target: Path, factor: int) -> dict:
    """Write target as seed_db grown `factor`-fold in SQL; return row counts and seconds."""
    import duckdb

    from presswatch.db import build_models, connect
    from presswatch.db.models import materialized_names, model_names

    target.unlink(missing_ok=True)
    target.with_suffix(target.suffix + ".wal").unlink(missing_ok=True)
    started = time.perf_counter()
    con = duckdb.connect(str(target))
    _quiet(con)
    try:
        con.execute("attach $path as seed (read_only)", {"path": str(seed_db)})
        models = set(model_names())  # materialised models are rebuilt, not replicated
        tables = [
            r[0]
            for r in con.execute(
                "select table_name from duckdb_tables() where database_name = 'seed' "
                "and schema_name = 'main' order by table_name"
            ).fetchall()
            if r[0] not in models
        ]
        for table in tables:
            cols = [r[0] for r in con.execute(f'describe seed."{table}"').fetchall()]
            if "doc_id" not in cols:
                con.execute(f'create table "{table}" as select * from seed."{table}"')
                continue
            stubs = [
                f'case when r = 0 then "{c}" else {expr} end as "{c}"'
                for (t, c), expr in STUBBED.items()
                if t == table and c in cols
            ]
            replaced = ", ".join(
                ["case when r = 0 then doc_id else doc_id || '~' || r end as doc_id", *stubs]
            )
            con.execute(
                f'create table "{table}" as select * exclude (r) replace ({replaced}) '
                f'from seed."{table}", range(0, $k) as reps(r)',
                {"k": factor},
            )
        con.execute("detach seed")
        con.execute("checkpoint")
    finally:
        con.close()
    grown = time.perf_counter()
    with connect(target) as con:  # applies any migration the seed lacked, then the models
        _quiet(con)
        built, cpu = time.perf_counter(), time.process_time()
        build_models(con)  # materialised models are built after replication, like after an ingest
        build_s, build_cpu_s = time.perf_counter() - built, time.process_time() - cpu
        counts = {
            t: con.execute(f'select count(*) from "{t}"').fetchone()[0]  # type: ignore[index]
            for t in [*tables, *materialized_names()]
        }
    return {
        "seconds": round(time.perf_counter() - started, 1),
        "replicate_s": round(grown - started, 1),
        "build_s": round(build_s, 1),
        "build_cpu_s": round(build_cpu_s, 1),
        "load_avg_after_build": [round(x, 1) for x in os.getloadavg()],
        "rows": counts,
        "file_mb": round(target.stat().st_size / 2**20),
    }


def time_report_queries(
    db: Path, warm_runs: int = 5, timeout_s: float = 30.0
) -> dict[str, dict[str, float | None]]:
    """Return the cold and median warm milliseconds of every report query on db."""
    # A query still running after timeout_s is interrupted (recorded as cold_ms None); a query
    # slower than 2 s cold gets one warm run instead of warm_runs.
    import tomllib

    from presswatch.db import connect
    from presswatch.db.queries import report_names, run_report
    from presswatch.resources import dashboards_dir

    with (dashboards_dir() / "report.toml").open("rb") as f:
        params = dict(tomllib.load(f).get("params", {}))
    params.setdefault("limit", 12)
    out: dict[str, dict[str, float | None]] = {}
    con = connect(db, read_only=True)
    _quiet(con)
    try:
        for name in report_names():
            runs: list[float] = []
            rows: list = []
            while len(runs) < 1 + (warm_runs if not runs or runs[0] < 2000 else 1):
                timer = threading.Timer(timeout_s, con.interrupt)
                timer.start()
                started = time.perf_counter()
                try:
                    rows = run_report(con, name, params).fetchall()
                except Exception as exc:  # interrupted, or a query the warehouse cannot run
                    out[name] = {"cold_ms": None, "warm_median_ms": None, "error": str(exc)[:120]}
                    break
                finally:
                    timer.cancel()
                runs.append((time.perf_counter() - started) * 1000)
            else:
                out[name] = {
                    "cold_ms": round(runs[0], 1),
                    "warm_median_ms": round(statistics.median(runs[1:]), 1),
                    "rows": len(rows),
                }
    finally:
        con.close()
    return out


def main(argv: list[str] | None = None) -> None:
    """`python -m benchmarks.warehouse DB [--warm N]`: print the report-query timings as JSON."""
    import argparse
    import json
    import sys

    parser = argparse.ArgumentParser(prog="benchmarks.warehouse")
    parser.add_argument("db")
    parser.add_argument("--warm", type=int, default=5)
    args = parser.parse_args(argv)
    load = os.getloadavg()[0]
    timings = time_report_queries(Path(args.db), args.warm)
    result = {"db": args.db, "load_avg_start": load, "load_avg_end": os.getloadavg()[0],
              "queries": timings}  # fmt: skip
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
