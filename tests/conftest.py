"""Shared fixtures: the sample warehouse (built once, without Prefect) and paths."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
SHARED = ROOT.parent / "shared"

os.environ.setdefault("PREFECT_HOME", str(ROOT / ".prefect" / "test"))
Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a warehouse file built from data/samples by `ingest_paths` and `build_warehouse`."""
    from presswatch.ingest import build_warehouse, ingest_paths

    db = tmp_path_factory.mktemp("samples") / "samples.duckdb"
    ingest_paths([SAMPLES], db, [SAMPLES / "actors.csv"])
    checks = build_warehouse(db)
    assert not any(checks.values()), checks
    return db


@pytest.fixture(scope="session")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """Return the member names of a wheel built once from this checkout."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(ROOT)],
        check=True, capture_output=True,
    )  # fmt: skip
    (wheel,) = out.glob("presswatch-*.whl")
    return set(zipfile.ZipFile(wheel).namelist())


@pytest.fixture
def samples_copy(tmp_path: Path) -> Path:
    """Return a private copy of data/samples that a test may change."""
    target = tmp_path / "samples"
    shutil.copytree(SAMPLES, target)
    return target


def needs_shared() -> pytest.MarkDecorator:
    """Return a skip marker for tests that need ../shared (absent on a user's machine)."""
    return pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not beside the project")
