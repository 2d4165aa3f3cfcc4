"""Write WARC files for tests and benchmarks with warcio."""

from __future__ import annotations

from collections.abc import Iterable
from io import BytesIO
from pathlib import Path


def write_warc(
    path: Path, records: Iterable[tuple[str, str, bytes, int]], gzip: bool = True
) -> Path:
    """Write (url, content type, body, HTTP status) response records to a WARC file."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for url, ctype, body, status in records:
            http = StatusAndHeaders(f"{status} OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=BytesIO(body),
                                               http_headers=http)  # fmt: skip
            writer.write_record(record)
    return path
