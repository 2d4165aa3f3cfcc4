"""Run the Prefect flows in flows/ from the CLI, with Prefect's offline defaults set first."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

from presswatch.resources import flows_dir, project_root
from presswatch.settings import prefect_offline_env

DEPLOYMENTS = ("ingest-hourly", "pipeline-daily")
NETWORK_ERRORS = ("ConnectError", "ConnectTimeout", "ReadTimeout", "RemoteProtocolError",
                  "TransportError", "URLError", "HTTPError", "IncompleteRead")  # fmt: skip


def load_flow_module(name: str, folder: Path | None = None) -> ModuleType:
    """Return the module <folder or flows/>/<name>.py, imported from its file."""
    path = (folder or flows_dir()) / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"presswatch_flows_{name}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load flow module {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_pipeline(db: Path, sources: Path, out: Path, **params: Any) -> str:
    """Run the `pipeline` flow and return its printed summary."""
    prefect_offline_env()
    module = load_flow_module("pipeline")
    result = module.pipeline(sources=str(sources), db=str(db), out=str(out), **params)
    return str(result["summary"])


def is_network_error(exc: BaseException | None) -> bool:
    """Return whether an exception is a transient network failure worth a retry."""
    if exc is None:
        return False
    if isinstance(exc, ConnectionError | TimeoutError):
        return True
    return any(cls.__name__ in NETWORK_ERRORS for cls in type(exc).__mro__)


def report_fingerprint(db: Path, out: Path, **filters: Any) -> str:
    """Return a hash of what a report depends on: warehouse state, declarations, output folder."""
    from presswatch.db import connect
    from presswatch.resources import dashboards_dir, sql_dir

    digest = hashlib.sha256(repr(sorted(filters.items())).encode())
    with connect(db, read_only=True) as con:
        state = con.execute(
            "select (select count(*) from documents), (select max(ingested_at) from documents), "
            "(select count(*) from articles), (select max(analyzed_at) from articles), "
            "(select count(*) from actors), (select count(*) from quotes)"
        ).fetchone()
    digest.update(repr(state).encode())
    for file in sorted([*(sql_dir() / "reports").glob("*.sql"), *dashboards_dir().glob("*.toml")]):
        digest.update(file.read_bytes())
    digest.update(str(Path(out).resolve()).encode())  # a deleted report: see flows/report.py
    return digest.hexdigest()


def deployment_specs(path: Path | None = None) -> list[dict[str, Any]]:
    """Return the deployments of prefect.yaml: name, entrypoint, parameters, cron, timezone."""
    import yaml

    path = path or project_root() / "prefect.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    specs = []
    for dep in data.get("deployments", []):
        (schedule,) = dep.get("schedules") or [{}]
        specs.append(
            {
                "name": dep["name"],
                "entrypoint": dep["entrypoint"],
                "description": dep.get("description", ""),
                "parameters": dict(dep.get("parameters") or {}),
                "cron": schedule.get("cron"),
                "timezone": schedule.get("timezone", "UTC"),
            }
        )
    return specs


def build_deployments(specs: list[dict[str, Any]], overrides: dict[str, Any] | None = None) -> list:
    """Return Prefect RunnerDeployments for the specs, each with its cron schedule."""
    from prefect.deployments.runner import RunnerDeployment
    from prefect.schedules import Cron

    deployments = []
    for spec in specs:
        file, attr = spec["entrypoint"].split(":")
        path = flows_dir() / Path(file).name
        flow = getattr(load_flow_module(path.stem), attr)
        known = flow.parameters.properties
        params = {
            **spec["parameters"],
            **{k: v for k, v in (overrides or {}).items() if k in known},
        }
        deployments.append(
            RunnerDeployment.from_entrypoint(
                f"{path}:{attr}",
                spec["name"],
                schedules=[Cron(spec["cron"], timezone=spec["timezone"])] if spec["cron"] else None,
                parameters=params,
                description=spec["description"],
            )
        )
    return deployments


def serve_deployments(
    prefect_yaml: Path | None = None, overrides: dict[str, Any] | None = None
) -> None:
    """Serve the deployments of prefect.yaml in the foreground until interrupted."""
    prefect_offline_env()
    from prefect import serve

    serve(*build_deployments(deployment_specs(prefect_yaml), overrides), pause_on_shutdown=False)
