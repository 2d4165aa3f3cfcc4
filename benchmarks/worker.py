"""Benchmark workers run in their own process (so peak RSS is theirs); each prints one JSON line.

python -m benchmarks.worker ingest DB CORPUS.jsonl... [--report OUT] [--batch-size N] [--workers N]
python -m benchmarks.worker flow SOURCES.toml DB OUT
python -m benchmarks.worker report DB OUT
python -m benchmarks.worker build DB [--step all|backfill|stories|models|checks|model:M|check:C]
python -m benchmarks.worker alloc MB
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reap_forkserver() -> None:
    """Stop and reap the forkserver, if one ran."""
    # The CPU and peak RSS of the analysis workers it forked then count in this process's rusage
    # (and in what our parent's wait4 reads).
    from multiprocessing import forkserver

    server = forkserver._forkserver  # private, but the only handle on it
    if server._forkserver_pid:
        server._stop()


def ingest(args: argparse.Namespace) -> dict:
    """Ingest a corpus without Prefect (analyse + load), build the views, optionally the report."""
    from presswatch.ingest import build_warehouse, ingest_paths
    from presswatch.parallel import resolve_workers

    out: dict = {"load_avg_start": os.getloadavg()[0]}  # CPU-seconds inflate on a busy machine
    wall, cpu = time.perf_counter(), time.process_time()
    stats = ingest_paths([Path(c) for c in args.corpus], Path(args.db), batch_size=args.batch_size,
                         workers=args.workers)  # fmt: skip
    out["ingest_wall_s"] = time.perf_counter() - wall
    _reap_forkserver()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    out.update(ingest_cpu_s=time.process_time() - cpu, workers=resolve_workers(args.workers),
               worker_cpu_s=children.ru_utime + children.ru_stime,
               worker_peak_rss_mb=children.ru_maxrss / 1024,
               new=stats.new, duplicate=stats.duplicate, quarantined=stats.quarantined,
               quotes=stats.quotes, rss_after_ingest_mb=_rss_mb(),
               load_avg_end=os.getloadavg()[0])  # fmt: skip
    wall = time.perf_counter()
    checks = build_warehouse(Path(args.db))
    out.update(build_wall_s=time.perf_counter() - wall, failed_checks=sum(checks.values()))
    if args.report:
        from presswatch.report import build_report

        wall = time.perf_counter()
        build_report(Path(args.db), Path(args.report))
        out["report_wall_s"] = time.perf_counter() - wall
    return out


def flow(args: argparse.Namespace) -> dict:
    """Run the Prefect `pipeline` flow in this fresh process; time the import and the run."""
    from presswatch.flowrun import load_flow_module
    from presswatch.settings import prefect_offline_env

    prefect_offline_env()
    wall = time.perf_counter()
    module = load_flow_module("pipeline")
    imported = time.perf_counter() - wall
    wall = time.perf_counter()
    result = module.pipeline(sources=args.sources, db=args.db, out=args.out)
    return {"import_s": imported, "flow_wall_s": time.perf_counter() - wall,
            "counts": {k: v for k, v in result["counts"].items() if k != "reasons"}}  # fmt: skip


def report(args: argparse.Namespace) -> dict:
    """Build the chart report of a warehouse (views rebuilt first, untimed); time it."""
    from presswatch.ingest import build_warehouse
    from presswatch.report import build_report

    build_warehouse(Path(args.db))
    wall = time.perf_counter()
    result = build_report(Path(args.db), Path(args.out))
    return {"report_wall_s": time.perf_counter() - wall,
            "steps": {k: round(v, 2) for k, v in result.timings.items()}}  # fmt: skip


def build(args: argparse.Namespace) -> dict:
    """Return the time and peak RSS of build_warehouse (or one of its steps) on a warehouse."""
    # A single model step rebuilds that model alone over the stored models it reads.
    from benchmarks.harness import TreeSampler
    from presswatch.db import connect, transaction
    from presswatch.db.load import now
    from presswatch.db.models import build_models, model_ddl, models, run_checks
    from presswatch.ingest import build_warehouse
    from presswatch.sources.store import backfill_meta, rebuild_stories

    db, step = Path(args.db), args.step
    if step.startswith("model:"):  # a clear error before any work, not an unpacking error
        known = {m.name: m for m in models()}
        if step[6:] not in known:
            raise SystemExit(
                f"unknown model {step[6:]!r} in step {step!r}: not one of {sorted(known)}"
            )
        model = known[step[6:]]
    sampler = TreeSampler(os.getpid(), every_s=0.2)
    sampler.start()
    before = _rss_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    out: dict = {"step": step, "load_avg_start": os.getloadavg()[0]}
    if step == "all":
        out["failed_checks"] = sum(build_warehouse(db).values())
    else:
        with connect(db) as con:
            if step == "backfill":
                out["filled"] = backfill_meta(con, now())
            elif step == "stories":
                out["stories"] = rebuild_stories(con, now())
            elif step == "models":
                out["models"] = len(build_models(con))
            elif step == "checks":
                out["failed_checks"] = sum(run_checks(con).values())
            elif step.startswith("model:"):
                with transaction(con):
                    con.execute(model_ddl(model))
            elif step.startswith("check:"):
                out["failed"] = run_checks(con, only=step[6:])[step[6:]]
            else:
                raise SystemExit(f"unknown step {step!r}")
    out.update(wall_s=time.perf_counter() - wall, cpu_s=time.process_time() - cpu,
               rss_before_mb=before, load_avg_end=os.getloadavg()[0])  # fmt: skip
    sampler.done.set()
    sampler.join()
    out["peak_tree_rss_mb"] = round(sampler.peak_mb)
    return out


def alloc(args: argparse.Namespace) -> dict:
    """Hold `mb` megabytes for a moment: a known peak for testing the RSS measurement."""
    block = bytearray(args.mb * 2**20)
    block[::4096] = b"x" * len(block[::4096])  # touch every page so it is resident
    return {"allocated_mb": args.mb, "resident_after_mb": _rss_mb()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="benchmarks.worker")
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("ingest")
    p.add_argument("db")
    p.add_argument("corpus", nargs="+")
    p.add_argument("--report")
    p.add_argument("--batch-size", type=int, default=500)
    p.add_argument("--workers", type=int, default=0, help="analysis processes (0: one per CPU)")
    p = sub.add_parser("flow")
    p.add_argument("sources")
    p.add_argument("db")
    p.add_argument("out")
    p = sub.add_parser("report")
    p.add_argument("db")
    p.add_argument("out")
    p = sub.add_parser("build")
    p.add_argument("db")
    p.add_argument("--step", default="all")
    p = sub.add_parser("alloc")
    p.add_argument("mb", type=int)
    args = parser.parse_args(argv)
    commands = {"ingest": ingest, "flow": flow, "report": report, "build": build, "alloc": alloc}
    result = commands[args.cmd](args)
    result.update(process_s=time.perf_counter() - STARTED, peak_rss_self_mb=_rss_mb())
    sys.stdout.write(json.dumps(result, default=str) + "\n")


if __name__ == "__main__":
    main()
