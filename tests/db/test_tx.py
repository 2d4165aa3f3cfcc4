"""The writer helpers: one transaction, a registered table, stored-id lookups."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from presswatch.db import connect, registered, transaction
from presswatch.db.tx import SCAN_NAME, existing_ids, scan


def test_transaction_commits_on_success_and_rolls_back_on_error() -> None:
    con = duckdb.connect()
    con.execute("create table t (x integer)")
    with transaction(con):
        con.execute("insert into t values (1)")
    with pytest.raises(RuntimeError), transaction(con):
        con.execute("insert into t values (2)")
        raise RuntimeError("boom")
    assert con.execute("select list(x) from t").fetchone()[0] == [1]


def test_registered_table_is_gone_afterwards_even_on_error() -> None:
    con = duckdb.connect()
    with pytest.raises(ValueError), registered(con, "_tmp", pa.table({"a": [1, 2]})):
        assert con.execute("select sum(a) from _tmp").fetchall() == [(3,)]
        raise ValueError("stop")
    with pytest.raises(duckdb.CatalogException):
        con.execute("select * from _tmp")


def test_existing_ids_returns_only_stored_documents() -> None:
    con = connect(":memory:")
    con.execute(
        "insert into documents values ('a', 'a.txt', 'txt', 'x'::blob, 'utf-8', 'O', null, null, "
        "null, now()::timestamp)"
    )
    assert existing_ids(con, ["a", "b"]) == {"a"}
    assert existing_ids(con, []) == set()


def test_scan_reads_the_given_table_and_leaves_nothing_behind() -> None:
    con = duckdb.connect()
    assert scan(con, f"select sum(a) from {SCAN_NAME}", pa.table({"a": [1, 2]})).fetchall() == [
        (3,)
    ]
    with pytest.raises(duckdb.CatalogException):
        con.execute(f"select * from {SCAN_NAME}")


def test_a_warehouse_with_a_table_of_the_scan_name_is_refused(tmp_path: Path) -> None:
    # a table of that name would take the place of every batch the writer stores
    db = tmp_path / "w.duckdb"
    connect(db).close()
    with duckdb.connect(str(db)) as con:
        con.execute(f"create view {SCAN_NAME} as select 'a' as doc_id")
    with pytest.raises(ValueError, match=f"{SCAN_NAME} would take the place"):
        connect(db)
    with duckdb.connect(str(db)) as con:
        con.execute(f"drop view {SCAN_NAME}")
    connect(db).close()
