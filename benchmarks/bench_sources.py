"""Ingest throughput per source kind and the peak memory of a 10,000-record WARC.

Usage: .venv/bin/python benchmarks/bench_sources.py [--warc-records N] [--docs N] [--feed N]
                                                    [--seed S] [--read-only]

Generates seeded synthetic English articles and ingests them, each kind in a fresh process into a
fresh warehouse: a folder of .txt + .meta.json files, a JSONL export, a .warc.gz of N response
records, and an RSS feed whose entries are fetched from a stdlib HTTP server on 127.0.0.1. For
each kind it prints one JSON line: documents, seconds, documents per second for reading the
source alone and for the full ingest (store, parse, analyse, dedup, load), and the child's peak
RSS (ru_maxrss). The WARC's peak RSS is compared with its size to show it is streamed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = [
    "council",
    "harbour",
    "bridge",
    "ferry",
    "market",
    "school",
    "river",
    "tram",
    "library",
    "port",
    "storm",
    "budget",
    "minister",
    "mayor",
    "union",
    "workers",
    "station",
    "hospital",
    "court",
    "police",
    "museum",
    "festival",
    "farmers",
    "weather",
    "road",
    "company",
    "engineers",
    "residents",
    "plan",
    "vote",
    "report",
    "water",
    "energy",
    "housing",
    "prices",
    "rail",
    "airport",
]
GLUE = [
    "the",
    "a",
    "of",
    "to",
    "in",
    "and",
    "that",
    "was",
    "for",
    "on",
    "with",
    "said",
    "by",
    "at",
    "from",
    "after",
    "would",
    "has",
    "been",
    "their",
]


def article(rng: random.Random, n: int) -> tuple[str, str]:
    """Return (title, body) of a synthetic English article, unique by n."""
    sentences = []
    for _ in range(rng.randint(8, 16)):
        words = [rng.choice(WORDS if i % 2 else GLUE) for i in range(rng.randint(10, 22))]
        sentences.append(" ".join(words).capitalize() + ".")
    title = f"Story {n}: " + " ".join(rng.choice(WORDS) for _ in range(5)).capitalize()
    return title, f"{title}\n" + "\n".join(sentences) + f"\nReference {n}-{rng.random():.12f}.\n"


def html(title: str, body: str) -> bytes:
    """Return an article page around a body."""
    paras = "".join(f"<p>{line}</p>" for line in body.split("\n")[1:] if line)
    head = f"<head><title>{title}</title><meta property='og:site_name' content='Bench'></head>"
    return f"<html>{head}<body><article><h1>{title}</h1>{paras}</article></body></html>".encode()


def make_files(root: Path, n: int, rng: random.Random) -> Path:
    folder = root / "files" / "bench-post"
    folder.mkdir(parents=True)
    for i in range(n):
        _, body = article(rng, i)
        (folder / f"{i}.txt").write_text(body, encoding="utf-8")
        meta = {"outlet": "Bench Post", "published": f"2026-11-{1 + i % 27:02d}T09:00:00"}
        (folder / f"{i}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder.parent


def make_jsonl(root: Path, n: int, rng: random.Random) -> Path:
    path = root / "export.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for i in range(n):
            title, body = article(rng, i)
            record = {"title": title, "url": f"https://bench.example/{i}", "outlet": "Bench",
                      "published": f"2026-11-{1 + i % 27:02d}T09:00:00", "text": body}  # fmt: skip
            handle.write(json.dumps(record) + "\n")
    return path


def make_warc(root: Path, n: int, rng: random.Random) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = root / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for i in range(n):
            title, body = article(rng, i)
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                    protocol="HTTP/1.1")  # fmt: skip
            record = writer.create_warc_record(f"https://bench{i % 7}.example/2026/11/{i}",
                                               "response", payload=BytesIO(html(title, body)),
                                               http_headers=http)  # fmt: skip
            writer.write_record(record)
    return path


def child(kind: str, source: str, db: str, read_only: bool) -> dict:
    """Ingest one source (or only read it) in this process; return counts, time and peak RSS."""
    from presswatch.ingest import ingest_paths
    from presswatch.sources import FetchRecord, RawDocument, iter_inputs
    from presswatch.sources.http import HttpClient

    client = HttpClient(host_interval_s=0.0, respect_robots=False)
    start = time.perf_counter()
    if read_only:
        docs = sum(isinstance(i, RawDocument) for i in iter_inputs([source], client)
                   if not isinstance(i, FetchRecord))  # fmt: skip
    else:
        docs = ingest_paths([source], Path(db), client=client).new
    seconds = time.perf_counter() - start
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"kind": kind, "mode": "read" if read_only else "ingest", "documents": docs,
            "seconds": round(seconds, 2), "docs_per_s": round(docs / seconds, 1),
            "peak_rss_mb": round(rss_mb, 1)}  # fmt: skip


class Quiet(SimpleHTTPRequestHandler):
    """Serve files without logging every request."""

    def log_message(self, *args: object) -> None:
        pass


def serve_feed(root: Path, n: int, rng: random.Random) -> tuple[ThreadingHTTPServer, str]:
    """Start a loopback server with a feed of n entries; return (server, feed URL)."""
    site = root / "site"
    (site / "a").mkdir(parents=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(site)))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    items = []
    for i in range(n):
        title, body = article(rng, i)
        (site / "a" / f"{i}.html").write_bytes(html(title, body))
        items.append(f"<item><title>{title}</title><link>{base}/a/{i}.html</link>"
                     "<pubDate>Tue, 24 Nov 2026 08:30:00 GMT</pubDate></item>")  # fmt: skip
    (site / "feed.xml").write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>b"
                                   f"</title>{''.join(items)}</channel></rss>")  # fmt: skip
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"{base}/feed.xml"


def run_child(kind: str, source: str, db: Path, read_only: bool) -> dict:
    cmd = [sys.executable, __file__, "--child", kind, source, str(db)]
    cmd += ["--read-only"] if read_only else []
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--warc-records", type=int, default=10_000)
    parser.add_argument("--docs", type=int, default=1_000)
    parser.add_argument("--feed", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--read-only", action="store_true", help="only read the sources")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "SOURCE", "DB"))
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child, read_only=args.read_only)))
        return
    with tempfile.TemporaryDirectory(prefix="bench-sources-") as tmp:
        root = Path(tmp)
        sources = {
            "files": make_files(root, args.docs, random.Random(args.seed)),
            "jsonl": make_jsonl(root, args.docs, random.Random(args.seed + 1)),
            "warc": make_warc(root, args.warc_records, random.Random(args.seed + 2)),
        }
        server, feed = serve_feed(root, args.feed, random.Random(args.seed + 3))
        try:
            for kind, source in [*sources.items(), ("feed", feed)]:
                for read_only in (True, False) if not args.read_only else (True,):
                    result = run_child(kind, str(source), root / f"{kind}-{read_only}.duckdb",
                                       read_only)  # fmt: skip
                    if kind == "warc":
                        result["source_mb"] = round(Path(source).stat().st_size / 2**20, 1)
                    print(json.dumps(result), flush=True)
        finally:
            server.shutdown()


if __name__ == "__main__":
    main()
