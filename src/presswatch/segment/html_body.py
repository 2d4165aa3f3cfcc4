"""Editorial body of an HTML page: trafilatura's text on our parsed tree, mapped onto its lines."""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections import Counter
from copy import copy
from functools import cache
from itertools import chain
from typing import Any

from lxml.html import HtmlElement

_WORD = re.compile(r"\w+")
_CLUSTER_GAP = 8
# The fast pass is trusted when it keeps at least this much of the page's visible text.
_FAST_MIN_CHARS = 1000
_FAST_MIN_SHARE = 0.2

Gram = tuple[str, str, str, str]

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("readability").setLevel(logging.CRITICAL)


# trafilatura's loader deletes these control characters first (INVALID_XML_CHARS); in UTF-8
# each is one byte that never occurs inside a multi-byte sequence, so bytes.translate can.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])


def parse_html(html: str | bytes) -> HtmlElement | None:
    """Return the lxml tree of a page (trafilatura's loader), or None when it cannot be parsed."""
    from trafilatura.utils import load_html

    if isinstance(html, str):
        try:
            return _parse_plain(html)
        except Exception:  # an unusual page: trafilatura's own loader decides
            pass
    try:
        return load_html(html)
    except Exception:  # any parser failure means "no page"
        return None


def _parse_plain(html: str) -> HtmlElement:
    """Return the same tree as trafilatura's loader for an ordinary page, parsed from UTF-8."""
    # Its loader scans the whole string with a regex and parses text; deleting control bytes and
    # parsing bytes is faster. Anything its repairs would change raises, and the caller uses it.
    from lxml.html import fromstring
    from trafilatura.utils import HTML_PARSER

    beginning = html[:50].lower()
    if "\ufffe" in html or "\uffff" in html or "html" not in beginning:
        raise ValueError("needs trafilatura's loader")
    if "doctype" in beginning and "/" in html.partition(">")[0]:
        raise ValueError("doctype repair")  # the loader strips doctypes like XHTML's
    data = html.encode("utf-8").translate(None, _CONTROL_BYTES)
    if "doctype" in beginning and "\n" not in html:
        data += b"\n"  # the loader re-joins the doctype line and the rest with a newline
    # 16 KiB of UTF-8 hold at least the 4,096 characters the loader looks at.
    head = data[:16384].decode("utf-8", "ignore")[:4096]
    if any("<html" in line and line.endswith("/>") for line in head.splitlines()[:4]):
        raise ValueError("self-closing <html/>")
    tree = fromstring(data, parser=HTML_PARSER)
    if tree is None or len(tree) < 1:
        raise ValueError("empty tree")
    return tree


@cache
def _options(fast: bool) -> Any:
    """Return trafilatura's extraction options, built once (reading its config costs per call)."""
    from trafilatura.settings import Extractor

    return Extractor(fast=fast, comments=False)


def _extract(root: HtmlElement, url: str | None, fast: bool) -> str | None:
    """Return trafilatura's text of a tree (it copies the tree: ours stays intact)."""
    import trafilatura

    options = _options(fast)
    if url:
        options = copy(options)  # the shared options must not carry one page's URL to the next
        options.url = options.source = url
    return trafilatura.extract(root, options=options)


def extract_body(root: HtmlElement, html: str | bytes, url: str | None, visible: int = 0) -> str:
    """Return the main text trafilatura keeps (readability-lxml as a fallback), or ''."""
    text = None
    try:
        # The fast pass is trusted when it keeps a fair share of a long page's visible text;
        # otherwise trafilatura runs again with its own fallback extractors.
        text = _extract(root, url, fast=True)
        if not text or len(text) < max(_FAST_MIN_CHARS, _FAST_MIN_SHARE * visible):
            text = _extract(root, url, fast=False) or text
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


def _grams(toks: list[str]) -> list[Gram]:
    return list(zip(toks, toks[1:], toks[2:], toks[3:], strict=False))


def _distance(marked: list[int], i: int) -> int:
    """Return the distance from line i to the nearest marked line (marked is sorted)."""
    k = bisect_left(marked, i)
    return min(abs(marked[j] - i) for j in (k - 1, k) if 0 <= j < len(marked))


def _oversubscribed(candidates: list[tuple[int, list[str]]], available: Counter) -> bool:
    """Return True when some body 4-gram is wanted by more line occurrences than the body has."""
    wanted = list(chain.from_iterable(_grams(toks) for _, toks in candidates))
    if len(set(wanted)) == len(wanted):
        return False
    for g, n in Counter(wanted).most_common():
        if n < 2:
            return False
        if available.get(g, n) < n:
            return True
    return False


def _claim(
    candidates: list[tuple[int, list[str]]], available: Counter, flags: list[bool], exact: bool
) -> None:
    """Flag candidate lines that claim at least half their 4-grams (each body gram once)."""
    # Lines equal to distinct body lines want disjoint windows of the body's grams (exact).
    if exact or not _oversubscribed(candidates, available):
        # Every gram a line wants is there for it: each candidate keeps its first-pass hits.
        for i, _ in candidates:
            flags[i] = True
        return
    # Pages can repeat the article (print copies, slideshows): the biggest cluster claims first.
    clusters: list[list[tuple[int, list[Gram]]]] = []
    for i, toks in candidates:
        item = (i, _grams(toks))
        if clusters and i - clusters[-1][-1][0] <= _CLUSTER_GAP:
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


def editorial_flags(lines: list[str], body: str) -> list[bool]:
    """Return True for lines whose words belong to the extracted body (each body word once)."""
    raw_lines = body.split("\n")
    # \w never matches a newline, so the body's tokens are its lines' tokens in order.
    body_line_tokens = [_WORD.findall(line.lower()) for line in raw_lines]
    known = dict(zip(raw_lines, body_line_tokens, strict=True))
    body_tokens = list(chain.from_iterable(body_line_tokens))
    available = Counter(_grams(body_tokens))
    has = available.__contains__
    body_lines = Counter(" ".join(toks) for toks in body_line_tokens)
    unclaimed = body_lines.copy()
    exact = True
    flags = [False] * len(lines)
    fill: list[tuple[int, str]] = []
    shorts: list[tuple[int, str]] = []
    candidates: list[tuple[int, list[str]]] = []
    for i, line in enumerate(lines):
        toks = known.get(line)
        if toks is None:
            toks = _WORD.findall(line.lower())
        if len(toks) >= 4:
            key = " ".join(toks)
            if unclaimed.get(key, 0) > 0:
                unclaimed[key] -= 1  # all its grams are body grams: the half-test passes
                candidates.append((i, toks))
                continue
            mine = _grams(toks)
            if sum(map(has, mine)) * 2 >= len(mine):
                exact = False
                candidates.append((i, toks))
        elif toks:
            key = " ".join(toks)
            if key in body_lines:
                shorts.append((i, key))
            else:
                fill.append((i, key))
    _claim(candidates, available, flags, exact)
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
