"""Profile the end-to-end ingest (analyse + load) of a synthetic corpus slice.

python -m benchmarks.profile [N] [--html]  -> benchmarks/out/profile-ingest-N.txt
Uses pyinstrument when installed (pip install pyinstrument), else cProfile. The ingest runs with
one worker (in this process), so the profile sees the analysis as well as the writes.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
from pathlib import Path

from benchmarks.corpus import write_jsonl

OUT = Path(__file__).resolve().parent / "out"


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


def main() -> None:
    parser = argparse.ArgumentParser(prog="benchmarks.profile")
    parser.add_argument("n", type=int, nargs="?", default=2000)
    parser.add_argument("--html", action="store_true", help="profile the HTML variant")
    args = parser.parse_args()
    print(profile_ingest(args.n, "html" if args.html else "txt"))


if __name__ == "__main__":
    main()
