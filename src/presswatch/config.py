"""Read sources.toml: the inputs the pipeline ingests (folders, files, feeds, pages), the extra
actor registries, outlet display names and HTTP client settings."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from presswatch.sources.urls import as_url

HTTP_SETTINGS = {
    "user_agent": str,
    "connect_timeout_s": (int, float),
    "read_timeout_s": (int, float),
    "total_timeout_s": (int, float),
    "max_bytes": int,
    "retries": int,
    "backoff_s": (int, float),
    "host_interval_s": (int, float),
    "max_redirects": int,
    "respect_robots": bool,
}


class ConfigError(ValueError):
    """sources.toml is missing or malformed."""


@dataclass(frozen=True)
class SourcesConfig:
    """The sources (paths, or feed and page URLs as strings) and registries of a sources file."""

    paths: tuple[Path | str, ...]
    registries: tuple[Path, ...]
    outlet_names: dict[str, str] = field(default_factory=dict)
    http: dict[str, Any] = field(default_factory=dict)  # HttpClient settings

    def client(self) -> Any:
        """Return an HttpClient with this file's [http] settings."""
        from presswatch.sources.http import HttpClient

        return HttpClient(**self.http)


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
    if not isinstance(sources, list) or not all(
        isinstance(s, dict) and ("path" in s) != ("url" in s) for s in sources
    ):
        raise ConfigError(f'{path}: expected [[sources]] tables, each with a "path" or a "url"')
    locations: list[Path | str] = []
    for entry in sources:
        if "url" in entry:
            url = as_url(entry["url"])
            if url is None:
                raise ConfigError(f"{path}: {entry['url']!r} is not an http(s) URL")
            locations.append(url)
        else:
            locations.append(base / entry["path"])
    registries = data.get("actors", {}).get("registries", [])
    outlets = data.get("outlets", {})
    if not isinstance(outlets, dict) or not all(isinstance(v, str) for v in outlets.values()):
        raise ConfigError(f"{path}: [outlets] maps a folder, site or domain name to a display name")
    http = data.get("http", {})
    for key, value in http.items():
        if key not in HTTP_SETTINGS or not isinstance(value, HTTP_SETTINGS[key]):
            raise ConfigError(f"{path}: [http] {key} = {value!r} is not a known setting")
    return SourcesConfig(
        paths=tuple(locations),
        registries=tuple(base / r for r in registries),
        outlet_names=dict(outlets),
        http=dict(http),
    )
