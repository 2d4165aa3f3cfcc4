"""The bulk tables carry no primary-key index (migration 006); a zero-row check guards keys."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from presswatch.db import connect
from presswatch.db.models import run_checks
from presswatch.resources import sql_dir

BULK = ("documents", "articles", "blocks", "quotes", "topic_scores", "doc_meta", "doc_sources",
        "story_members")  # fmt: skip


def _indexed(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute("select table_name from duckdb_tables() where index_count > 0").fetchall()
    return {r[0] for r in rows}


DOC = (
    "insert into documents values ($id, 'a.txt', 'txt', 'x'::blob, 'utf-8', 'Desk', null, 'T', "
    "null, now()::timestamp)"
)
SAMPLE = {"VARCHAR": "x", "INTEGER": 1, "DOUBLE": 0.5, "BOOLEAN": True, "BLOB": b"x"}


def _insert_one(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """Insert one row with a value in every column (the same row each call)."""
    cols = con.execute(
        "select column_name, data_type from duckdb_columns() where table_name = $t "
        "order by column_index",
        {"t": table},
    ).fetchall()
    names = ", ".join(c for c, _ in cols)
    marks = ", ".join("now()::timestamp" if ty == "TIMESTAMP" else f"${c}" for c, ty in cols)
    values = {c: SAMPLE[ty] for c, ty in cols if ty != "TIMESTAMP"}
    con.execute(f"insert into {table} ({names}) values ({marks})", values)  # names: the schema's


def test_fresh_warehouse_has_no_bulk_keys_but_small_tables_keep_theirs(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    indexed = _indexed(con)
    assert not indexed & set(BULK)
    assert {"actors", "quarantine", "http_cache"} <= indexed


def test_migration_keeps_the_rows_of_an_older_warehouse(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute(
        "create table schema_migrations "
        "(version integer primary key, name varchar not null, applied_at timestamp not null)"
    )
    for file in sorted((sql_dir() / "schema").glob("00[1-5]_*.sql")):
        con.execute(file.read_text(encoding="utf-8"))
        version = int(file.name.split("_", 1)[0])
        con.execute(
            "insert into schema_migrations values ($v, $n, now())", {"v": version, "n": file.stem}
        )
    con.execute(DOC, {"id": "d1"})
    con.execute(
        "insert into doc_meta (doc_id, lang, lang_share, analysed, text_hash, source, "
        "minhash_version) values ('d1', 'en', 0.5, true, 'h', 's', 2)"
    )
    assert "documents" in _indexed(con)
    con.close()

    con = connect(db)
    assert not _indexed(con) & set(BULK)
    assert con.execute("select doc_id, title from documents").fetchall() == [("d1", "T")]
    assert con.execute("select doc_id, minhash_version from doc_meta").fetchall() == [("d1", 2)]


@pytest.mark.parametrize("table", BULK)
def test_keys_check_reports_a_duplicated_key_in_every_bulk_table(
    tmp_path: Path, table: str
) -> None:
    con = connect(tmp_path / "w.duckdb")
    _insert_one(con, table)
    assert run_checks(con, only="assert_keys_unique") == {"assert_keys_unique": 0}
    _insert_one(con, table)
    assert run_checks(con, only="assert_keys_unique") == {"assert_keys_unique": 1}
