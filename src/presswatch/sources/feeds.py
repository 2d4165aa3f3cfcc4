"""RSS and Atom feeds: recognise them and read their entries (link, title, date, author, text)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

FEED_START = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<(rss|feed|rdf:RDF)\b",
    re.S | re.I,
)
# Entity declarations are how XML bombs (billion laughs, external entities) work; feeds need none.
ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)


class FeedError(ValueError):
    """The bytes are not a usable feed."""


@dataclass(frozen=True)
class Entry:
    """One feed item: where the article is, and what the feed says about it."""

    link: str | None
    entry_id: str
    title: str | None
    published: str | None  # ISO 8601, UTC
    author: str | None
    html: str | None  # the entry's full content or summary, used when there is no link


def looks_like_feed(content: bytes, content_type: str = "") -> bool:
    """Return whether a response is a feed, by its content type or its first element."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if any(t in kind for t in ("rss", "atom")):
        return True
    if "html" in kind:
        return False
    return bool(FEED_START.match(content[:4096]))


def parse_feed(content: bytes, url: str = "") -> list[Entry]:
    """Return the entries of a feed; raise FeedError for entity declarations or unreadable XML."""
    import feedparser

    if ENTITY_DECL.search(content[:65_536]):
        raise FeedError("XML entity declarations are refused (possible entity expansion bomb)")
    parsed = feedparser.parse(content, response_headers={"content-location": url})
    if parsed.get("bozo") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise FeedError(f"malformed feed: {type(problem).__name__}: {problem}")
    if not parsed.entries and not parsed.get("version"):
        raise FeedError("not an RSS or Atom feed")
    return [_entry(item, number) for number, item in enumerate(parsed.entries)]


def _entry(item: dict, number: int) -> Entry:
    stamp = item.get("published_parsed") or item.get("updated_parsed")
    published = datetime(*stamp[:6]).isoformat() if stamp else None
    content = item.get("content") or []
    html = content[0].get("value") if content else item.get("summary")
    link = item.get("link") or None
    return Entry(
        link=link,
        entry_id=str(item.get("id") or link or number),
        title=item.get("title") or None,
        published=published,
        author=item.get("author") or None,
        html=html or None,
    )
