"""`presswatch report`."""

from __future__ import annotations

from pathlib import Path

import click

from presswatch.commands.options import db_option, outlet_option, since_option, until_option


@click.command()
@db_option
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default="dashboards/build")
@since_option
@until_option
@outlet_option
@click.option("--actor", default=None, help="Only the quotes of this actor (id or name).")
def report(
    db: Path, out: Path, since: str | None, until: str | None, outlet: str | None, actor: str | None
) -> None:
    """Write the chart report (index.html, a PNG and an SVG per chart) to --out.

    Example: presswatch report --out dashboards/build --since 2026-11-01 --actor "Mara Volkanov"
    """
    from presswatch.report import build_report, summary_text

    result = build_report(db, out, since=since, until=until, outlet=outlet, actor=actor)
    click.echo(summary_text(result))
