"""The coverage ledger: per source and day, expected against fetched, failures and quarantines."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb

from presswatch.coverage import complete_days
from presswatch.ingest import build_warehouse, ingest_paths

WORDS = ["harbour", "bridge", "council", "port", "storm", "ferry", "market", "school", "river",
         "tram", "library"]  # fmt: skip


def _article(folder: Path, day: int, n: int) -> None:
    stem = f"d{day:02d}-{n}"
    words = " ".join(WORDS[(day * 7 + n + i) % len(WORDS)] + str(day * 10 + n) for i in range(40))
    text = f"Story {stem} about the town\nThe council said the work on {words} was finished.\n"
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    meta = {"outlet": "Harbour Post", "published": f"2026-10-{day:02d}T09:00:00"}
    (folder / f"{stem}.meta.json").write_text(json.dumps(meta), encoding="utf-8")


def test_gap_days_are_flagged_against_the_rolling_baseline(tmp_path: Path) -> None:
    folder = tmp_path / "harbour"
    folder.mkdir()
    per_day = {1: 3, 2: 3, 3: 3, 4: 3, 5: 3, 6: 0, 7: 3, 8: 1}
    for day, count in per_day.items():
        for n in range(count):
            _article(folder, day, n)
    db = tmp_path / "w.duckdb"
    ingest_paths([folder], db)
    build_warehouse(db)
    with duckdb.connect(str(db)) as con:
        rows = con.execute(
            "select day.day(), expected, fetched, complete, gap from fct_coverage_daily "
            "where source = $s order by day",
            {"s": str(folder)},
        ).fetchall()
        days = complete_days(con)
    by_day = {r[0]: r[1:] for r in rows}
    assert sorted(by_day) == list(range(1, 9))  # the spine includes the empty day 6
    assert by_day[3] == (None, 3, True, None)  # not enough history for a baseline yet
    assert by_day[5] == (3.0, 3, True, None)
    assert by_day[6] == (3.0, 0, False, "no documents")
    assert by_day[7] == (3.0, 3, True, None)
    assert by_day[8] == (3.0, 1, False, "below baseline")
    assert [d.day for d in days] == [1, 2, 3, 4, 5, 7]


def test_quarantined_inputs_are_counted_with_reasons(tmp_path: Path) -> None:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "empty.txt").write_text("   ", encoding="utf-8")
    (folder / "bad.jsonl").write_text(
        '{"title": "x", "text": "ok ok"}\n{broken\n', encoding="utf-8"
    )
    db = tmp_path / "w.duckdb"
    stats = ingest_paths([folder], db)
    assert stats.quarantined == 2
    build_warehouse(db)
    with duckdb.connect(str(db)) as con:
        row = con.execute(
            "select fetched, failed, quarantined, reasons, complete from fct_coverage_daily"
        ).fetchall()
        days = con.execute("select day, complete from fct_coverage_days").fetchall()
    assert row == [(1, 0, 2, "empty file; malformed JSON line", True)]
    assert days[0][1] is True and isinstance(days[0][0], date)
