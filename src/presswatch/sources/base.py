"""The records every source yields: a raw document to store, or a rejected input to quarantine."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from typing import Any, NamedTuple

HTML_KINDS = frozenset({"html", "page", "feed", "warc"})  # source kinds whose content is HTML


@dataclass(frozen=True)
class RawDocument:
    """One input document as received, with the metadata its source gave."""

    origin: str
    source_kind: str  # txt | html | jsonl | warc | page | feed
    content: bytes
    outlet: str | None  # as the source's own metadata names it; None when it does not
    folder: str = "unknown"  # the parent folder's name: the outlet of last resort
    fmt: str = "txt"  # how the content is parsed: txt | html | jsonl-record
    url: str | None = None
    title: str | None = None
    published: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    source: str = ""  # the configured source (path or URL) that yielded it
    author: str | None = None

    @cached_property
    def doc_id(self) -> str:
        """Return the id of the document: the hash of its bytes (computed once)."""
        return content_hash(self.content)


@dataclass(frozen=True)
class Rejected:
    """An input that cannot be used, with the reason, for the quarantine table."""

    origin: str
    reason: str
    detail: str = ""
    content: bytes | None = None
    source: str = ""
    failed: bool = False  # a fetch failure (network, HTTP status) rather than bad content


@dataclass(frozen=True)
class FetchRecord:
    """One HTTP request made for a source: the fetch log row and the cache validators it got."""

    source: str
    url: str
    kind: str  # feed | page
    final_url: str
    status: int | None
    outcome: str  # fetched | not_modified | unchanged | failed
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    n_bytes: int = 0
    elapsed_s: float = 0.0
    content: bytes | None = None  # raw feed bodies are kept; pages are kept as documents


class Validators(NamedTuple):
    """What the last fetch of a URL returned: its cache validators and the body's hash."""

    etag: str | None
    last_modified: str | None
    content_hash: str | None
    kind: str | None = None  # feed | page


def content_hash(content: bytes) -> str:
    """Return the sha256 hex digest of raw bytes."""
    return hashlib.sha256(content).hexdigest()


def parse_published(value: object) -> datetime | None:
    """Return a naive UTC datetime from an ISO 8601 string, or None when absent or unreadable."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment
