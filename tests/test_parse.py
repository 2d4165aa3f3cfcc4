"""Raw documents become articles: text, outlet, title and date, or a rejection."""

from __future__ import annotations

import json

from presswatch.parse import Article, parse
from presswatch.sources import RawDocument, Rejected

PAGE = """<html><head><title>Dock strike ends | Harbour Post</title>
<meta property="og:site_name" content="Harbour Post">
<meta property="article:published_time" content="2026-11-24T09:30:00+01:00"></head>
<body><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
<article><h1>Dock strike ends after nine days</h1>
<p>Dockworkers at the port returned to work on Tuesday after the union accepted a revised offer
from the port authority, ending a nine-day strike that had stranded dozens of container ships.</p>
<p>“This is a fair deal for every family on the quays,” union leader Dmytro Volkanov told reporters
outside the union hall, adding that members had voted by a wide margin to accept it.</p>
</article><footer>© Harbour Post</footer></body></html>"""


def test_text_article_takes_title_from_first_line_and_outlet_from_folder() -> None:
    doc = RawDocument("x/a.txt", "txt", b"Bridge reopens\r\nBody text.\r\n", None, folder="river")
    article = parse(doc, {"river": "The River Post"})
    assert isinstance(article, Article)
    assert (article.title, article.outlet, article.text) == (
        "Bridge reopens", "The River Post", "Bridge reopens\nBody text.\n")  # fmt: skip
    assert article.published is None


def test_published_is_converted_to_utc() -> None:
    doc = RawDocument("a.txt", "txt", b"T\nB", "O", published="2026-11-23T00:30:00+01:00")
    article = parse(doc)
    assert isinstance(article, Article)
    assert article.published is not None and article.published.isoformat() == "2026-11-22T23:30:00"


def test_html_page_gets_site_name_title_date_and_blocks() -> None:
    doc = RawDocument("p.html", "html", PAGE.encode(), None, folder="harbour-post", fmt="html")
    article = parse(doc)
    assert isinstance(article, Article)
    assert article.outlet == "Harbour Post"
    assert article.published is not None and article.published.isoformat() == "2026-11-24T08:30:00"
    assert article.blocks and "Dmytro Volkanov" in article.text
    kinds = {article.text[b.start : b.end].strip(): b.kind for b in article.blocks}
    assert kinds["Dock strike ends after nine days"] == "headline"
    assert any(k == "navigation" for t, k in kinds.items() if "Politics" in t)


def test_jsonl_record_is_parsed_from_its_own_bytes() -> None:
    line = json.dumps({"title": "T", "text": "Headline\nBody", "outlet": "Wire"}).encode()
    article = parse(RawDocument("e.jsonl:1", "jsonl", line, "Wire", fmt="txt"))
    assert isinstance(article, Article) and article.text == "Headline\nBody"


def test_undecodable_and_blank_documents_are_rejected() -> None:
    binary = parse(RawDocument("b.txt", "txt", b"\x00\x01\x02" * 50, None))
    blank = parse(RawDocument("c.txt", "txt", "\u00a0\n \n".encode(), None))
    assert isinstance(binary, Rejected) and binary.reason == "undecodable"
    assert isinstance(blank, Rejected) and blank.reason == "empty text"
