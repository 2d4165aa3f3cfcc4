"""A table flattened to one cell a line: a header row, then rows whose cell shapes repeat."""

from __future__ import annotations

import operator
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from presswatch.segment.marks import load_data
from presswatch.segment.story import word_stems
from presswatch.segment.text import Line, is_prose

# A cell is a short unruled line; a header cell has up to three words and no figure.
CELL_WORDS = 8
CELL_CHARS = 48
# The header row has this many cells (the rows as many, or one more: a row label under an empty
# corner cell, "1st week" under "Monday … Sunday").
MIN_COLUMNS = 3
MAX_COLUMNS = 10
MIN_ROWS = 3
# Share of the cells that have their column's usual shape (figure or not, length class).
SHAPE_SHARE = 0.75
# A figure column: this share of its cells bear a digit (tables carry figures; menus do not).
FIGURE_SHARE = 0.8
# Up to this many short lines above the header are the table's title and source.
TITLE_LINES = 3
TITLE_WORDS = 8
# The table shares this many content-word stems with the body beside it.
ON_TOPIC = 2
# Headers looked for this many non-blank lines above the body's start and below its end (a table
# above the body may be long; one below starts within a title and a photo of the body's end).
BEFORE = 200
AFTER = 12
_SOURCE = frozenset({"byline", "credit", "caption"})
# a figure: a digit not inside a word ("6 miles", "1st", "$7"; not "News18")
_DIGIT = re.compile(r"(?<![^\W\d_])\d")
_PRICE = re.compile(r"[$€£¥]\s?\d|\d\s?(?:€|£|\$|usd|eur|gbp)\b", re.IGNORECASE)
_PUNCT = re.compile(r"[^\w\s]+")


@cache
def _data() -> tuple[frozenset[str], re.Pattern[str]]:
    """Return the sidebar headings and a pattern for date and time cells (data/tables.toml)."""
    data = load_data("tables.toml")
    months = " ".join(load_data("dates.toml")["english"]).split()
    words = "|".join(sorted(set(months) | set(data["date_words"]), key=len, reverse=True))
    return frozenset(data["sidebar_headings"]), re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _cell(line: Line) -> bool:
    return line.rule is None and 0 < line.words <= CELL_WORDS and len(line.text) <= CELL_CHARS


def _shape(line: Line) -> tuple[bool, int]:
    """Return a cell's shape: whether it bears a figure, and its length class (1, 2-3, 4+ words)."""
    return bool(_DIGIT.search(line.text)), min(line.words, 4) // 2


class _Cells(NamedTuple):
    """The non-blank lines of a text with each one's cell shape (None: no cell) and header flag."""

    lines: Sequence[Line]
    idx: list[int]
    shape: list[tuple[bool, int] | None]
    header: list[bool]

    def text(self, at: int) -> str:
        return self.lines[self.idx[at]].text


def grid_rows(lines: Sequence[Line], first: int, last: int) -> list[bool]:
    """Return per line whether it is in a flattened table on the topic of the body [first, last]."""
    flags = [False] * len(lines)
    if first < 0:
        return flags
    idx = [i for i, line in enumerate(lines) if not line.blank]
    shape = [_shape(lines[i]) if _cell(lines[i]) else None for i in idx]
    # a header cell has up to three words and no figure
    grid = _Cells(lines, idx, shape, [s in ((False, 0), (False, 1)) for s in shape])
    # the first figure cell below a header lies within its first row (cheap: menus end here)
    after = [len(idx)] * (len(idx) + 1)
    for j in range(len(idx) - 1, -1, -1):
        after[j] = j if _figure(shape[j]) else after[j + 1]
    # tables next to the body: headers above it, or just below its end
    top_at, end_at = bisect_left(idx, first), bisect_right(idx, last)
    k, stop = max(0, top_at - BEFORE), min(len(idx), end_at + AFTER)
    topic: set[str] | None = None
    while k < stop:
        if top_at <= k < end_at:
            k = end_at
            continue
        near = after[k] - k <= 2 * MAX_COLUMNS + 1
        found = _table_at(grid, k) if near and grid.header[k] else None
        if found is None:
            k += 1
            continue
        top, end = found
        if topic is None:
            topic = _topic(lines, first, last)
        if _sidebar(grid, top) or not _on_topic(grid, top, end, topic):
            k = end
            continue
        head = top
        while head > 0 and top - head < TITLE_LINES and _title(lines[idx[head - 1]]):
            head -= 1
        for j in range(head, end):
            flags[idx[j]] = True
        k = end
    return flags


def _topic(lines: Sequence[Line], first: int, last: int) -> set[str]:
    """Return the content-word stems of the body's prose lines."""
    topic: set[str] = set()
    for i in range(first, last + 1):
        if is_prose(lines[i]):
            topic |= word_stems(lines[i].text)
    return topic


def _table_at(grid: _Cells, k: int) -> tuple[int, int] | None:
    """Return the (header, end) positions in `idx` of a table whose header starts at k, or None."""
    best: tuple[int, int] | None = None
    labels = {grid.text(j).casefold() for j in range(k, min(k + MIN_COLUMNS, len(grid.idx)))}
    for p in range(MIN_COLUMNS, MAX_COLUMNS + 1):
        if k + p > len(grid.idx) or not all(grid.header[k + p - MIN_COLUMNS : k + p]):
            break
        labels.add(grid.text(k + p - 1).casefold())
        if len(labels) < p:
            break
        for q in (p, p + 1):
            rows = _rows(grid, k + p, q)
            end = k + p + rows * q
            # a header's labels do not recur as cells: else it is a product grid's first item
            if rows and any(grid.text(j).casefold() in labels for j in range(k + p, end)):
                continue
            if rows and (best is None or end > best[1]):
                best = (k, end)
    return best


def _rows(grid: _Cells, start: int, q: int) -> int:
    """Return how many rows of q cells with repeating shapes follow position start (0 if < 3)."""
    shape = grid.shape
    end = start + MIN_ROWS * q
    if end > len(shape) or any(s is None for s in shape[start:end]):
        return 0
    # cheap first: some column of the first rows is all figures (long menus end here)
    if not any(all(_figure(shape[start + c + r * q]) for r in range(MIN_ROWS)) for c in range(q)):
        return 0
    # the columns' usual shapes come from the first rows; a row unlike them ends the table
    usual = [
        Counter(shape[start + c + r * q] for r in range(MIN_ROWS)).most_common(1)[0][0]
        for c in range(q)
    ]
    if not _regular(grid, start, MIN_ROWS, usual) or not _figures(grid, start, MIN_ROWS, q):
        return 0
    n = 0
    while True:
        row = shape[start + n * q : start + (n + 1) * q]
        if len(row) < q or None in row or sum(map(operator.eq, row, usual)) * 2 < q:
            break
        n += 1
    if n < MIN_ROWS:
        return 0
    return n if _regular(grid, start, n, usual) and _figures(grid, start, n, q) else 0


def _figure(shape: tuple[bool, int] | None) -> bool:
    return shape is not None and shape[0]


def _regular(grid: _Cells, start: int, n: int, usual: list[tuple[bool, int] | None]) -> bool:
    """Return whether SHAPE_SHARE of the n rows' cells have their column's usual shape."""
    q = len(usual)
    same = sum(grid.shape[start + j] == usual[j % q] for j in range(n * q))
    return same >= SHAPE_SHARE * n * q


def _figures(grid: _Cells, start: int, n: int, q: int) -> bool:
    """Return whether a column bears figures (not dates or prices) and another words only."""
    # A column of dates is a teaser list's, a column of prices a shop grid's; a table has a column
    # of words beside its figures too (a menu of "Category (15)" links is all figures).
    dated = _data()[1]
    figured = worded = False
    for c in range(q):
        column = [grid.text(start + c + r * q) for r in range(n)]
        figures = [t for t in column if _DIGIT.search(t)]
        other = sum(1 for t in figures if not dated.search(t) and not _PRICE.search(t))
        if len(figures) >= FIGURE_SHARE * n and other * 2 > len(figures):
            figured = True
        worded = worded or len(figures) <= (1 - FIGURE_SHARE) * n
    return figured and worded


def _title(line: Line) -> bool:
    # a table's title and its source line ("Published in May 2026", ruled as a byline)
    short = 0 < line.words <= TITLE_WORDS and not is_prose(line)
    return short and (line.rule is None or line.rule in _SOURCE)


def _sidebar(grid: _Cells, top: int) -> bool:
    """Return whether a sidebar or shop heading stands among the lines just above the header."""
    # the header's first cell too: "Standings" over "Team / Played / Won" reads like a header cell
    return any(_heading(grid.text(j)) for j in range(max(0, top - TITLE_LINES), top + 1))


def _heading(text: str) -> bool:
    """Return whether a line is a sidebar or shop heading ("Standings", "Shop the look")."""
    words = _PUNCT.sub(" ", text.casefold()).split()
    headings = _data()[0]
    return len(words) <= 4 and any(" ".join(words[:n]) in headings for n in (1, 2, len(words)))


def drop_sidebars(lines: Sequence[Line], table: list[bool]) -> list[bool]:
    """Return the table flags without the tables that open under a sidebar heading."""
    # a league table of figures under "Standings" is the site's, even beside a match report
    out = list(table)
    i = 0
    while i < len(lines):
        if not table[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and (table[j] or lines[j].blank):
            j += 1
        above, k = [i], i - 1
        while k >= 0 and len(above) <= TITLE_LINES:
            if not lines[k].blank:
                above.append(k)
            k -= 1
        if any(_heading(lines[k].text) for k in above):
            out[i:j] = [False] * (j - i)
        i = j
    return out


def _on_topic(grid: _Cells, top: int, end: int, topic: set[str]) -> bool:
    """Return whether the table's words share ON_TOPIC stems with the body's prose."""
    stems: set[str] = set()
    for j in range(top, end):
        stems |= word_stems(grid.text(j))
    return len(stems & topic) >= ON_TOPIC
