"""Segmentation of HTML pages: visible lines labelled from trafilatura's body and DOM signals."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from presswatch.records import Block
from presswatch.segment.flatten import Flat, flatten_tree
from presswatch.segment.html_body import editorial_flags, extract_body, parse_html
from presswatch.segment.meta import page_meta
from presswatch.segment.rules import furniture_key
from presswatch.segment.text import Line, split_lines, tile
from presswatch.segment.widgets import Widget, count_links, find_cues, host_of, site_of

_SPONSOR_CUES = ("sponsored", "promoted", "paid content", "ad", "advertisement", "partner content")
# Line rules that overrule trafilatura: short furniture it sometimes keeps inside the body.
_DEMOTE = frozenset(
    {
        "share",
        "newsletter",
        "ad",
        "sponsored",
        "credit",
        "byline",
        "boilerplate",
        "recommendation",
        "comments",
        "navigation",
    }
)
_DEMOTE_MAX_WORDS = 12
_DEMOTE_LONG = 40  # copyright, cookie and newsletter lines run longer
_LONG_RULES = frozenset({"boilerplate", "newsletter"})
# A trailer heading inside the body cuts off what follows when that is under this share of it.
_TRAILER_SHARE = 0.2
_CUT = frozenset({"recommendation", "comments"})
_DEMOTE_MAX_CHARS = 300
_TITLE_MAX_WORDS = 40
_TAIL_MIN_CHARS = 60
_TAIL_MAX_LINES = 2


@dataclass(frozen=True)
class HtmlPage:
    """A segmented HTML page: its flattened text, blocks tiling it, metadata and widgets."""

    text: str
    blocks: list[Block]
    title: str | None
    published: str | None
    canonical_url: str | None
    widgets: list[Widget]


def _title_keys(title: str | None) -> set[str]:
    """Return normalised forms of a title, with and without a trailing site name."""
    if not title:
        return set()
    keys = {furniture_key(title)}
    for sep in (" | ", " - ", " – ", " — ", " :: "):
        if sep in title:
            keys.add(furniture_key(title.rsplit(sep, 1)[0]))
    return keys


def _is_title(key: str, titles: set[str]) -> bool:
    """Return True when a line key equals a title key or extends a title of 3+ words."""
    if key in titles:
        return True
    return any(t.count(" ") >= 2 and key.startswith(t + " ") for t in titles)


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
            limit = _DEMOTE_LONG if line.rule in _LONG_RULES else _DEMOTE_MAX_WORDS
            if line.rule in _DEMOTE and line.words <= limit:
                kinds.append(line.rule)
            else:
                kinds.append("body")
        else:
            kinds.append(_junk_kind(line, flat.signals[i], i > first))
    _cut_trailer(lines, kinds)
    _trim_tail(lines, kinds)
    # The headline is the title line just before the body or opening it.
    for i in [*range(first - 1, max(-1, first - 6), -1), *marked[:2]]:
        if lines[i].words <= _TITLE_MAX_WORDS and _is_title(furniture_key(lines[i].text), titles):
            kinds[i] = "headline"
            break
    return kinds


def _cut_trailer(lines: list[Line], kinds: list[str]) -> None:
    """Relabel body lines after a trailer heading near the body's end as teasers."""
    pairs = list(zip(lines, kinds, strict=True))
    sizes = [len(line.text) if kind == "body" else 0 for line, kind in pairs]
    headings = Counter(line.text for line, kind in pairs if kind in _CUT)
    total = sum(sizes)
    seen = 0
    for i, (line, kind) in enumerate(pairs):
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
        if len(text) >= _TAIL_MIN_CHARS or text[-1] in '.!?。):"”':
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
    except Exception:  # pathological trees give an empty page
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
