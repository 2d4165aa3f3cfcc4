"""The ingest writer keeps one connection across batches and still lets readers in."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

import presswatch.writer as writer
from presswatch.db import connect
from presswatch.db.connect import WarehouseBusy, knock_path
from presswatch.ingest import ingest_paths
from presswatch.writer import Session

READER = (
    "import sys; from presswatch.db import connect\n"
    "with connect(sys.argv[1], read_only=True, timeout_s=30) as con:\n"
    "    print(con.execute('select count(*) from documents').fetchone()[0])\n"
)


def corpus(root: Path, n: int) -> Path:
    folder = root / "in" / "river-post"
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"a{i}.txt").write_text(
            f"Bridge {i} reopens\n“It is safe now,” engineer {i} said.\n"
        )
    return root / "in"


def test_one_connection_serves_every_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path] = []

    def counting(path: Path, **config: object):  # the real connection, counted
        opened.append(Path(path))
        return connect(path, **config)

    monkeypatch.setattr(writer, "connect", counting)
    stats = ingest_paths([corpus(tmp_path, 7)], tmp_path / "w.duckdb", batch_size=2, workers=1)
    assert stats.new == 7
    assert len(opened) == 1  # it was two opens (and a checkpoint) per batch
    with connect(tmp_path / "w.duckdb", read_only=True) as con:
        assert con.execute("select count(*) from articles").fetchone() == (7,)


def test_a_waiting_reader_gets_in_between_batches(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    with Session(db, hold_s=3600) as session:
        session.con.execute("select count(*) from documents").fetchall()
        for _ in range(3):  # nobody knocks: the connection stays open
            session.between_batches()
        assert session.releases == 0 and not knock_path(db).exists()
        reader = subprocess.Popen([sys.executable, "-c", READER, str(db)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)  # fmt: skip
        deadline = time.monotonic() + 60
        while reader.poll() is None and time.monotonic() < deadline:
            session.con.execute("select count(*) from documents").fetchall()  # a batch
            session.between_batches()
            time.sleep(0.05)
        out, err = reader.communicate(timeout=60)
        assert reader.returncode == 0, err
        assert out.strip() == "0" and session.releases >= 1
        assert knock_path(db).exists()


def test_a_reader_gets_in_while_the_writer_waits_for_a_batch(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    with Session(db, hold_s=3600) as session:
        session.con.execute("select count(*) from documents").fetchall()
        started = time.monotonic()
        with session.idle():  # as while a worker prepares the next batch: no between_batches
            reader = subprocess.Popen(
                [sys.executable, "-c", READER, str(db)], stdout=subprocess.PIPE, text=True
            )
            out, err = reader.communicate(timeout=60)
        assert reader.returncode == 0, err
        assert out.strip() == "0" and session.releases == 1
        assert time.monotonic() - started < 30
        assert session.con.execute("select count(*) from documents").fetchone() == (0,)


def test_the_connection_is_closed_after_the_hold_time(tmp_path: Path) -> None:
    with Session(tmp_path / "w.duckdb", hold_s=0) as session:
        first = session.con
        session.between_batches()
        assert session.releases == 1 and session.con is not first


def test_a_reader_that_does_not_knock_is_kept_out_at_most_30_s(tmp_path: Path) -> None:
    """A plain DuckDB client never knocks: only the hold time bounds its wait (docs/decisions)."""
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("PRESSWATCH_WRITER_")}
    code = "from presswatch.writer import Session; print(Session('w.duckdb').hold_s)"
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path,
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert 0 < float(out) <= 30


def test_the_connection_is_closed_after_hold_articles(tmp_path: Path) -> None:
    with Session(tmp_path / "w.duckdb", hold_s=3600, hold_articles=5) as session:
        first = session.con
        session.between_batches(3)
        assert session.releases == 0 and session.con is first
        session.between_batches(2)  # 5 articles stored since it was opened
        assert session.releases == 1 and session.held == 0
        second = session.con
        session.between_batches(4)  # counted afresh after reopening
        assert session.releases == 1 and session.con is second


SLOW_READER = (
    "import sys, time; from presswatch.db import connect\n"
    "with connect(sys.argv[1], read_only=True, timeout_s=30) as con:\n"
    "    print('in', flush=True); time.sleep(float(sys.argv[2]))\n"
)


def test_the_writer_waits_out_a_long_reader(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    with Session(db, hold_s=3600, wait_s=30) as session:
        session.con.execute("select count(*) from documents").fetchall()
        with session.idle():  # the reader knocks, gets in and holds the file for 3 s
            reader = subprocess.Popen([sys.executable, "-c", SLOW_READER, str(db), "3"],
                                      stdout=subprocess.PIPE, text=True)  # fmt: skip
            assert reader.stdout is not None and reader.stdout.readline().strip() == "in"
        started = time.monotonic()
        assert session.con.execute("select count(*) from documents").fetchone() == (0,)
        assert time.monotonic() - started > 1  # it waited for the reader instead of failing
        reader.wait(timeout=30)
    with Session(
        db, hold_s=3600, wait_s=0.5
    ) as session:  # a short wait gives up with a clear error
        reader = subprocess.Popen([sys.executable, "-c", SLOW_READER, str(db), "5"],
                                  stdout=subprocess.PIPE, text=True)  # fmt: skip
        assert reader.stdout is not None and reader.stdout.readline().strip() == "in"
        with pytest.raises(WarehouseBusy, match="locked by another process"):
            session.con.execute("select 1")
        reader.wait(timeout=30)


def test_the_session_runs_duckdb_on_one_thread_and_the_build_on_all(
    tmp_path: Path, monkeypatch
) -> None:
    threads = "select current_setting('threads')"
    monkeypatch.delenv("PRESSWATCH_WRITER_THREADS", raising=False)
    with Session(tmp_path / "w.duckdb") as session:
        assert session.con.execute(threads).fetchone()[0] == 1
    default = duckdb.connect().execute(threads).fetchone()[0]
    with connect(tmp_path / "w.duckdb") as con:  # the instance closed with the session
        assert con.execute(threads).fetchone()[0] == default


@pytest.mark.parametrize("value", ["two", "0", "-1", "2.0"])
def test_a_bad_writer_threads_value_names_the_variable(
    tmp_path: Path, monkeypatch, value: str
) -> None:
    monkeypatch.setenv("PRESSWATCH_WRITER_THREADS", value)
    with pytest.raises(ValueError, match="PRESSWATCH_WRITER_THREADS must be a whole number"):
        Session(tmp_path / "w.duckdb")
    assert not (tmp_path / "w.duckdb").exists()


def test_writer_threads_override_applies_to_the_session(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PRESSWATCH_WRITER_THREADS", "2")
    with Session(tmp_path / "w.duckdb") as session:
        assert session.con.execute("select current_setting('threads')").fetchone()[0] == 2


def test_the_session_caps_duckdb_lower_than_the_build(tmp_path: Path, monkeypatch) -> None:
    limit = "select current_setting('memory_limit')"
    monkeypatch.delenv("PRESSWATCH_WRITER_FULL_MEMORY", raising=False)
    monkeypatch.delenv("PRESSWATCH_DB_MEMORY_LIMIT", raising=False)
    with Session(tmp_path / "w.duckdb") as session:
        assert session.con.execute(limit).fetchone()[0] == "488.2 MiB"  # 512 MB
    monkeypatch.setenv("PRESSWATCH_WRITER_FULL_MEMORY", "1")
    with Session(tmp_path / "w.duckdb") as session:
        assert session.con.execute(limit).fetchone()[0] == "1.3 GiB"  # connect()'s 1.5 GB


def test_documents_store_the_bytes_read_though_prepared_batches_carry_no_content(
    tmp_path: Path,
) -> None:
    from presswatch.actors import load_registry
    from presswatch.prepare import prepare_batch
    from presswatch.sources import iter_paths
    from presswatch.sources.base import RawDocument

    root = corpus(tmp_path, 5)
    docs = [d for d in iter_paths([root]) if isinstance(d, RawDocument)]
    assert "content" not in prepare_batch(docs, load_registry()).tables["documents"].column_names
    ingest_paths([root], tmp_path / "w.duckdb", batch_size=2, workers=2)  # in worker processes
    with connect(tmp_path / "w.duckdb", read_only=True) as con:
        stored = dict(con.execute("select origin, content from documents").fetchall())
    assert stored == {str(p): p.read_bytes() for p in sorted((root / "river-post").iterdir())}
