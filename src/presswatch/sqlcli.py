"""The ad-hoc SQL command's engine: a read-only query and table/CSV/JSON output (no pandas)."""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json
import uuid
from pathlib import Path
from typing import Any

import duckdb

from presswatch.db.connect import connect


class QueryError(RuntimeError):
    """The query failed; the message says why."""


# Statements that write files or load code even when --allow-files lets queries read files.
WRITING_STATEMENTS = frozenset({"COPY", "COPY_DATABASE", "EXPORT", "LOAD", "ATTACH"})


def _refuse_writes(con: duckdb.DuckDBPyConnection, query: str) -> None:
    """Raise QueryError when the query holds a statement that writes files or loads extensions."""
    for statement in con.extract_statements(query):
        if statement.type.name in WRITING_STATEMENTS:
            raise QueryError(
                f"{statement.type.name} statements are refused: presswatch sql is read-only"
            )


def _open(db: Path, allow_files: bool, output: Path | None) -> duckdb.DuckDBPyConnection:
    """Return a read-only connection; without allow_files only the output file may be touched."""
    if allow_files:
        return connect(db, read_only=True)
    if output is None:
        return connect(db, read_only=True, enable_external_access=False)
    con = connect(db, read_only=True)
    # allowed_paths must be set before external access goes off; neither can be changed after
    con.execute("set allowed_paths = $paths", {"paths": [str(output)]})
    con.execute("set enable_external_access = false")
    return con


def _error(exc: duckdb.Error) -> QueryError:
    """Return a QueryError whose message says why the query failed and what to do."""
    message = str(exc)
    if "read-only" in message:
        message = f"the warehouse is opened read-only: writes are refused ({message})"
    elif "external access" in message.lower() or "disabled" in message.lower():
        message = f"file access from SQL is off; pass --allow-files to enable it ({message})"
    return QueryError(message)


def run_query(
    db: Path, query: str, allow_files: bool = False
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Return the column names and rows of a query on a read-only warehouse connection."""
    con = _open(db, allow_files, None)
    try:
        if allow_files:  # otherwise DuckDB itself refuses every file access
            _refuse_writes(con, query)
        cursor = con.execute(query)
        if cursor.description is None:
            return [], []
        return [d[0] for d in cursor.description], cursor.fetchall()
    except duckdb.Error as exc:
        raise _error(exc) from exc
    finally:
        con.close()


def write_parquet(db: Path, query: str, output: Path, allow_files: bool = False) -> int:
    """Write the query's result to a Parquet file (DuckDB's COPY ... TO); return its row count."""
    output = output.resolve()
    warehouse = Path(db).resolve()
    if output in (warehouse, warehouse.with_name(warehouse.name + ".wal")):
        raise QueryError(f"--output {output} is the warehouse itself: writes to it are refused")
    con = _open(db, allow_files, output)
    try:
        if allow_files:  # otherwise DuckDB itself refuses every file access
            _refuse_writes(con, query)
        relation = con.sql(query)
        if relation is None:
            raise QueryError("the query returns no rows to write: --output needs a select")
        relation.write_parquet(str(output))
        (count,) = con.execute(
            "select count(*) from read_parquet($path)", {"path": str(output)}
        ).fetchone()  # type: ignore[misc]
        return int(count)
    except duckdb.Error as exc:
        raise _error(exc) from exc
    finally:
        con.close()


def documented_views(models: Path) -> list[tuple[str, str, str]]:
    """Return (view, grain, definition) of every model file, parsed from its header comments."""
    views = []
    for path in sorted(models.glob("*.sql")):
        fields: dict[str, list[str]] = {"grain": [], "definition": []}
        current = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("--"):
                break
            text = line[2:].strip()
            key, _, rest = text.partition(":")
            if key in fields:
                current, text = key, rest.strip()
            if current:
                fields[current].append(text)
        grain = " ".join(fields["grain"]).removeprefix("one row per ").rstrip(".")
        views.append((path.stem, grain, " ".join(fields["definition"])))
    return views


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, uuid.UUID | dt.timedelta):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def to_json(columns: list[str], rows: list[tuple[Any, ...]]) -> str:
    """Return the rows as one JSON array of objects."""
    return json.dumps([dict(zip(columns, map(_plain, row), strict=True)) for row in rows],
                      ensure_ascii=False)  # fmt: skip


def to_csv(columns: list[str], rows: list[tuple[Any, ...]]) -> str:
    """Return RFC 4180 CSV: one header row, then the data rows, CRLF line ends."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if v is None else _cell(_plain(v)) for v in row])
    return out.getvalue()


def _cell(value: Any) -> str:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def to_table(columns: list[str], rows: list[tuple[Any, ...]], max_width: int = 60) -> str:
    """Return an aligned plain-text table with a header rule and a row count."""
    cells = [[_short("NULL" if v is None else _cell(_plain(v)), max_width) for v in row]
             for row in rows]  # fmt: skip
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = " | ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))
    rule = "-+-".join("-" * w for w in widths)
    body = [" | ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    noun = "row" if len(rows) == 1 else "rows"
    return "\n".join([line, rule, *body, f"({len(rows)} {noun})"]) + "\n"


def _short(text: str, width: int) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"
