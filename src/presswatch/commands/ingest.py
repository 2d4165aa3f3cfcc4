"""`presswatch ingest`."""

from __future__ import annotations

from pathlib import Path

import click

from presswatch.commands.options import (
    batch_size_option,
    config_option,
    db_option,
    workers_option,
)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=str)
@db_option
@click.option(
    "--registry",
    "registries",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Extra actor registry CSV (repeatable).",
)
@batch_size_option
@workers_option
@config_option("Sources file whose [outlets] names and [actors] registries apply (if it exists).")
def ingest(
    paths: tuple[str, ...],
    db: Path,
    registries: tuple[Path, ...],
    batch_size: int,
    workers: int,
    config: Path,
) -> None:
    """Store, analyse and load files, folders, WARC archives, feed URLs or page URLs, then
    rebuild the models.

    Example: presswatch ingest data/samples https://example.org/feed.xml
    """
    from presswatch.config import ConfigError, load_sources
    from presswatch.ingest import build_warehouse, ingest_paths

    outlet_names: dict[str, str] = {}
    client = None
    if config.is_file():
        try:
            conf = load_sources(config)
        except ConfigError as exc:
            raise click.UsageError(str(exc)) from exc
        outlet_names, registries = conf.outlet_names, (*conf.registries, *registries)
        client = conf.client()  # the file's [http] settings
    try:
        stats = ingest_paths(
            list(paths), db, registries, batch_size, outlet_names, client, workers=workers
        )
        stats.checks = build_warehouse(db)
    except Exception as exc:  # a fatal error: the batch already committed stays stored
        raise click.ClickException(f"ingest failed: {type(exc).__name__}: {exc}") from exc
    click.echo(
        f"new: {stats.new}  duplicate: {stats.duplicate}  quarantined: {stats.quarantined}  "
        f"quotes: {stats.quotes}  other language: {stats.other_language}"
    )
    for reason in stats.reasons:
        click.echo(f"quarantined {reason}", err=True)
    failed = {name: n for name, n in stats.checks.items() if n}
    for name, n in failed.items():
        click.echo(f"check {name} failed: {n} rows", err=True)
