"""Smoke tests of benchmarks/: the corpus is deterministic and the harness runs at a toy size.

No timing is asserted here: speed targets are checked by `make bench`, never by tests.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import duckdb

from benchmarks.corpus import article, records, to_html, to_text, write_jsonl
from benchmarks.harness import run_worker, timed, tree_rss_mb
from benchmarks.warehouse import replicate, time_report_queries
from tests.conftest import needs_shared


def test_corpus_is_deterministic_per_seed_and_index() -> None:
    assert article(3, 17) == article(3, 17)
    assert article(3, 17) != article(4, 17)
    first = list(records(5, seed=9))
    assert first == list(records(5, seed=9))
    assert list(records(2, seed=9, start=3)) == first[3:5]  # any slice regenerates the same


def test_corpus_has_realistic_shape() -> None:
    arts = [article(1, i) for i in range(300)]
    words = [len(to_text(a).split()) for a in arts]
    assert 500 <= statistics.median(words) <= 700
    assert 0.25 <= sum(bool(a["trailer"]) for a in arts) / len(arts) <= 0.55
    assert sum("said" in to_text(a) for a in arts) > 250  # most articles quote someone
    assert len({a["outlet"] for a in arts}) > 15
    page = to_html(arts[0])
    assert all(p.split()[0] in page for p in arts[0]["paragraphs"])


def test_worker_reports_its_peak_rss(tmp_path: Path) -> None:
    call = timed(sum, [1, 2, 3])
    assert call.value == 6 and call.wall_s >= 0 and call.cpu_s >= 0
    run = run_worker(["alloc", "96"], tmp_path / "worker.log")
    assert run.result["allocated_mb"] == 96 and not run.timed_out
    assert run.peak_rss_mb >= 96  # measured from the parent through wait4's rusage


def test_tree_rss_counts_descendants() -> None:
    hold = "b = bytearray(80 * 2**20); b[::4096] = b'x' * len(b[::4096]); print(1, flush=True); "
    child = subprocess.Popen([sys.executable, "-c", hold + "import time; time.sleep(30)"],
                             stdout=subprocess.PIPE)  # fmt: skip
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == b"1"
        alone, tree = tree_rss_mb(child.pid), tree_rss_mb(os.getpid())
        assert alone >= 80 and tree >= alone + 10  # the child's 80 MB plus this process
    finally:
        child.kill()
        child.wait()


def test_jsonl_corpus_and_grown_warehouse(tmp_path: Path, samples_db: Path) -> None:
    corpus = write_jsonl(tmp_path / "toy.jsonl", 12, seed=5)
    lines = corpus.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 12 and json.loads(lines[0])["text"].startswith(article(5, 0)["title"])

    big = tmp_path / "big.duckdb"
    grown = replicate(samples_db, big, 3)
    with duckdb.connect(str(samples_db), read_only=True) as con:
        articles, quotes = con.execute(
            "select (select count(*) from articles), (select count(*) from quotes)"
        ).fetchone()
    assert grown["rows"]["articles"] == 3 * articles and grown["rows"]["quotes"] == 3 * quotes
    timings = time_report_queries(big, warm_runs=1)
    assert timings and all(t.get("cold_ms") is not None for t in timings.values()), timings


@needs_shared()
def test_flat_recall_sorts_lost_lines_by_cause() -> None:
    from benchmarks.flat_recall import lost_lines

    text = (
        "Home\nThe harbour opened its new pier on a windy Monday morning.\nMonday morning\n"
        "Crews worked through the night to finish the railings in time.\n"
        "Crews worked through the night to finish the railings in time.\nPhoto: Ana Ruiz\n"
        "Boats lined up along the quay long before the ribbon was cut.\nContact us"
    )
    body = (
        "The harbour opened its new pier on a windy Monday morning.\n"
        "Crews worked through the night to finish the railings in time.\n"
        "Photo: Ana Ruiz\nBoats lined up along the quay long before the ribbon was cut."
    )
    gold = {"p": {"id": "p", "text": text, "junk_lines": ["Home", "Contact us"]}}

    def span(line: str, kind: str, last: bool = False) -> dict[str, object]:
        start = text.rindex(line) if last else text.index(line)
        return {"start": start, "end": start + len(line), "kind": kind}

    junk = [  # menu words, a copy of a kept line, a credit, and the gold's own junk
        span("Home", "navigation"),
        span("Monday morning\n", "navigation"),
        span("Crews worked through the night to finish the railings in time.", "ad", last=True),
        span("Photo: Ana Ruiz", "credit"),
        span("Contact us", "navigation"),
    ]
    total, lost = lost_lines(gold, {"p": {"id": "p", "junk": junk}}, {"p": body})
    assert total == 6
    assert lost == {"menu_words": 1, "copy_of_kept": 1, "credit": 1}
