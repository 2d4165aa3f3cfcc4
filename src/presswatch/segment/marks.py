"""Layout marks in flattened text: where a reader-comment thread starts, captions with credits."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from functools import cache
from importlib import resources

from presswatch.segment.text import Line, is_prose

# A second sign of a thread must follow the first within this many non-blank lines.
THREAD_WINDOW = 8
# A comments heading this many non-blank lines above the thread (the reply form between) opens it.
HEADING_WINDOW = 10
_ENDS = frozenset(":0123456789MmPp")
_WORD = re.compile(r"[\w-]+")


def _load(name: str) -> dict:
    """Return the parsed TOML data file `name` from presswatch/segment/data."""
    path = resources.files("presswatch.segment") / "data" / name
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _compile(table: dict) -> tuple[int, re.Pattern[str]]:
    return table["max_words"], re.compile("|".join(f"(?:{r})" for r in table["regex"]))


@cache
def _signs() -> tuple[tuple[int, re.Pattern[str]], ...]:
    """Return (max_words, combined regex) per kind of thread sign from data/comments.toml."""
    return tuple(_compile(table) for table in _load("comments.toml").values())


@cache
def _captions() -> tuple[int, re.Pattern[str]]:
    """Return (max_words, combined regex) of captions ending in a credit (data/captions.toml)."""
    return _compile(_load("captions.toml"))


def mark_captions(lines: list[Line]) -> list[Line]:
    """Return the lines with unruled captions that end in a photo credit ruled `caption`."""
    most, pattern = _captions()
    marked = lines
    for i, line in enumerate(lines):
        text = line.text
        if line.rule is not None or not text or line.words > most:
            continue
        # a credit closes the caption: a bracket, or a name after "Credit:"
        if (text[-1] == ")" or ":" in text[-60:]) and pattern.search(text.lower()):
            if marked is lines:
                marked = list(lines)
            marked[i] = replace(line, rule="caption")
    return marked


def _is_sign(line: Line) -> bool:
    text = line.text
    # every sign ends in a colon, a time or a year, or is a reply link
    if text[-1] not in _ENDS and text[0] not in "RrLlIi":
        return False
    low = text.lower()
    return any(line.words <= most and pattern.search(low) for most, pattern in _signs())


def mark_thread(lines: list[Line]) -> tuple[list[Line], int]:
    """Return the lines with a comment thread's first sign ruled `comments`, and where it starts.

    The start is the first sign, or a comments heading ("Leave a Reply", "42 Comments") a few
    lines above it; len(lines) when there is no thread.
    """
    previous: tuple[int, int] | None = None  # (non-blank position, line index) of the last sign
    seen = 0
    for i, line in enumerate(lines):
        if not line.text:
            continue
        seen += 1
        if line.words <= 14 and line.rule != "comments" and _is_sign(line):
            if previous is not None and seen - previous[0] <= THREAD_WINDOW:
                first = previous[1]
                marked = list(lines)
                marked[first] = replace(lines[first], rule="comments")
                return marked, _heading_above(lines, first)
            previous = (seen, i)
    return lines, len(lines)


def _heading_above(lines: list[Line], start: int) -> int:
    """Return the index of a comments heading shortly above `start`, else `start`."""
    steps = 0
    for i in range(start - 1, -1, -1):
        if lines[i].blank:
            continue
        steps += 1
        if steps > HEADING_WINDOW:
            break
        if lines[i].rule == "comments":
            start = i
            steps = 0
    return start


@cache
def _bios() -> tuple[int, re.Pattern[str], frozenset[str]]:
    """Return (max_words, opening regex, occupation words) of author bios (data/bios.toml)."""
    data = _load("bios.toml")
    return data["max_words"], re.compile(data["opening"]), frozenset(data["roles"])


def is_bio(line: Line) -> bool:
    """Return True for an author bio: "Jane Doe is a freelance writer based in Leeds."."""
    most, opening, roles = _bios()
    if line.rule is not None or line.words > most or not opening.match(line.text):
        return False
    return not roles.isdisjoint(_WORD.findall(line.text.lower()))


# Teaser lists and descriptive menus: a short headline-case title over a one-sentence blurb,
# this many times in a row (ruled lines such as "Learn more" may sit between the pairs).
PAIRS_MIN = 3
TITLE_MAX_WORDS = 10
BLURB_WORDS = (4, 35)
# Teaser cards may carry up to this many title lines (kicker, title, source) over the blurb.
CARD_HEADS = 3
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+[A-Z0-9\"“‘(]")


def is_title(line: Line) -> bool:
    """Return True for a short headline-case line without end punctuation (a teaser title)."""
    text = line.text
    return (
        line.rule is None
        and 1 <= line.words <= TITLE_MAX_WORDS
        and len(text) <= 80
        and text[-1] not in ".!?:;,"
        and (text[0].isupper() or text[0].isdigit())
    )


def is_blurb(line: Line) -> bool:
    """Return True for a line that is exactly one sentence of a few words (a teaser blurb)."""
    text = line.text.rstrip("\"'”’")
    return (
        line.rule is None
        and BLURB_WORDS[0] <= line.words <= BLURB_WORDS[1]
        and text[-1:] in (".", "!", "?")
        and _SENTENCE_BREAK.search(text, 0, len(text) - 1) is None
    )


def pair_lists(lines: list[Line], heads: int = 1) -> list[tuple[int, int]]:
    """Return [first, last] line indexes of each run of PAIRS_MIN+ title-over-blurb pairs.

    With `heads` > 1 an item may carry up to that many title lines (kicker, title, source).
    """
    idx = [i for i, line in enumerate(lines) if line.text]
    n = len(idx)
    found: list[tuple[int, int]] = []
    k = 0
    while k < n - 1:
        cards, j, end = 0, k, k
        while True:
            h = 0
            while h < heads and j + h < n and is_title(lines[idx[j + h]]):
                h += 1
            b = j + h
            if h == 0 or b >= n or not is_blurb(lines[idx[b]]):
                break
            # a blurb that running text continues is a lead paragraph under a heading
            if b + 1 < n and is_prose(lines[idx[b + 1]]):
                break
            cards, j, end = cards + 1, b + 1, b
            while j < n and lines[idx[j]].rule is not None:
                j += 1
        if cards >= PAIRS_MIN:
            found.append((idx[k], idx[end]))
            k = j
        else:
            k += 1
    return found
