"""Segmentation: label each block of an article as editorial (headline, body) or junk by kind."""

from presswatch.segment.classify import segment_text
from presswatch.segment.furniture import OutletMemory, build_furniture
from presswatch.segment.html import HtmlPage, segment_html
from presswatch.segment.rules import furniture_key
from presswatch.segment.widgets import Widget

__all__ = [
    "HtmlPage",
    "OutletMemory",
    "Widget",
    "build_furniture",
    "furniture_key",
    "segment_html",
    "segment_text",
]
