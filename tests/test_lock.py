"""The writer lock: a second writer waits, then fails naming the holder; SIGKILL mid-ingest."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from presswatch.db import connect
from presswatch.db.lock import WriterBusy, holder, lock_path, writer_lock
from presswatch.ingest import build_warehouse, ingest_paths

from .conftest import SAMPLES

PRESSWATCH = str(Path(sys.executable).parent / "presswatch")

HOLD = """
import sys, time
from presswatch.db.lock import writer_lock
with writer_lock(sys.argv[1], command="test holder"):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def hold_lock(db: Path, seconds: float) -> subprocess.Popen:
    """Return a process holding the writer lock of db for some seconds, once it holds it."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db), str(seconds)],
                            stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_second_writer_gives_up_naming_the_holder(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    proc = hold_lock(db, 30)
    try:
        assert f"pid {proc.pid}: test holder" in holder(db)
        started = time.monotonic()
        with pytest.raises(WriterBusy, match=f"pid {proc.pid}: test holder"), writer_lock(db, 0.5):
            pass
        assert 0.5 <= time.monotonic() - started < 5
        env = {**os.environ, "PRESSWATCH_LOCK_TIMEOUT": "1"}
        cli = subprocess.run(
            [PRESSWATCH, "ingest", str(SAMPLES / "bad"),
             "--db", str(db)], capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        assert cli.returncode == 1, cli.stderr
        assert f"pid {proc.pid}" in cli.stderr and "test holder" in cli.stderr
    finally:
        proc.kill()
        proc.wait()
    assert not db.exists()  # nothing was written while the lock was held


def test_waiting_writer_gets_the_lock_when_the_holder_finishes(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    proc = hold_lock(db, 1.5)
    started = time.monotonic()
    with writer_lock(db, timeout_s=20, command="waiter"):
        assert time.monotonic() - started >= 0.5  # it waited for the holder to finish
        assert "waiter" in holder(db)
    assert proc.wait() == 0
    assert holder(db) == ""  # released: the holder line is cleared


def test_lock_is_reentrant_within_a_process(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    with writer_lock(db, command="outer"), writer_lock(db, timeout_s=0):
        assert "outer" in holder(db)
    assert lock_path(db).name == "w.duckdb.lock"


def corpus(path: Path, n: int) -> int:
    """Write n distinct JSONL articles built from the sample texts; return n."""
    texts = [
        p.read_text(encoding="utf-8") for p in sorted(SAMPLES.rglob("*.txt")) if p.stat().st_size
    ]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            text = texts[i % len(texts)] + f"\nStory number {i}."
            out.write(json.dumps({"title": f"Story {i}", "outlet": "Wire", "text": text}) + "\n")
    return n


def counts(db: Path) -> tuple[int, int]:
    """Return (documents, articles) of a warehouse, read while a writer may be running."""
    with connect(db, read_only=True, timeout_s=30) as con:
        return con.execute(
            "select (select count(*) from documents), (select count(*) from articles)"
        ).fetchone()  # type: ignore[return-value]


def test_sigkill_mid_ingest_leaves_a_consistent_warehouse_and_a_rerun_finishes(
    tmp_path: Path,
) -> None:
    total = corpus(tmp_path / "big.jsonl", 400)
    db = tmp_path / "w.duckdb"
    proc = subprocess.Popen(
        [PRESSWATCH, "ingest", str(tmp_path / "big.jsonl"),
         "--db", str(db), "--batch-size", "25"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    seen = (0, 0)
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            seen = counts(db)  # a reader works while the writer runs
            if seen[0] >= 50:
                break
        time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "ingest finished before it could be killed"
    docs, articles = counts(db)
    assert 50 <= docs < total and docs % 25 == 0  # whole batches only
    assert docs == articles  # a document is never stored without its analysis
    assert "presswatch" in holder(db)  # the dead holder's line stays, but its lock is gone
    with writer_lock(db, timeout_s=0):
        pass
    stats = ingest_paths([tmp_path / "big.jsonl"], db, batch_size=500)
    assert (stats.new, stats.duplicate) == (total - docs, docs)
    assert counts(db) == (total, total)
    assert not any(build_warehouse(db).values())
