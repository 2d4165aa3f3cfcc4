"""Counting gutters in flattened text: a code block's line numbers, one bare number a line."""

from __future__ import annotations

from presswatch.segment.text import Line

# This many bare numbers in a row, each one more than the last ("1", "2", "3", …).
GUTTER_MIN = 3
_MAX_DIGITS = 4


def _number(line: Line) -> int | None:
    """Return the line's value when it is a bare number of at most four digits, else None."""
    text = line.text
    if len(text) > _MAX_DIGITS or not text.isdigit() or not text.isascii():
        return None
    return int(text)


def gutter_lines(lines: list[Line], first: int, last: int) -> list[int]:
    """Return the indexes in lines[first..last] of counting runs: GUTTER_MIN+ numbers 1, 2, …."""
    # A code block copied from a page brings its line-number gutter along, and pagination its
    # page links; neither is text. A list of values (scores, years) does not count up from 0 or 1.
    numbers = [
        i
        for i in range(max(first, 0), last + 1)
        if lines[i].words == 1 and len(lines[i].text) <= _MAX_DIGITS and lines[i].text.isdigit()
    ]
    if len(numbers) < GUTTER_MIN:
        return []
    out: list[int] = []
    run: list[int] = []
    previous: int | None = None
    for i in range(numbers[0], numbers[-1] + 1):
        line = lines[i]
        if not line.text:
            continue
        value = _number(line)
        if run and value is not None and previous is not None and value == previous + 1:
            run.append(i)
        else:
            if len(run) >= GUTTER_MIN:
                out += run
            # a gutter or a pager counts from 0 or 1; "2019, 2020, 2021" are a table's years
            run = [i] if value in (0, 1) else []
        previous = value
    if len(run) >= GUTTER_MIN:
        out += run
    return out
