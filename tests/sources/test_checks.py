"""The data checks for sources, stories and coverage pass on sane data and catch broken rows."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from presswatch.db import run_checks

MINE = ("assert_stories_well_formed", "assert_source_rows_known", "assert_coverage_matches_sources")


def test_source_checks_catch_broken_rows(samples_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.duckdb"
    shutil.copy(samples_db, db)
    with duckdb.connect(str(db)) as con:
        assert all(run_checks(con)[name] == 0 for name in MINE)
        con.execute("update story_members set story_size = 9 where doc_id = story_id")
        con.execute("insert into doc_sources values ('nope', 'elsewhere', 'x', now()::timestamp)")
        con.execute("update doc_meta set analysed = false")
        found = run_checks(con)
    assert found["assert_stories_well_formed"] > 0
    assert found["assert_coverage_matches_sources"] > 0
    assert found["assert_source_rows_known"] > 1  # the orphan source row and analysed other text
