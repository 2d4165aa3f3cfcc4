"""Page metadata from HTML: title, publication date and canonical URL."""

from __future__ import annotations

import re
from datetime import datetime

from lxml.html import HtmlElement

_TITLE_META = ("og:title", "twitter:title")
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
)
_DATE_TEXT = re.compile(
    r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?)?(?:Z|[+-]\d\d:?\d\d)?"
)


def _metas(root: HtmlElement) -> dict[str, str]:
    """Return meta tag contents keyed by lower-case property, name or itemprop."""
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        content = meta.get("content")
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (meta.get(attr) or "").strip().lower()
            if key and key not in found:
                found[key] = content.strip()
    return found


def iso_date(value: str | None) -> str | None:
    """Return an ISO 8601 date or datetime found in a string, or None."""
    if not value:
        return None
    match = _DATE_TEXT.search(value)
    if not match:
        return None
    text = match.group(0).replace(" ", "T")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed.isoformat() if "T" in text else parsed.date().isoformat()


def page_title(root: HtmlElement, metas: dict[str, str]) -> str | None:
    """Return og:title, else <title>, else the first h1 text."""
    for key in _TITLE_META:
        if metas.get(key):
            return " ".join(metas[key].split())
    for tag in ("title", "h1"):
        for el in root.iter(tag):
            text = " ".join(el.text_content().split())
            if text:
                return text
    return None


def page_published(root: HtmlElement, metas: dict[str, str]) -> str | None:
    """Return the publication date from meta tags or the first <time datetime>, ISO 8601."""
    for key in _DATE_META:
        found = iso_date(metas.get(key))
        if found:
            return found
    for el in root.iter("time"):
        found = iso_date(el.get("datetime"))
        if found:
            return found
    return None


def page_canonical(root: HtmlElement, metas: dict[str, str]) -> str | None:
    """Return the rel=canonical link target, else og:url."""
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return link.get("href", "").strip()
    return metas.get("og:url") or None


def page_meta(root: HtmlElement) -> tuple[str | None, str | None, str | None]:
    """Return (title, published, canonical_url) of a page."""
    metas = _metas(root)
    return page_title(root, metas), page_published(root, metas), page_canonical(root, metas)
