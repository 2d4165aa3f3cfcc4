"""Median wall time of `presswatch sql "select 1"` in a fresh process (target: under 0.3 s).

Usage: .venv/bin/python benchmarks/bench_sql_start.py [--runs N] [--db PATH]
Without --db it times against a fresh empty warehouse in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 0.3


FLOOR = (
    "import duckdb, sys; duckdb.connect(sys.argv[1], read_only=True).execute('select 1').fetchall()"
)


def time_runs(command: list[str], runs: int, cpu: list[float] | None = None) -> list[float]:
    """Return the wall time in seconds of each run; append each run's CPU seconds to cpu."""
    times = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if cpu is not None:
            cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return times


def main() -> int:
    """Print the median, min and max start-up time; exit 1 when the median misses the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            import duckdb

            db = Path(tmp) / "empty.duckdb"
            duckdb.connect(str(db)).close()
        exe = shutil.which("presswatch", path=str(Path(sys.executable).parent)) or "presswatch"
        command = [exe, "sql", "select 1", "--db", str(db)]
        time_runs(command, 1)  # warm the file cache
        cpu: list[float] = []
        times = time_runs(command, args.runs, cpu)
        # the same query from a bare `python -c "import duckdb ..."`: what the machine allows
        floor = statistics.median(time_runs([sys.executable, "-c", FLOOR, str(db)], args.runs))
    median = statistics.median(times)
    verdict = "ok" if median < TARGET_S else "MISSED"
    print(
        f"presswatch sql start-up over {args.runs} runs: median {median * 1000:.0f} ms "
        f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}); "
        f"target < {TARGET_S * 1000:.0f} ms: {verdict}; bare duckdb in python: "
        f"{floor * 1000:.0f} ms; CPU per run {statistics.median(cpu) * 1000:.0f} ms; "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    return 0 if median < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
