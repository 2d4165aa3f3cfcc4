"""The `presswatch` command line: run, ingest, report, sql and eval."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from presswatch.settings import DEFAULT_DB


def _default_db() -> str:
    return os.environ.get("PRESSWATCH_DB", str(DEFAULT_DB))


db_option = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=_default_db,
    show_default="$PRESSWATCH_DB or data/warehouse/presswatch.duckdb",
    help="Warehouse file.",
)
since_option = click.option("--since", default=None, help="First day (YYYY-MM-DD) to include.")
until_option = click.option("--until", default=None, help="Last day (YYYY-MM-DD) to include.")
outlet_option = click.option("--outlet", default=None, help="Only this outlet.")


@click.group()
@click.version_option(package_name="presswatch")
def cli() -> None:
    """Media-coverage analytics: who is quoted saying what, and how much of each page is junk."""


@cli.command()
@db_option
@click.option(
    "--sources",
    type=click.Path(dir_okay=False, path_type=Path),
    default="sources.toml",
    show_default=True,
)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default="dashboards/build")
def run(db: Path, sources: Path, out: Path) -> None:
    """Run the Prefect flow `pipeline`: ingest the sources, analyse, build, write the report.

    Example: presswatch run --sources sources.toml
    """
    from presswatch.flowrun import run_pipeline

    summary = run_pipeline(db=db, sources=sources, out=out)
    click.echo(summary)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option(
    "--registry",
    "registries",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Extra actor registry CSV (repeatable).",
)
@click.option("--batch-size", default=500, show_default=True, type=click.IntRange(1))
@click.option(
    "--config",
    type=click.Path(dir_okay=False, path_type=Path),
    default="sources.toml",
    show_default=True,
    help="Sources file whose [outlets] names and [actors] registries apply (if it exists).",
)
def ingest(
    paths: tuple[Path, ...], db: Path, registries: tuple[Path, ...], batch_size: int, config: Path
) -> None:
    """Store, analyse and load files or folders, then rebuild the models.

    Example: presswatch ingest data/samples --registry data/samples/actors.csv
    """
    from presswatch.config import ConfigError, load_sources
    from presswatch.ingest import build_warehouse, ingest_paths

    outlet_names: dict[str, str] = {}
    if config.is_file():
        try:
            conf = load_sources(config)
        except ConfigError as exc:
            raise click.UsageError(str(exc)) from exc
        outlet_names, registries = conf.outlet_names, (*conf.registries, *registries)
    try:
        stats = ingest_paths(list(paths), db, registries, batch_size, outlet_names)
        stats.checks = build_warehouse(db)
    except Exception as exc:  # a fatal error: the batch already committed stays stored
        raise click.ClickException(f"ingest failed: {type(exc).__name__}: {exc}") from exc
    click.echo(
        f"new: {stats.new}  duplicate: {stats.duplicate}  quarantined: {stats.quarantined}  "
        f"quotes: {stats.quotes}"
    )
    for reason in stats.reasons:
        click.echo(f"quarantined {reason}", err=True)
    failed = {name: n for name, n in stats.checks.items() if n}
    for name, n in failed.items():
        click.echo(f"check {name} failed: {n} rows", err=True)


@cli.command()
@db_option
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default="dashboards/build")
@since_option
@until_option
@outlet_option
def report(db: Path, out: Path, since: str | None, until: str | None, outlet: str | None) -> None:
    """Write the chart report (index.html, a PNG and an SVG per chart) to --out.

    Example: presswatch report --out dashboards/build --since 2026-11-01
    """
    from presswatch.report import build_report, summary_text

    result = build_report(db, out, since=since, until=until, outlet=outlet)
    click.echo(summary_text(result))


@cli.command()
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


@cli.command(name="eval")
@click.argument("task", type=click.Choice(["quotes", "segments", "topics"]))
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--scorer", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Reference scorer (default ../shared/eval/score.py beside the project).")
@click.option("--field", default="text", show_default=True, help="Record field to classify (topics).")
@click.option("--html-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of <id>.html.gz pages for HTML gold (default: html/ beside GOLD).")
@click.argument("scorer_args", nargs=-1)
def evaluate(task: str, gold: Path, out: Path, scorer: Path | None, field: str,
             html_dir: Path | None, scorer_args: tuple[str, ...]) -> None:  # fmt: skip
    """Predict over a gold file (never touching the warehouse), then score with the reference scorer.

    Extra arguments after `--` go to the scorer, e.g. `-- --split test --pretty`.

    Example: presswatch eval quotes ../shared/eval/quotes/seed.jsonl --out /tmp/p.jsonl
    """
    from presswatch.evaluate import default_scorer, run_scorer, write_predictions

    n = write_predictions(task, gold, out, field=field, html_dir=html_dir)
    scorer = scorer or default_scorer()
    if scorer is None or not scorer.is_file():
        click.echo(f"{n} predictions written; no scorer found", err=True)
        click.echo(str(out))
        return
    done = run_scorer(scorer, task, gold, out, list(scorer_args))
    sys.stderr.write(done.stderr)
    sys.stdout.write(done.stdout)
    if done.returncode:
        sys.exit(done.returncode)


def main() -> None:
    """Entry point of the console script."""
    cli()
