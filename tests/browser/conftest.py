"""Real headless Chromium for the report: run by `make test-browser`, skipped by plain pytest.

The tests need Debian's chromium at /usr/bin/chromium (or $PRESSWATCH_CHROMIUM) and Playwright's
Python package; Playwright's own browser download is never used. Without either they skip, saying
why.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from ..conftest import SAMPLES

CHROMIUM = Path(os.environ.get("PRESSWATCH_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ENABLED = os.environ.get("PRESSWATCH_BROWSER_TESTS") == "1"
PLANTED_TITLE = (
    "Dockers <script>window.__pwned = 1; alert(1)</script> strike <img src=x onerror=alert(2)>"
)
PLANTED_TEXT = (
    PLANTED_TITLE + "\n\n"
    "The port of Ivesk stayed closed on Wednesday as the strike went into its eighth day.\n\n"
    '"We will not go back <script>window.__pwned = 2</script> until the offer is fair," said '
    "Dmytro Volkanov, the union's general secretary, outside the gates on Wednesday morning.\n"
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip the browser tests unless asked for, or when Chromium or Playwright is missing."""
    reason = None
    if not ENABLED:
        reason = "browser tests run with `make test-browser` (PRESSWATCH_BROWSER_TESTS=1)"
    elif not CHROMIUM.is_file():
        reason = (
            f"no Chromium at {CHROMIUM}: `apt-get install -y chromium` to run the browser tests"
        )
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "Playwright is not installed: `pip install -e '.[browser]'`"
    if reason is None:
        return
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def built_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return index.html of a report built from the samples plus a page with planted <script>."""
    from presswatch.ingest import build_warehouse, ingest_paths
    from presswatch.report import build_report

    root = tmp_path_factory.mktemp("browser")
    samples = root / "samples"
    shutil.copytree(SAMPLES, samples)
    planted = samples / "planted-gazette"
    planted.mkdir()
    (planted / "planted.txt").write_text(PLANTED_TEXT, encoding="utf-8")
    meta = {"outlet": "Planted Gazette", "url": "https://planted.example/a", "title": PLANTED_TITLE,
            "published": "2026-11-25T08:00:00Z"}  # fmt: skip
    (planted / "planted.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    db = root / "w.duckdb"
    ingest_paths([samples], db, [samples / "actors.csv"])
    assert not any(build_warehouse(db).values())
    return build_report(db, root / "build").index


@pytest.fixture(scope="session")
def browser():
    """Return a headless Debian Chromium driven by Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
