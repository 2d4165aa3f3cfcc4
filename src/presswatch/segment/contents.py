"""An article's own table of contents in flattened text: entries that reappear as body headings."""

from __future__ import annotations

from presswatch.segment.rules import furniture_key
from presswatch.segment.text import Line, is_prose

# A contents entry is a short line; its heading in the body is a short line with the same key.
ENTRY_MAX_WORDS = 14
ENTRY_MAX_CHARS = 120
# At least this many entries of one list reappear below it as body lines, and this share of them.
MIN_MATCHED = 3
MATCH_SHARE = 0.6
# Entries without a heading (a sub-item, an external link) between two with one.
MAX_SKIP = 2
# An entry names its section in words: lines of digits or symbols ("18", "â") are not entries.
MIN_LETTERS = 3
# The list ends at most this many non-blank lines above the body's first line (title, byline and
# share bar between), or lies inside the body before its third paragraph.
MAX_GAP = 12
OPENING_PARAGRAPHS = 3


def _entry(line: Line) -> bool:
    """Return True for a line that can be a contents entry (short, unruled, not a sentence)."""
    return (
        line.rule is None
        and line.words <= ENTRY_MAX_WORDS
        and len(line.text) <= ENTRY_MAX_CHARS
        and not is_prose(line)
    )


def _skipped(line: Line) -> bool:
    """Return True for a line a list of entries passes over: blank, or without words ("-")."""
    return line.blank or (line.words == 0 and line.rule is None)


def _runs(lines: list[Line], start: int, stop: int) -> list[list[int]]:
    """Return the runs of entry lines in lines[start:stop] (lines without words skipped)."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i in range(start, stop):
        line = lines[i]
        if _skipped(line):
            continue
        if _entry(line) and line.words > 0:
            current.append(i)
            continue
        if len(current) >= MIN_MATCHED:
            runs.append(current)
        current = []
    if len(current) >= MIN_MATCHED:
        runs.append(current)
    return runs


def contents_entries(lines: list[Line], first: int, last: int) -> list[int]:
    """Return the indexes of table-of-contents entries whose headings lie in the body [first, last].

    The entries form a list of short lines above the body or at its top; an entry counts when
    its text (normalised) is a later short line of the body. Site menus rarely repeat as headings.
    """
    if first < 0:
        return []
    stop, seen = first, 0  # the list sits above the body or within its opening paragraphs
    while stop <= last and seen < OPENING_PARAGRAPHS:
        seen += is_prose(lines[stop]) if not lines[stop].blank else 0
        stop += 1
    start, seen = first, 0  # MAX_GAP non-blank lines above the body, then back to a list's top
    while start > 0 and seen < MAX_GAP:
        start -= 1
        seen += not lines[start].blank
    while start > 0 and (_skipped(lines[start - 1]) or _entry(lines[start - 1])):
        start -= 1
    runs = _runs(lines, start, stop)
    if not runs:
        return []
    headings = _headings(lines, first, last)
    found: list[int] = []
    for run in runs:
        hits = [k for k, i in enumerate(run) if headings.get(_key(lines[i]), -1) > run[-1]]
        for a, b in _clusters(hits):
            if b - a + 1 >= MIN_MATCHED and (b - a + 1) >= MATCH_SHARE * (hits[b] - hits[a] + 1):
                found += [run[k] for k in hits[a : b + 1]]
    return found


def _key(line: Line) -> str:
    """Return a line's normalised text, or "" when it has too few letters to name a section."""
    key = furniture_key(line.text)
    return key if sum(c.isalpha() for c in key) >= MIN_LETTERS else ""


def _headings(lines: list[Line], first: int, last: int) -> dict[str, int]:
    """Return key -> last index of each body heading: a short line with prose right under it."""
    out: dict[str, int] = {}
    pending = -1  # the last short line seen, until the next non-blank line tells what it heads
    for i in range(first, last + 1):
        line = lines[i]
        if line.blank:
            continue
        if pending >= 0 and is_prose(line):
            key = _key(lines[pending])
            if key:
                out[key] = pending
        pending = i if line.words and _entry(line) else -1
    return out


def _clusters(hits: list[int]) -> list[tuple[int, int]]:
    """Return [a, b] positions in `hits` of groups whose neighbours lie at most MAX_SKIP apart."""
    # A site menu often runs straight into the contents list: only the dense part counts.
    out: list[tuple[int, int]] = []
    a = 0
    for b in range(1, len(hits) + 1):
        if b == len(hits) or hits[b] - hits[b - 1] > MAX_SKIP + 1:
            if hits:
                out.append((a, b - 1))
            a = b
    return out
