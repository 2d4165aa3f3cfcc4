"""`presswatch sql` cannot write, and reads no file outside the warehouse unless --allow-files."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from presswatch.cli import cli
from presswatch.db import build_models, connect


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a small warehouse with one document and the models built."""
    path = tmp_path_factory.mktemp("sec") / "w.duckdb"
    with connect(path) as con:
        con.execute(
            "insert into documents (doc_id, origin, source_kind, content, encoding, outlet, "
            "ingested_at) values ('a', 'a.txt', 'txt', 'x'::blob, 'utf-8', 'Wire', now())"
        )
        build_models(con)
    return path


def sql(db: Path, query: str, *flags: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["sql", query, "--db", str(db), *flags])
    return result.exit_code, result.stdout + result.stderr


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """Return a folder outside the warehouse holding a 'secret' CSV."""
    (tmp_path / "secret.csv").write_text("token\nhunter2\n")
    return tmp_path


FILE_READS = [
    "select * from read_text('{d}/secret.csv')",
    "select * from read_blob('{d}/secret.csv')",
    "select * from read_csv('{d}/secret.csv')",
    "select * from '{d}/secret.csv'",
    "select * from glob('{d}/*')",
    "select * from read_json_auto('{d}/secret.csv')",
    "attach '{d}/other.duckdb' as other (read_only)",
]
WRITES = [
    "copy documents to '{d}/out.csv'",
    "copy (select 1) to '{d}/out.parquet'",
    "select 1; copy documents to '{d}/out2.csv'",
    "export database '{d}/dump'",
]
REENABLE = [
    "set enable_external_access = true",
    "reset enable_external_access",
    "set allowed_directories = ['/']",
    "set allowed_paths = ['{d}/secret.csv']",
    "set allow_community_extensions = true",
    "set temp_directory = '{d}/tmp'",
    "install httpfs",
    "load httpfs",
]
WAREHOUSE_WRITES = [
    "delete from documents",
    "insert into documents (doc_id) values ('x')",
    "create table t (x int)",
    "drop view stg_documents",
    "update documents set outlet = 'X'",
    "create or replace view stg_documents as select 1",
]


@pytest.mark.parametrize("template", FILE_READS + WRITES + REENABLE)
def test_no_file_access_without_allow_files(db: Path, outside: Path, template: str) -> None:
    code, out = sql(db, template.format(d=outside))
    assert code == 1 and "error:" in out, out
    assert "hunter2" not in out
    assert sorted(p.name for p in outside.iterdir()) == ["secret.csv"]  # nothing written


@pytest.mark.parametrize("template", WRITES)
def test_files_are_never_written_even_with_allow_files(
    db: Path, outside: Path, template: str
) -> None:
    code, out = sql(db, template.format(d=outside), "--allow-files")
    assert code == 1 and "refused" in out, out
    assert sorted(p.name for p in outside.iterdir()) == ["secret.csv"]


def test_allow_files_reads_files(db: Path, outside: Path) -> None:
    code, out = sql(db, f"select * from read_csv('{outside}/secret.csv')", "--allow-files")
    assert code == 0 and "hunter2" in out


@pytest.mark.parametrize("query", WAREHOUSE_WRITES)
@pytest.mark.parametrize("flags", [(), ("--allow-files",)])
def test_the_warehouse_is_never_written(db: Path, query: str, flags: tuple[str, ...]) -> None:
    before = db.read_bytes()
    code, out = sql(db, query, *flags)
    assert code == 1 and "error:" in out, out
    assert db.read_bytes() == before
    assert sql(db, "select count(*) from documents", "--format", "csv")[1].split() == [
        "count_star()",
        "1",
    ]
