"""`presswatch eval`."""

from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command(name="eval")
@click.argument("task", type=click.Choice(["quotes", "segments", "topics"]))
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--scorer",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Reference scorer (default ../shared/eval/score.py beside the project).",
)
@click.option("--field", default="text", show_default=True, help="Record field to classify.")
@click.option(
    "--html-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder of <id>.html.gz pages for HTML gold (default: html/ beside GOLD).",
)
@click.argument("scorer_args", nargs=-1)
def evaluate(
    task: str,
    gold: Path,
    out: Path,
    scorer: Path | None,
    field: str,
    html_dir: Path | None,
    scorer_args: tuple[str, ...],
) -> None:
    """Predict over a gold file (never touching the warehouse), then run the reference scorer.

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
