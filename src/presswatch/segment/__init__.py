"""Segmentation: label each block of an article as editorial (headline, body) or junk by kind."""

from presswatch.segment.html import HtmlPage, segment_html
from presswatch.segment.rules import furniture_key
from presswatch.segment.text import segment_text
from presswatch.segment.widgets import Widget

__all__ = ["HtmlPage", "Widget", "furniture_key", "segment_html", "segment_text"]
