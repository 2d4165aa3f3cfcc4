"""Locate the SQL and dashboard files, in a source checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent
_REPO = _PKG.parent.parent


def _find(name: str) -> Path:
    """Return the packaged copy of a top-level folder, else the checkout's."""
    for candidate in (_PKG / name, _REPO / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"presswatch resource folder {name!r} not found beside {_PKG}")


def sql_dir() -> Path:
    """Return the folder holding schema/, models/, reports/ and checks/."""
    return _find("sql")


def dashboards_dir() -> Path:
    """Return the folder holding the report declarations."""
    return _find("dashboards")


def project_root() -> Path:
    """Return the source checkout's root (the folder above src/), or the current folder."""
    return _REPO if (_REPO / "pyproject.toml").is_file() else Path.cwd()


def flows_dir() -> Path:
    """Return the folder holding the Prefect flows."""
    return _find("flows")
