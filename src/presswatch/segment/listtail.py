"""A list closing the body: the items after its last line that have the shape of those before."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from statistics import median

from presswatch.segment.marks import load_data
from presswatch.segment.story import body_stems, word_stems
from presswatch.segment.text import Line, is_prose, item_number

# The body's last lines, after its last paragraph, hold this many items of one shape at least.
MIN_ITEMS = 2
# Under an introduction ending in a colon, this many items of one shape.
MIN_LISTED = 3
ITEM_WORDS = 20
# Under an introduction, free-text bullets count only while they share this many content-word
# stems (of their words in small letters: place names are the whole site's) with the story.
ON_TOPIC = 2
# "Privacy Policy | Terms", "Contact – Help": a page footer's links end any list.
_FOOTER = re.compile(r"^\W*(?:privacy|terms|cookies?|help|contact)\b", re.IGNORECASE)
_BULLETS = frozenset("•·*▪►‣–—-")
# items opening with a date or a bullet have a shape of their own; words and numbers need a
# separator all items share (bare years are page links, plain titles a teaser list)
# separators that give list items their shape ("June 9 – Tampa, FL @ Arena", "Title by Author")
_SEPARATORS = (" – ", " — ", " -- ", " - ", " @ ", " | ", " by ", ", ")
# A continued item has at least this share of the words of the list's items so far (the widgets
# after a list, a "Most read" box or an archive, have short items).
ITEM_SHARE = 0.5
# "November 2026 (4)": a blog archive's month links.
_ARCHIVE = re.compile(r"[^\W\d_]+\.? (?:19|20)\d\d\s*\(\d+\)")


def page_link(text: str) -> bool:
    """Return whether a line is a footer or blog archive link ("Privacy", "May 2026 (4)")."""
    return bool(_ARCHIVE.fullmatch(text) or _FOOTER.match(text))


def _shape(text: str) -> tuple[str, frozenset[str]]:
    """Return how an item opens (number, date, bullet, word) and its separator signatures."""
    # a bullet item keeps its bullet character; a separator counts with the kind of character on
    # each side ("Walkable City by Jeff Speck": " by " between a small and a capital letter)
    if _date_patterns()[1].match(text):
        lead = "date"  # "June 9 – …"; a day first ("12 de março") opens like a number
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


@cache
def _date_patterns() -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str]]:
    """Return month names by number and the month-day and day-month patterns (data/dates.toml)."""
    data = load_data("dates.toml")
    english = _numbered(data["english"])
    months = english | _numbered(data["other"])
    # a month needs a day: "May 2026" is an archive link, not a date
    month_day = re.compile(rf"({_names(english)})\.?\s+(\d{{1,2}})(?!\d)", re.IGNORECASE)
    # "12 de março", "12. März", "5 June"
    day_month = re.compile(
        rf"(\d{{1,2}})(?:\.|º|st|nd|rd|th|er)?\s+(?:de\s+)?({_names(months)})\b", re.IGNORECASE
    )
    return months, month_day, day_month


def _numbered(rows: list[str]) -> dict[str, int]:
    """Return each month name with its number (rows of names, January first)."""
    return {name: n for n, names in enumerate(rows, 1) for name in names.split()}


def _names(months: dict[str, int]) -> str:
    """Return the month names as a regex alternation, longest first ("june" before "jun")."""
    return "|".join(sorted(months, key=len, reverse=True))


def _date(text: str) -> tuple[int, int] | None:
    """Return the (month, day) an item opens with, or None."""
    months, month_day, day_month = _date_patterns()
    match = month_day.match(text)
    if match:
        return months[match.group(1).lower()], int(match.group(2))
    match = day_month.match(text)
    if match:
        return months[match.group(2).lower()], int(match.group(1))
    return None


def _goes_back(before: tuple[int, int] | None, date: tuple[int, int] | None) -> bool:
    """Return True when a date comes before the previous item's (December to January is on)."""
    if before is None or date is None or (before[0] == 12 and date[0] == 1):
        return False
    return date < before


def _shaped(lead: str) -> bool:
    return lead == "date" or lead.startswith("bullet")


def _number(text: str) -> int | None:
    """Return a numbered item's number ("3. …" -> 3), else None."""
    item = item_number(text)
    return item[0] if item else None


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
    above = lines[start - 1].text if start else ""
    number = _number(above) if above else None
    date = _date(above) if above else None
    for j in range(start, len(lines)):
        line = lines[j]
        if not line.text:
            continue
        if not _item(line) or page_link(line.text):
            break
        item_lead, seps = _shape(line.text)
        if item_lead != lead or (not _shaped(lead) and not common & seps):
            break
        if sizes and line.words < ITEM_SHARE * median(sizes):
            break
        if number is not None and _number(line.text) != number + 1:
            break
        if _goes_back(date, _date(line.text)):
            break  # "March 2 – …" news after June tour dates
        number, date = _number(line.text), _date(line.text)
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
        items = [j for j in range(start, end + 1) if lines[j].text]
        if lead.startswith("bullet") and not _common(lines, items):
            items = _on_topic(lines, first, last, items)
        return items[-1] if len(items) >= MIN_LISTED and (_shaped(lead) or seps) else last
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


def _common(lines: Sequence[Line], items: list[int]) -> frozenset[str]:
    """Return the separator signatures all the items share."""
    return frozenset.intersection(*(_shape(lines[j].text)[1] for j in items))


def _on_topic(lines: Sequence[Line], first: int, last: int, items: list[int]) -> list[int]:
    """Return the items up to the first one that shares under ON_TOPIC stems with the story."""
    # a sidebar's bullets of the same length follow the story's ("• Man jailed for …")
    story = body_stems(lines, first, last) | word_stems(lines[last].text)
    for n, j in enumerate(items):
        stems = word_stems(lines[j].text, small=True)
        if len(stems & story) < min(ON_TOPIC, max(1, len(stems))):
            return items[:n]
    return items
