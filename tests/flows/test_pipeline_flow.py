"""One real run of the `pipeline` flow under a session-scoped Prefect test harness."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from presswatch.db import connect
from presswatch.flowrun import load_flow_module

from ..conftest import SAMPLES


@pytest.mark.flow
def test_pipeline_flow_ingests_builds_and_reports(harness: None, tmp_path: Path) -> None:
    shutil.copytree(SAMPLES / "kettervale-wire", tmp_path / "in" / "kettervale-wire")
    shutil.copytree(SAMPLES / "bad", tmp_path / "in" / "bad")
    sources = tmp_path / "sources.toml"
    sources.write_text('[[sources]]\npath = "in"\n')
    db, out = tmp_path / "w.duckdb", tmp_path / "build"
    pipeline = load_flow_module("pipeline").pipeline
    result = pipeline(sources=str(sources), db=str(db), out=str(out))
    assert result["counts"]["new"] >= 3 and result["counts"]["quarantined"] == 2
    assert not any(result["checks"].values())
    assert (out / "index.html").is_file()
    rendered = (out / "index.html").stat().st_mtime_ns
    again = pipeline(sources=str(sources), db=str(db), out=str(out))
    assert again["counts"]["new"] == 0 and again["analysis"]["pending"] == 0
    assert (out / "index.html").stat().st_mtime_ns == rendered  # report cached: nothing changed
    with connect(db, read_only=True) as con:
        assert (
            con.execute("select count(*) from documents").fetchone()[0] == result["counts"]["new"]
        )

    from prefect.artifacts import Artifact

    artifact = Artifact.get("pipeline-summary")
    assert artifact is not None and "quarantined" in (artifact.data or "")
