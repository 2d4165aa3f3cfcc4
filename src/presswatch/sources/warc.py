"""Stream WARC archives (.warc, .warc.gz) record by record: HTML and text responses."""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Iterator
from pathlib import Path

from presswatch.sources.base import RawDocument, Rejected
from presswatch.sources.urls import domain

MAX_PAYLOAD = 10_000_000
DOC_TYPES = ("text/html", "application/xhtml", "text/plain")


def iter_warc(
    path: Path, source: str = "", max_payload: int = MAX_PAYLOAD
) -> Iterator[RawDocument | Rejected]:
    """Yield a document per HTML/text response or resource record; a rejection per bad record."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    source = source or str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Rejected(str(path), "unreadable file", str(exc), source=source)
        return
    with handle:
        if not _starts_like_warc(handle.read(4096)):
            yield Rejected(str(path), "corrupt WARC record", "does not start with a WARC header",
                           source=source)  # fmt: skip
            return
        handle.seek(0)
        records = ArchiveIterator(handle)
        for seen in itertools.count():
            try:
                record = next(records)
            except StopIteration:
                if seen == 0 and path.stat().st_size > 0:
                    yield Rejected(str(path), "corrupt WARC record", "no WARC record found",
                                   source=source)  # fmt: skip
                return
            except (ArchiveLoadFailed, ValueError, OSError, EOFError, AttributeError) as exc:
                # the stream cannot be resynchronised: keep what was read, quarantine the rest
                origin = f"{path}@{records.offset}"
                yield Rejected(origin, "corrupt WARC record", f"{type(exc).__name__}: {exc}"[:500],
                               source=source)  # fmt: skip
                return
            item = _record(path, record, records.offset, source, max_payload)
            if item is not None:
                yield item


def _starts_like_warc(head: bytes) -> bool:
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip().startswith(b"WARC/")


def _record(
    path: Path, record: object, offset: int, source: str, max_payload: int
) -> RawDocument | Rejected | None:
    rtype = record.rec_type  # type: ignore[attr-defined]
    if rtype not in ("response", "resource"):
        return None
    headers = record.rec_headers  # type: ignore[attr-defined]
    url = headers.get_header("WARC-Target-URI")
    origin = f"{path}@{offset}"
    if rtype == "response":
        http = record.http_headers  # type: ignore[attr-defined]
        if http is None:
            return None
        status = http.get_statuscode()
        if status != "200":
            return None
        ctype = (http.get_header("Content-Type") or "").lower()
    else:
        ctype = (headers.get_header("Content-Type") or "").lower()
    if not any(t in ctype for t in DOC_TYPES):
        return None
    try:
        content = record.content_stream().read(max_payload + 1)  # type: ignore[attr-defined]
    except Exception as exc:  # decompression or chunking errors inside one record
        return Rejected(origin, "corrupt WARC record", f"{type(exc).__name__}: {exc}"[:500],
                        source=source)  # fmt: skip
    if getattr(record.raw_stream, "limit", 0) > 0 and len(content) <= max_payload:  # type: ignore[attr-defined]
        return Rejected(origin, "corrupt WARC record", f"{url}: truncated payload", source=source)
    if len(content) > max_payload:
        return Rejected(
            origin, "record too large", f"payload over {max_payload} bytes", source=source
        )
    if not content.strip():
        return Rejected(origin, "empty record", f"{url}: empty payload", source=source)
    return RawDocument(
        origin=origin,
        source_kind="warc",
        content=content,
        outlet=None,
        folder=domain(url) or path.stem,
        fmt="txt" if "text/plain" in ctype else "html",
        url=url,
        source=source,
    )
