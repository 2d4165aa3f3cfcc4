"""For any bytes, feeds and WARC files give entries, documents or reasoned rejections, no crash."""

from __future__ import annotations

import gzip
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from presswatch.sources import RawDocument, Rejected

from .strategies import texts

feeds = pytest.importorskip("presswatch.sources.feeds")
warc = pytest.importorskip("presswatch.sources.warc")

RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>{0}</title>'
    "<item><title>{1}</title><link>https://news.example/{2}</link><description>{0}</description>"
    "<pubDate>{1}</pubDate></item></channel></rss>"
)
BOMB = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "{0}"><!ENTITY b "&a;&a;&a;">]><rss>&b;</rss>'


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


feed_bytes = st.one_of(
    st.binary(max_size=400),
    st.tuples(texts, texts, texts).map(
        lambda t: RSS.format(*map(_xml, t)).encode("utf-8", "replace")
    ),
    st.tuples(texts, texts, texts).map(lambda t: RSS.format(*t).encode("utf-8", "replace")),
    texts.map(lambda t: BOMB.format(_xml(t)).encode("utf-8", "replace")),
)


@given(feed_bytes)
def test_parse_feed_returns_entries_or_a_feed_error(content: bytes) -> None:
    try:
        entries = feeds.parse_feed(content, "https://news.example/feed")
    except feeds.FeedError as exc:
        assert str(exc)
        return
    assert isinstance(entries, list)


WARC_HEAD = (
    "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/{0}\r\n"
    "Content-Type: application/http; msgtype=response\r\nContent-Length: {1}\r\n\r\n"
)
HTTP = (
    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    "<html><body><p>{0}</p></body></html>"
)


@st.composite
def warc_bytes(draw: st.DrawFn) -> bytes:
    """Return a WARC of one or two records, possibly lying about lengths, cut or gzipped."""
    records = b""
    for n in range(draw(st.integers(1, 2))):
        body = HTTP.format(draw(texts)).encode("utf-8", "replace")
        length = len(body) + draw(st.integers(-20, 20))
        records += WARC_HEAD.format(n, length).encode() + body + b"\r\n\r\n"
    cut = draw(st.integers(0, len(records)))
    records = records[: len(records) - cut] if draw(st.booleans()) else records
    return gzip.compress(records) if draw(st.booleans()) else records


def warc_items(content: bytes) -> list:
    """Return what iter_warc yields for a WARC file holding content."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "crawl.warc"
        path.write_bytes(content)
        items = list(warc.iter_warc(path))
    assert all(isinstance(i, RawDocument | Rejected) for i in items)
    assert all(i.reason for i in items if isinstance(i, Rejected))
    return items


@given(st.one_of(warc_bytes(), st.binary(max_size=300).map(lambda b: b"WARC/1.0\r\n" + b)))
def test_iter_warc_yields_documents_or_rejections(content: bytes) -> None:
    warc_items(content)


def test_a_warc_header_cut_mid_line_is_a_rejection() -> None:
    items = warc_items(b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI")
    assert [i.reason for i in items] == ["corrupt WARC record"]
