"""Input sources: files, folders, JSONL exports, WARC archives, feeds and pages, streamed."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from presswatch.sources.base import FetchRecord, RawDocument, Rejected, Validators
from presswatch.sources.files import iter_paths
from presswatch.sources.urls import as_url

if TYPE_CHECKING:
    from presswatch.sources.http import HttpClient

__all__ = ["FetchRecord", "RawDocument", "Rejected", "iter_inputs", "iter_paths"]


def iter_inputs(
    items: Iterable[Path | str],
    client: HttpClient | None = None,
    cache: Mapping[str, Validators] | None = None,
    names: Mapping[str, str] | None = None,
) -> Iterator[RawDocument | Rejected | FetchRecord]:
    """Yield the documents, rejections and fetch records of paths and http(s) URLs, in order."""
    for item in items:
        url = as_url(item)
        if url is None:
            yield from iter_paths([item])
            continue
        from presswatch.sources.http import HttpClient
        from presswatch.sources.web import iter_url

        client = client or HttpClient()
        yield from iter_url(url, client, cache, names)
