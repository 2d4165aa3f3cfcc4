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
@click.option(
    "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="Write the result to this Parquet file instead of printing it.",
)  # fmt: skip
@click.option("--allow-files", is_flag=True, help="Let the query read files (off by default).")
@click.option("--views", is_flag=True, help="List the documented views with their grain.")
def sql(
    query: str | None, db: Path, fmt: str, output: Path | None, allow_files: bool, views: bool
) -> None:
    """Run a read-only SQL query on the warehouse (QUERY, a .sql file, or stdin).

    Example: presswatch sql "select * from fct_quote_frequency order by quotes desc limit 5"
    """
    from presswatch import sqlcli

    render = {"table": sqlcli.to_table, "csv": sqlcli.to_csv, "json": sqlcli.to_json}[fmt]
    if views:
        from presswatch.resources import sql_dir

        rows = sqlcli.documented_views(sql_dir() / "models")
        sys.stdout.write(
            render(["view", "grain", "definition"], rows) + ("\n" if fmt == "json" else "")
        )
        return
    if query is None:
        query = sys.stdin.read()
    elif query.endswith(".sql") and Path(query).is_file():
        query = Path(query).read_text(encoding="utf-8")
    if not query.strip():
        raise click.UsageError("no query given")
    try:
        if output is not None:
            count = sqlcli.write_parquet(db, query, output, allow_files=allow_files)
            click.echo(f"wrote {count} {'row' if count == 1 else 'rows'} to {output}")
            return
        columns, rows = sqlcli.run_query(db, query, allow_files=allow_files)
    except (sqlcli.QueryError, FileNotFoundError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    sys.stdout.write(render(columns, rows) + ("\n" if fmt == "json" else ""))
