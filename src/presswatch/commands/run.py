"""`presswatch run`."""

from __future__ import annotations

from pathlib import Path

import click

from presswatch.commands.options import db_option


@click.command()
@db_option
@click.option(
    "--sources",
    type=click.Path(dir_okay=False, path_type=Path),
    default="sources.toml",
    show_default=True,
)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default="dashboards/build")
@click.option("--dask-address", default=None, help="Analyse batches on this Dask scheduler.")
def run(db: Path, sources: Path, out: Path, dask_address: str | None) -> None:
    """Run the Prefect flow `pipeline`: ingest the sources, analyse, build, write the report.

    Example: presswatch run --sources sources.toml
    """
    from presswatch.db.lock import WriterBusy
    from presswatch.flowrun import run_pipeline

    try:
        summary = run_pipeline(db=db, sources=sources, out=out, dask_address=dask_address)
    except WriterBusy as exc:  # another writer held the warehouse for the whole wait
        raise click.ClickException(str(exc)) from exc
    click.echo(summary)
