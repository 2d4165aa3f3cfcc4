"""Build the stg_/int_/fct_ models from sql/models/ and run the zero-row checks in sql/checks/.

A model whose header has the line `-- materialize: table` (optionally `order by col, ...`, the
physical sort that lets DuckDB's zone maps skip row groups) is stored as a table; every other
model is a view. The whole build is one transaction, in dependency order: a reader sees the old
models or the new ones, never a half-built table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path

import duckdb

from presswatch.db.tx import transaction
from presswatch.resources import sql_dir

LAYERS = ("stg_", "int_", "fct_")
MATERIALIZE = re.compile(r"^-- materialize: table(?: order by ([\w ,]+?))?\s*$")
NAME = re.compile(r"\b(?:stg|int|fct)_\w+\b")


@dataclass(frozen=True)
class Model:
    """One model file: its name, SELECT, how it is stored and the models it reads."""

    name: str
    sql: str
    table: bool
    order_by: str | None
    deps: frozenset[str]


def model_files() -> list[Path]:
    """Return the model files by layer, then by name."""
    files = sorted((sql_dir() / "models").glob("*.sql"))
    return sorted(files, key=lambda f: (_layer(f.stem), f.stem))


def _layer(name: str) -> int:
    for i, prefix in enumerate(LAYERS):
        if name.startswith(prefix):
            return i
    raise ValueError(f"model {name!r} must start with one of {LAYERS}")


def _parse(file: Path, names: set[str]) -> Model:
    """Return the Model of a file: materialisation from its header, dependencies from its code."""
    text = file.read_text(encoding="utf-8")
    table, order_by = False, None
    for line in text.splitlines():
        if not line.startswith("--"):
            break
        if found := MATERIALIZE.match(line):
            table, order_by = True, found.group(1)
    code = "\n".join(line.split("--", 1)[0] for line in text.splitlines())
    deps = frozenset(NAME.findall(code)) & names - {file.stem}
    return Model(file.stem, text.strip().rstrip(";"), table, order_by, deps)


def models() -> list[Model]:
    """Return every model in build order: each after the models it reads."""
    files = model_files()
    names = {f.stem for f in files}
    pending = [_parse(f, names) for f in files]
    ordered: list[Model] = []
    done: set[str] = set()
    while pending:
        ready = [m for m in pending if m.deps <= done]
        if not ready:
            raise RuntimeError(f"models read each other in a cycle: {[m.name for m in pending]}")
        ordered += ready
        done |= {m.name for m in ready}
        pending = [m for m in pending if m.name not in done]
    return ordered


def model_names() -> list[str]:
    """Return the names of all models, in build order."""
    return [m.name for m in models()]


def materialized_names() -> list[str]:
    """Return the names of the models stored as tables, in build order."""
    return [m.name for m in models() if m.table]


def _existing(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Return name -> 'table' or 'view' for the objects of the main schema."""
    rows = con.execute(
        "select table_name, 'table' from duckdb_tables() "
        "where schema_name = 'main' and database_name = current_database() "
        "union all select view_name, 'view' from duckdb_views() "
        "where not internal and schema_name = 'main' and database_name = current_database()"
    ).fetchall()
    return dict(rows)


def build_models(con: duckdb.DuckDBPyConnection, own_transaction: bool = True) -> list[str]:
    """Create or replace every model (tables and views) in one transaction; return their names."""
    # With own_transaction=False the caller's open transaction holds the build (a writer that
    # changes the data and rebuilds atomically).
    built: list[str] = []
    existing = _existing(con)
    with transaction(con) if own_transaction else nullcontext():
        for model in models():
            name, kind = model.name, existing.get(model.name)
            if model.table and kind == "view":  # an older warehouse, or the model changed kind
                con.execute(f'drop view "{name}"')
            elif not model.table and kind == "table":
                con.execute(f'drop table "{name}"')
            con.execute(model_ddl(model))
            built.append(name)
    return built


def model_ddl(model: Model) -> str:
    """Return the statement creating a model from its own SQL file (names checked by regex)."""
    if not model.table:
        return f'create or replace view "{model.name}" as\n{model.sql}'
    order = f"\norder by {model.order_by}" if model.order_by else ""
    return f'create or replace table "{model.name}" as\nselect * from (\n{model.sql}\n){order}'


@contextmanager
def rebuilt(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """Yield con inside one transaction that rebuilds the models after the caller's writes."""
    with transaction(con):
        yield con
        build_models(con, own_transaction=False)


def check_files() -> list[Path]:
    """Return the data checks, each a query that returns no rows when the data is sane."""
    return sorted((sql_dir() / "checks").glob("*.sql"))


def run_checks(con: duckdb.DuckDBPyConnection, only: str | None = None) -> dict[str, int]:
    """Return offending rows per check (0 means sane), of every check or only the one named."""
    files = check_files()
    if only is not None and only not in {f.stem for f in files}:
        raise ValueError(f"unknown check {only!r}: not one of {sorted(f.stem for f in files)}")
    results = {}
    for file in files:
        if only is not None and file.stem != only:
            continue
        sql = file.read_text(encoding="utf-8").strip().rstrip(";")
        (count,) = con.execute(f"select count(*) from (\n{sql}\n)").fetchone()  # type: ignore[misc]
        results[file.stem] = int(count)
    return results
