"""Readers (`presswatch sql`, report builds) never fail while an ingest writes; writers queue."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from presswatch.db import connect
from presswatch.db.lock import holder
from presswatch.ingest import build_warehouse, ingest_paths

from .corpus import write_corpus

PRESSWATCH = str(Path(sys.executable).with_name("presswatch"))
WRITER = textwrap.dedent("""
    import sys
    from presswatch.ingest import ingest_paths
    ingest_paths([sys.argv[1]], sys.argv[2], batch_size=3)
""")
ENV = {**os.environ, "PRESSWATCH_LOCK_TIMEOUT": "600"}


def writer(corpus: Path, db: Path) -> subprocess.Popen[str]:
    """Return a running child process that ingests corpus into db in batches of 3."""
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(corpus), str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
    )  # fmt: skip


def doc_ids(db: Path) -> set[str]:
    with connect(db, read_only=True) as con:
        return {r[0] for r in con.execute("select doc_id from documents").fetchall()}


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[Path, Path, set[str]]:
    """Return a warehouse holding a first corpus (models built) and a second corpus to add."""
    db = tmp_path / "w.duckdb"
    first = write_corpus(tmp_path / "first", 6, seed=1)
    ingest_paths([tmp_path / "first"], db)
    build_warehouse(db)
    second = write_corpus(tmp_path / "second", 30, seed=2)
    return db, tmp_path / "second", first | second


def test_readers_see_no_failure_while_an_ingest_writes(
    seeded: tuple[Path, Path, set[str]], tmp_path: Path
) -> None:
    db, corpus, everything = seeded
    report_errors: list[BaseException] = []
    builds = 0

    def build_reports() -> None:
        nonlocal builds
        from presswatch.report import build_report

        while child.poll() is None or builds == 0:
            try:
                build_report(db, tmp_path / f"report{builds}")
            except BaseException as exc:
                report_errors.append(exc)
                return
            builds += 1

    child = writer(corpus, db)
    reports = threading.Thread(target=build_reports)
    reports.start()
    counts, queries = [], 0
    while child.poll() is None or queries < 3:
        run = subprocess.run(
            [PRESSWATCH, "sql", "select count(*) from documents", "--db", str(db),
             "--format", "csv"],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
        counts.append(int(run.stdout.split()[-1]))
        queries += 1
    _, err = child.communicate(timeout=600)
    reports.join(timeout=600)
    assert child.returncode == 0, err
    assert not report_errors, report_errors
    assert counts == sorted(counts), "a reader saw rows disappear"
    assert builds >= 1 and queries >= 3
    print(f"readers: {queries} sql queries, {builds} report builds, 0 failures")
    assert doc_ids(db) == everything
    assert not any(build_warehouse(db).values())


def test_two_writers_started_together_take_turns(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    hashes = write_corpus(tmp_path / "a", 24, seed=3) | write_corpus(tmp_path / "b", 24, seed=4)
    children = [writer(tmp_path / "a", db), writer(tmp_path / "b", db)]
    pids = {str(c.pid) for c in children}
    seen: list[str] = []
    while any(c.poll() is None for c in children):
        line = holder(db)  # 'pid N: ..., since ...' while a writer holds the lock
        if line.startswith("pid "):
            pid = line.split()[1].rstrip(":")
            if not seen or seen[-1] != pid:
                seen.append(pid)
        time.sleep(0.02)
    for child in children:
        _, err = child.communicate(timeout=600)
        assert child.returncode == 0, err
    assert set(seen) <= pids and len(seen) == len(set(seen)), f"writers interleaved: {seen}"
    assert doc_ids(db) == hashes
    print(f"writers: lock holders in turn {len(seen)}, {len(hashes)} documents, 0 lost")
    assert not any(build_warehouse(db).values())
