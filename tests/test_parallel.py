"""Batches prepared in worker processes store the same rows as in one process."""

from __future__ import annotations

import json
import multiprocessing.forkserver
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from presswatch.db import connect
from presswatch.ingest import ingest_paths
from presswatch.parallel import resolve_workers

# every stored column but the wall-clock stamps of the run
TABLES = {
    "documents": "doc_id, origin, source_kind, content, encoding, outlet, url, title, "
    "published_utc",
    "articles": "doc_id, text, title, n_chars, n_words, analyzer_version",
    "blocks": "doc_id, block_no, start_char, end_char, kind, content_group, provider",
    "quotes": "doc_id, quote_no, start_char, end_char, text, kind, speaker, actor_id, cue, stance",
    "topic_scores": "doc_id, unit_no, content_group, block_no, n_chars, label, topic, prob",
    "doc_meta": "doc_id, canonical_url, lang, lang_share, analysed, text_hash, minhash, source",
    "doc_sources": "doc_id, source, origin",
    "actors": "actor_id, name, kind, aliases, origin",
    "quarantine": "origin, reason, detail, content_hash",
}


def snapshot(db: Path) -> dict[str, list[tuple]]:
    with connect(db, read_only=True) as con:
        return {t: con.execute(f"select {cols} from {t} order by all").fetchall()
                for t, cols in TABLES.items()}  # fmt: skip


def test_two_workers_store_the_same_rows_as_one(samples_copy: Path, tmp_path: Path) -> None:
    registry = [samples_copy / "actors.csv"]
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    stats1 = ingest_paths([samples_copy], one, registry, batch_size=4, workers=1)
    stats2 = ingest_paths([samples_copy], two, registry, batch_size=4, workers=2)
    assert (stats2.new, stats2.duplicate, stats2.quarantined, stats2.quotes) == (
        stats1.new, stats1.duplicate, stats1.quarantined, stats1.quotes)  # fmt: skip
    assert stats1.new >= 15 and stats1.quotes >= 30
    assert multiprocessing.forkserver._forkserver._forkserver_pid  # the pool really ran
    first = snapshot(one)
    assert first == snapshot(two)
    again = ingest_paths([samples_copy], two, registry, batch_size=4, workers=2)
    assert again.new == 0 and again.duplicate == stats1.new  # re-running adds nothing
    assert snapshot(two) == first


def test_a_document_repeated_in_a_later_batch_is_a_duplicate_while_in_flight(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in" / "river-post"
    folder.mkdir(parents=True)
    text = "Bridge reopens\n“It is safe now,” the engineer said on Monday.\n"
    for i in range(6):  # the same bytes six times, one per batch: stored once
        (folder / f"copy{i}.txt").write_text(text)
    (folder / "other.txt").write_text("Port closes\n“We wait,” the harbour master said.\n")
    stats = ingest_paths([tmp_path / "in"], tmp_path / "w.duckdb", batch_size=1, workers=2)
    assert (stats.new, stats.duplicate) == (2, 5)


def test_a_document_from_two_sources_gets_both_source_rows_while_in_flight(
    tmp_path: Path,
) -> None:
    text = "Ferry fares frozen\n“No rise this winter,” the operator said on Monday.\n"
    for source in ("wire-desk", "city-desk"):  # the same bytes from two sources, one per batch
        (tmp_path / source).mkdir()
        (tmp_path / source / "story.txt").write_text(text)
    rows = {}
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.duckdb"
        paths = [tmp_path / "wire-desk", tmp_path / "city-desk"]
        ingest_paths(paths, db, batch_size=1, workers=workers)
        with connect(db, read_only=True) as con:
            rows[workers] = con.execute("select source from doc_sources order by 1").fetchall()
    assert len(rows[2]) == 2
    assert rows[2] == rows[1]


@pytest.mark.parametrize(("asked", "env", "expected"), [(3, "", 3), (1, "4", 1), (0, "2", 2)])
def test_worker_count(monkeypatch: pytest.MonkeyPatch, asked: int, env: str, expected: int) -> None:
    monkeypatch.setenv("PRESSWATCH_WORKERS", env)
    assert resolve_workers(asked) == expected


def test_a_stored_url_with_the_same_text_is_dropped_even_when_prepared_in_parallel(
    tmp_path: Path,
) -> None:
    body = "“The bridge is safe again,” the engineer said on Monday after the final inspection."
    bridge = "https://river.example/bridge?utm_source=x"
    # the same story re-exported three times (other bytes, same URL and text), three other stories
    records = [
        {"url": bridge, "outlet": "River", "text": body, "published": f"2026-11-0{day}T08:00:00Z"}
        for day in (1, 2, 3)
    ]
    records += [
        {"url": f"https://river.example/{i}", "outlet": "River", "text": f"{body} Update {i}."}
        for i in range(3)
    ]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.duckdb"
        stats = ingest_paths([folder], db, batch_size=1, workers=workers)
        assert (stats.new, stats.duplicate) == (4, 2)
        with connect(db, read_only=True) as con:
            urls = con.execute(
                "select count(*) from documents where url like '%bridge%'"
            ).fetchone()
        assert urls == (1,)


CHILD = """
import sys
from presswatch.ingest import ingest_paths
if __name__ == "__main__":
    ingest_paths([sys.argv[1]], sys.argv[2], batch_size=10, workers=2)
"""


def _descendants(pid: int) -> set[int]:
    """Return the pids of every living descendant of a process (from /proc)."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, todo = set(), [pid]
    while todo:
        parent = todo.pop()
        children = {p for p, pp in parents.items() if pp == parent}
        found |= children
        todo += children
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_workers_exit_when_the_writer_is_killed(tmp_path: Path) -> None:
    corpus = tmp_path / "in.jsonl"
    text = "“We will rebuild the bridge,” the mayor said on Tuesday. " * 20
    corpus.write_text("".join(json.dumps({"outlet": "River", "text": f"Story {i}. {text}"}) + "\n"
                              for i in range(400)))  # fmt: skip
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    db = tmp_path / "w.duckdb"
    proc = subprocess.Popen([sys.executable, str(script), str(corpus), str(db)])
    deadline, workers = time.monotonic() + 120, set()
    while time.monotonic() < deadline and proc.poll() is None and len(workers) < 3:
        workers = _descendants(proc.pid)  # the forkserver and its two workers
        time.sleep(0.2)
    assert len(workers) >= 3, "the pool never started"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(_alive(p) for p in workers):
        time.sleep(0.2)
    assert not any(_alive(p) for p in workers)  # nothing is left running


def _gc_state() -> tuple[tuple[int, ...], int]:
    import gc

    return gc.get_threshold(), gc.get_freeze_count()


def test_a_worker_starts_with_its_objects_frozen_and_a_higher_gc_threshold() -> None:
    import os
    from concurrent.futures import ProcessPoolExecutor

    from presswatch.parallel import WORKER_GC_THRESHOLD, _init, _process_start
    from presswatch.topics.model import configured_path

    writer = (os.getpid(), _process_start(os.getpid()))
    args = ([], {}, writer, str(configured_path()))
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(1, mp_context=context, initializer=_init, initargs=args) as pool:
        threshold, frozen = pool.submit(_gc_state).result()
    assert threshold == WORKER_GC_THRESHOLD
    assert frozen > 1000  # the modules, the registry and the topic model loaded at start


def test_a_prepared_batch_survives_pickling_unchanged(samples_copy: Path) -> None:
    import pickle

    from presswatch.actors import load_registry
    from presswatch.prepare import prepare_batch
    from presswatch.sources import iter_paths
    from presswatch.sources.base import RawDocument

    docs = [d for d in iter_paths([samples_copy]) if isinstance(d, RawDocument)]
    prepared = prepare_batch(docs, load_registry([samples_copy / "actors.csv"]))
    back = pickle.loads(pickle.dumps(prepared))
    assert prepared.tables["quotes"].num_rows > 0 and prepared.actors
    assert back.tables.keys() == prepared.tables.keys()
    for name, table in prepared.tables.items():
        assert back.tables[name].equals(table, check_metadata=True), name
    assert (back.actors, back.rejected, back.url_keys) == (
        prepared.actors,
        prepared.rejected,
        prepared.url_keys,
    )
    assert (back.url_duplicates, back.foreign, back.quotes) == (
        prepared.url_duplicates,
        prepared.foreign,
        prepared.quotes,
    )
