"""Re-analysis from stored bytes: the split store/analyse path, stale versions, filters, SIGKILL."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

from click.testing import CliRunner

from presswatch.analyze import ANALYZER_VERSION
from presswatch.cli import cli
from presswatch.db import connect
from presswatch.ingest import build_warehouse
from presswatch.reanalyze import pending_ids, reanalyze
from presswatch.store import store_paths, sync_registries

from .conftest import SAMPLES
from .test_lock import PRESSWATCH, corpus, counts

REGISTRY = SAMPLES / "actors.csv"
FINGERPRINT = (
    "select (select md5(string_agg(doc_id || quote_no || text || coalesce(actor_id, ''), ',' "
    "order by doc_id, quote_no)) from quotes), "
    "(select md5(string_agg(doc_id || block_no || kind, ',' order by doc_id, block_no)) "
    "from blocks), "
    "(select round(sum(prob), 6) from topic_scores)"
)


def fingerprint(db: Path) -> tuple:
    """Return hashes of a warehouse's analysis rows (not their timestamps)."""
    with connect(db, read_only=True) as con:
        return con.execute(FINGERPRINT).fetchone()  # type: ignore[return-value]


def stored_only(tmp_path: Path) -> Path:
    """Return a warehouse holding the samples' documents without any analysis."""
    db = tmp_path / "w.duckdb"
    sync_registries(db, [REGISTRY])
    stats = store_paths([SAMPLES], db)
    assert stats.new > 0 and stats.quarantined == 2
    return db


def test_storing_then_analysing_equals_ingesting_in_one_go(
    samples_db: Path, tmp_path: Path
) -> None:
    db = stored_only(tmp_path)
    assert len(pending_ids(db)) == counts(db)[0] and counts(db)[1] == 0
    stats = reanalyze(db, [REGISTRY], batch_size=7)
    assert stats.analyzed == counts(db)[0] and stats.batches == -(-stats.analyzed // 7)
    assert fingerprint(db) == fingerprint(samples_db)
    assert not any(build_warehouse(db).values())
    assert reanalyze(db, [REGISTRY]).pending == 0  # idempotent: nothing left to do
    assert not list((tmp_path / "w.duckdb.shards").rglob("*.parquet"))


def test_cli_reanalyses_stale_rows_of_one_outlet(tmp_path: Path) -> None:
    db = stored_only(tmp_path)
    reanalyze(db, [REGISTRY])
    before = fingerprint(db)
    with connect(db) as con:
        outlet = con.execute("select min(outlet) from documents").fetchone()[0]
        for table in ("articles", "blocks", "quotes", "topic_scores"):
            con.execute(f"update {table} set analyzer_version = 'old'")
    assert len(pending_ids(db)) == counts(db)[0]
    args = ["reanalyze", "--db", str(db), "--outlet", outlet, "--config", str(tmp_path / "none")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    with connect(db, read_only=True) as con:
        left = con.execute(
            "select distinct d.outlet from documents d join articles a using (doc_id) "
            "where a.analyzer_version <> $v",
            {"v": ANALYZER_VERSION},
        ).fetchall()
    assert outlet not in {row[0] for row in left} and left
    assert not any(build_warehouse(db).values())  # no stale row survives next to a fresh article
    assert (
        CliRunner().invoke(cli, ["reanalyze", "--db", str(db), "--since", "May 1"]).exit_code == 2
    )
    forced = CliRunner().invoke(cli, ["reanalyze", "--db", str(db), "--all", "--config",
                                      str(SAMPLES.parent.parent / "sources.toml")])  # fmt: skip
    assert forced.exit_code == 0 and f"analysed: {counts(db)[0]}" in forced.stdout
    assert fingerprint(db) == before


def test_reanalysis_rewrites_the_text_fingerprints_of_doc_meta(
    samples_db: Path, tmp_path: Path
) -> None:
    # as an older analyzer would have left them: hashes of another editorial text
    db = tmp_path / "w.duckdb"
    db.write_bytes(samples_db.read_bytes())
    prints = "select doc_id, text_hash, minhash, minhash_version from doc_meta where analysed"
    with connect(db, read_only=True) as con:
        expected = sorted(con.execute(prints).fetchall())
    with connect(db) as con:
        con.execute("update doc_meta set text_hash = 'stale', minhash = null where analysed")
    assert reanalyze(db, [REGISTRY], force=True).analyzed == len(expected)
    with connect(db, read_only=True) as con:
        assert sorted(con.execute(prints).fetchall()) == expected


def test_since_selects_by_publication_day(tmp_path: Path) -> None:
    db = stored_only(tmp_path)
    with connect(db, read_only=True) as con:
        (expected,) = con.execute(
            "select count(*) from documents where published_utc >= date '2026-11-26'"
        ).fetchone()
    assert 0 < len(pending_ids(db, since="2026-11-26")) == expected < counts(db)[0]


def test_sigkill_mid_reanalysis_and_a_rerun_finishes(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    total = (
        store_paths([tmp_path / "big.jsonl"], db).new if corpus(tmp_path / "big.jsonl", 300) else 0
    )
    proc = subprocess.Popen([PRESSWATCH, "reanalyze", "--db", str(db), "--batch-size", "20"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and counts(db)[1] < 40:
        time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "reanalyze finished before it could be killed"
    docs, articles = counts(db)
    assert docs == total and 40 <= articles < total and articles % 20 == 0
    assert not any(build_warehouse(db).values())
    assert reanalyze(db).analyzed == total - articles
    assert counts(db) == (total, total)
