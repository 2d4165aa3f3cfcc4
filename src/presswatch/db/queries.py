"""Named report queries from sql/reports/, with their $parameters bound, never formatted in."""

from __future__ import annotations

import re
from typing import Any

import duckdb

from presswatch.resources import sql_dir

PARAM = re.compile(r"\$([A-Za-z_]\w*)")


def report_names() -> list[str]:
    """Return the names of all report queries."""
    return sorted(f.stem for f in (sql_dir() / "reports").glob("*.sql"))


def report_sql(name: str) -> str:
    """Return the SQL text of a report query."""
    path = sql_dir() / "reports" / f"{name}.sql"
    if not path.is_file():
        raise KeyError(f"no report query {name!r}; known: {', '.join(report_names())}")
    return path.read_text(encoding="utf-8").strip().rstrip(";")


def report_params(name: str) -> set[str]:
    """Return the parameter names a report query uses."""
    sql = "\n".join(line.split("--", 1)[0] for line in report_sql(name).splitlines())
    return set(PARAM.findall(sql))


def run_report(
    con: duckdb.DuckDBPyConnection, name: str, params: dict[str, Any]
) -> duckdb.DuckDBPyRelation:
    """Return the result of a report query with params bound (missing ones bound to null)."""
    wanted = report_params(name)
    bound = {key: params.get(key) for key in wanted}
    return con.execute(report_sql(name), bound)
