"""`presswatch sql`: read-only queries, three output formats, refusals with clear messages."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from presswatch.cli import cli
from presswatch.db import build_models, connect


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a warehouse file with two documents and the models built."""
    path = tmp_path_factory.mktemp("sql") / "w.duckdb"
    con = connect(path)
    con.execute(
        "insert into documents values "
        "('a', 'a.txt', 'txt', 'x'::blob, 'utf-8', 'Ledger, \"The\"', null, 'Line one', "
        "'2026-11-23 08:00:00', '2026-11-24 00:00:00'), "
        "('b', 'b.txt', 'txt', 'y'::blob, 'utf-8', 'Wire', null, null, null, '2026-11-24 00:00:00')"
    )
    build_models(con)
    con.close()
    return path


def invoke(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    # stdout_bytes: Result.stdout would turn the CSV's CRLF into LF
    return result.exit_code, result.stdout_bytes.decode(), result.stderr


def test_table_output(db: Path) -> None:
    code, out, _ = invoke(
        "sql", "select doc_id, outlet from stg_documents order by 1", "--db", str(db)
    )
    assert code == 0
    assert out.splitlines()[0].split() == ["doc_id", "|", "outlet"]
    assert out.rstrip().endswith("(2 rows)")


def test_csv_is_rfc4180_with_one_header(db: Path) -> None:
    code, out, _ = invoke("sql", "select doc_id, outlet, day from stg_documents order by 1",
                          "--db", str(db), "--format", "csv")  # fmt: skip
    assert code == 0
    assert "\r\n" in out
    parsed = list(csv.reader(io.StringIO(out)))
    assert parsed == [["doc_id", "outlet", "day"], ["a", 'Ledger, "The"', "2026-11-23"],
                      ["b", "Wire", "2026-11-24"]]  # fmt: skip


def test_json_is_one_array(db: Path) -> None:
    code, out, _ = invoke("sql", "select doc_id, published_utc from stg_documents order by 1",
                          "--db", str(db), "--format", "json")  # fmt: skip
    assert code == 0
    assert json.loads(out) == [
        {"doc_id": "a", "published_utc": "2026-11-23T08:00:00"},
        {"doc_id": "b", "published_utc": None},
    ]


def test_query_from_stdin_and_file(db: Path, tmp_path: Path) -> None:
    assert (
        invoke("sql", "--db", str(db), "--format", "csv", stdin="select 41 + 1 as n")[1]
        == "n\r\n42\r\n"
    )
    query = tmp_path / "q.sql"
    query.write_text("select count(*) as n from documents")
    assert invoke("sql", str(query), "--db", str(db), "--format", "csv")[1] == "n\r\n2\r\n"


def test_writes_are_refused(db: Path) -> None:
    code, out, err = invoke("sql", "delete from documents", "--db", str(db))
    assert code == 1 and out == ""
    assert "read-only" in err
    assert (
        invoke("sql", "select count(*) from documents", "--db", str(db), "--format", "csv")[1]
        == "count_star()\r\n2\r\n"
    )


def test_file_access_is_off_unless_allowed(db: Path, tmp_path: Path) -> None:
    data = tmp_path / "secret.csv"
    data.write_text("a\n1\n")
    code, _, err = invoke("sql", f"select * from read_csv('{data}')", "--db", str(db))
    assert code == 1 and "--allow-files" in err
    code, out, _ = invoke("sql", f"select * from read_csv('{data}')", "--db", str(db),
                          "--allow-files", "--format", "csv")  # fmt: skip
    assert code == 0 and out == "a\r\n1\r\n"


def test_bad_sql_and_missing_warehouse_fail_with_exit_1(db: Path, tmp_path: Path) -> None:
    code, _, err = invoke("sql", "select nope from documents", "--db", str(db))
    assert code == 1 and "error:" in err and "nope" in err
    code, _, err = invoke("sql", "select 1", "--db", str(tmp_path / "none.duckdb"))
    assert code == 1 and "no warehouse" in err


def test_sql_start_up_imports_no_prefect_altair_pandas_or_pyarrow(db: Path) -> None:
    probe = (
        "import sys\n"
        "from presswatch.cli import cli\n"
        f"cli.main(['sql', 'select 1', '--db', {str(db)!r}], standalone_mode=False)\n"
        "print(sorted(m for m in ('prefect', 'altair', 'pandas', 'pyarrow') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_output_writes_parquet_and_nothing_else(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "docs.parquet"
    code, stdout, _ = invoke("sql", "select doc_id, outlet from stg_documents order by 1",
                             "--db", str(db), "--output", str(out))  # fmt: skip
    assert code == 0 and stdout.strip() == f"wrote 2 rows to {out}"
    import duckdb

    assert duckdb.connect().execute(
        "select * from read_parquet($p) order by 1", {"p": str(out)}
    ).fetchall() == [("a", 'Ledger, "The"'), ("b", "Wire")]
    other = tmp_path / "other.parquet"
    code, _, err = invoke("sql", f"copy (select 1) to '{other}'", "--db", str(db),
                          "--output", str(out))  # fmt: skip
    assert code == 1 and "--allow-files" in err and not other.exists()
    secret = tmp_path / "secret.csv"
    secret.write_text("a\n1\n")
    code, _, err = invoke("sql", f"select * from read_csv('{secret}')", "--db", str(db),
                          "--output", str(out))  # fmt: skip
    assert code == 1 and "--allow-files" in err


def test_output_refuses_writes_to_the_warehouse(db: Path) -> None:
    before = db.read_bytes()
    code, _, err = invoke("sql", "select 1", "--db", str(db), "--output", str(db))
    assert code == 1 and "warehouse itself" in err
    code, _, err = invoke("sql", "delete from documents", "--db", str(db),
                          "--output", str(db.with_name("x.parquet")))  # fmt: skip
    assert code == 1 and "read-only" in err
    assert db.read_bytes() == before


def test_views_lists_every_model_with_its_grain(db: Path) -> None:
    code, out, _ = invoke("sql", "--views", "--format", "json")
    assert code == 0
    views = {v["view"]: v for v in json.loads(out)}
    from presswatch.db import model_names

    assert set(views) == set(model_names())
    assert views["fct_share_of_voice"]["grain"] == "actor x outlet x day"
    assert views["fct_topic_divergence"]["definition"].startswith("`js_divergence` = Jensen")
    assert all(v["grain"] and v["definition"] for v in views.values())


def test_reader_waits_for_a_writer_holding_the_lock(db: Path) -> None:
    holder = (
        "import sys, time, duckdb\n"
        "con = duckdb.connect(sys.argv[1])\n"
        "print('locked', flush=True)\n"
        "time.sleep(1.0)\n"
        "con.close()\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", holder, str(db)], stdout=subprocess.PIPE,
                            text=True)  # fmt: skip
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        started = time.monotonic()
        result = subprocess.run(
            [str(Path(sys.executable).parent / "presswatch"), "sql",
             "select count(*) as n from documents", "--db", str(db), "--format", "csv"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        waited = time.monotonic() - started
    finally:
        proc.wait(timeout=30)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "n\n2\n"
    assert proc.returncode == 0 and waited > 0.3  # it had to wait for the writer
