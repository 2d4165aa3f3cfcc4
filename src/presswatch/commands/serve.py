"""`presswatch serve`."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.option(
    "--prefect-yaml",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Deployments file (default: the project's prefect.yaml).",
)
@click.option(
    "--db", default=None, help="Warehouse for every deployment (default: prefect.yaml's)."
)
@click.option("--sources", default=None, help="Sources file for every deployment.")
@click.option("--dask-address", default=None, help="Run analysis batches on this Dask scheduler.")
@click.option("--list", "list_only", is_flag=True, help="Print the deployments and exit.")
def serve(
    prefect_yaml: Path | None,
    db: str | None,
    sources: str | None,
    dask_address: str | None,
    list_only: bool,
) -> None:
    """Serve the deployments ingest-hourly and pipeline-daily in the foreground (Ctrl-C stops).

    Runs appear in the Prefect UI of the server PREFECT_API_URL points at
    (`prefect server start`, then http://127.0.0.1:4200).

    Example: presswatch serve --db data/warehouse/presswatch.duckdb
    """
    from presswatch.flowrun import deployment_specs, serve_deployments

    specs = deployment_specs(prefect_yaml)
    if list_only:
        for spec in specs:
            click.echo(f"{spec['name']}\t{spec['cron']} {spec['timezone']}\t{spec['entrypoint']}")
        return
    given = {"db": db, "sources": sources, "dask_address": dask_address}
    overrides = {k: v for k, v in given.items() if v}
    serve_deployments(prefect_yaml, overrides)
