"""Fetch a URL as a feed (then each entry's article page) or as one article page."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from presswatch.sources.base import FetchRecord, RawDocument, Rejected, Validators, content_hash
from presswatch.sources.feeds import Entry, FeedError, looks_like_feed, parse_feed
from presswatch.sources.http import Fetched, HttpClient
from presswatch.sources.urls import domain, outlet_for

Item = RawDocument | Rejected | FetchRecord
TEXT_TYPES = ("html", "xhtml", "text/plain", "xml")


def iter_url(
    url: str,
    client: HttpClient,
    cache: Mapping[str, Validators] | None = None,
    names: Mapping[str, str] | None = None,
    source: str | None = None,
) -> Iterator[Item]:
    """Yield the fetch records, documents and rejections of a feed or page URL."""
    cache, source = cache or {}, source or url
    known = cache.get(url)
    got = client.fetch(url, *(known[:2] if known else (None, None)))
    feed = got.ok and looks_like_feed(got.content, got.content_type)
    if not got.ok:
        yield from _failed(got, known.kind or "page" if known else "page", source)
        return
    if not feed:
        yield from _page(got, source, names, known, kind="page")
        return
    digest = content_hash(got.content)
    if known is not None and known.content_hash == digest:
        yield _record(got, "feed", source, "unchanged")
        return
    try:
        entries = parse_feed(got.content, got.final_url)
    except FeedError as exc:
        yield _record(got, "feed", source, "failed", keep=True, error=str(exc))
        yield Rejected(url, "malformed feed", str(exc), got.content, source=source)
        return
    failures = 0
    for entry in entries:
        for item in _entry(entry, got.final_url, client, cache, names, source):
            failures += isinstance(item, Rejected) and item.failed
            yield item
    # the feed's validators are only kept when every entry arrived, so failed ones are retried
    yield _record(got, "feed", source, "fetched", keep=True, validators=not failures)


def _entry(
    entry: Entry,
    feed_url: str,
    client: HttpClient,
    cache: Mapping[str, Validators],
    names: Mapping[str, str] | None,
    source: str,
) -> Iterator[Item]:
    if entry.link is None:
        if entry.html:
            content = entry.html.encode("utf-8")
            yield _document(f"{feed_url}#{entry.entry_id}", feed_url, content, source, names,
                            entry, kind="feed")  # fmt: skip
        else:
            yield Rejected(f"{feed_url}#{entry.entry_id}", "empty feed entry",
                           "no link and no content", source=source)  # fmt: skip
        return
    known = cache.get(entry.link)
    got = client.fetch(entry.link, *(known[:2] if known else (None, None)))
    if not got.ok:
        yield from _failed(got, "page", source)
        return
    yield from _page(got, source, names, known, kind="feed", entry=entry)


def _page(
    got: Fetched,
    source: str,
    names: Mapping[str, str] | None,
    known: Validators | None,
    kind: str,
    entry: Entry | None = None,
) -> Iterator[Item]:
    digest = content_hash(got.content)
    unchanged = known is not None and known.content_hash == digest
    yield _record(got, "page", source, "unchanged" if unchanged else "fetched")
    if unchanged:
        return
    ctype = got.content_type.lower()
    if ctype and not any(t in ctype for t in TEXT_TYPES):
        yield Rejected(got.final_url, "unsupported content type", ctype, got.content, source=source)
        return
    yield _document(got.final_url, got.final_url, got.content, source, names, entry, kind)


def _document(
    origin: str,
    url: str,
    content: bytes,
    source: str,
    names: Mapping[str, str] | None,
    entry: Entry | None,
    kind: str,
) -> RawDocument:
    return RawDocument(
        origin=origin,
        source_kind=kind,
        content=content,
        outlet=outlet_for(url, names),
        folder=domain(url) or "unknown",
        fmt="html",
        url=url,
        title=entry.title if entry else None,
        published=entry.published if entry else None,
        source=source,
        author=entry.author if entry else None,
    )


def _failed(got: Fetched, kind: str, source: str) -> Iterator[Item]:
    if got.not_modified:
        yield _record(got, kind, source, "not_modified")
        return
    yield _record(got, kind, source, "failed")
    yield Rejected(got.url, "fetch failed", got.error or f"HTTP {got.status}", source=source,
                   failed=True)  # fmt: skip


def _record(
    got: Fetched,
    kind: str,
    source: str,
    outcome: str,
    keep: bool = False,
    error: str | None = None,
    validators: bool = True,
) -> FetchRecord:
    digest = content_hash(got.content) if got.content else None
    return FetchRecord(
        source=source,
        url=got.url,
        kind=kind,
        final_url=got.final_url,
        status=got.status,
        outcome=outcome,
        error=error or got.error,
        etag=got.etag if validators else None,
        last_modified=got.last_modified if validators else None,
        content_hash=digest if validators else None,
        n_bytes=len(got.content),
        elapsed_s=got.elapsed_s,
        content=got.content if keep else None,
    )
