"""Incremental ingest: a second run analyses only new or changed files."""

from __future__ import annotations

from pathlib import Path

import duckdb

from presswatch.ingest import ingest_paths


def test_second_run_analyses_only_new_and_changed_files(tmp_path: Path) -> None:
    folder = tmp_path / "harbour-post"
    folder.mkdir()
    for i in range(4):
        text = f"Story {i}\nThe council met on day {i} and said the ferry timetable would change.\n"
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    assert ingest_paths([folder], db).new == 4
    (folder / "1.txt").write_text("Story 1\nThe council changed its mind about the ferry.\n")
    (folder / "9.txt").write_text("Story 9\nA new library opened on the harbour front today.\n")
    second = ingest_paths([folder], db)
    assert (second.new, second.duplicate) == (2, 3)
    with duckdb.connect(str(db)) as con:
        (stamps,) = con.execute("select count(distinct analyzed_at) from articles").fetchone()
        (sources,) = con.execute("select count(distinct source) from doc_sources").fetchone()
    assert stamps == 2 and sources == 1


def test_build_backfills_source_metadata_of_older_documents(tmp_path: Path) -> None:
    from presswatch.ingest import build_warehouse

    folder = tmp_path / "harbour-post"
    folder.mkdir()
    for i in range(3):
        text = f"Story {i}\nThe council met on day {i} and said the ferry timetable would change.\n"
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    ingest_paths([folder], db)
    with duckdb.connect(str(db)) as con:  # a warehouse from before the sources migration
        con.execute("delete from doc_meta; delete from doc_sources")
    assert not any(build_warehouse(db).values())
    with duckdb.connect(str(db)) as con:
        meta = con.execute("select count(*), count(distinct lang) from doc_meta").fetchone()
        members = con.execute("select count(*) from story_members").fetchone()
        sources = con.execute("select distinct source from doc_sources").fetchall()
    assert meta == (3, 1) and members == (3,) and sources == [("harbour-post",)]
