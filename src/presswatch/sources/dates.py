"""Publication dates of web pages that state none in the metadata we read: htmldate's guess."""

from __future__ import annotations

import logging

WEB_KINDS = {"page", "feed", "warc"}  # fetched pages: their date may be in the URL or the markup


def page_date(html: str, url: str | None, source_kind: str) -> str | None:
    """Return the original publication date htmldate finds in a web page (ISO 8601), or None."""
    if source_kind not in WEB_KINDS:
        return None
    from htmldate import find_date

    logging.getLogger("htmldate").setLevel(logging.ERROR)
    try:
        return find_date(html, extensive_search=False, original_date=True, url=url,
                         outputformat="%Y-%m-%dT%H:%M:%S")  # fmt: skip
    except (ValueError, TypeError):
        return None
