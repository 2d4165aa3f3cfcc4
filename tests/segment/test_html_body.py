"""Tests for the HTML path's body helpers: one parse that matches trafilatura's, line flags."""

from __future__ import annotations

import pytest
import trafilatura
from lxml import etree
from trafilatura.utils import load_html

from presswatch.segment import segment_html
from presswatch.segment.html_body import editorial_flags, extract_body, parse_html

PARAGRAPHS = [
    "The harbour council of Eastwick voted on Tuesday to rebuild the old ferry pier, ending a "
    "debate that had divided the town for more than three years.",
    "Council leader Mara Quill said the vote was a promise kept to the fishing families, and "
    "that the first piles would be driven in the spring.",
    "Opponents had argued that the money would be better spent on the flood wall, which was "
    "damaged during the winter storms and still leaks at every high tide.",
    "The new pier will cost about four million, most of it from a regional fund, and should open "
    "before the summer season of the following year, the council said.",
    "Local traders welcomed the decision, saying that visitors had stayed away since the ferry "
    "stopped calling at the town in the autumn of last year.",
]
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
PAGE = (
    "<!DOCTYPE html>\n<html><head><title>Eastwick votes to rebuild its pier</title>"
    '<script src="https://cdn.taboola.com/libtrc/eastwick/loader.js"></script></head><body>'
    '<nav class="main-nav"><a href="/">Home</a> <a href="/news">News</a></nav>'
    f"<article><h1>Eastwick votes to rebuild its pier</h1>{BODY}</article>"
    '<div class="share-bar">Share on Facebook</div></body></html>'
)
XHTML = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">'


@pytest.mark.parametrize(
    "html",
    [
        PAGE,
        PAGE.replace("Tuesday", "Tues\x0cday\x01"),  # control characters the loader deletes
        f"{XHTML}\n<html><body>{BODY}</body></html>",
        f"<!DOCTYPE html><html><body>{BODY}<footer>end</footer></body></html>",  # one line
        f"<html/>\n<body>{BODY}</body>",
        f"<html><body><p>odd \ufffe char</p>{BODY}</body></html>",
        f'<?xml version="1.0" encoding="utf-8"?><html><body>{BODY}</body></html>',
        PAGE.encode("utf-8"),
        "just a sentence, no markup at all",
    ],
)
def test_parse_gives_trafilaturas_tree(html: str | bytes) -> None:
    ours, theirs = parse_html(html), load_html(html)
    assert (ours is None) == (theirs is None)
    if ours is not None:
        assert etree.tostring(ours) == etree.tostring(theirs)


@pytest.mark.parametrize("url", [None, "https://www.eastwick-gazette.example/news/pier-vote"])
def test_extract_body_is_trafilaturas_text(url: str | None) -> None:
    root = parse_html(PAGE)
    expected = trafilatura.extract(load_html(PAGE), url=url, include_comments=False, fast=True)
    assert extract_body(root, PAGE, url) == expected
    assert etree.tostring(root) == etree.tostring(load_html(PAGE))  # our tree is left intact


def test_each_body_sentence_is_claimed_once() -> None:
    nav = ["Home", "News", "Sport"]
    pull = PARAGRAPHS[1].split(",")[0]  # a pull quote repeating the start of a paragraph
    lines = [*nav, *PARAGRAPHS[:3], pull, *PARAGRAPHS[3:], "Print this article", *PARAGRAPHS]
    flags = editorial_flags(lines, "\n".join(PARAGRAPHS))
    first = len(nav)
    assert flags[:first] == [False] * first
    assert all(flags[first : first + 3]) and all(flags[first + 4 : first + 6])
    assert not flags[first + 3]  # the pull quote's words were claimed by its paragraph
    assert not any(flags[first + 6 :])  # the print copy of the article gets nothing


def test_lines_matching_the_body_exactly_and_loosely() -> None:
    body = "\n".join(PARAGRAPHS)
    loose = [p.replace(",", " ,").upper() for p in PARAGRAPHS]  # same words, other spacing/case
    assert editorial_flags(PARAGRAPHS, body) == [True] * len(PARAGRAPHS)
    assert editorial_flags(loose, body) == [True] * len(PARAGRAPHS)
    assert editorial_flags(["Subscribe to our newsletter today"], body) == [False]


def test_segmenting_twice_gives_the_same_page() -> None:
    first, again = segment_html(PAGE), segment_html(PAGE)
    assert first == again and any(b.kind == "body" for b in first.blocks)
