"""Profile the end-to-end ingest (analyse + load) of a synthetic corpus slice.

python -m benchmarks.profile [N] [--html]            -> benchmarks/out/profile-ingest-txt-N.txt
python -m benchmarks.profile [N] --workers 2 [--py-spy PATH]
                                                     -> benchmarks/out/profile-ingest-txt-N-w2.txt

Without --workers the ingest runs with one worker (in this process), so pyinstrument (when
installed, else cProfile) sees the analysis as well as the writes. With --workers N the ingest
runs as it does in `make bench` (`benchmarks.worker ingest`, N analysis processes) under py-spy
(`py-spy record --subprocesses`, not a project dependency: `pip install py-spy` anywhere and pass
--py-spy or put it on PATH), and the report splits the samples into the writer process and the
analysis workers, with the CPU seconds of each.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

from benchmarks.corpus import write_jsonl

OUT = Path(__file__).resolve().parent / "out"
FRAME = re.compile(r"(.*) \((?:.*/)?([^/:]+)(?::\d+)?\)$")


def profile_ingest(n: int, fmt: str = "txt") -> Path:
    """Profile ingest_paths over n synthetic articles; return the text report's path."""
    from presswatch.ingest import ingest_paths

    corpus = write_jsonl(OUT / "corpus" / f"{fmt}-{n}.jsonl", n, fmt=fmt)
    db = OUT / f"profile-{fmt}-{n}.duckdb"
    db.unlink(missing_ok=True)
    report = OUT / f"profile-ingest-{fmt}-{n}.txt"
    try:
        from pyinstrument import Profiler
    except ImportError:
        prof = cProfile.Profile()
        prof.runcall(ingest_paths, [corpus], db, workers=1)
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(60)
        report.write_text(buf.getvalue())
    else:
        profiler = Profiler(interval=0.002)
        profiler.start()
        ingest_paths([corpus], db, workers=1)
        profiler.stop()
        report.write_text(profiler.output_text(unicode=True, show_all=False))
    db.unlink(missing_ok=True)
    return report


def profile_processes(n: int, workers: int, py_spy: str, fmt: str = "txt") -> Path:
    """Profile a `benchmarks.worker ingest` run with py-spy; return the split report's path."""
    corpus = write_jsonl(OUT / "corpus" / f"{fmt}-{n}.jsonl", n, fmt=fmt)
    db = OUT / f"profile-{fmt}-{n}-w{workers}.duckdb"
    raw = OUT / f"profile-ingest-{fmt}-{n}-w{workers}.folded"
    for old in (db, db.with_name(db.name + ".wal")):
        old.unlink(missing_ok=True)
    cmd = [py_spy, "record", "--subprocesses", "--nonblocking", "-r", "100", "-f", "raw",
           "-o", str(raw), "--", sys.executable, "-m", "benchmarks.worker", "ingest", str(db),
           str(corpus), "--workers", str(workers)]  # fmt: skip
    run = subprocess.run(cmd, capture_output=True, text=True, check=True)
    line = next(x for x in run.stdout.splitlines() if x.startswith("{"))
    report = raw.with_suffix(".txt")
    report.write_text(split_report(raw.read_text(), json.loads(line), n))
    db.unlink(missing_ok=True)
    return report


def split_report(folded: str, result: dict, n: int, top: int = 30) -> str:
    """Return the text report of py-spy's raw samples, writer and workers apart."""
    # Each side lists the functions holding most samples (inclusive) and its CPU-s from the run.
    samples: Counter[str] = Counter()
    inclusive: dict[str, Counter[str]] = {"writer": Counter(), "workers": Counter()}
    for line in folded.splitlines():
        stack, _, count = line.rpartition(" ")
        frames = _frames(stack)
        procs = [i for i, f in enumerate(frames) if f.startswith("process ")]
        # the writer is the first process; the forkserver and the workers it forks are below it
        role = "workers" if len(procs) > 1 else "writer"
        samples[role] += int(count)
        below = frames[procs[-1] + 1 if procs else 0 :]
        seen = {FRAME.sub(r"\1 (\2)", f) for f in below if "<frozen" not in f}
        for name in seen:
            inclusive[role][name] += int(count)
    cpu = {"writer": result["ingest_cpu_s"], "workers": result["worker_cpu_s"]}
    rate = n / (cpu["writer"] + cpu["workers"])
    head = f"ingest of {n} articles, {result['workers']} workers: "
    lines = [head + f"wall {result['ingest_wall_s']:.1f} s, {rate:.0f} articles per CPU-s"]
    for role in ("writer", "workers"):
        total = samples[role] or 1
        lines += ["", f"== {role}: {cpu[role]:.2f} CPU-s ({1000 * cpu[role] / n:.3f} ms/article),"
                      f" {samples[role]} samples"]  # fmt: skip
        lines += [f"{100 * k / total:6.1f}%  {name}"
                  for name, k in inclusive[role].most_common(top)]  # fmt: skip
    return "\n".join(lines) + "\n"


def _frames(stack: str) -> list[str]:
    """Return the frames of a folded stack; a process frame's command line may hold ';'."""
    frames: list[str] = []
    for part in stack.split(";"):
        if frames and frames[-1].startswith("process ") and not frames[-1].endswith('"'):
            frames[-1] += ";" + part
        else:
            frames.append(part)
    return frames


def main() -> None:
    parser = argparse.ArgumentParser(prog="benchmarks.profile")
    parser.add_argument("n", type=int, nargs="?", default=2000)
    parser.add_argument("--html", action="store_true", help="profile the HTML variant")
    parser.add_argument("--workers", type=int, default=0, help="profile N workers with py-spy")
    parser.add_argument("--py-spy", default=shutil.which("py-spy") or "py-spy")
    args = parser.parse_args()
    fmt = "html" if args.html else "txt"
    if args.workers:
        print(profile_processes(args.n, args.workers, args.py_spy, fmt))
    else:
        print(profile_ingest(args.n, fmt))


if __name__ == "__main__":
    main()
