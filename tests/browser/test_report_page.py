"""The built report opened from disk in headless Chromium: charts drawn, offline, text inert."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from presswatch.report import load_declaration

from .conftest import PLANTED_TITLE

pytestmark = pytest.mark.browser
CHART_NAMES = [c["name"] for c in load_declaration()["charts"]]


def open_report(browser: Any, index: Path, width: int, height: int) -> dict[str, Any]:
    """Open the page, wait for every chart; return the page, console errors and outside requests."""
    context = browser.new_context(viewport={"width": width, "height": height})
    outside: list[str] = []

    def guard(route: Any) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:", "blob:", "about:")):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    errors: list[str] = []
    dialogs: list[str] = []
    requests: list[str] = []
    # warnings too: Vega-Lite reports spec problems (e.g. a size it had to drop) as warnings
    page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(index.as_uri())
    page.wait_for_function(
        "n => document.querySelectorAll('.vega-embed svg').length >= n", arg=len(CHART_NAMES)
    )
    page.wait_for_load_state("load")
    return {"context": context, "page": page, "errors": errors, "dialogs": dialogs,
            "outside": outside, "requests": requests}  # fmt: skip


@pytest.fixture(scope="module")
def laptop(browser: Any, built_report: Path) -> Any:
    opened = open_report(browser, built_report, 1280, 900)
    yield opened
    opened["context"].close()


def test_every_chart_draws_marks(laptop: dict[str, Any]) -> None:
    page = laptop["page"]
    for name in CHART_NAMES:
        marks = page.locator(f"#vis-{name} svg .role-mark > *").count()
        assert marks > 0, f"chart {name} drew no marks"
        assert page.locator(f"#vis-{name} svg").first.bounding_box()["width"] > 200


def test_no_console_error_or_warning_and_no_request_leaves_the_machine(
    laptop: dict[str, Any],
) -> None:
    assert laptop["errors"] == []
    assert laptop["outside"] == []
    assert all(u.startswith(("file:", "data:", "blob:", "about:")) for u in laptop["requests"])


def test_planted_script_shows_as_text_and_does_not_run(laptop: dict[str, Any]) -> None:
    page = laptop["page"]
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert laptop["dialogs"] == []
    assert page.locator("#evidence-pages img").count() == 0
    assert PLANTED_TITLE in page.locator("#evidence-pages").inner_text()


def test_evidence_links_jump_to_tables(laptop: dict[str, Any]) -> None:
    page = laptop["page"]
    for name in CHART_NAMES:
        link = page.locator(f"#chart-{name} a.ev")
        target = link.get_attribute("href")
        assert target and page.locator(target).count() == 1
    assert page.locator("#evidence-quotes tbody tr").count() > 0


def test_phone_width_has_no_sideways_scrolling(browser: Any, built_report: Path) -> None:
    opened = open_report(browser, built_report, 390, 844)
    try:
        page = opened["page"]
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        for name in CHART_NAMES:
            assert page.locator(f"#vis-{name} svg .role-mark > *").count() > 0
        assert opened["errors"] == [] and opened["outside"] == []
    finally:
        opened["context"].close()
