"""Build the stg_/int_/fct_ views from sql/models/ and run the zero-row checks in sql/checks/."""

from __future__ import annotations

from pathlib import Path

import duckdb

from presswatch.resources import sql_dir

LAYERS = ("stg_", "int_", "fct_")


def model_files() -> list[Path]:
    """Return the model files in build order: by layer, then by name."""
    files = sorted((sql_dir() / "models").glob("*.sql"))
    return sorted(files, key=lambda f: (_layer(f.stem), f.stem))


def _layer(name: str) -> int:
    for i, prefix in enumerate(LAYERS):
        if name.startswith(prefix):
            return i
    raise ValueError(f"model {name!r} must start with one of {LAYERS}")


def model_names() -> list[str]:
    """Return the names of all views, in build order."""
    return [f.stem for f in model_files()]


def build_models(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Create or replace every model view; a view may use views of its own or earlier layers."""
    pending = model_files()
    built: list[str] = []
    while pending:
        failed: list[tuple[Path, Exception]] = []
        for file in pending:
            body = file.read_text(encoding="utf-8").strip().rstrip(";")
            try:
                con.execute(f'create or replace view "{file.stem}" as\n{body}')
                built.append(file.stem)
            except duckdb.CatalogException as exc:  # depends on a view not built yet
                failed.append((file, exc))
        if len(failed) == len(pending):
            names = ", ".join(f"{f.stem}: {e}" for f, e in failed)
            raise RuntimeError(f"cannot build models: {names}")
        pending = [f for f, _ in failed]
    return built


def check_files() -> list[Path]:
    """Return the data checks, each a query that returns no rows when the data is sane."""
    return sorted((sql_dir() / "checks").glob("*.sql"))


def run_checks(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Return the number of offending rows per check (0 everywhere means the data is sane)."""
    results = {}
    for file in check_files():
        sql = file.read_text(encoding="utf-8").strip().rstrip(";")
        (count,) = con.execute(f"select count(*) from (\n{sql}\n)").fetchone()  # type: ignore[misc]
        results[file.stem] = int(count)
    return results
