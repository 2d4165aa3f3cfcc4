"""Editorial text of a page: trafilatura's body, mapped back onto the page's lines."""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections import Counter

from lxml.html import HtmlElement

_WORD = re.compile(r"\w+")
_CLUSTER_GAP = 8
# The fast pass is trusted when it keeps at least this much of the page's visible text.
_FAST_MIN_CHARS = 1000
_FAST_MIN_SHARE = 0.2

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("readability").setLevel(logging.CRITICAL)


def parse_html(html: str | bytes) -> HtmlElement | None:
    """Return the lxml tree of a page, or None when it cannot be parsed."""
    from trafilatura.utils import load_html

    try:
        return load_html(html)
    except Exception:  # any parser failure means "no page"
        return None


def extract_body(root: HtmlElement, html: str | bytes, url: str | None, visible: int = 0) -> str:
    """Return the main text trafilatura keeps (readability-lxml as a fallback), or ''."""
    import trafilatura

    text = None
    try:
        # The fast pass is trusted when it keeps a fair share of a long page's visible text;
        # otherwise trafilatura runs again with its own fallback extractors.
        text = trafilatura.extract(root, url=url, include_comments=False, fast=True)
        if not text or len(text) < max(_FAST_MIN_CHARS, _FAST_MIN_SHARE * visible):
            text = trafilatura.extract(root, url=url, include_comments=False) or text
    except Exception:  # a failing extractor falls back
        pass
    if text:
        return text
    try:
        from lxml.html import fromstring
        from readability import Document

        summary = Document(html).summary(html_partial=True)
        return fromstring(summary).text_content() if summary else ""
    except Exception:  # nothing extracted
        return ""


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _grams(toks: list[str]) -> list[tuple[str, ...]]:
    return list(zip(toks, toks[1:], toks[2:], toks[3:], strict=False))


def _distance(marked: list[int], i: int) -> int:
    """Return the distance from line i to the nearest marked line (marked is sorted)."""
    k = bisect_left(marked, i)
    near = [abs(marked[j] - i) for j in (k - 1, k) if 0 <= j < len(marked)]
    return min(near)


def editorial_flags(lines: list[str], body: str) -> list[bool]:
    """Return True for lines whose words belong to the extracted body (each body word once)."""
    body_tokens = _tokens(body)
    available = Counter(_grams(body_tokens))
    body_lines = Counter(" ".join(_tokens(line)) for line in body.split("\n"))
    flags = [False] * len(lines)
    fill: list[tuple[int, str]] = []
    shorts: list[tuple[int, str]] = []
    candidates: list[tuple[int, list[tuple[str, ...]]]] = []
    for i, line in enumerate(lines):
        toks = _tokens(line)
        if len(toks) >= 4:
            mine = _grams(toks)
            if sum(g in available for g in mine) * 2 >= len(mine):
                candidates.append((i, mine))
        elif toks:
            key = " ".join(toks)
            if key in body_lines:
                shorts.append((i, key))
            else:
                fill.append((i, key))
    # Pages can repeat the article (print copies, slideshows): the biggest cluster claims first.
    clusters: list[list[tuple[int, list[tuple[str, ...]]]]] = []
    for item in candidates:
        if clusters and item[0] - clusters[-1][-1][0] <= _CLUSTER_GAP:
            clusters[-1].append(item)
        else:
            clusters.append([item])
    clusters.sort(key=lambda c: -sum(len(g) for _, g in c))
    for cluster in clusters:
        # Long lines claim first, so a pull quote repeating a paragraph sentence gets nothing.
        for i, mine in sorted(cluster, key=lambda item: -len(item[1])):
            hit = 0
            for g in mine:
                if available[g] > 0:
                    available[g] -= 1
                    hit += 1
            flags[i] = hit * 2 >= len(mine)
    # Short paragraphs (headings) each claim one occurrence, nearest to the body text first,
    # so a table of contents repeating the headings stays out.
    marked = [i for i, f in enumerate(flags) if f]
    if marked:
        shorts.sort(key=lambda item: _distance(marked, item[0]))
    for i, key in shorts:
        if body_lines[key] > 0:
            body_lines[key] -= 1
            flags[i] = True
    # Other short lines (table cells, list items) count between editorial lines.
    marked = [i for i, f in enumerate(flags) if f]
    if marked:
        body_string = f" {' '.join(body_tokens)} "
        for i, key in fill:
            flags[i] = marked[0] < i < marked[-1] and f" {key} " in body_string
    return flags
