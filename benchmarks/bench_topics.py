"""Topic classifier speed: articles per CPU-second on one core (target: at least 2,000).

Usage: .venv/bin/python benchmarks/bench_topics.py [--articles N] [--seed S] [--no-bbc]

Builds a seeded synthetic corpus (`benchmarks.corpus`: invented news articles, title plus
paragraphs), classifies it with `presswatch.topics.classify` and times it with
`time.process_time` (CPU time of this single-threaded process): once with an empty word cache
(cold) and once more (warm). Model loading is timed separately and not counted. When
../shared/eval/topics/bbc/bbc.jsonl exists, the real BBC article texts are timed too (cold).
Prints one JSON line; exit status 1 when the cold synthetic rate misses the target.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET = 2_000
BBC = ROOT.parent / "shared" / "eval" / "topics" / "bbc" / "bbc.jsonl"


def rate(texts: list[str]) -> tuple[float, float]:
    """Return (articles per CPU-second, CPU seconds) of classifying `texts` once."""
    from presswatch.topics import classify

    t0 = time.process_time()
    classify(texts)
    cpu = time.process_time() - t0
    return len(texts) / max(cpu, 1e-9), cpu


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print JSON and return the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=5_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-bbc", action="store_true", help="skip the BBC texts even if present")
    args = ap.parse_args(argv)

    from benchmarks.corpus import records
    from presswatch.topics.model import get_model

    texts = [r["text"] for r in records(args.articles, seed=args.seed)]
    t0 = time.process_time()
    model = get_model()
    load_s = time.process_time() - t0
    model.segmenter._cache.clear()
    cold, cold_s = rate(texts)
    warm, _ = rate(texts)
    out = {
        "benchmark": "topics",
        "articles": len(texts),
        "mean_chars": round(sum(map(len, texts)) / len(texts)),
        "model_load_cpu_s": round(load_s, 3),
        "cold_articles_per_cpu_s": round(cold),
        "warm_articles_per_cpu_s": round(warm),
        "cold_cpu_s": round(cold_s, 3),
        "target": TARGET,
        "ok": cold >= TARGET,
    }
    if BBC.exists() and not args.no_bbc:
        with BBC.open(encoding="utf-8") as f:
            bbc = [json.loads(line)["text"] for line in f if line.strip()]
        model.segmenter._cache.clear()
        out["bbc_articles"] = len(bbc)
        out["bbc_cold_articles_per_cpu_s"] = round(rate(bbc)[0])
        out["bbc_warm_articles_per_cpu_s"] = round(rate(bbc)[0])
    print(json.dumps(out))
    return 0 if out["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
