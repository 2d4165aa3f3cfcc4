"""Materialised models: stored as tables, rebuilt atomically and idempotently by every writer."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from presswatch.cli import cli
from presswatch.db import build_models, connect
from presswatch.db.models import materialized_names, model_names, models
from presswatch.db.queries import run_report


@pytest.fixture
def db(samples_db: Path, tmp_path: Path) -> Path:
    """Return a private copy of the sample warehouse (real DuckDB file, models built)."""
    target = tmp_path / "w.duckdb"
    shutil.copy(samples_db, target)
    return target


def _kinds(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    rows = con.execute(
        "select table_name, 'table' from duckdb_tables() union all "
        "select view_name, 'view' from duckdb_views() where not internal"
    ).fetchall()
    return dict(rows)


def _snapshot(con: duckdb.DuckDBPyConnection) -> dict[str, list]:
    # float sums depend on DuckDB's parallel summation order in the last bits: compare 10 digits
    def row(values: tuple) -> tuple:
        return tuple(float(f"{v:.10g}") if isinstance(v, float) else v for v in values)

    return {
        name: sorted((row(r) for r in con.execute(f'from "{name}"').fetchall()), key=repr)
        for name in materialized_names()
    }


def test_every_fct_model_is_a_table_and_staging_stays_a_view(db: Path) -> None:
    with connect(db, read_only=True) as con:
        kinds = _kinds(con)
    assert {n for n in model_names() if n.startswith("fct_")} <= set(materialized_names())
    for name in model_names():
        assert kinds[name] == ("table" if name in materialized_names() else "view"), name
    assert all(kinds[n] == "view" for n in model_names() if n.startswith("stg_"))


def test_models_come_after_the_models_they_read() -> None:
    order = [m.name for m in models()]
    for model in models():
        assert all(order.index(dep) < order.index(model.name) for dep in model.deps), model.name
    by_name = {m.name: m for m in models()}
    assert by_name["fct_topic_divergence"].deps == {"fct_topic_mix_daily"}
    assert by_name["fct_article_junk"].order_by == "rank_in_outlet_day, day, outlet"


def test_rebuild_is_idempotent(db: Path) -> None:
    with connect(db) as con:
        before = _snapshot(con)
        assert build_models(con) == model_names()
        after = _snapshot(con)
    assert before == after
    assert sum(len(rows) for rows in after.values()) > 0


def test_views_of_an_older_warehouse_become_tables_and_back(db: Path) -> None:
    with connect(db) as con:
        con.execute("drop table fct_quote_frequency")
        con.execute("create view fct_quote_frequency as select 1 as stale")
        con.execute("drop view stg_blocks")
        con.execute("create table stg_blocks as select 1 as stale")
        build_models(con)
        kinds = _kinds(con)
        columns = [r[0] for r in con.execute("describe fct_quote_frequency").fetchall()]
    assert kinds["fct_quote_frequency"] == "table" and "actor_id" in columns
    assert kinds["stg_blocks"] == "view"


def test_a_failed_build_leaves_the_old_models(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with connect(db) as con:
        before = _snapshot(con)
        con.execute("delete from quotes")  # the next build would change the quote models
        broken = [*models()]
        broken.insert(len(broken) - 1, broken[-1].__class__("fct_zz", "select nope", True, None,
                                                            frozenset()))  # fmt: skip
        monkeypatch.setattr("presswatch.db.models.models", lambda: broken)
        with pytest.raises(duckdb.BinderException):
            build_models(con)
        monkeypatch.undo()
        assert _snapshot(con) == before
        assert "fct_zz" not in _kinds(con)


def test_a_reader_during_a_rebuild_sees_the_old_or_the_new_data(db: Path) -> None:
    writer = duckdb.connect(str(db))
    reader = writer.cursor()  # another connection to the same database, as a concurrent reader
    sql = "select count(*), coalesce(sum(quotes), 0) from fct_quote_frequency"
    old = reader.execute(sql).fetchone()
    writer.execute("delete from quotes where doc_id in (select doc_id from quotes limit 5)")
    seen: set = set()
    errors: list[Exception] = []

    def rebuild() -> None:
        try:
            for _ in range(3):
                build_models(writer)
        except Exception as exc:  # reported below
            errors.append(exc)

    thread = threading.Thread(target=rebuild)
    thread.start()
    while thread.is_alive() or not seen:
        seen.add(reader.execute(sql).fetchone())
    thread.join()
    new = reader.execute(sql).fetchone()
    writer.close()
    assert not errors
    assert new != old and seen <= {old, new}


def _quotes(db: Path) -> dict[str, int]:
    with connect(db, read_only=True) as con:
        rows = run_report(con, "quote_frequency_by_actor", {"limit": 1000}).fetchall()
    return {r[0]: r[2] + r[3] for r in rows}


def test_a_merge_then_a_report_shows_the_merged_actor(db: Path) -> None:
    before = _quotes(db)
    (into, _), (away, moved) = sorted(before.items(), key=lambda kv: -kv[1])[:2]
    runner = CliRunner()
    done = runner.invoke(cli, ["actors", "merge", away, into, "--db", str(db)])
    assert done.exit_code == 0, done.output
    merged = _quotes(db)
    assert away not in merged and merged[into] == before[into] + moved
    merge_id = done.output.split()[1].rstrip(":")
    done = runner.invoke(cli, ["actors", "unmerge", merge_id, "--db", str(db)])
    assert done.exit_code == 0, done.output
    assert _quotes(db) == before


def test_reanalyze_rebuilds_the_models(db: Path) -> None:
    from presswatch.reanalyze import reanalyze

    total = "select coalesce(sum(quotes + indirect_quotes), 0) from fct_quote_frequency"
    with connect(db) as con:
        before = con.execute(total).fetchone()
        doc = con.execute("select doc_id from quotes where actor_id is not null limit 1").fetchone()
        con.execute("delete from quotes where doc_id = $d", {"d": doc[0]})
        build_models(con)
        assert con.execute(total).fetchone() < before
        con.execute("update articles set analyzer_version = 'old' where doc_id = $d", {"d": doc[0]})
    assert reanalyze(db).analyzed == 1  # re-inserts the quotes, then rebuilds: no build here
    with connect(db, read_only=True) as con:
        assert con.execute(total).fetchone() == before
