"""A small timing harness: CPU and wall time of a call, and peak RSS of a worker subprocess."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Timed:
    """The result of a call with its wall-clock and process CPU seconds."""

    value: Any
    wall_s: float
    cpu_s: float


def timed(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Timed:
    """Return fn's result with the wall and CPU time the call took."""
    wall, cpu = time.perf_counter(), time.process_time()
    value = fn(*args, **kwargs)
    return Timed(value, time.perf_counter() - wall, time.process_time() - cpu)


def best_of(fn: Callable[..., Any], repeat: int, *args: Any) -> Timed:
    """Return the run with the median CPU time of `repeat` calls (noisy machine: never the mean)."""
    runs = sorted((timed(fn, *args) for _ in range(repeat)), key=lambda t: t.cpu_s)
    return runs[len(runs) // 2]


@dataclass(frozen=True)
class WorkerRun:
    """A worker subprocess: its JSON result, wall and CPU seconds, peak RSS, whether it was cut."""

    result: dict
    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    timed_out: bool = False
    peak_tree_rss_mb: float = 0.0


def tree_rss_mb(root: int) -> float:
    """Return the summed RSS in MB of a process and all its descendants (from /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):  # a glob dies when a process exits between its list and stat
        if not entry.isdigit():
            continue
        try:
            fields = Path("/proc", entry, "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        parents[pid], rss[pid] = int(fields[1]), int(fields[21])
    tree, grew = {root}, True
    while grew:
        grew = False
        for pid, ppid in parents.items():
            if ppid in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return sum(rss.get(pid, 0) for pid in tree) * os.sysconf("SC_PAGE_SIZE") / 2**20


class TreeSampler(threading.Thread):
    """Sample the summed RSS of a process tree every `every_s` seconds; keep the peak."""

    def __init__(self, root: int, every_s: float = 1.0) -> None:
        super().__init__(daemon=True)
        self.root, self.every_s, self.peak_mb = root, every_s, 0.0
        self.done = threading.Event()

    def run(self) -> None:
        while True:  # one sample at once, then every every_s until done
            with contextlib.suppress(OSError):  # a /proc race must not end the sampling
                self.peak_mb = max(self.peak_mb, tree_rss_mb(self.root))
            if self.done.wait(self.every_s):
                return


def run_worker(
    args: list[str], log: Path, env: dict[str, str] | None = None, timeout_s: float | None = None
) -> WorkerRun:
    """Run `python -m benchmarks.worker ARGS`; return its JSON, CPU and peak RSS (from wait4)."""
    # After timeout_s the worker gets SIGTERM: its committed batches stay, its result is {}.
    log.parent.mkdir(parents=True, exist_ok=True)
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    started = time.perf_counter()
    with log.open("w") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.worker", *args],
            stdout=subprocess.PIPE, stderr=err, cwd=ROOT, env=full_env,
        )  # fmt: skip
        timer = threading.Timer(timeout_s, proc.terminate) if timeout_s else None
        if timer:
            timer.start()
        sampler = TreeSampler(proc.pid)
        sampler.start()
        assert proc.stdout is not None
        out = proc.stdout.read()
        sampler.done.set()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if timer:
            timer.cancel()
    wall = time.perf_counter() - started
    timed_out = proc.returncode == -signal.SIGTERM
    if proc.returncode != 0 and not timed_out:
        raise RuntimeError(f"worker {args[0]} failed ({proc.returncode}); see {log}")
    lines = out.decode().strip().splitlines()
    result = json.loads(lines[-1]) if lines and not timed_out else {}
    # ru_maxrss is in KiB on Linux; rusage covers the worker and the descendants it waited for.
    return WorkerRun(result, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
                     timed_out, round(sampler.peak_mb))  # fmt: skip


def median_wall(argv: list[str], repeat: int, env: dict[str, str] | None = None) -> float:
    """Return the median wall seconds of running a command `repeat` times."""
    full_env = {**os.environ, **(env or {})}
    walls = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, cwd=ROOT, env=full_env)
        walls.append(time.perf_counter() - started)
    return statistics.median(walls)


def run_script(path: Path, args: list[str], timeout_s: float) -> dict | None:
    """Run a standalone benchmark script that prints JSON; return its last JSON object or None."""
    if not path.is_file():
        return None
    try:
        done = subprocess.run(
            [sys.executable, str(path), *args], capture_output=True, text=True, cwd=ROOT,
            timeout=timeout_s, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout_s:.0f} s"}
    # A script may exit 1 when it misses its target: its JSON is still the result.
    try:
        whole = json.loads(done.stdout)
    except json.JSONDecodeError:
        pass
    else:
        return {**whole, "exit_code": done.returncode} if isinstance(whole, dict) else whole
    found = []
    for line in done.stdout.strip().splitlines():
        try:
            found.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    if not found:  # a script that prints a sentence: keep its last line
        tail = (done.stdout.strip().splitlines() or [done.stderr.strip()[-300:]])[-1]
        return {"output": tail, "exit_code": done.returncode}
    if len(found) == 1 and isinstance(found[0], dict):
        return {**found[0], "exit_code": done.returncode}
    return {"lines": found, "exit_code": done.returncode}


@dataclass
class Budget:
    """A wall-clock budget for one run: each part may use what is left after the parts to come."""

    # reserve_s holds each later part's duration on this machine under load; `load` (the wall/CPU
    # ratio of a single-threaded part of this run, 1 when quiet) is recorded, not applied: the later
    # parts are mostly DuckDB on both cores, which a busy machine slows far less than Python.

    total_s: float | None
    reserve_s: dict[str, float]
    started: float = field(default_factory=time.perf_counter)
    load: float = 1.0
    cuts: list[str] = field(default_factory=list)

    def elapsed(self) -> float:
        """Return the seconds since the run started."""
        return time.perf_counter() - self.started

    def slot(
        self, later: tuple[str, ...], cap: float | None = None, floor: float = 0.0
    ) -> float | None:
        """Return the seconds a part may take before the later parts' reserves (None: no limit)."""
        # Without a budget that is cap; with one, what is left, at most cap and at least floor.
        if self.total_s is None:
            return cap
        reserved = sum(self.reserve_s.get(part, 0.0) for part in later)
        left = max(floor, self.total_s - self.elapsed() - reserved)
        return left if cap is None else min(cap, left)

    def note(self, what: str) -> None:
        """Record a part that was cut or skipped to stay inside the budget."""
        self.cuts.append(what)

    def summary(self) -> dict:
        """Return the budget, the load factor used and what was cut."""
        return {"total_s": self.total_s, "load_factor": round(self.load, 2),
                "reserve_s": self.reserve_s, "cuts": self.cuts}  # fmt: skip
