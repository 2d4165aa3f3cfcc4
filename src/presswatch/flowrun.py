"""Run the Prefect flows in flows/ from the CLI, with Prefect's offline defaults set first."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from presswatch.resources import flows_dir
from presswatch.settings import prefect_offline_env


def load_flow_module(name: str) -> ModuleType:
    """Return the module flows/<name>.py, imported from its file."""
    path = flows_dir() / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"presswatch_flows_{name}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load flow module {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_pipeline(db: Path, sources: Path, out: Path) -> str:
    """Run the `pipeline` flow and return its printed summary."""
    prefect_offline_env()
    module = load_flow_module("pipeline")
    result = module.pipeline(sources=str(sources), db=str(db), out=str(out))
    return str(result["summary"])
