"""The headline above the body run, across header furniture (byline, date, share bar)."""

from __future__ import annotations

import re
from functools import cache

from presswatch.segment.marks import load_data
from presswatch.segment.text import Line

# Non-blank lines between the headline and the body's first line (byline, date, credit, share).
HEAD_GAP = 6
# Unruled header lines (a kicker, "3 min read", a bare date) are at most this many words.
HEADER_WORDS = 8
# A headline has more words than this (a three-word line is a section name as often as a title).
MIN_HEADLINE_WORDS = 3
# A masthead ("The Marlow and District Courier") has at most this many words.
MASTHEAD_WORDS = 7
_END_MARKS = frozenset(".!?:;")
_SENTENCE_BREAK = re.compile(r"[a-z][.!?] [A-Z]")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
# Page furniture shapes: a URL, a breadcrumb or a line of fields ("Prep 15 mins | Cook 35 mins"),
# a clock time, a full date.
_SHAPES = (
    r"://|www\.|\s[|/]\s|[»›•]|\b\d{1,2}:\d\d\b"
    rf"|\b{_MONTH} \d{{1,2}},? \d{{4}}\b|\b\d{{1,2}} {_MONTH} \d{{4}}\b"
)
# a line opening with a month's name ("Mar 6th 2026")
_MONTH_LEAD = re.compile(rf"\W*{_MONTH}", re.IGNORECASE)
# a date ("March 3", "3 Mar", "03/03/2025", "2025-03-03"), "4 hours ago", "5 min read", "Updated …"
_HEADER_DATE = re.compile(
    rf"\b{_MONTH} \d{{1,2}}\b|\b\d{{1,2}} {_MONTH}(?!\w)|\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b"
    r"|\b\d{4}-\d\d-\d\d\b|\b(?:hours?|minutes?|mins?|days?) ago\b|\bmin(?:ute)? read\b"
    r"|^(?:published|updated|posted)\b",
    re.IGNORECASE,
)


def title_like(line: Line) -> bool:
    """Return True for an unruled line shaped like a headline (3-30 words, no end mark)."""
    return line.rule is None and 3 <= line.words <= 30 and line.text[-1] not in _END_MARKS


@cache
def _furniture() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """Return the furniture regex, the masthead words and the joining words (data/headline.toml)."""
    data = load_data("headline.toml")
    starts = "|".join(re.escape(s) for s in data["starts"])
    networks = "|".join(re.escape(s) for s in data["networks"])
    pattern = rf"{_SHAPES}|^(?:{starts})\b|^follow\b.*(?:\bon (?:{networks})\b|\bfor the latest\b)"
    return re.compile(pattern), frozenset(data["mastheads"]), frozenset(data["joining"])


def is_furniture(text: str) -> bool:
    """Return True for a title-shaped line that is page furniture (a prompt, a URL, a masthead)."""
    pattern, mastheads, joining = _furniture()
    if text[0].islower() and not text[1:2].isupper():  # "the latest in transport"; not "iPhone"
        return True
    low = text.lower()
    if pattern.search(low):
        return True
    words = text.split()
    return (
        len(words) <= MASTHEAD_WORDS
        and words[0] == "The"
        and words[-1].lower() in mastheads
        and all(w[0].isupper() or w in joining for w in words)
    )


def headline_above(lines: list[Line], first: int, barriers: frozenset[str]) -> int:
    """Return the index of the headline over the header lines above line `first`, else -1."""
    # Between the headline and the body stand only ruled header lines (not a trailer heading),
    # short unruled ones and furniture-shaped ones; the headline is the longest title among them
    # that is not furniture, and the text's first line.
    best, seen = -1, 0
    i = first - 1
    while i >= 0 and seen < HEAD_GAP:
        line = lines[i]
        if not line.blank:
            if line.rule in barriers or line.rule == "teaser":
                break
            if line.rule is None:
                furniture = is_furniture(line.text)
                if title_like(line) and not furniture:
                    if best < 0 or len(line.text) > len(lines[best].text):
                        best = i
                elif line.words > HEADER_WORDS and not furniture:
                    break
            seen += 1
        i -= 1
    if best < 0 or lines[best].words <= MIN_HEADLINE_WORDS:
        return -1
    # the scraper's text opens with it; on a whole page (menus above) it needs the article's own
    # header under it, a byline or date line, and one sentence (not a site's two-sentence notice)
    if any(not line.blank for line in lines[:best]) and not _own_header(lines, best, first):
        return -1
    return best


def _own_header(lines: list[Line], best: int, first: int) -> bool:
    """Return True when a title under page furniture heads the story: its header right under it."""
    # one sentence, a byline or date line next, and no other title before the body (a list of
    # titles with their dates is a teaser list, not the story's header)
    if _SENTENCE_BREAK.search(lines[best].text):
        return False
    gap = [line for line in lines[best + 1 : first] if not line.blank]
    if not gap or not header_line(gap[0]):
        return False
    # '<title> / 2 hours ago / <title> / 5 hours ago': a date above, with a title above it
    above = [line for line in reversed(lines[:best]) if not line.blank][:2]
    if len(above) == 2 and header_line(above[0]) and _listed_title(above[1]):
        return False
    return not any(_listed_title(line) for line in gap)


def _listed_title(line: Line) -> bool:
    """Return True for another story's title in a list (a title of more than three words)."""
    return title_like(line) and line.words > MIN_HEADLINE_WORDS and not is_furniture(line.text)


def is_header_date(line: Line) -> bool:
    """Return True for a line holding a calendar date, a "3 hours ago" or a "5 min read"."""
    return _HEADER_DATE.search(line.text) is not None


def date_led(line: Line) -> bool:
    """Return True for a line that opens with its date ("May 3, 2026", "5 min read")."""
    # "Mar 6th 2026 4 Min Read" does; "Born March 3", "Answered May 19", "Saturday, May 30" and
    # "Oldhaven, May 20" do not
    found = _HEADER_DATE.search(line.text)
    if found is None:
        return False
    return _MONTH_LEAD.match(line.text) is not None or not any(
        char.isalpha() for char in line.text[: found.start()]
    )


def header_line(line: Line) -> bool:
    """Return True for an article header line: a byline, or a short dated or read-time line."""
    if line.rule == "byline":
        return True
    return line.rule is None and line.words <= HEADER_WORDS and is_header_date(line)
