"""`python -m benchmarks.worker build` rebuilds a warehouse in its own process and reports it."""

from __future__ import annotations

import shutil
from pathlib import Path

from benchmarks.harness import run_worker
from presswatch.db import connect

STORIES = "select doc_id, story_id, story_size from story_members order by doc_id"


def test_build_worker_rebuilds_and_reports_peak_rss(samples_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    shutil.copy(samples_db, db)
    with connect(db, read_only=True) as con:
        stories = con.execute(STORIES).fetchall()
    run = run_worker(["build", str(db)], tmp_path / "build.log")
    assert run.result["step"] == "all" and run.result["failed_checks"] == 0
    assert run.result["peak_rss_self_mb"] > 0 and run.result["peak_tree_rss_mb"] > 0
    one = run_worker(["build", str(db), "--step", "model:fct_topic_mix"], tmp_path / "one.log")
    assert one.result["step"] == "model:fct_topic_mix"
    with connect(db, read_only=True) as con:
        assert con.execute(STORIES).fetchall() == stories
