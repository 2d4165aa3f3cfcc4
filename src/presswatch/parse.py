"""Turn a raw document into an article: decoded text, title, date and (for HTML) labelled blocks."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from html import unescape

from presswatch.records import Block
from presswatch.sources.base import RawDocument, Rejected, parse_published
from presswatch.sources.dates import page_date
from presswatch.sources.decode import UndecodableError, decode, scrub
from presswatch.sources.jsonl import loads, pick

SITE_NAME = re.compile(
    r"""<meta[^>]+property=["']og:site_name["'][^>]+content=["']([^"'<>]{1,120})["']""", re.I
)


@dataclass(frozen=True)
class Article:
    """A parsed document: the text all spans refer to, and its metadata."""

    doc: RawDocument
    outlet: str
    text: str
    encoding: str
    title: str | None
    published: datetime | None
    url: str | None
    blocks: tuple[Block, ...] | None = None  # set when the format already labels its blocks (HTML)


def parse(doc: RawDocument, outlet_names: Mapping[str, str] | None = None) -> Article | Rejected:
    """Return the parsed article of a raw document, or a rejection naming the reason."""
    article = _parse(doc)
    if isinstance(article, Article) and outlet_names:
        article = replace(article, outlet=outlet_names.get(article.outlet, article.outlet))
    if isinstance(article, Article):  # lone surrogates (JSON escapes) cannot be stored as UTF-8
        outlet, title = scrub(article.outlet) or article.doc.folder, scrub(article.title)
        url = scrub(article.url)
        if (outlet, title, url) != (article.outlet, article.title, article.url):
            article = replace(article, outlet=outlet, title=title, url=url)
    return article


def _parse(doc: RawDocument) -> Article | Rejected:
    try:
        raw, encoding = decode(doc.content, html=doc.fmt == "html")
    except UndecodableError as exc:
        return Rejected(doc.origin, "undecodable", str(exc), doc.content)
    fmt = doc.fmt
    if doc.source_kind == "jsonl":
        record = loads(raw)
        html = pick(record, "html")
        raw, fmt = (html, "html") if html else (pick(record, "text") or "", "txt")
        raw = scrub(raw) or ""  # same length: every offset stays valid
    if fmt == "html":
        return _html_article(doc, raw, encoding)
    text = raw.replace("\r\n", "\n").replace("\r", "\n") if "\r" in raw else raw
    if not text.strip():
        return Rejected(doc.origin, "empty text", "no visible text", doc.content)
    return Article(
        doc=doc,
        outlet=doc.outlet or doc.folder,
        text=text,
        encoding=encoding,
        title=doc.title or _first_line(text),
        published=parse_published(doc.published),
        url=doc.url,
    )


def _first_line(text: str) -> str | None:
    """Return the first non-blank line of a text, stripped, or None."""
    return next((line.strip() for line in text.split("\n") if line.strip()), None)


def _html_article(doc: RawDocument, html: str, encoding: str) -> Article | Rejected:
    from presswatch.segment import segment_html

    page = segment_html(html, url=doc.url)
    if not page.text.strip():
        return Rejected(doc.origin, "empty text", "the HTML page has no visible text", doc.content)
    site = SITE_NAME.search(html[:50_000])
    return Article(
        doc=doc,
        outlet=doc.outlet or (unescape(site.group(1)).strip() if site else "") or doc.folder,
        text=page.text,
        encoding=encoding,
        title=doc.title or page.title,
        published=parse_published(doc.published)
        or parse_published(page.published)
        or parse_published(page_date(html, doc.url, doc.source_kind)),
        url=doc.url or page.canonical_url,
        blocks=tuple(page.blocks),
    )
