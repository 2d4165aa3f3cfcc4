"""Feeds: RSS and Atom entries, and feeds that must be refused."""

from __future__ import annotations

import time

import pytest

from presswatch.sources.feeds import FeedError, looks_like_feed, parse_feed

from .server import BOMB, atom, rss


def test_rss_entries_carry_link_title_date_and_author() -> None:
    feed = rss([("Bridge reopens", "http://x.test/a", "Tue, 24 Nov 2026 08:30:00 +0100")])
    (entry,) = parse_feed(feed, "http://x.test/feed.xml")
    assert entry.link == "http://x.test/a" and entry.title == "Bridge reopens"
    assert entry.published == "2026-11-24T07:30:00"  # converted to UTC
    assert entry.author and "News Desk" in entry.author


def test_atom_entries_are_read() -> None:
    feed = atom([("One", "http://x.test/1", "2026-11-20T10:00:00Z"),
                 ("Two", "http://x.test/2", "2026-11-21T10:00:00+02:00")])  # fmt: skip
    entries = parse_feed(feed)
    assert [e.link for e in entries] == ["http://x.test/1", "http://x.test/2"]
    assert entries[1].published == "2026-11-21T08:00:00" and entries[0].author == "Ana Ribeiro"


def test_feed_is_recognised_by_type_or_first_element() -> None:
    assert looks_like_feed(b"<?xml version='1.0'?>\n<rss version='2.0'>", "text/xml")
    assert looks_like_feed(b"<feed xmlns='http://www.w3.org/2005/Atom'>", "")
    assert looks_like_feed(b"", "application/rss+xml; charset=utf-8")
    assert not looks_like_feed(b"<html><body>rss</body></html>", "text/html")
    assert not looks_like_feed(b"<?xml version='1.0'?><html/>", "application/xml")


def test_entity_expansion_bomb_is_refused_quickly() -> None:
    start = time.monotonic()
    with pytest.raises(FeedError, match="entity"):
        parse_feed(BOMB)
    assert time.monotonic() - start < 1


@pytest.mark.parametrize(
    "body",
    [b"<rss version='2.0'><chann", b"\x00\x01 not xml at all", b"{}"],
    ids=["truncated", "binary", "json"],
)
def test_malformed_feed_raises_a_clear_error(body: bytes) -> None:
    with pytest.raises(FeedError, match=r"malformed feed|not an RSS or Atom feed"):
        parse_feed(body)


def test_truncated_feed_keeps_the_complete_entries() -> None:
    body = (b"<rss version='2.0'><channel><item><title>a</title><link>http://x.test/a</link>"
            b"</item><item><title>x</ti")  # fmt: skip
    entries = parse_feed(body)
    assert entries[0].link == "http://x.test/a"
    assert all(e.link is None for e in entries[1:])  # the cut-off entry has no link: rejected later
