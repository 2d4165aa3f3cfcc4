"""Options shared by several commands."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
batch_size_option = click.option(
    "--batch-size", default=500, show_default=True, type=click.IntRange(1)
)
workers_option = click.option(
    "--workers",
    default=0,
    type=click.IntRange(0),
    help="Processes that analyse batches while this one loads them (0: one per CPU; 1: no pool).",
)


def config_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Return the --config option (a sources file, used when it exists) with its help text."""
    return click.option(
        "--config",
        type=click.Path(dir_okay=False, path_type=Path),
        default="sources.toml",
        show_default=True,
        help=help_text,
    )
