"""`presswatch sql`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from presswatch.commands.options import db_option


@click.command()
@click.argument("query", required=False)
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
    show_default=True,
)  # fmt: skip
@click.option("--allow-files", is_flag=True, help="Let the query read files (off by default).")
def sql(query: str | None, db: Path, fmt: str, allow_files: bool) -> None:
    """Run a read-only SQL query on the warehouse (QUERY, a .sql file, or stdin).

    Example: presswatch sql "select * from fct_quote_frequency order by quotes desc limit 5"
    """
    from presswatch.sqlcli import QueryError, run_query, to_csv, to_json, to_table

    if query is None:
        query = sys.stdin.read()
    elif query.endswith(".sql") and Path(query).is_file():
        query = Path(query).read_text(encoding="utf-8")
    if not query.strip():
        raise click.UsageError("no query given")
    try:
        columns, rows = run_query(db, query, allow_files=allow_files)
    except (QueryError, FileNotFoundError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    render = {"table": to_table, "csv": to_csv, "json": to_json}[fmt]
    sys.stdout.write(render(columns, rows) + ("\n" if fmt == "json" else ""))
