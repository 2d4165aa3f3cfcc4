"""`python -m benchmarks.worker build` rebuilds a warehouse, or one step of it, in a process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from benchmarks import worker
from benchmarks.harness import run_worker
from presswatch.db import connect, run_checks
from presswatch.dedup import cluster
from tests.db.test_stories import _members, _store

STORIES = "select doc_id, story_id, story_size from story_members order by doc_id"
CHECK = "assert_stories_well_formed"
MODEL = "fct_topic_mix"


def test_stories_step_stores_the_reference_stories_and_a_check_step_counts_offenders(
    tmp_path: Path,
) -> None:
    members = _members(150, seed=3)
    db = tmp_path / "w.duckdb"
    _store(db, members)
    expected = cluster(members)
    ids = list(expected.values())
    assert len(set(ids)) < len(members) - 20  # the warehouse really holds duplicates
    run = run_worker(["build", str(db), "--step", "stories"], tmp_path / "stories.log")
    assert run.result["stories"] == len(set(ids))
    with connect(db) as con:
        assert con.execute(STORIES).fetchall() == sorted(
            (d, s, ids.count(s)) for d, s in expected.items()
        )
        big = "select story_id from story_members group by 1 having count(*) > 1 limit 1"
        (story,) = con.execute(big).fetchone()  # type: ignore[misc]
        con.execute("update story_members set story_size = 99 where doc_id = $s", {"s": story})
    one = run_worker(["build", str(db), "--step", f"check:{CHECK}"], tmp_path / "check.log")
    assert one.result["failed"] == 1  # the one member with a wrong story_size


def _rounded(rows: list[tuple]) -> list[tuple]:
    """Return rows with floats rounded to 9 places (DuckDB's parallel sums vary in the last bit)."""
    return [tuple(round(v, 9) if isinstance(v, float) else v for v in row) for row in rows]


def test_model_step_rebuilds_that_model_alone(samples_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    shutil.copy(samples_db, db)
    rows = f"select * from {MODEL} order by all"
    with connect(db) as con:
        before, stories = con.execute(rows).fetchall(), con.execute(STORIES).fetchall()
        assert before
        kind = "view" if con.execute(
            "select count(*) from duckdb_views() where view_name = $m", {"m": MODEL}
        ).fetchone() == (1,) else "table"  # fmt: skip
        con.execute(f"create or replace {kind} {MODEL} as select 1 as stale")
        con.execute("delete from story_members")
    run_worker(["build", str(db), "--step", f"model:{MODEL}"], tmp_path / "one.log")
    with connect(db, read_only=True) as con:
        assert _rounded(con.execute(rows).fetchall()) == _rounded(before)
        assert con.execute(STORIES).fetchall() == []  # no other step ran
    with pytest.raises(SystemExit, match="unknown model 'fct_nope' in step 'model:fct_nope'"):
        worker.main(["build", str(db), "--step", "model:fct_nope"])
    full = run_worker(["build", str(db)], tmp_path / "all.log")
    assert full.result["failed_checks"] == 0
    with connect(db, read_only=True) as con:
        assert con.execute(STORIES).fetchall() == stories


def test_run_checks_runs_only_the_named_check_and_rejects_unknown_names(samples_db: Path) -> None:
    with connect(samples_db, read_only=True) as con:
        assert run_checks(con, only=CHECK) == {CHECK: 0}
        with pytest.raises(ValueError, match="unknown check 'assert_typo'"):
            run_checks(con, only="assert_typo")
