"""Ingesting the sample corpus: counts, idempotency, quarantine, checks and report queries."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from presswatch.db import connect, report_names
from presswatch.db.queries import run_report
from presswatch.ingest import build_warehouse, ingest_paths

from .conftest import SAMPLES

TABLES = ("documents", "articles", "blocks", "quotes", "topic_scores", "actors", "quarantine")


def counts(db: Path) -> dict[str, int]:
    with connect(db, read_only=True) as con:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}


def test_samples_load_with_every_stage_populated(samples_db: Path) -> None:
    got = counts(samples_db)
    assert got["documents"] >= 15 and got["articles"] == got["documents"]
    assert got["quotes"] >= 30
    assert got["blocks"] > got["articles"]
    assert got["quarantine"] >= 2  # data/samples/bad holds an empty file and a malformed JSON line
    with connect(samples_db, read_only=True) as con:
        outlets, days, kinds = con.execute(
            "select count(distinct outlet), count(distinct day), count(distinct source_kind) "
            "from stg_documents"
        ).fetchone()
        assert outlets >= 3 and days >= 3 and kinds == 3


def test_reingest_adds_nothing(samples_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    first = ingest_paths([samples_copy], db, [samples_copy / "actors.csv"])
    before = counts(db)
    second = ingest_paths([samples_copy], db, [samples_copy / "actors.csv"])
    assert counts(db) == before
    assert second.new == 0 and second.duplicate == first.new
    assert not any(build_warehouse(db).values())


def test_bad_input_is_quarantined_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in" / "river-post"
    folder.mkdir(parents=True)
    (folder / "good.txt").write_text("Bridge reopens\n“It is safe,” the engineer said.\n")
    (folder / "binary.txt").write_bytes(b"\x00\x01" * 100)
    (folder / "empty.txt").write_bytes(b"")
    db = tmp_path / "w.duckdb"
    stats = ingest_paths([tmp_path / "in"], db)
    assert (stats.new, stats.quarantined) == (1, 2)
    with connect(db, read_only=True) as con:
        reasons = con.execute("select origin, reason from quarantine order by origin").fetchall()
    assert [(Path(o).name, r) for o, r in reasons] == [("binary.txt", "undecodable"),
                                                        ("empty.txt", "empty file")]  # fmt: skip
    stats = ingest_paths([tmp_path / "in"], db)
    assert counts(db)["quarantine"] == 2 and stats.duplicate == 1


def test_every_report_query_runs_on_the_samples(samples_db: Path) -> None:
    with connect(samples_db, read_only=True) as con:
        for name in report_names():
            result = run_report(con, name, {"limit": 5})
            assert result.fetchall() is not None, name
        top = run_report(con, "quote_frequency_by_actor", {"limit": 3}).fetchall()
    assert len(top) == 3 and top[0][2] >= top[1][2] >= top[2][2] > 0


def test_small_batches_store_every_document_and_skip_bad_lines(tmp_path: Path) -> None:
    folder = tmp_path / "in" / "o"
    shutil.copytree(SAMPLES / "bad", tmp_path / "in" / "bad")
    folder.mkdir(parents=True)
    for i in range(4):
        (folder / f"a{i}.txt").write_text(f"Story {i}\n“Fine,” Ana Ruiz said of item {i}.\n")
    db = tmp_path / "w.duckdb"
    stats = ingest_paths([tmp_path / "in"], db, batch_size=2)
    assert (stats.new, stats.quarantined) == (6, 2)  # bad/broken.jsonl has two good lines
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select count(*) from articles").fetchone()[0] == 6
