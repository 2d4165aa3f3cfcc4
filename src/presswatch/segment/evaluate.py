"""Adapters from segmentation output to the prediction records of `score.py segments`."""

from __future__ import annotations

from presswatch.records import block_group
from presswatch.segment.classify import segment_text
from presswatch.segment.html import segment_html


def predict_text(record: dict) -> dict:
    """Return the prediction {"id", "junk": [{"start", "end", "kind"}]} for a text-gold record."""
    blocks = segment_text(record.get("text") or "")
    junk = [
        {"start": b.start, "end": b.end, "kind": b.kind}
        for b in blocks
        if block_group(b.kind) != "editorial"
    ]
    return {"id": record["id"], "junk": junk}


def predict_html(record: dict, html: str) -> dict:
    """Return the prediction {"id", "body"} for an HTML-gold record: the page's body blocks."""
    page = segment_html(html, record.get("url"))
    body = "\n".join(page.text[b.start : b.end].strip() for b in page.blocks if b.kind == "body")
    return {"id": record["id"], "body": body}
