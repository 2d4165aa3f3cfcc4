"""The coverage ledger does not call the day still in progress (today, UTC) incomplete."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb

from presswatch.ingest import build_warehouse, ingest_paths


def _article(folder: Path, day: datetime, n: int) -> None:
    stem = f"{day:%m%d}-{n}"
    words = " ".join(f"{w}{day.day * 10 + n}" for w in ("harbour", "bridge", "council", "ferry"))
    text = f"Story {stem} about the town\nThe council said the work on {words} was done.\n"
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    meta = {"outlet": "Harbour Post", "published": f"{day:%Y-%m-%d}T00:30:00"}
    (folder / f"{stem}.meta.json").write_text(json.dumps(meta), encoding="utf-8")


def test_today_is_in_progress_but_a_short_yesterday_is_a_gap(tmp_path: Path) -> None:
    today = datetime.now(UTC).replace(tzinfo=None)
    folder = tmp_path / "harbour"
    folder.mkdir()
    per_day = {6: 3, 5: 3, 4: 3, 3: 3, 2: 3, 1: 1, 0: 1}  # days before today: articles
    for back, count in per_day.items():
        for n in range(count):
            _article(folder, today - timedelta(days=back), n)
    db = tmp_path / "w.duckdb"
    ingest_paths([folder], db)
    build_warehouse(db)
    with duckdb.connect(str(db)) as con:
        rows = con.execute(
            "select day, fetched, complete, gap from fct_coverage_daily order by day"
        ).fetchall()
        days = dict(con.execute("select day, complete from fct_coverage_days").fetchall())
    by_day = {r[0]: r[1:] for r in rows}
    assert by_day[today.date()] == (1, True, None)  # partial, but still being fetched
    yesterday = (today - timedelta(days=1)).date()
    assert by_day[yesterday] == (1, False, "below baseline")
    assert days[today.date()] is True and days[yesterday] is False
