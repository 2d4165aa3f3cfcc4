"""Flattened-text segmentation: rule labels per line and the editorial run between barriers."""

from __future__ import annotations

from presswatch.records import Block
from presswatch.segment.body import label_lines, teaser_joins
from presswatch.segment.text import split_lines, tile


def segment_text(text: str, furniture: frozenset[str] = frozenset()) -> list[Block]:
    """Return blocks tiling `text`, labelled editorial (headline, body) or junk by kind."""
    lines = split_lines(text, furniture)
    kinds = label_lines(lines)
    return tile(lines, kinds, len(text), teaser_joins(lines, kinds))
