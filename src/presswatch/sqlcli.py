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


def run_query(
    db: Path, query: str, allow_files: bool = False
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Return the column names and rows of a query on a read-only warehouse connection."""
    config: dict[str, object] = {} if allow_files else {"enable_external_access": False}
    con = connect(db, read_only=True, **config)
    try:
        cursor = con.execute(query)
        if cursor.description is None:
            return [], []
        return [d[0] for d in cursor.description], cursor.fetchall()
    except duckdb.Error as exc:
        message = str(exc)
        if "read-only" in message:
            message = f"the warehouse is opened read-only: writes are refused ({message})"
        elif "external access" in message.lower() or "disabled" in message.lower():
            message = f"file access from SQL is off; pass --allow-files to enable it ({message})"
        raise QueryError(message) from exc
    finally:
        con.close()


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
