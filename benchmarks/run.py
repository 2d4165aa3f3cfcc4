"""Run the benchmarks and write BENCHMARKS.md and benchmarks/results.json.

python -m benchmarks.run [--size quick|default|full]   (make bench-quick / bench / bench-full)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.corpus import shards
from benchmarks.harness import ROOT, Budget, median_wall, run_script, run_worker
from benchmarks.report_md import write_markdown
from benchmarks.stages import stage_benchmarks
from benchmarks.warehouse import replicate, time_report_queries

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"


@dataclass(frozen=True)
class Profile:
    """How big each part of a run is."""

    sizes: tuple[int, ...]  # end-to-end ingest sizes (articles)
    stage_text: int
    stage_html: int
    repeat: int
    flow_n: int
    warehouse: int | None  # articles in the replicated query warehouse (None: the largest ingest)
    ingest_deadline_s: float | None  # a bigger ingest is cut here (SIGTERM; committed batches stay)
    query_timeout_s: float
    sources_args: tuple[str, ...] = ("--warc-records", "2000", "--docs", "1000", "--feed", "100")
    budget_s: float | None = None  # wall-clock budget of the whole run (BENCHMARKS.md: cuts)


PROFILES = {
    "quick": Profile((10_000,), 400, 80, 1, 1_000, None, None, 10),
    # make bench < 20 min: the 100k ingest gets what is left after the later parts' reserves.
    "default": Profile((10_000, 100_000), 1_000, 200, 3, 1_000, 1_000_000, 420, 10, budget_s=1_080),
    "full": Profile((10_000, 100_000, 1_000_000), 2_000, 300, 3, 10_000, 1_000_000, None, 60, ()),
}


def machine() -> dict:
    """Return the machine, date and commit this run describes."""
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")), platform.processor(),
    )  # fmt: skip
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], capture_output=True, text=True, cwd=ROOT)
        return done.stdout.strip()

    import duckdb

    return {
        "cpu": cpu, "cores": os.cpu_count(), "ram_gb": round(mem, 1),
        "python": platform.python_version(), "duckdb": duckdb.__version__,
        "os": platform.platform(), "load_avg_at_start": os.getloadavg(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": git("rev-parse", "--short", "HEAD"),
        "uncommitted_files": len(git("status", "--porcelain").splitlines()),
    }  # fmt: skip


def _count(db: Path) -> int:
    from presswatch.db import connect

    with connect(db, read_only=True) as con:
        return int(con.execute("select count(*) from articles").fetchone()[0])  # type: ignore[index]


def end_to_end(size: int, corpus: list[Path], deadline: float | None) -> dict:
    """Ingest (analyse + load, no Prefect) `size` articles in a fresh worker; return the numbers."""
    db = OUT / f"e2e-{size}.duckdb"
    db.unlink(missing_ok=True)
    run = run_worker(["ingest", str(db), *map(str, corpus)], OUT / f"e2e-{size}.log",
                     timeout_s=deadline)  # fmt: skip
    done = _count(db)
    wall = run.result.get("ingest_wall_s", run.wall_s)
    return {
        "articles": done, "planned": size, "cut_at_deadline": run.timed_out,
        "wall_s": round(wall, 1), "cpu_s": round(run.cpu_s, 1),
        "articles_per_s": round(done / wall, 1), "articles_per_cpu_s": round(done / run.cpu_s, 1),
        "peak_rss_mb": round(run.peak_rss_mb), "peak_tree_rss_mb": run.peak_tree_rss_mb,
        "build_s": run.result.get("build_wall_s"),
        "quotes": run.result.get("quotes"), "db": str(db),
    }  # fmt: skip


def flow_runs(n: int, corpus: Path, limit: Callable[[], float | None] = lambda: None) -> dict:
    """Run the Prefect pipeline on n articles, then again with nothing new; and the same without."""
    # limit() gives each worker's timeout when it starts (the run's time budget).
    sources = OUT / f"flow-{n}" / "sources.toml"
    sources.parent.mkdir(parents=True, exist_ok=True)
    sources.write_text(f'[[sources]]\nname = "bench"\npath = "{corpus}"\n')
    db, out = sources.parent / "flow.duckdb", sources.parent / "report"
    db.unlink(missing_ok=True)
    env = {"PREFECT_HOME": str(OUT / "prefect-home")}
    first = run_worker(["flow", str(sources), str(db), str(out)], OUT / "flow-1.log", env, limit())
    noop = run_worker(["flow", str(sources), str(db), str(out)], OUT / "flow-noop.log", env,
                      limit())  # fmt: skip
    plain_db = sources.parent / "plain.duckdb"
    plain_db.unlink(missing_ok=True)
    plain = run_worker(["ingest", str(plain_db), str(corpus), "--report", str(out) + "-plain"],
                       OUT / "flow-plain.log", timeout_s=limit())  # fmt: skip
    return {
        "articles": n,
        "flow_process_s": round(first.wall_s, 1),
        "flow_run_s": round(first.result["flow_wall_s"], 1),
        "flow_articles_per_s": round(n / first.wall_s, 1),
        "flow_peak_rss_mb": round(first.peak_rss_mb),
        "noop_process_s": round(noop.wall_s, 1),
        "noop_flow_run_s": round(noop.result["flow_wall_s"], 1),
        "noop_counts": noop.result.get("counts"),
        "plain_process_s": round(plain.wall_s, 1),
        "plain_articles_per_s": round(n / plain.wall_s, 1),
    }


def sql_start(db: Path) -> dict:
    """Return the median start-up of `presswatch sql "select 1"` (ours and the colleague's)."""
    cli = Path(sys.executable).with_name("presswatch")
    out: dict = {
        "median_s": round(median_wall([str(cli), "sql", "select 1", "--db", str(db)], 7), 3)
    }
    out["bench_sql_start"] = run_script(HERE / "bench_sql_start.py", ["--runs", "9"], 120)
    return out


PARTS = ("stages", "e2e", "flow", "queries", "scripts")
# Wall seconds each later part took in `make bench` at load average ≈ 10 on 2 cores, rounded up
# (flow 130, queries incl. the 1M warehouse and its model build 356, scripts 34): a budgeted run
# keeps them for the parts still to come.
RESERVE_S = {"flow": 160.0, "queries": 420.0, "scripts": 60.0}
MIN_INGEST_S = 60.0  # a budgeted ingest slot shorter than this is skipped
SECTIONS = {"stages": ("stages",), "e2e": ("end_to_end",), "flow": ("flow",),
            "queries": ("warehouse", "queries", "report_build", "sql_start"),
            "scripts": ("scripts",)}  # fmt: skip


def run(size: str, only: tuple[str, ...] = PARTS, seed_db: Path | None = None) -> dict:
    """Run the parts of one profile; return the results (also written to disk)."""
    # With a subset of PARTS, the other sections of an existing results.json are kept; seed_db (a
    # real warehouse) seeds the query part instead of this run's largest ingest.
    profile = PROFILES[size]
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    path = HERE / "results.json"
    keep = json.loads(path.read_text()) if only != PARTS and path.is_file() else {}
    res: dict = {**keep, "profile": size, "machine": machine()}
    res.setdefault("end_to_end", {})
    parts = {**keep.get("parts", {})}
    say = lambda msg: print(f"[{time.perf_counter() - started:6.0f} s] {msg}", flush=True)  # noqa: E731
    budget = Budget(profile.budget_s, {p: RESERVE_S[p] for p in only if p in RESERVE_S}, started)

    took: dict[str, float] = {}
    mark = time.perf_counter()

    def tick(part: str) -> None:
        nonlocal mark
        took[part] = time.perf_counter() - mark
        mark = time.perf_counter()

    if "stages" in only:
        say("stages")
        cpu = time.process_time()
        guarded(res, "stages", stage_benchmarks, profile.stage_text, profile.stage_html,
                profile.repeat, OUT)  # fmt: skip
        tick("stages")
        # Single-threaded work: its wall/CPU ratio says how much the machine's load slowed us.
        budget.load = took["stages"] / max(time.process_time() - cpu, 1e-9)
    if "e2e" in only:
        corpus = shards(OUT / "corpus", max(profile.sizes))
        res["end_to_end"] = {}
        later = tuple(p for p in ("flow", "queries", "scripts") if p in only)
        for i, n in enumerate(profile.sizes):
            cut = budget.slot(later, profile.ingest_deadline_s if n > 10_000 else None)
            if cut is not None and cut < MIN_INGEST_S:
                if i > 0:  # the first size seeds the query warehouse: it always runs
                    res["end_to_end"][str(n)] = {
                        "articles": 0,
                        "planned": n,
                        "skipped": "no time left in the budget",
                    }
                    budget.note(f"end-to-end {n:,}: skipped, {cut:.0f} s left")
                    continue
                cut = MIN_INGEST_S
            say(f"end-to-end {n}" + (f" (at most {cut:.0f} s)" if cut else ""))
            guarded(res["end_to_end"], str(n), end_to_end, n, corpus[: max(1, n // 10_000)], cut)
            if res["end_to_end"][str(n)].get("cut_at_deadline"):
                got = res["end_to_end"][str(n)]["articles"]
                budget.note(f"end-to-end {n:,}: cut at {cut:.0f} s after {got:,} articles")
        tick("e2e")
    if "flow" in only:
        say("flow")
        flow_later = tuple(p for p in ("queries", "scripts") if p in only)
        guarded(res, "flow", flow_runs, profile.flow_n, shards(OUT / "corpus", profile.flow_n)[0],
                lambda: budget.slot(flow_later, floor=60.0))  # fmt: skip
        tick("flow")
    done = [r for r in res["end_to_end"].values() if "error" not in r and r["articles"]]
    if "queries" in only and (done or seed_db):
        if seed_db:
            seed_n = _count(seed_db)
        else:
            largest = max(done, key=lambda r: r["articles"])
            seed_db, seed_n = Path(largest["db"]), largest["articles"]
        query_db, query_n = seed_db, seed_n
        if profile.warehouse and profile.warehouse > seed_n:
            say(f"warehouse {profile.warehouse}")
            query_db = OUT / "warehouse-1m.duckdb"
            guarded(res, "warehouse", replicate, seed_db, query_db, -(-profile.warehouse // seed_n))
            query_n = res["warehouse"].get("rows", {}).get("articles", 0)
        say(f"report queries at {query_n}")
        res["queries"] = {"articles": query_n, "seed": str(seed_db)}
        guarded(res["queries"], "timings", time_report_queries, query_db, 5,
                profile.query_timeout_s)  # fmt: skip
        say("report build")
        guarded(res, "report_build", report_build, seed_db, seed_n)
        say("sql start")
        guarded(res, "sql_start", sql_start, seed_db)
        tick("queries")
    if "scripts" in only:
        say("colleague scripts")
        res["scripts"] = {
            "bench_quotes": run_script(HERE / "bench_quotes.py", ["--articles", "1000"], 120),
            "bench_topics": run_script(HERE / "bench_topics.py", ["--articles", "1000"], 120),
            "bench_sources": run_script(HERE / "bench_sources.py", list(profile.sources_args),
                                        300),
        }  # fmt: skip
        tick("scripts")
    for part in only:
        parts[part] = {"date": res["machine"]["date"], "s": round(took.get(part, 0))}
    res["parts"] = parts
    res["total_s"] = sum(p["s"] for p in parts.values())
    res["budget"] = {**budget.summary(), "wall_s": round(budget.elapsed())}
    if only != PARTS and path.is_file():  # another partial run may have written meanwhile
        latest = json.loads(path.read_text())
        mine = {k for part in only for k in SECTIONS[part]} | {"profile", "machine"}
        res = {**latest, **{k: v for k, v in res.items() if k in mine}}
        res["parts"] = {**latest.get("parts", {}), **{p: parts[p] for p in only}}
        res["total_s"] = sum(p["s"] for p in res["parts"].values())
    res.update(summary(res))
    path.write_text(json.dumps(res, indent=2, default=str) + "\n")
    write_markdown(res, ROOT / "BENCHMARKS.md")
    say("done: BENCHMARKS.md, benchmarks/results.json")
    return res


def guarded(into: dict, key: str, fn: Callable[..., Any], *args: Any) -> None:
    """Store fn(*args) under key, or the error: one broken step never loses the whole run."""
    try:
        into[key] = fn(*args)
    except Exception as exc:
        into[key] = {"error": f"{type(exc).__name__}: {exc}"[:400]}


def report_build(db: Path, n: int) -> dict:
    """Build the chart report of db in a worker; return its timings."""
    rep = run_worker(["report", str(db), str(OUT / "report")], OUT / "report.log", timeout_s=240)
    return {"articles": n, "s": round(rep.wall_s, 1), "timed_out": rep.timed_out, **rep.result}


def summary(res: dict) -> dict:
    """Return the headline keys of results.json (null for anything not measured)."""
    done = [r for r in res["end_to_end"].values() if "error" not in r and r["articles"]]
    # a cut run is partial; a run made on its own (not in this profile's run) is not the headline
    whole = [r for r in done if not r.get("cut_at_deadline") and not r.get("separate_run")] or done
    largest = max(whole, key=lambda r: r["articles"], default={})
    full = res["end_to_end"].get("1000000", {})
    stages = res.get("stages", {})
    timings = res.get("queries", {}).get("timings", {})
    q = [t.get("warm_median_ms") for t in timings.values()] if "error" not in timings else [None]
    return {
        "end_to_end_articles_per_s": largest.get("articles_per_s"),
        "end_to_end_articles_per_cpu_s": largest.get("articles_per_cpu_s"),
        "end_to_end_articles": largest.get("articles"),
        "quote_words_per_cpu_s": stages.get("quote_words_per_cpu_s"),
        # The process tree's summed RSS (writer + analysis workers) where it was sampled.
        "peak_rss_mb_1m": None
        if full.get("cut_at_deadline", True)
        else full.get("peak_tree_rss_mb") or None,
        "peak_rss_mb_largest": largest.get("peak_rss_mb"),
        "sql_start_s": res.get("sql_start", {}).get("median_s"),
        "segment_text_articles_per_cpu_s": stages.get("segment_text_articles_per_cpu_s"),
        "topics_articles_per_cpu_s": stages.get("topics_articles_per_cpu_s"),
        "segment_html_vs_trafilatura": stages.get("segment_html_vs_trafilatura"),
        "segment_html_real_vs_trafilatura": stages.get("segment_html_real_vs_trafilatura"),
        "report_query_max_ms": max((x for x in q if x is not None), default=None),
        "report_queries_interrupted": sum(x is None for x in q),
        "report_query_articles": res.get("queries", {}).get("articles"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="benchmarks.run")
    parser.add_argument("--size", choices=sorted(PROFILES), default="default")
    parser.add_argument("--render", action="store_true", help="rewrite BENCHMARKS.md only")
    parser.add_argument("--only", nargs="+", choices=PARTS, default=list(PARTS),
                        help="run these parts, keep the rest of results.json")  # fmt: skip
    parser.add_argument("--seed-db", type=Path, help="a real warehouse to grow for the queries")
    args = parser.parse_args()
    if args.render:
        write_markdown(json.loads((HERE / "results.json").read_text()), ROOT / "BENCHMARKS.md")
    else:
        run(args.size, tuple(args.only), args.seed_db)


if __name__ == "__main__":
    main()
