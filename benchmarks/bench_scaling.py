"""Issue #8 numbers: a no-op scheduled run, and `analyze` throughput locally and on loopback Dask;
issue #9: `ingest_paths` with one analysis process against one per CPU.

Run: `.venv/bin/python -m benchmarks.bench_scaling [N_DOCS]` (needs the `dask` extra). It starts its
own `prefect server start` on 127.0.0.1, a LocalCluster with 2 single-threaded worker processes, and
prints one JSON object. `--workers-only [N_DOCS]` compares ingest worker counts on the synthetic
corpus (no Prefect): wall, CPU of all processes, peak RSS and the load average.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"


def corpus(path: Path, n: int) -> None:
    """Write n distinct JSONL articles made from the sample texts."""
    texts = [
        p.read_text(encoding="utf-8") for p in sorted(SAMPLES.rglob("*.txt")) if p.stat().st_size
    ]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            text = texts[i % len(texts)] + f"\nStory number {i}."
            out.write(json.dumps({"title": f"Story {i}", "outlet": "Wire", "text": text}) + "\n")


def wait_for_server(url: str, timeout: float = 120) -> None:
    """Return once the Prefect server answers its health check."""
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise TimeoutError("prefect server did not start")


def main(n_docs: int) -> dict:
    """Return the measured numbers."""
    work = Path(tempfile.mkdtemp(prefix="bench-scaling-"))
    port = 4299
    env = {**os.environ, "PREFECT_HOME": str(work / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED":
           "false", "DO_NOT_TRACK": "1"}  # fmt: skip
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "prefect"), "server", "start", "--host", "127.0.0.1",
         "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.environ.update(env, PREFECT_API_URL=f"http://127.0.0.1:{port}/api")
    try:
        wait_for_server(os.environ["PREFECT_API_URL"])
        return measure(work, n_docs)
    finally:
        server.terminate()
        server.wait()


def measure(work: Path, n_docs: int) -> dict:
    """Return the no-op run cost and the analyze throughputs."""
    from distributed import LocalCluster
    from prefect import get_client
    from prefect.deployments import run_deployment
    from prefect.runner import Runner

    from presswatch.flowrun import build_deployments, deployment_specs, load_flow_module
    from presswatch.store import store_paths

    out: dict = {"n_docs": n_docs}
    sources = work / "sources.toml"
    (work / "in").mkdir()
    corpus(work / "in" / "corpus.jsonl", n_docs)
    sources.write_text('[[sources]]\npath = "in"\n')
    analyze = load_flow_module("analyze").analyze
    for label, address in (("local", None), ("dask", "cluster")):
        db = work / f"{label}.duckdb"
        store_paths([work / "in"], db)
        if address:
            with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                              host="127.0.0.1", dashboard_address=None) as cluster:  # fmt: skip
                started = time.perf_counter()
                address = cluster.scheduler_address
                stats = analyze(
                    db=str(db), sources=str(sources), dask_address=address, batch_size=50
                )
                elapsed = time.perf_counter() - started
        else:
            started = time.perf_counter()
            stats = analyze(db=str(db), sources=str(sources), batch_size=50)
            elapsed = time.perf_counter() - started
        out[f"analyze_{label}_s"] = round(elapsed, 2)
        out[f"analyze_{label}_docs_per_s"] = round(stats["analyzed"] / elapsed, 1)
    # a scheduled no-op: the deployment's run once everything is already stored and analysed
    db = work / "local.duckdb"
    specs = deployment_specs(ROOT / "prefect.yaml")
    for spec in specs:
        (dep,) = build_deployments([spec], {"db": str(db), "sources": str(sources),
                                            "out": str(work / "build")})  # fmt: skip
        dep.apply()
        for attempt in ("first", "noop"):
            flow_name = spec["entrypoint"].rsplit(":", 1)[1]
            started = time.perf_counter()
            run = run_deployment(f"{flow_name}/{spec['name']}", timeout=0)
            runner = Runner(pause_on_shutdown=False)
            runner.add_deployment(dep)
            asyncio.run(runner.start(run_once=True))
            wall = time.perf_counter() - started

            async def read(run_id=run.id):
                async with get_client() as client:
                    return await client.read_flow_run(run_id)

            flow_run = asyncio.run(read())
            if attempt == "noop":
                out[f"{spec['name']}_noop_flow_s"] = round(
                    flow_run.total_run_time.total_seconds(), 2
                )
                out[f"{spec['name']}_noop_wall_s"] = round(wall, 2)
                out[f"{spec['name']}_state"] = flow_run.state.type.value
    return out


def ingest_workers(n_docs: int, counts: tuple[int, ...] = (1, 0)) -> dict:
    """Return wall, CPU (all processes) and peak RSS of ingesting n_docs with each worker count."""
    from benchmarks.corpus import write_jsonl
    from benchmarks.harness import run_worker

    work = Path(tempfile.mkdtemp(prefix="bench-workers-"))
    corpus = write_jsonl(work / "corpus.jsonl", n_docs)
    out: dict = {"n_docs": n_docs, "cpus": os.cpu_count()}
    for count in counts:
        db = work / f"w{count}.duckdb"
        load = os.getloadavg()[0]
        run = run_worker(["ingest", str(db), str(corpus), "--workers", str(count)],
                         work / f"w{count}.log")  # fmt: skip
        wall = run.result["ingest_wall_s"]
        out[f"workers_{count or 'auto'}"] = {
            "workers": run.result["workers"], "ingest_wall_s": round(wall, 1),
            "articles_per_s": round(run.result["new"] / wall, 1),
            "process_cpu_s": round(run.cpu_s, 1),
            "articles_per_cpu_s": round(run.result["new"] / run.cpu_s, 1),
            "writer_cpu_s": round(run.result["ingest_cpu_s"], 1),
            "workers_cpu_s": round(run.result["worker_cpu_s"], 1),
            "peak_rss_writer_mb": round(run.result["peak_rss_self_mb"]),
            "peak_rss_worker_mb": round(run.result["worker_peak_rss_mb"]),
            "load_avg_before": round(load, 1), "load_avg_after": round(os.getloadavg()[0], 1),
        }  # fmt: skip
    return out


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--workers-only":
        print(json.dumps(ingest_workers(int(sys.argv[2]) if len(sys.argv) > 2 else 2000), indent=1))
    else:
        print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000), indent=1))
