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


class _Builder:
    """Accumulates text chunks into lines while walking the tree."""

    def __init__(self) -> None:
        self.flat = Flat()
        self.buf: list[str] = []
        self.signal: str | None = None
        self.widget = -1

    def add(self, text: str, signal: str | None, widget: int) -> None:
        if not self.buf and text.strip():
            self.signal, self.widget = signal, widget
        if self.buf or text.strip():
            self.buf.append(text)

    def flush(self) -> None:
        if self.buf:
            line = " ".join("".join(self.buf).split())
            if line:
                self.flat.lines.append(line)
                self.flat.signals.append(self.signal)
                self.flat.widget_of.append(self.widget)
            self.buf = []


_signal_cache: dict[str, str | None] = {}


def _class_signal(attrs: str) -> str | None:
    """Return the signal kind of a class/id string (memoised: pages repeat class names)."""
    found = _signal_cache.get(attrs, "")
    if found == "":
        if len(_signal_cache) > 50_000:
            _signal_cache.clear()
        found = _signal_cache[attrs] = dom_rules().kind_of("", attrs)
    return found


def flatten_tree(root: HtmlElement) -> Flat:
    """Return the page's visible lines with their DOM signals and widgets."""
    out = _Builder()
    widgets = out.flat.widgets
    tag_signals = dom_rules().tags
    # (signal, widget index) of each open element; the sentinel is the page's own context.
    states: list[tuple[str | None, int]] = [(None, -1)]
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if event == "end":
            _, own_widget = states.pop()
            signal, widget = states[-1]
            if tag in BLOCK:
                out.flush()
            if own_widget != widget and widgets[own_widget].element is el:
                out.flush()
                widgets[own_widget].last = len(out.flat.lines)
            if el.tail:
                out.add(el.tail, signal, widget)
            continue
        signal, widget = states[-1]
        if not isinstance(tag, str) or tag in HIDDEN:
            states.append((signal, widget))
            walker.skip_subtree()
            loaders = el.iter("script", "iframe") if tag == "head" else (el,)
            for loader in loaders:
                src = loader.get("src") if loader.tag in ("script", "iframe") else None
                provider = provider_of_url(src) if src else None
                if provider is not None:
                    here = len(out.flat.lines)
                    widgets.append(FlatWidget(loader, provider, here, here, from_script=True))
            continue
        if tag in BLOCK:
            out.flush()
        own = tag_signals.get(tag)
        cls, ident = el.get("class"), el.get("id")
        if cls or ident:
            attrs = f"{cls} {ident}" if cls and ident else cls or ident
            if tag not in _NO_SIGNAL:
                own = _class_signal(attrs) or own
            if widget < 0:
                provider = provider_of_element(attrs)
                if provider is not None:
                    out.flush()
                    widget = len(widgets)
                    widgets.append(FlatWidget(el, provider, len(out.flat.lines)))
        if own is not None:
            signal = own
        states.append((signal, widget))
        if el.text:
            out.add(el.text, signal, widget)
    out.flush()
    return out.flat
