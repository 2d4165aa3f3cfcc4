"""A table flattened to one cell a line: a header row, then rows whose cell shapes repeat."""

from __future__ import annotations

import operator
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from presswatch.segment.gridguard import TITLE_LINES, is_sidebar_heading, on_topic, table_data
from presswatch.segment.head import is_header_date
from presswatch.segment.runs import PHOTO_RULES
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
MAX_ROWS = 60  # rows of one table looked at (a longer table keeps its first 60 rows)
# Share of the cells that have their column's usual shape (figure or not, length class).
SHAPE_SHARE = 0.75
# A figure column: this share of its cells bear a digit (tables carry figures; menus do not).
FIGURE_SHARE = 0.8
# Up to this many short lines above the header are the table's title and source.
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
_DIGITS = frozenset("0123456789")


def _cell(line: Line) -> bool:
    """Return whether a line can be a table cell: unruled, 1 to 8 words, at most 48 characters."""
    return line.rule is None and 0 < line.words <= CELL_WORDS and len(line.text) <= CELL_CHARS


def _shape(line: Line) -> tuple[bool, int]:
    """Return a cell's shape: whether it bears a figure, and its length class (1, 2-3, 4+ words)."""
    # the set test is cheap and most lines have no digit at all
    text = line.text
    return not _DIGITS.isdisjoint(text) and bool(_DIGIT.search(text)), min(line.words, 4) // 2


class _Cells(NamedTuple):
    """The non-blank lines of a text with each one's cell shape (None: no cell) and header flag."""

    lines: Sequence[Line]
    idx: list[int]
    shape: list[tuple[bool, int] | None]
    header: list[bool]

    def text(self, at: int) -> str:
        """Return the text of the at-th non-blank line."""
        return self.lines[self.idx[at]].text


def grid_rows(lines: Sequence[Line], first: int, last: int) -> list[bool]:
    """Return per line whether it is in a flattened table on the topic of the body [first, last]."""
    flags = [False] * len(lines)
    if first < 0:
        return flags
    # only the window: BEFORE non-blank lines above the body, the body's ends, and below it AFTER
    # more, then on while the lines are cells (a table's rows are all cells)
    lo, seen = first, 0
    while lo > 0 and seen < BEFORE:
        lo -= 1
        seen += not lines[lo].blank
    hi, seen = last + 1, 0
    while hi < len(lines) and (seen < AFTER or lines[hi].blank or _cell(lines[hi])):
        seen += not lines[hi].blank
        hi += 1
    idx = [i for i in range(lo, first) if not lines[i].blank]
    idx += sorted({first, last}) + [i for i in range(last + 1, hi) if not lines[i].blank]
    shape = [_shape(lines[i]) if _cell(lines[i]) else None for i in idx]
    grid = _Cells(lines, idx, shape, [s in ((False, 0), (False, 1)) for s in shape])
    # the first figure cell below a header lies within its first row (cheap: menus end here)
    after = [len(idx)] * (len(idx) + 1)
    for j in range(len(idx) - 1, -1, -1):
        after[j] = j if _figure(shape[j]) else after[j + 1]
    top_at, end_at = bisect_left(idx, first), bisect_right(idx, last)
    k, stop = 0, len(idx)
    topic: set[str] | None = None
    while k < stop:
        if top_at <= k < end_at:
            k = end_at
            continue
        found = _near_table(grid, after, k)
        if found is None:
            k += 1
            continue
        # a short title above the header reads like a header cell: try the next starts too and
        # keep the one with the most cells, then the most of their column's usual shape (a tie
        # keeps the first: a header shifted by one cell makes rows alike)
        for start in range(k + 1, min(k + 3, stop)):
            table = _near_table(grid, after, start)
            if table and _fit(grid, table) > _fit(grid, found):
                found = table
        top, end, p, q = found
        head = top
        while head > 0 and top - head < TITLE_LINES and _title(lines[idx[head - 1]]):
            head -= 1
        if topic is None:
            topic = _topic(lines, first, last)
        pointed = _pointed(grid, head, top, lines[last] if top >= end_at else None)
        if not _sidebar(grid, top) and pointed and _on_topic(grid, top, p, end, q, topic):
            for j in range(head, end):
                flags[idx[j]] = True
        k = max(end, k + 1)
    return flags


def _near_table(grid: _Cells, after: list[int], k: int) -> tuple[int, int, int, int] | None:
    """Return the table whose header starts at k (see _table_at), or None: cheap tests first."""
    # a header of MIN_COLUMNS word cells, then the first figure within the first row
    if not all(grid.header[k : k + MIN_COLUMNS]):
        return None
    if not MIN_COLUMNS <= after[k] - k <= 2 * MAX_COLUMNS + 1:
        return None
    return _table_at(grid, k, after[k])


def _fit(grid: _Cells, table: tuple[int, int, int, int]) -> tuple[int, int]:
    """Return a table's cell count and how many of them have their column's usual shape."""
    top, end, p, q = table
    columns = [Counter(grid.shape[j] for j in range(top + p + c, end, q)) for c in range(q)]
    return end - top - p, sum(column.most_common(1)[0][1] for column in columns)


def _topic(lines: Sequence[Line], first: int, last: int) -> set[str]:
    """Return the content-word stems of the body's prose lines."""
    topic: set[str] = set()
    for i in range(first, last + 1):
        if is_prose(lines[i]):
            topic |= word_stems(lines[i].text)
    return topic


def _table_at(grid: _Cells, k: int, figure: int) -> tuple[int, int, int, int] | None:
    """Return (header, end, header cells, row cells) of the table whose header starts at k."""
    # the first figure after k (at `figure`) lies in the first row: else no column of figures
    best: tuple[int, int, int, int] | None = None
    labels = {grid.text(j).casefold() for j in range(k, min(k + MIN_COLUMNS, len(grid.idx)))}
    for p in range(MIN_COLUMNS, MAX_COLUMNS + 1):
        if k + p > len(grid.idx) or not all(grid.header[k + p - MIN_COLUMNS : k + p]):
            break
        labels.add(grid.text(k + p - 1).casefold())
        if len(labels) < p:
            break
        for q in (p, p + 1):
            if figure >= k + p + q:
                continue
            rows = _rows(grid, k + p, q)
            end = k + p + rows * q
            # a header's labels do not recur as cells: else it is a product grid's first item
            if rows and any(grid.text(j).casefold() in labels for j in range(k + p, end)):
                continue
            if rows and (best is None or end > best[1]):
                best = (k, end, p, q)
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
    n = MIN_ROWS
    while True:
        row = shape[start + n * q : start + (n + 1) * q]
        if len(row) < q or None in row or sum(map(operator.eq, row, usual)) * 2 < q:
            break
        n += 1
        if n >= MAX_ROWS:
            break  # (bounds the back-off below: a page of look-alike rows stays linear)
    # back off to the longest run of rows that still passes (MIN_ROWS did)
    while n > MIN_ROWS and not (_regular(grid, start, n, usual) and _figures(grid, start, n, q)):
        n -= 1
    return n


def _figure(shape: tuple[bool, int] | None) -> bool:
    """Return whether a cell shape (None: no cell) bears a figure."""
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
    data = table_data()
    figured = worded = False
    for c in range(q):
        cells = [grid.lines[grid.idx[start + c + r * q]] for r in range(n)]
        figures = [cell for cell in cells if _DIGIT.search(cell.text)]
        other = sum(1 for cell in figures if not _dated(cell) and not data.price.search(cell.text))
        if len(figures) >= FIGURE_SHARE * n and other * 2 > len(figures):
            figured = True
        worded = worded or len(figures) <= (1 - FIGURE_SHARE) * n
    return figured and worded


def _dated(cell: Line) -> bool:
    """Return whether a cell is a date (a header date or a table data date pattern)."""
    return is_header_date(cell) or table_data().dated.search(cell.text) is not None


def _title(line: Line) -> bool:
    """Return whether a line can be a table's title or source line above its header."""
    # a table's title and its source line ("Published in May 2026", ruled as a byline)
    short = 0 < line.words <= TITLE_WORDS and not is_prose(line)
    return short and (line.rule is None or line.rule in _SOURCE)


def _pointed(grid: _Cells, head: int, top: int, body_end: Line | None) -> bool:
    """Return whether the prose before a table points at it ("below", "as follows", a colon)."""
    # A widget on the story's subject (a weather table after a heat story) sits there unasked;
    # the story's own table is announced, or carries its source as a byline ("Published in …").
    source = table_data().source
    for j in range(head, top):
        if grid.lines[grid.idx[j]].rule == "byline" or source.match(grid.text(j)):
            return True
    near = [body_end] if body_end is not None else []
    j = head - 1
    while j >= 0 and grid.lines[grid.idx[j]].rule in PHOTO_RULES:
        j -= 1
    near += [grid.lines[grid.idx[j]]] if j >= 0 else []
    pointer = table_data().pointer
    return any(pointer.search(line.text) or line.text.rstrip().endswith(":") for line in near)


def _sidebar(grid: _Cells, top: int) -> bool:
    """Return whether a sidebar or shop heading stands among the lines just above the header."""
    # the header's first cell too: "Standings" over "Team / Played / Won" reads like a header cell
    return any(is_sidebar_heading(grid.text(j)) for j in range(max(0, top - TITLE_LINES), top + 1))


def _on_topic(grid: _Cells, top: int, p: int, end: int, q: int, topic: set[str]) -> bool:
    """Return whether the data cells share ON_TOPIC stems with the body's prose, in two rows."""
    # header words ("Screen", "Channel") and day and month names say nothing of the subject
    skip = set(table_data().calendar)
    for j in range(top, top + p):
        skip |= word_stems(grid.text(j))
    cells = (
        set().union(*(word_stems(grid.text(j)) for j in range(r, r + q)))
        for r in range(top + p, end, q)
    )
    rows = (row - skip for row in cells)
    return on_topic(rows, topic, ON_TOPIC, 2)
