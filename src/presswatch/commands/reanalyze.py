"""`presswatch reanalyze`."""

from __future__ import annotations

from pathlib import Path

import click

from presswatch.commands.options import (
    batch_size_option,
    config_option,
    db_option,
    outlet_option,
    since_option,
)


@click.command()
@db_option
@since_option
@outlet_option
@click.option("--all", "force", is_flag=True, help="Re-analyse even documents already current.")
@batch_size_option
@config_option("Sources file whose [actors] registries apply (if it exists).")
def reanalyze(
    db: Path, since: str | None, outlet: str | None, force: bool, batch_size: int, config: Path
) -> None:
    """Re-run the analysis of stored documents whose analyzer version is not the current one.

    Reads the raw bytes from documents.content; each batch replaces its rows in one transaction.

    Example: presswatch reanalyze --since 2026-11-01 --outlet "Harbour Post"
    """
    from datetime import date

    from presswatch.config import ConfigError, load_sources
    from presswatch.db.lock import WriterBusy
    from presswatch.reanalyze import reanalyze as run

    if since is not None:
        try:
            date.fromisoformat(since)
        except ValueError as exc:
            raise click.BadParameter(
                f"{since!r} is not a YYYY-MM-DD date", param_hint="--since"
            ) from exc
    if not db.exists():
        raise click.ClickException(f"no warehouse at {db}: run `presswatch ingest` first")
    registries: tuple[Path, ...] = ()
    if config.is_file():
        try:
            registries = load_sources(config).registries
        except ConfigError as exc:
            raise click.UsageError(str(exc)) from exc
    try:
        stats = run(db, registries, since=since, outlet=outlet, force=force, batch_size=batch_size)
    except WriterBusy as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"pending: {stats.pending}  analysed: {stats.analyzed}  batches: {stats.batches}  "
        f"quotes: {stats.quotes}  rejected: {stats.rejected}"
    )
