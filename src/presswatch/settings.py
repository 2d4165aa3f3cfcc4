"""One frozen Settings object read from PRESSWATCH_* environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB = Path("data/warehouse/presswatch.duckdb")
PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}


@dataclass(frozen=True)
class Settings:
    """Paths and tunables of one presswatch process."""

    db: Path
    sources: Path
    report_dir: Path
    batch_size: int
    lock_timeout_s: float
    topic_model: Path | None = None  # a locally trained topic model; None: the shipped one


def get_settings() -> Settings:
    """Return settings from the environment, with defaults relative to the current directory."""
    env = os.environ
    return Settings(
        db=Path(env.get("PRESSWATCH_DB", str(DEFAULT_DB))),
        sources=Path(env.get("PRESSWATCH_SOURCES", "sources.toml")),
        report_dir=Path(env.get("PRESSWATCH_REPORT_DIR", "dashboards/build")),
        batch_size=int(env.get("PRESSWATCH_BATCH_SIZE", "500")),
        lock_timeout_s=float(env.get("PRESSWATCH_LOCK_TIMEOUT", "30")),
        topic_model=topic_model_setting(),
    )


def topic_model_setting() -> Path | None:
    """Return the PRESSWATCH_TOPIC_MODEL path, or None when unset (the shipped model)."""
    value = os.environ.get("PRESSWATCH_TOPIC_MODEL")
    return Path(value) if value else None


def writer_threads() -> int:
    """Return the writer session's DuckDB threads from PRESSWATCH_WRITER_THREADS (default 1)."""
    value = os.environ.get("PRESSWATCH_WRITER_THREADS", "").strip()
    if not value:
        return 1
    if not value.isdigit() or int(value) < 1:
        raise ValueError(f"PRESSWATCH_WRITER_THREADS must be a whole number >= 1, not {value!r}")
    return int(value)


def prefect_offline_env(home: Path | None = None) -> None:
    """Set Prefect's offline defaults in os.environ unless the user already set them."""
    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)
    os.environ.setdefault("PREFECT_HOME", str((home or Path.cwd() / ".prefect").resolve()))
