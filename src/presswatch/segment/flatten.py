"""Visible text of an HTML tree laid out one block per line, with each line's DOM signal."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

from presswatch.segment.rules import dom_rules
from presswatch.segment.widgets import provider_of_element, provider_of_url

# The same block and hidden elements as the evaluation's make_flat.py, so the layouts agree.
_BLOCK_TAGS = (
    "address article aside blockquote br dd div dl dt figcaption figure footer form"
    " h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul"
)
BLOCK = frozenset(_BLOCK_TAGS.split())
HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe"})
# Signals on these wrappers say nothing about the blocks inside them.
_NO_SIGNAL = frozenset({"html", "body", "main", "article"})
# Hidden elements that may load a widget: a provider's script or iframe, or the head holding one.
_LOADERS = frozenset({"script", "iframe", "head"})


@dataclass
class FlatWidget:
    """A recommendation-widget element and the line range [first, last) it covers."""

    element: HtmlElement
    provider: str
    first: int
    last: int = -1
    from_script: bool = False  # only a loader script or iframe was seen, no container


@dataclass
class Flat:
    """Flattened page: lines, the DOM signal kind per line, and widget index per line."""

    lines: list[str] = field(default_factory=list)
    signals: list[str | None] = field(default_factory=list)
    widget_of: list[int] = field(default_factory=list)
    widgets: list[FlatWidget] = field(default_factory=list)


_attr_cache: dict[str, tuple[str | None, str | None]] = {}


def _attr_facts(attrs: str) -> tuple[str | None, str | None]:
    """Return (signal kind, widget provider) of a class/id string (memoised: pages repeat them)."""
    found = _attr_cache.get(attrs)
    if found is None:
        if len(_attr_cache) > 50_000:
            _attr_cache.clear()
        found = _attr_cache[attrs] = (dom_rules().kind_of("", attrs), provider_of_element(attrs))
    return found


def _script_widgets(el: HtmlElement, here: int) -> list[FlatWidget]:
    """Return the widget loaders (script/iframe from a provider's host) in a hidden element."""
    loaders = el.iter("script", "iframe") if el.tag == "head" else (el,)
    found = []
    for loader in loaders:
        src = loader.get("src") if loader.tag in ("script", "iframe") else None
        provider = provider_of_url(src) if src else None
        if provider is not None:
            found.append(FlatWidget(loader, provider, here, here, from_script=True))
    return found


def flatten_tree(root: HtmlElement) -> Flat:
    """Return the page's visible lines with their DOM signals and widgets."""
    flat = Flat()
    lines, signals, widget_of, widgets = flat.lines, flat.signals, flat.widget_of, flat.widgets
    tag_signals = dom_rules().tags
    buf: list[str] = []  # text chunks of the line being built
    line_state: tuple[str | None, int] = (None, -1)  # signal and widget of its first chunk

    def flush() -> None:
        line = " ".join("".join(buf).split())
        if line:
            lines.append(line)
            signals.append(line_state[0])
            widget_of.append(line_state[1])
        buf.clear()

    # (signal, widget index) of each open element; the sentinel is the page's own context.
    states: list[tuple[str | None, int]] = [(None, -1)]
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if event == "end":
            own_widget = states.pop()[1]
            state = states[-1]
            if buf and tag in BLOCK:
                flush()
            if own_widget != state[1] and widgets[own_widget].element is el:
                if buf:
                    flush()
                widgets[own_widget].last = len(lines)
            text = el.tail
            if text and (buf or not text.isspace()):
                if not buf:
                    line_state = state
                buf.append(text)
            continue
        state = states[-1]
        if tag in HIDDEN or tag.__class__ is not str:  # comments and PIs have no str tag
            states.append(state)
            walker.skip_subtree()
            if tag in _LOADERS:
                widgets.extend(_script_widgets(el, len(lines)))
            continue
        if buf and tag in BLOCK:
            flush()
        own = tag_signals.get(tag)
        cls, ident = el.get("class"), el.get("id")
        if cls or ident:
            kind, provider = _attr_facts(f"{cls} {ident}" if cls and ident else cls or ident)
            if kind is not None and tag not in _NO_SIGNAL:
                own = kind
            if provider is not None and state[1] < 0:
                if buf:
                    flush()
                widgets.append(FlatWidget(el, provider, len(lines)))
                state = (state[0] if own is None else own, len(widgets) - 1)
        # An element without a signal of its own shares its parent's state (no new tuple).
        if own is not None and own != state[0]:
            state = (own, state[1])
        states.append(state)
        text = el.text
        if text and (buf or not text.isspace()):
            if not buf:
                line_state = state
            buf.append(text)
    if buf:
        flush()
    return flat
