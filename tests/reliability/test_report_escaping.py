"""Hostile article text (script tags, javascript: links, handlers) never becomes live HTML."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from presswatch.ingest import build_warehouse, ingest_paths

PAYLOADS = (
    "<script>alert('pw1')</script>",
    "</script><script>alert('pw2')</script>",
    "<a href=\"javascript:alert('pw3')\">click</a>",
    "<img src=x onerror=\"alert('pw4')\">",
    '"><svg onload=alert("pw5")>',
)


class Elements(HTMLParser):
    """Collect every start tag and its attributes of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def hostile_corpus(folder: Path) -> None:
    """Write articles whose headline, quotes and teaser blocks carry every payload."""
    folder.mkdir(parents=True)
    for n, payload in enumerate(PAYLOADS):
        body = (
            f"Minister {payload} resigns\n\n"
            f"“We will rebuild {payload} together,” Ana Ruiz said on Monday.\n"
            f"The council met for hours to discuss the plan and the budget of item {n}.\n"
            f"Read more: {payload} the ten best beaches\n"
        )
        (folder / f"a{n}.txt").write_text(body)
    outlet = {"outlet": "Wire </script><script>alert('pw6')</script>"}  # reaches chart JSON
    (folder / "a0.meta.json").write_text(json.dumps(outlet))
    (folder.parent / "w.jsonl").write_text(
        json.dumps({"title": PAYLOADS[0], "html": "<html><body><article><h1>"
                    + PAYLOADS[2].replace("<", "&lt;") + "</h1><p>“"
                    + PAYLOADS[3].replace("<", "&lt;") + ",” Ana Ruiz said.</p></article>"
                    + "<aside class='recommended'><a href='https://x.example/b'>"
                    + PAYLOADS[4].replace("<", "&lt;") + "</a></aside></body></html>"})
        + "\n"
    )  # fmt: skip


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Return the report page built from a warehouse of hostile articles."""
    from presswatch.report import build_report

    root = tmp_path_factory.mktemp("xss")
    hostile_corpus(root / "in" / "river-post")
    db = root / "w.duckdb"
    stats = ingest_paths([root / "in"], db)
    assert stats.new == len(PAYLOADS) + 1 and stats.quotes >= 1
    assert not any(build_warehouse(db).values())
    text = build_report(db, root / "out").index.read_text(encoding="utf-8")
    return text


def test_no_payload_becomes_an_element_or_attribute(page: str) -> None:
    parser = Elements()
    parser.feed(page)
    for tag, attrs in parser.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name, value)
            assert "javascript:" not in (value or "").lower(), (tag, name, value)
        assert tag not in ("img", "svg", "iframe", "object", "embed"), tag
    scripts = [attrs for tag, attrs in parser.tags if tag == "script"]
    assert all("src" not in attrs for attrs in scripts)
    raw = re.compile(r"<script>alert|<img src=x|<svg onload|<a href=.javascript", re.I)
    assert not raw.search(page), "a payload reached the page unescaped"
    for marker in ("pw1", "pw2", "pw3", "pw4"):
        assert marker in page, f"{marker}: the hostile text should be shown, escaped"


def test_script_blocks_hold_no_payload(page: str) -> None:
    """Inside <script> (chart data as JSON) a payload's angle brackets are \\u003c-escaped."""
    for chunk in page.split("<script")[1:]:
        inside = chunk.split("</script>", 1)[0]
        assert not re.search(r"<(?:/?script|img|svg|a)\b[^>]{0,80}pw\d", inside, re.I)
        assert "javascript:alert" not in inside
    assert "Wire \\u003c/script\\u003e\\u003cscript\\u003ealert('pw6')" in page
