"""A body in two parts: a review's product sections and its buying guide, a long table between."""

from __future__ import annotations

from presswatch.segment.text import TERMINAL, Line, best_run, is_prose, line_weight

# The other part must be worth this share of the main run's score, with this many paragraphs.
PART_SHARE = 0.25
PART_PARAGRAPHS = 6
# Within the other part, a stretch of more non-prose lines than this is a spec sheet or table.
STRETCH_MAX = 3


def _score(lines: list[Line], first: int, last: int, barriers: frozenset[str]) -> float:
    """Return the sum of line weights over lines[first..last]."""
    return sum(line_weight(lines[i], barriers) for i in range(first, last + 1) if lines[i].text)


def _prose_lines(lines: list[Line], lo: int, hi: int) -> int:
    """Return an upper bound on the number of prose lines in lines[lo:hi], cheaply counted."""
    # a prose line has 8 words or a size of 60 (so 20 characters or more) and an end mark
    return sum(
        1
        for line in lines[lo:hi]
        if (line.words >= 8 or len(line.text) >= 20) and line.text[-1] in TERMINAL
    )


def other_part(
    lines: list[Line],
    first: int,
    last: int,
    stop: int,
    barriers: frozenset[str],
    widget: set[int],
    start: int = 0,
) -> tuple[int, int] | None:
    """Return [first, last] of a second body part beside the run (split off by a table), or None."""
    # The part scores a quarter of the body with six paragraphs, and no trailer heading or
    # comment line stands between (only tables, spec sheets, lists): a comparison table splitting
    # an article in two. Prose after a trailer heading, or holding teaser cards, is a teaser list.
    found: list[tuple[float, int, int]] = []
    # most pages have no six paragraphs beside the body: the count spares them two more runs
    for lo, hi in ((last + 1, stop), (start, first)):
        if _prose_lines(lines, lo, hi) < PART_PARAGRAPHS:
            continue
        a, b = best_run(lines[lo:hi])
        if a >= 0:
            found.append((_score(lines, lo + a, lo + b, barriers), lo + a, lo + b))
    main = _score(lines, first, last, barriers) if found else 0.0
    for value, a, b in sorted(found, reverse=True):
        if value < PART_SHARE * main:
            continue
        gap = range(last + 1, a) if a > last else range(b + 1, first)
        if any(lines[i].rule in barriers for i in gap) or any(a <= i <= b for i in widget):
            continue
        if (
            sum(1 for i in range(a, b + 1) if lines[i].text and is_prose(lines[i]))
            < PART_PARAGRAPHS
        ):
            continue
        return a, b
    return None


def part_lines(lines: list[Line], first: int, last: int) -> list[int]:
    """Return the indexes in lines[first..last] of prose and the short stretches between it."""
    # longer stretches of short lines (spec sheets, score cards, price buttons) are left out
    out: list[int] = []
    stretch: list[int] = []
    for i in range(first, last + 1):
        line = lines[i]
        if not line.text:
            continue
        if is_prose(line):
            if len(stretch) <= STRETCH_MAX:
                out += stretch
            stretch = []
            out.append(i)
        else:
            stretch.append(i)
    return sorted(out)
