"""Segmentation of HTML pages: visible lines labelled from trafilatura's body and DOM signals."""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass

from lxml.html import HtmlElement

from presswatch.records import Block
from presswatch.segment.flatten import Flat, flatten_tree
from presswatch.segment.meta import page_meta
from presswatch.segment.rules import furniture_key, line_rules
from presswatch.segment.text import Line, split_lines, tile
from presswatch.segment.widgets import Widget, count_links, find_cues, host_of, site_of

_WORD = re.compile(r"\w+")
_SPONSOR_CUES = ("sponsored", "promoted", "paid content", "ad", "advertisement", "partner content")
# Line rules that overrule trafilatura: short furniture it sometimes keeps inside the body.
_DEMOTE = frozenset(
    {"share", "newsletter", "ad", "sponsored", "credit", "byline", "boilerplate", "recommendation",
     "comments", "navigation"}
)
_DEMOTE_MAX_WORDS = 12
_DEMOTE_LONG = 40  # copyright, cookie and newsletter lines run longer
_LONG_RULES = frozenset({"boilerplate", "newsletter"})
_DEMOTE_SIGNALS: frozenset[str] = frozenset()
# A trailer heading inside the body cuts off what follows when that is under this share of it.
_TRAILER_SHARE = 0.2
_CUT = frozenset({"recommendation", "comments"})
_DEMOTE_MAX_CHARS = 120
_CLUSTER_GAP = 8
_TITLE_MAX_WORDS = 40
_TAIL_MIN_CHARS = 60
_TAIL_MAX_LINES = 2
_FAST_MIN_CHARS = 1000
_FAST_MIN_SHARE = 0.2

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("readability").setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class HtmlPage:
    """A segmented HTML page: its flattened text, blocks tiling it, metadata and widgets."""

    text: str
    blocks: list[Block]
    title: str | None
    published: str | None
    canonical_url: str | None
    widgets: list[Widget]


def parse_html(html: str | bytes) -> HtmlElement | None:
    """Return the lxml tree of a page, or None when it cannot be parsed."""
    from trafilatura.utils import load_html

    try:
        return load_html(html)
    except Exception:  # noqa: BLE001 - any parser failure means "no page"
        return None


def extract_body(
    root: HtmlElement, html: str | bytes, url: str | None, visible: int = 0
) -> str:
    """Return the main text trafilatura keeps (readability-lxml as a fallback), or ''."""
    import trafilatura

    text = None
    try:
        # The fast pass is trusted when it keeps a fair share of a long page's visible text;
        # otherwise trafilatura runs again with its own fallback extractors.
        text = trafilatura.extract(root, url=url, include_comments=False, fast=True)
        if not text or len(text) < max(_FAST_MIN_CHARS, _FAST_MIN_SHARE * visible):
            text = trafilatura.extract(root, url=url, include_comments=False) or text
    except Exception:  # noqa: BLE001 - a failing extractor falls back
        pass
    if text:
        return text
    try:
        from lxml.html import fromstring
        from readability import Document

        summary = Document(html).summary(html_partial=True)
        return fromstring(summary).text_content() if summary else ""
    except Exception:  # noqa: BLE001 - nothing extracted
        return ""


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _grams(toks: list[str]) -> list[tuple[str, ...]]:
    return list(zip(toks, toks[1:], toks[2:], toks[3:], strict=False))


def editorial_flags(lines: list[str], body: str) -> list[bool]:
    """Return True for lines whose words belong to the extracted body (each body word once)."""
    body_tokens = _tokens(body)
    available = Counter(_grams(body_tokens))
    body_lines = Counter(" ".join(_tokens(line)) for line in body.split("\n"))
    body_string = f" {' '.join(body_tokens)} "
    flags = [False] * len(lines)
    fill: list[int] = []
    shorts: list[tuple[int, str]] = []
    candidates: list[tuple[int, list[tuple[str, ...]]]] = []
    for i, line in enumerate(lines):
        toks = _tokens(line)
        if len(toks) >= 4:
            mine = _grams(toks)
            if sum(g in available for g in mine) * 2 >= len(mine):
                candidates.append((i, mine))
        elif toks and " ".join(toks) in body_lines:
            shorts.append((i, " ".join(toks)))
        elif toks and f" {' '.join(toks)} " in body_string:
            fill.append(i)
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
        shorts.sort(key=lambda item: min(abs(item[0] - m) for m in marked))
    for i, key in shorts:
        if body_lines[key] > 0:
            body_lines[key] -= 1
            flags[i] = True
    # Other short lines (table cells, list items) count between editorial lines.
    marked = [i for i, f in enumerate(flags) if f]
    for i in fill:
        flags[i] = bool(marked) and marked[0] < i < marked[-1]
    return flags


def _title_keys(title: str | None) -> set[str]:
    """Return normalised forms of a title, with and without a trailing site name."""
    if not title:
        return set()
    keys = {furniture_key(title)}
    for sep in (" | ", " - ", " – ", " — ", " :: "):
        if sep in title:
            keys.add(furniture_key(title.rsplit(sep, 1)[0]))
    return keys


def _junk_kind(line: Line, signal: str | None, after_body: bool) -> str:
    """Return the kind of a non-editorial line from its rule, DOM signal or position."""
    if line.rule is not None:
        return line.rule
    if signal is not None:
        return signal
    if after_body:
        return "boilerplate" if line.words >= 5 else "navigation"
    return "navigation" if line.words < 5 else "boilerplate"


def label(lines: list[Line], flat: Flat, flags: list[bool], title: str | None) -> list[str]:
    """Return a block kind per line of a flattened page."""
    marked = [i for i, f in enumerate(flags) if f]
    first = marked[0] if marked else len(lines)
    titles = _title_keys(title)
    kinds = []
    for i, line in enumerate(lines):
        if flags[i]:
            signal = flat.signals[i]
            limit = _DEMOTE_LONG if line.rule in _LONG_RULES else _DEMOTE_MAX_WORDS
            if line.rule in _DEMOTE and line.words <= limit:
                kinds.append(line.rule)
            elif signal in _DEMOTE_SIGNALS and line.words <= _DEMOTE_MAX_WORDS:
                kinds.append(signal)
            else:
                kinds.append("body")
        else:
            kinds.append(_junk_kind(line, flat.signals[i], i > first))
    _cut_trailer(lines, kinds)
    _trim_tail(lines, kinds)
    # The headline is the title line just before the body or opening it.
    for i in [*range(first - 1, max(-1, first - 6), -1), *marked[:2]]:
        if lines[i].words <= _TITLE_MAX_WORDS and furniture_key(lines[i].text) in titles:
            kinds[i] = "headline"
            break
    return kinds


def _cut_trailer(lines: list[Line], kinds: list[str]) -> None:
    """Relabel body lines after a trailer heading near the body's end as teasers."""
    sizes = [len(line.text) if kind == "body" else 0 for line, kind in zip(lines, kinds, strict=True)]
    headings = Counter(line.text for line, kind in zip(lines, kinds, strict=True) if kind in _CUT)
    total = sum(sizes)
    seen = 0
    for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        seen += sizes[i]
        if (
            kind in _CUT
            and line.rule == kind
            and headings[line.text] == 1
            and total - seen < _TRAILER_SHARE * total
        ):
            for j in range(i + 1, len(kinds)):
                if kinds[j] == "body":
                    kinds[j] = "comments" if line.rule == "comments" else "teaser"
            return


def _trim_tail(lines: list[Line], kinds: list[str]) -> None:
    """Relabel one or two short unpunctuated body lines ending the body (headings, CTAs)."""
    tail: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        if kinds[i] != "body":
            continue
        text = lines[i].text
        if len(text) >= _TAIL_MIN_CHARS or text[-1] in ".!?。):\"”":
            break
        tail.append(i)
        if len(tail) > _TAIL_MAX_LINES:
            return  # a list closing the article, not furniture
    for i in tail:
        kinds[i] = lines[i].rule or "boilerplate"


def _widgets(flat: Flat, lines: list[Line], kinds: list[str], page_site: str) -> list[Widget]:
    """Return the page's widgets with spans and link counts; relabel their lines."""
    found: list[Widget] = []
    containers = {w.provider for w in flat.widgets if not w.from_script}
    for w in flat.widgets:
        if w.from_script and w.provider in containers:
            continue
        last = w.last if w.last >= 0 else w.first
        start = lines[w.first].start if w.first < len(lines) else (lines[-1].end if lines else 0)
        end = lines[last - 1].end if last > w.first else start
        text = " ".join(line.text for line in lines[w.first : last])
        first_party, third_party = (0, 0) if w.from_script else count_links(w.element, page_site)
        cues = find_cues(text)
        sponsored = third_party > first_party or any(c in cues for c in _SPONSOR_CUES)
        for i in range(w.first, last):
            if kinds[i] not in ("body", "headline"):
                kinds[i] = "sponsored" if sponsored else "recommendation"
        found.append(Widget(w.provider, start, end, first_party, third_party, cues))
    return found


def segment_html(html: str | bytes, url: str | None = None) -> HtmlPage:
    """Return the page's flattened text, blocks tiling it, metadata and widgets."""
    root = parse_html(html) if html else None
    if root is None:
        return HtmlPage("", [], None, None, None, [])
    try:
        flat = flatten_tree(root)
        title, published, canonical = page_meta(root)
    except Exception:  # noqa: BLE001 - pathological trees give an empty page
        return HtmlPage("", [], None, None, None, [])
    text = "\n".join(flat.lines)
    body = extract_body(root, html, url, len(text)) if text else ""
    flags = editorial_flags(flat.lines, body)
    # Long body lines need no rules: only short ones may be demoted.
    skip = [f and len(line) > _DEMOTE_MAX_CHARS for f, line in zip(flags, flat.lines, strict=True)]
    lines = split_lines(text, skip=skip) if text else []
    kinds = label(lines, flat, flags, title)
    page_site = site_of(host_of(canonical) or host_of(url))
    widgets = _widgets(flat, lines, kinds, page_site)
    blocks = tile(lines, list(kinds), len(text))
    if any(not w.from_script for w in flat.widgets):
        blocks = _with_providers(blocks, flat)
    return HtmlPage(text, blocks, title, published, canonical, widgets)


def _with_providers(blocks: list[Block], flat: Flat) -> list[Block]:
    """Return blocks with the widget provider set on the junk blocks inside widgets."""
    out = []
    for i, block in enumerate(blocks):
        w = flat.widget_of[i]
        if w >= 0 and block.group == "ad_teaser":
            block = Block(block.start, block.end, block.kind, flat.widgets[w].provider)
        out.append(block)
    return out
