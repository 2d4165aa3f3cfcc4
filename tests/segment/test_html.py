"""Tests for segment_html: layout, labels, metadata, widgets and bad input."""

from __future__ import annotations

import itertools

import pytest

from presswatch.records import BLOCK_KINDS
from presswatch.segment import segment_html
from presswatch.segment.evaluate import predict_html, predict_text

PARAGRAPHS = [
    "The harbour council of Eastwick voted on Tuesday to rebuild the old ferry pier, ending a "
    "debate that had divided the town for more than three years and filled many meetings.",
    "Council leader Mara Quill said the vote was a promise kept to the fishing families who have "
    "waited long enough, and that the first piles would be driven in the spring.",
    "Opponents had argued that the money would be better spent on the flood wall, which was "
    "damaged during the winter storms and still leaks at every high tide of the month.",
    "The new pier will cost about four million, most of it from a regional fund, and should open "
    "to boats before the summer season of the following year, the council said.",
    "Local traders welcomed the decision, saying that visitors had stayed away since the ferry "
    "stopped calling at the town in the autumn of last year, and that trade had suffered.",
]

PAGE = f"""<!DOCTYPE html>
<html><head>
<title>Eastwick votes to rebuild its pier | Eastwick Gazette</title>
<meta property="og:title" content="Eastwick votes to rebuild its pier">
<meta property="article:published_time" content="2026-02-18T09:30:00+00:00">
<link rel="canonical" href="https://www.eastwick-gazette.example/news/pier-vote">
<script src="https://cdn.taboola.com/libtrc/eastwick/loader.js"></script>
<style>.x {{ color: red }}</style>
</head><body>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Eastwick votes to rebuild its pier</h1>
<div class="byline">By Jane Doe</div>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
<figure><img src="pier.jpg"><figcaption>The old pier at low tide.</figcaption></figure>
<div class="share-bar"><a href="https://facebook.com/share">Share on Facebook</a></div>
</article>
<div id="taboola-below-article-thumbnails" class="trc_related_container">
<span>Promoted Stories</span>
<a href="/news/beach-guide">Ten quiet beaches to visit</a>
<a href="https://www.eastwick-gazette.example/news/fish-prices">Why fish costs more</a>
<a href="https://ads.example-network.com/click?id=1">You won't believe this gadget</a>
<a href="https://shop.example.org/deal">The deal everyone is talking about</a>
<a href="https://another.example.net/story">Doctors hate this one trick</a>
<span>by Taboola</span>
</div>
<footer><p>© 2026 Eastwick Gazette. All rights reserved.</p></footer>
</body></html>"""


def kind_at(page, needle: str) -> str:
    start = page.text.index(needle)
    return next(b.kind for b in page.blocks if b.start <= start < b.end)


def test_page_layout_tiles_and_drops_hidden() -> None:
    page = segment_html(PAGE, "https://www.eastwick-gazette.example/news/pier-vote")
    assert "color: red" not in page.text and "loader.js" not in page.text
    assert page.blocks[0].start == 0 and page.blocks[-1].end == len(page.text)
    for prev, nxt in itertools.pairwise(page.blocks):
        assert prev.end == nxt.start
    assert all(b.kind in BLOCK_KINDS for b in page.blocks)
    assert len(page.text.split("\n")) == len(page.blocks)


def test_page_labels() -> None:
    page = segment_html(PAGE, "https://www.eastwick-gazette.example/news/pier-vote")
    for paragraph in PARAGRAPHS:
        assert kind_at(page, paragraph[:40]) == "body"
    assert kind_at(page, "Eastwick votes to rebuild its pier") == "headline"
    assert kind_at(page, "Home") == "navigation"
    assert kind_at(page, "By Jane Doe") == "byline"
    assert kind_at(page, "The old pier at low tide.") == "caption"
    assert kind_at(page, "Share on Facebook") == "share"
    assert kind_at(page, "© 2026 Eastwick Gazette") == "boilerplate"
    assert kind_at(page, "Doctors hate this one trick") == "sponsored"


def test_page_metadata() -> None:
    page = segment_html(PAGE)
    assert page.title == "Eastwick votes to rebuild its pier"
    assert page.published == "2026-02-18T09:30:00+00:00"
    assert page.canonical_url == "https://www.eastwick-gazette.example/news/pier-vote"


def test_widget_detection() -> None:
    page = segment_html(PAGE, "https://www.eastwick-gazette.example/news/pier-vote")
    assert len(page.widgets) == 1
    widget = page.widgets[0]
    assert widget.provider == "taboola"
    assert (widget.links_first_party, widget.links_third_party) == (2, 3)
    assert "promoted stories" in widget.cues and "by taboola" in widget.cues
    assert page.text[widget.start : widget.end].startswith("Promoted Stories")
    inside = [b for b in page.blocks if widget.start <= b.start < widget.end]
    assert inside and all(b.provider == "taboola" for b in inside)


def test_script_only_widget() -> None:
    html = PAGE.replace('id="taboola-below-article-thumbnails" class="trc_related_container"', "")
    page = segment_html(html)
    assert [w.provider for w in page.widgets] == ["taboola"]
    assert page.widgets[0].start == page.widgets[0].end


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<html",
        "\x00\xff\xfe binary \x01\x02" * 50,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "<div>" * 5000 + "deep text" + "</div>" * 5000,
        "<html><body><p>Just one short line.</p></body></html>",
        "<html><body><table><tr><td>a<td>b</table><p>unclosed <b>bold",
    ],
)
def test_bad_html_does_not_raise(html: str | bytes) -> None:
    page = segment_html(html)
    if page.text:
        assert page.blocks[0].start == 0 and page.blocks[-1].end == len(page.text)
    else:
        assert page.blocks == []


def test_eval_adapters() -> None:
    pred = predict_html({"id": "p1", "url": None}, PAGE)
    assert pred["id"] == "p1" and PARAGRAPHS[0] in pred["body"]
    assert "Share on Facebook" not in pred["body"]
    text = "\n".join(["A title for the page here", *PARAGRAPHS, "Related", "Another story"])
    junk = predict_text({"id": "t1", "text": text})
    assert junk["id"] == "t1"
    spans = [text[j["start"] : j["end"]] for j in junk["junk"]]
    assert any("Related" in s for s in spans) and not any(PARAGRAPHS[1] in s for s in spans)
