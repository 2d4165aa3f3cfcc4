"""`presswatch ingest` with a feed URL and a sources file with [http] settings and feeds."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from presswatch.cli import cli
from presswatch.config import ConfigError, load_sources

from .server import Route, Site, page, rss

BODY = (
    "The ferry company said on Monday that the night crossing would return in the spring, and "
    "that the new boat had passed its sea trials without any trouble at all in the bay."
)


def test_ingest_command_reads_a_feed_url(tmp_path: Path, site: Site) -> None:
    site.routes["/a.html"] = Route(page("Ferry returns", BODY))
    items = [("Ferry returns", site.url("/a.html"), "Mon, 23 Nov 2026 07:00:00 GMT")]
    site.routes["/feed.xml"] = Route(rss(items), content_type="application/rss+xml")
    config = tmp_path / "sources.toml"
    config.write_text(
        f'[[sources]]\nurl = "{site.url("/feed.xml")}"\n\n[http]\nhost_interval_s = 0\n'
        'user_agent = "presswatch-test/1"\n\n[outlets]\n"127.0.0.1" = "Loopback News"\n',
        encoding="utf-8",
    )
    db = tmp_path / "w.duckdb"
    args = ["ingest", site.url("/feed.xml"), "--db", str(db), "--config", str(config)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "new: 1 " in result.output
    assert next(h for p, _, h in site.log if p == "/a.html")["User-Agent"] == "presswatch-test/1"
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0 and "new: 0 " in again.output
    conf = load_sources(config)
    assert conf.paths == (site.url("/feed.xml"),) and conf.outlet_names["127.0.0.1"]


def test_sources_file_rejects_unknown_http_settings(tmp_path: Path) -> None:
    config = tmp_path / "sources.toml"
    config.write_text('[[sources]]\nurl = "https://x.test/f"\n[http]\ntimeout = 3\n', "utf-8")
    with pytest.raises(ConfigError, match="timeout"):
        load_sources(config)
    config.write_text('[[sources]]\nurl = "ftp://x.test/f"\n', "utf-8")
    with pytest.raises(ConfigError, match="not an http"):
        load_sources(config)
