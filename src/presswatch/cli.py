"""The `presswatch` command line: a click group whose commands live in presswatch.commands."""

from __future__ import annotations

import importlib

import click

# (module in presswatch.commands, command attribute); each module imports only click at load time.
COMMANDS = (
    ("run", "run"),
    ("ingest", "ingest"),
    ("report", "report"),
    ("sql", "sql"),
    ("eval_cmd", "evaluate"),
    ("actors", "actors"),
    ("serve", "serve"),
    ("reanalyze", "reanalyze"),
)


@click.group()
@click.version_option(package_name="presswatch")
def cli() -> None:
    """Media-coverage analytics: who is quoted saying what, and how much of each page is junk."""


for _module, _attr in COMMANDS:
    cli.add_command(getattr(importlib.import_module(f"presswatch.commands.{_module}"), _attr))


def main() -> None:
    """Entry point of the console script."""
    cli()
