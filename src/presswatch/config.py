"""Read sources.toml: the inputs the pipeline ingests and the extra actor registries."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path


class ConfigError(ValueError):
    """sources.toml is missing or malformed."""


@dataclass(frozen=True)
class SourcesConfig:
    """The source paths and actor registries named in a sources file."""

    paths: tuple[Path, ...]
    registries: tuple[Path, ...]
    outlet_names: dict[str, str] = field(default_factory=dict)


def load_sources(path: Path) -> SourcesConfig:
    """Return the sources config at path, with its relative paths resolved against its folder."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: no sources file") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    base = path.parent
    sources = data.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, dict) and "path" in s for s in sources):
        raise ConfigError(f'{path}: expected [[sources]] tables, each with a "path"')
    registries = data.get("actors", {}).get("registries", [])
    outlets = data.get("outlets", {})
    if not isinstance(outlets, dict) or not all(isinstance(v, str) for v in outlets.values()):
        raise ConfigError(f"{path}: [outlets] maps a folder name or site name to a display name")
    return SourcesConfig(
        paths=tuple(base / s["path"] for s in sources),
        registries=tuple(base / r for r in registries),
        outlet_names=dict(outlets),
    )
