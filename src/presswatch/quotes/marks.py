"""Quotation-mark pairing within a paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = frozenset("“«„")
CLOSERS = frozenset("”»")
# ''|``|[“”„«»"], written to start with one character class so that the regex engine skips
# ahead to the next candidate character instead of trying every position (same matches)
_MARK = re.compile(r"[\"“”„«»'`](?:(?<=')'|(?<=`)`|(?<=[“”„«»\"]))")
_ASCII_MARKS = ('"', "''", "``")
_MARKS = (*_ASCII_MARKS, "“", "”", "„", "«", "»")
_TAG = re.compile(r"<[^<>\n]{0,400}>")
_HEAD_SINGLE = re.compile(r"(?<!\w)[‘'](?=\S)([^‘’'\n]{1,200}?\S)[’'](?!\w)")
_TRIM = " \t\u00a0"
_ALNUM = re.compile(r"[^\W_]")  # a letter or digit: what str.isalnum accepts


@dataclass(slots=True)
class Span:
    """A quoted region: content [start, end), marks at [open_at, start) and [end, close_at)."""

    open_at: int
    start: int
    end: int
    close_at: int
    closed: bool = True
    single: bool = False
    comma: bool = False  # the words end with a comma ('“We won,” she said')


def _tag_ranges(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [m.span() for m in _TAG.finditer(text, lo, hi)] if text.find("<", lo, hi) >= 0 else []


def _make(
    text: str, open_at: int, start: int, end: int, close_at: int, closed: bool
) -> Span | None:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if not _ALNUM.search(text, start, end):
        return None
    comma = text[end - 1] == "," or text[close_at : close_at + 1] == ","
    return Span(open_at, start, end, close_at, closed, comma=comma)


def mark_list(text: str) -> list[tuple[int, str]]:
    """Return (start, mark) of each quote mark of text, as `_MARK.finditer(text)` finds them."""
    # the marks _MARK matches never overlap (a doubled one, a run of its character, is taken
    # two by two from the left): str.find finds each kind, an ASCII text's only the first three
    out = []
    for mark in _ASCII_MARKS if text.isascii() else _MARKS:
        i = text.find(mark)
        while i >= 0:
            out.append((i, mark))
            i = text.find(mark, i + len(mark))
    out.sort()
    return out


def _surplus(marks: list[tuple[int, str]]) -> list[int]:
    """Return, for each n, the count of curly closers minus curly openers in marks[n:]."""
    out = [0] * (len(marks) + 1)
    for n in range(len(marks) - 1, -1, -1):
        mark = marks[n][1]
        out[n] = out[n + 1] + (mark == "”") - (mark == "“")
    return out


def find_spans(
    text: str, lo: int, hi: int, headline: bool = False, marks: list[tuple[int, str]] | None = None
) -> list[Span]:
    """Return the quoted regions of text[lo:hi] (one paragraph), unclosed ones run to hi."""
    # marks: the paragraph's part of `mark_list(text)` when the caller has it (the same marks:
    # a paragraph starts and ends next to white space, which no mark holds)
    tags = _tag_ranges(text, lo, hi)
    spans: list[Span] = []
    open_at = -1
    open_len = 0
    if marks is None:
        marks = [(m.start(), m.group()) for m in _MARK.finditer(text, lo, hi)]
    nested = 0
    surplus: list[int] | None = None  # built on the first opener met inside an open quote
    tag = 0  # tags and marks both ascend: the first tag that ends after the mark
    for n, (i, mark) in enumerate(marks):
        if tags:
            while tag < len(tags) and tags[tag][1] <= i:
                tag += 1
            if tag < len(tags) and tags[tag][0] <= i:
                continue
        mark_end = i + len(mark)
        before = text[i - 1] if i > lo else " "
        after = text[mark_end] if mark_end < hi else " "
        if mark == "“" and open_at >= 0 and not before.isspace() and not after.isalnum():
            role = "close"  # '“It's unusual,“ said Roe': an opening mark typed as the closing one
        elif mark in OPENERS or mark == "``":
            role = "open"
        elif mark in CLOSERS:
            role = "close"
        elif open_at < 0:
            role = "open" if not (after.isspace() and not before.isspace()) else "stray"
        else:
            role = "close"
        if role == "close" and nested:
            nested -= 1  # the end of a quote within the open quote
            continue
        if role == "open":
            if open_at >= 0 and mark == "“":
                # a quote within when the paragraph closes both after it ('“… names “paradise”
                # and …”'), else the first quote was never closed
                if surplus is None:
                    surplus = _surplus(marks)
                if surplus[n] >= 1:
                    nested += 1
                    continue
            if open_at >= 0:  # an opener inside an open quote: the first one was never closed
                span = _make(text, open_at, open_at + open_len, i, i, False)
                if span:
                    spans.append(span)
            open_at, open_len = i, len(mark)
        elif role == "close" and open_at >= 0:
            end, close = i, mark_end
            if mark == "''" and text.startswith("'", close) and close < hi:
                end, close = i + 1, close + 1  # ''…'the end of a quote within a quote,'''
            span = _make(text, open_at, open_at + open_len, end, close, True)
            if span:
                spans.append(span)
            open_at = -1
    if open_at >= 0:
        span = _make(text, open_at, open_at + open_len, hi, hi, False)
        if span:
            spans.append(span)
    if headline and not spans:
        for m in _HEAD_SINGLE.finditer(text, lo, hi):
            span = _make(text, m.start(), m.start(1), m.end(1), m.end(), True)
            if span:
                span.single = True
                spans.append(span)
    return spans


# machine-translated and Slavic-style dialogue: '— We are ready, — stressed the mayor.'; the
# words end at the punctuation before a dash and a lower-case word (the cue) or a name and one
_DASH_CLOSE = re.compile(r"[,.!?…] ?[—–] (?=[a-z]|[A-Z][\w'’-]+ (?:[A-Z][\w'’-]+ )?[a-z])")
# the speech resumes after an interrupting cue: '— Last year, — recalled Roe, — prices rose.'
_DASH_RESUME = re.compile(r"[^—–\n]{1,80}?, ?[—–] (?=\w)")


def dash_spans(text: str, lo: int, hi: int, cue: re.Pattern[str]) -> list[Span]:
    """Return the speech of a paragraph opened by a dialogue dash and cued after a dash."""
    # a dashed list item has no cue, so no speech
    if hi - lo < 8 or text[lo] not in "—–" or text[lo + 1] != " ":
        return []
    close = _DASH_CLOSE.search(text, lo + 2, hi)
    if close is None or not cue.match(text, close.end()):
        return []
    first = _make(text, lo, lo + 2, close.start() + 1, close.start() + 1, True)
    resume = _DASH_RESUME.match(text, close.end(), hi)
    rest = _make(text, resume.end() - 2, resume.end(), hi, hi, True) if resume else None
    return [s for s in (first, rest) if s is not None]


def mask(text: str, lo: int, hi: int, spans: list[Span]) -> str:
    """Return text[lo:hi] with every quoted region (marks included) replaced by filler."""
    # The filler keeps offsets; a region whose words end a sentence ('.') keeps that full stop so
    # sentence splitting still sees it.
    parts = []
    pos = lo
    for s in spans:
        parts.append(text[pos : s.open_at])
        n = s.close_at - s.open_at
        ends = text[s.end - 1] if s.end > s.start else ""
        parts.append("\x00" * (n - 1) + ("." if ends == "." else "\x00") if n else "")
        pos = s.close_at
    parts.append(text[pos:hi])
    return "".join(parts)
