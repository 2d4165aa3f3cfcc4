"""The pipeline over the real scraped sample in ../shared/samples (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

from presswatch.db import connect
from presswatch.ingest import build_warehouse, ingest_paths

from .conftest import SHARED, needs_shared


@needs_shared()
def test_pipeline_over_the_shared_sample(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    stats = ingest_paths([SHARED / "samples"], db)
    assert stats.new == 1 and stats.quarantined == 0
    assert not any(build_warehouse(db).values())
    with connect(db, read_only=True) as con:
        direct = con.execute("select count(*) from quotes where kind = 'direct'").fetchone()[0]
        top = con.execute(
            "select actor_name from fct_quote_frequency order by quotes desc limit 1"
        ).fetchone()[0]
        junk, teasers = con.execute("select junk_share, teasers from fct_article_junk").fetchone()
    assert direct >= 12
    assert "Zelensk" in top
    assert 0.05 < junk < 0.5 and teasers == 3
