"""A list closing the body: the items after its last line that have the shape of those before."""

from __future__ import annotations

import re
from collections.abc import Sequence
from statistics import median

from presswatch.segment.text import Line, is_prose

# The body's last lines, after its last paragraph, hold this many items of one shape at least.
MIN_ITEMS = 2
# Under an introduction ending in a colon, this many items of one shape.
MIN_LISTED = 3
ITEM_WORDS = 20
_MONTH = re.compile(
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d",
    re.IGNORECASE,
)
_BULLETS = frozenset("•·*▪►‣–—-")
# items opening with a date or a bullet have a shape of their own; words and numbers need a
# separator all items share (bare years are page links, plain titles a teaser list)
# separators that give list items their shape ("June 9 – Tampa, FL @ Arena", "Title by Author")
_SEPARATORS = (" – ", " — ", " -- ", " - ", " @ ", " | ", " by ", ", ")
# A continued item has at least this share of the words of the list's items so far (the widgets
# after a list, a "Most read" box or an archive, have short items).
ITEM_SHARE = 0.5
# "1. …", "2) …": a numbered list goes on with the next number only.
_NUMBERED = re.compile(r"(\d{1,3})[.)]\s")
# "November 2026 (4)": a blog archive's month links.
_ARCHIVE = re.compile(r"[^\W\d_]+\.? (?:19|20)\d\d\s*\(\d+\)")


def _shape(text: str) -> tuple[str, frozenset[str]]:
    """Return how an item opens (number, date, bullet, word) and its separator signatures."""
    # a bullet item keeps its bullet character; a separator counts with the kind of character on
    # each side ("Walkable City by Jeff Speck": " by " between a small and a capital letter)
    if _MONTH.match(text):
        lead = "date"
    elif text[0].isdigit():
        lead = "number"
    elif text[0] in _BULLETS:
        lead = "bullet" + text[0]
    else:
        lead = "word"
    return lead, frozenset(_signature(text, sep) for sep in _SEPARATORS if sep in text)


def _signature(text: str, sep: str) -> str:
    """Return a separator with the kinds of the characters on its two sides ("a by A")."""
    at = text.index(sep)
    before = text[at - 1] if at else ""
    after = text[at + len(sep) : at + len(sep) + 1]
    return f"{_kind(before)}{sep}{_kind(after)}"


def _kind(char: str) -> str:
    """Return the kind of a character: digit 0, capital A, small letter a, other ."""
    if char.isdigit():
        return "0"
    if char.isalpha():
        return "A" if char.isupper() else "a"
    return "."


def _shaped(lead: str) -> bool:
    return lead == "date" or lead.startswith("bullet")


def _number(text: str) -> int | None:
    match = _NUMBERED.match(text)
    return int(match.group(1)) if match else None


def _item(line: Line) -> bool:
    """Return True for an unruled short line that is no paragraph (a list item)."""
    return line.rule is None and line.words <= ITEM_WORDS and not is_prose(line)


def _run_end(
    lines: Sequence[Line], start: int, lead: str, common: frozenset[str], sizes: list[int]
) -> int:
    """Return the last line of the items from `start` on of one shape (start - 1 if none)."""
    # every item opens the same way and is not much shorter than the items before it; items of
    # words or numbers keep a separator in common; "1." goes on with "2." only
    end = start - 1
    number = _number(lines[start - 1].text) if start and lines[start - 1].text else None
    for j in range(start, len(lines)):
        line = lines[j]
        if not line.text:
            continue
        if not _item(line) or _ARCHIVE.fullmatch(line.text):
            break
        item_lead, seps = _shape(line.text)
        if item_lead != lead or (not _shaped(lead) and not common & seps):
            break
        if sizes and line.words < ITEM_SHARE * median(sizes):
            break
        if number is not None and _number(line.text) != number + 1:
            break
        number = _number(line.text)
        common = common & seps
        sizes.append(line.words)
        end = j
    return end


def list_end(lines: Sequence[Line], first: int, last: int) -> int:
    """Return the last line of the list the body ends in, continued past `last`, else last."""
    # The items at the body's end set the shape (how they open, the separators all of them
    # hold); the lines after `last` of that shape are the rest of the list (tour dates,
    # fixtures, a reading list), up to a ruled line, a paragraph or another shape. A body ending
    # in its list's introduction ("… the ten most borrowed books:") takes the items under it.
    line = lines[last]
    if line.rule is None and line.text.endswith(":"):
        start = last + 1
        while start < len(lines) and lines[start].blank:
            start += 1
        if start == len(lines) or not _item(lines[start]):
            return last
        lead, seps = _shape(lines[start].text)
        end = _run_end(lines, start, lead, seps, [])
        listed = sum(1 for j in range(start, end + 1) if lines[j].text)
        return end if listed >= MIN_LISTED and (_shaped(lead) or seps) else last
    if not _item(line):
        return last
    lead = _shape(line.text)[0]
    shapes: list[frozenset[str]] = []
    sizes: list[int] = []
    i = last
    while i >= first:
        if lines[i].text:
            if not _item(lines[i]):
                break
            item_lead, seps = _shape(lines[i].text)
            if item_lead != lead:
                break
            shapes.append(seps)
            sizes.append(lines[i].words)
        i -= 1
    if len(shapes) < MIN_ITEMS:
        return last
    common = frozenset.intersection(*shapes)
    if not _shaped(lead) and not common:
        return last  # plain titles or numbers: a teaser list or page links as often as the story's
    return max(last, _run_end(lines, last + 1, lead, common, sizes))
