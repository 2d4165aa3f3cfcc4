"""The body beyond its best run: prose runs joined across tables, lists and inline boxes."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial

from presswatch.segment.story import same_story_end
from presswatch.segment.storybox import card_box
from presswatch.segment.text import Line, is_prose

# A gap of this many non-blank lines (weighted by `_gap_cost`) still joins two prose runs.
MAX_GAP = 12.0
# The run resumed after a gap must be worth this much (about two paragraphs of prose).
RESUME_MIN = 180.0
# After an inline trailer heading ("Related articles") the resumed run must be worth more.
RESUME_AFTER_BARRIER = 250.0
CELL_MAX_WORDS = 12
MIN_PARAGRAPHS = 3
_DIGITS = frozenset("0123456789")
# A table: this many short rows in a row, this share of them bare numbers ("63", "85%", "2-1").
TABLE_MIN_ROWS = 12
TABLE_NUMBER_SHARE = 0.25
# Prose after a table alone may be a single paragraph of this weight.
RESUME_TABLE = 80.0
# At most this many photo lines between the body and a table that joins it.
PHOTO_LINES = 2
PHOTO_RULES = frozenset({"credit", "caption"})  # rule kinds of photo lines
_NUMBER = re.compile(r"[\d\s.,:;%+\-–/()$€£#]+")


def _gap_cost(line: Line, barriers: frozenset[str]) -> float:
    """Return how much one line inside a gap counts against joining: cells cost little."""
    if line.rule in barriers:
        return 3.0
    if line.rule is not None:
        return 1.0
    if line.words <= 3 or (line.words <= CELL_MAX_WORDS and not _DIGITS.isdisjoint(line.text)):
        return 0.25  # table cells and rows, list numbers, short subheadings
    return 1.0


def _resume(
    lines: Sequence[Line],
    start: int,
    step: int,
    weight: Callable[[Line], float],
    paragraphs: int,
) -> tuple[float, int]:
    """Return the best sum of weights and its far end, walking from `start` in `step`."""
    # The walk must open with `paragraphs` prose lines in a row, else it is worth 0: teaser blurbs
    # and author bios come one paragraph at a time. A walk allowed to open with one paragraph stops
    # at the first ruled line (a byline above the lead is the header's).
    total, best, end = 0.0, 0.0, start
    i, opening = start, 0
    while 0 <= i < len(lines):
        line = lines[i]
        if not line.blank:
            if paragraphs == 1 and line.rule is not None:
                break
            if opening < paragraphs:
                if line.rule is not None or not is_prose(line):
                    return 0.0, start
                opening += 1
            total += weight(line)
            if total > best:
                best, end = total, i
            if total <= 0:
                break
        i += step
    return (best, end) if opening >= paragraphs else (0.0, start)


def table_rows(lines: Sequence[Line]) -> list[bool]:
    """Return per line whether it is a row of a table (standings, stats, specs, scores)."""
    n = len(lines)
    flags = [False] * n
    # blank lines continue a table; None marks a line that is neither blank nor a row
    rows_at = [True if not line.text else (False if _row(line) else None) for line in lines]
    i = 0
    while i < n:
        if rows_at[i] is not False:
            i += 1
            continue
        rows, j = [], i
        while j < n and rows_at[j] is not None:
            if rows_at[j] is False:
                rows.append(j)
            j += 1
        if len(rows) >= TABLE_MIN_ROWS:
            numbers = sum(1 for r in rows if _NUMBER.fullmatch(lines[r].text))
            if numbers >= TABLE_NUMBER_SHARE * len(rows):
                for r in rows:
                    flags[r] = True
        i = j
    return flags


def _row(line: Line) -> bool:
    """Return True for a line short enough to be a table cell or a row of figures."""
    if line.rule is not None:
        return False
    if line.words <= 4 and len(line.text) <= 40:
        return True
    return line.words <= CELL_MAX_WORDS and len(line.text) <= 80 and _has_digit(line)


def _has_digit(line: Line) -> bool:
    return not _DIGITS.isdisjoint(line.text)


def extend_run(
    lines: Sequence[Line],
    first: int,
    last: int,
    weight: Callable[[Line], float],
    barriers: frozenset[str],
    step: int,
    table: Sequence[bool],
) -> tuple[int, list[int]]:
    """Return the run's new far end in direction `step` and the widget lines bridged on the way."""
    # A gap between the run and more prose is bridged when it is short (list items cost a quarter
    # line each) and the prose after it opens with three paragraphs (teaser blurbs and author bios
    # come one paragraph at a time); across a table one paragraph will do, and a table right at the
    # run's edge joins it. Lines after an inline trailer heading inside a bridged gap are returned
    # as widget lines.
    end = last if step > 0 else first
    widget: list[int] = []

    while True:
        cost, tabular = 0.0, False
        i = end + step
        joined = False
        while 0 <= i < len(lines) and cost <= MAX_GAP:
            line = lines[i]
            if line.blank or table[i]:
                tabular = tabular or table[i]
                i += step
                continue
            if line.rule == "comments":
                break
            if line.rule is None and is_prose(line):
                gap = range(min(end, i) + 1, max(end, i))
                heads = [j for j in gap if lines[j].rule in barriers]
                if heads and step > 0 and card_box(lines, heads[-1], i, len(lines) - 1):
                    break  # a teaser card carrying the next story whole, under its date
                # a table, or an inline box under the lead paragraph, may have one paragraph
                # on its far side
                short = (tabular and cost <= 1.0) or (step < 0 and bool(heads))
                value, far = _resume(lines, i, step, weight, 1 if short else MIN_PARAGRAPHS)
                need = RESUME_TABLE if short else RESUME_MIN
                joined = value >= (RESUME_AFTER_BARRIER if heads else need)
                if not joined and step > 0 and (heads or any(lines[j].rule == "ad" for j in gap)):
                    # too little prose for that, but the story's own after a short box
                    walk = partial(_resume, lines, step=step, weight=weight, paragraphs=1)
                    far = same_story_end(lines, first, end, i, cost, walk)
                    joined = far >= 0
                if joined:
                    # unruled lines after an inline trailer heading are its items
                    if heads:
                        widget += [j for j in gap if j > heads[0] and _item(lines[j])]
                    end = far
                    break
            cost += _gap_cost(line, barriers)
            i += step
        if not joined:
            edge = _table_edge(lines, end, step, table)
            if edge == end:
                return end, widget
            end = edge


def _table_edge(lines: Sequence[Line], end: int, step: int, table: Sequence[bool]) -> int:
    """Return the far row of a table that starts right after `end` (blank lines between), or end."""
    # a photo's credit or caption lines ("Image") may stand between the body and its table
    i, photo = end + step, 0
    while 0 <= i < len(lines) and (lines[i].blank or lines[i].rule in PHOTO_RULES):
        photo += not lines[i].blank
        if photo > PHOTO_LINES:
            return end
        i += step
    if not (0 <= i < len(lines) and table[i]):
        return end
    while 0 <= i < len(lines) and (lines[i].blank or table[i]):
        if table[i]:
            end = i
        i += step
    return end


def _item(line: Line) -> bool:
    return not line.blank and line.rule is None
