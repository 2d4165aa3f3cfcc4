"""Recommendation widgets: vendor signatures, link counts by party, disclosure cues."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from presswatch.segment.rules import widget_rules

# Second-level labels under which registrable domains sit one level deeper (news.bbc.co.uk).
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go"})


@dataclass(frozen=True)
class Widget:
    """A recommendation widget: provider, text span, links by party and disclosure cues."""

    provider: str
    start: int
    end: int
    links_first_party: int
    links_third_party: int
    cues: tuple[str, ...]


@lru_cache(maxsize=4096)
def provider_of_element(attrs: str) -> str | None:
    """Return the widget provider whose class/id signature an attribute string carries."""
    low = attrs.lower()
    for needle, provider in widget_rules().classes:
        if needle in low:
            return provider
    return None


@cache
def _host_hint() -> re.Pattern[str]:
    """Return one pattern of every loader host: URLs without any of them need no parsing."""
    return re.compile("|".join(re.escape(suffix) for suffix, _ in widget_rules().hosts))


def provider_of_url(url: str) -> str | None:
    """Return the widget provider whose loader host serves a script or iframe URL."""
    if not _host_hint().search(url.lower()):
        return None
    host = host_of(url)
    if not host:
        return None
    for suffix, provider in widget_rules().hosts:
        if host == suffix or host.endswith("." + suffix):
            return provider
    return None


def host_of(url: str | None) -> str:
    """Return the lower-case host of a URL, or '' for relative or malformed URLs."""
    if not url:
        return ""
    try:
        return (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""


def site_of(host: str) -> str:
    """Return the registrable part of a host (example.co.uk for news.example.co.uk)."""
    parts = host.split(".")
    if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in _SECOND_LEVEL:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def count_links(element: HtmlElement, page_site: str) -> tuple[int, int]:
    """Return (first-party, third-party) counts of the links inside an element."""
    first = third = 0
    for anchor in element.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        host = host_of(href) if "//" in href else ""
        if not host or (page_site and site_of(host) == page_site):
            first += 1
        else:
            third += 1
    return first, third


def find_cues(text: str, attrs: str = "") -> tuple[str, ...]:
    """Return the disclosure cues and vendor attribution texts found in a widget's text."""
    low = f" {' '.join(text.lower().split())} "
    found: list[str] = []
    for cue in widget_rules().cues:
        present = f" {cue} " in low or f" {cue}:" in low
        if present and not any(cue in seen for seen in found):
            found.append(cue)
    for phrase, _provider in widget_rules().texts:
        if phrase in low and phrase not in found:
            found.append(phrase)
    return tuple(found)
