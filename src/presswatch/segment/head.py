"""The headline above the body run, across header furniture (byline, date, share bar)."""

from __future__ import annotations

from presswatch.segment.text import Line

# Non-blank lines between the headline and the body's first line (byline, date, credit, share).
HEAD_GAP = 6
# Unruled header lines (a kicker, "3 min read", a bare date) are at most this many words.
HEADER_WORDS = 8
_END_MARKS = frozenset(".!?:;")


def title_like(line: Line) -> bool:
    """Return True for an unruled line shaped like a headline (3-30 words, no end mark)."""
    return line.rule is None and 3 <= line.words <= 30 and line.text[-1] not in _END_MARKS


def headline_above(lines: list[Line], first: int, barriers: frozenset[str]) -> int:
    """Return the index of the headline over the header lines above line `first`, else -1.

    Between the headline and the body stand only ruled header lines (not a trailer heading) and
    short unruled ones; the headline is the longest title among them, and the text's first line.
    """
    best, seen = -1, 0
    i = first - 1
    while i >= 0 and seen < HEAD_GAP:
        line = lines[i]
        if not line.blank:
            if line.rule in barriers or line.rule == "teaser":
                break
            if line.rule is None:
                if title_like(line) and (best < 0 or len(line.text) > len(lines[best].text)):
                    best = i
                elif line.words > HEADER_WORDS:
                    break
            seen += 1
        i -= 1
    if best < 0 or lines[best].words <= 3:
        return -1
    # the scraper's text opens with it: on a whole page (menus above) the title is page furniture
    if any(not line.blank for line in lines[:best]):
        return -1
    return best
