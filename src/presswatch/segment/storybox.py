"""Prose after a box that does not continue the story: comments, cards, promos, captions."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from presswatch.segment.context import is_signoff
from presswatch.segment.head import date_led, is_header_date
from presswatch.segment.marks import CARD_HEADS, META_MAX_WORDS, load_data
from presswatch.segment.rules import line_rules
from presswatch.segment.text import Line, is_prose

# A card's kicker in capitals right above the prose has at most this many words ("TRANSPORT").
KICKER_WORDS = 2
CARDS_MIN = 2  # dated cards under a trailer heading that carry whole stories
STORY_AFTER = 2  # prose lines after a box's last card that carry on its story
BELOW_LINES = 2  # a card's date under its blurb stands this close to the card's first prose line

# a comment's action link ("Reply", "Like (3)"): the line without its digits and marks
_ACTION = re.compile(r"[\W\d_]+")
# a comment's action line holds several ("Reply · Share · 3 Likes"); counts need their number
_ACTIONS_SPLIT = re.compile(r"\s*[·•/|]\s*")
_COUNTED = re.compile(r"\d+\s+(?:replies|comments|likes|upvotes)\b", re.IGNORECASE)
# a gallery's counter under a caption ("1 of 12", "3/12")
_COUNTER = re.compile(r"\d+\s*(?:of|/)\s*\d+")
# a popularity box's rank ("1") or a card's kicker in capitals ("TRANSPORT") right above
_RANK = re.compile(r"\d{1,2}\.?")
# A commenter's handle right above the prose ("harwick_dad", "busfan99", "@jd"): lower case
# first (topic tags like "COVID-19" or "F1" are capitalised), with a digit or an underscore.
_HANDLE = re.compile(r"@\w+|[^\W\d_A-Z][^\W_]*[\d_][\w.]*")


@cache
def box_guards() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """Return the comment actions, the promo pattern and the about-us pattern (story.toml)."""
    data = load_data("story.toml")
    flags = re.IGNORECASE
    return (
        frozenset(data["comment_actions"].split()),
        re.compile(data["promo"], flags),
        re.compile(data["about"], flags),
    )


@cache
def box_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the popularity-heading and sign-up-form patterns (data/story.toml)."""
    data = load_data("story.toml")
    return re.compile(data["popular"], re.IGNORECASE), re.compile(data["form"], re.IGNORECASE)


def _comment_line(text: str) -> bool:
    """Return True for a comment's action line ("Reply", "Reply · Share", "12 replies")."""
    actions = box_guards()[0]
    if _COUNTED.search(text):
        return True
    return any(_ACTION.sub("", part).lower() in actions for part in _ACTIONS_SPLIT.split(text))


def ranked(lines: Sequence[Line], end: int, i: int) -> bool:
    """Return True when the prose is a popularity box's card: a rank or kicker above, a heading."""
    popular = box_patterns()[0]
    if any(popular.match(lines[j].text) for j in range(end + 1, i) if lines[j].text):
        return True  # "Most read", "Trending"
    above = lines[prev_line(lines, i)]
    if above.rule is not None:
        return False  # "ADVERTISEMENT"
    text = above.text
    return bool(_RANK.fullmatch(text)) or (text.isupper() and above.words <= KICKER_WORDS)


def prev_line(lines: Sequence[Line], i: int) -> int:
    """Return the index of the last non-blank line before line i (-1 if none)."""
    i -= 1
    while i >= 0 and lines[i].blank:
        i -= 1
    return i


def next_line(lines: Sequence[Line], j: int) -> int:
    """Return the index of the first non-blank line after line j (len(lines) if none)."""
    j += 1
    while j < len(lines) and lines[j].blank:
        j += 1
    return j


def not_story(lines: Sequence[Line], i: int, far: int) -> bool:
    """Return True when the prose is a comment, a promo, an about-us box, a bio or a caption."""
    _, promo, about = box_guards()
    above = lines[prev_line(lines, i)].text
    if " " not in above and _HANDLE.fullmatch(above):
        return True  # a commenter's handle
    after = next_line(lines, far)
    if after < len(lines):
        below = lines[after]
        if below.rule in ("credit", "caption") or _COUNTER.fullmatch(below.text):
            return True  # a photo's caption over its credit or a gallery's counter
        if _comment_line(below.text):
            return True  # a comment's "Reply", "Like (3)" ("Report Error" is a page link)
        if box_patterns()[1].match(below.text):
            return True  # a newsletter's pitch over its form ("Enter your email")
    if "?" in lines[i].text:
        return True  # "Want more news about …? Sign up …"
    span = [lines[j].text for j in range(i, far + 1) if lines[j].text]
    return any(promo.search(text) or about.search(text) for text in span)


def dated_card_above(lines: Sequence[Line], end: int, i: int) -> bool:
    """Return True when a card's date line ("Oct 16, 2025", "8 min read") stands right above i."""
    # a calendar date or a reading time, not a bare year (a table's "Founded: 2004")
    return heads_above(lines, end, i, is_header_date) is None


def heads_above(
    lines: Sequence[Line], end: int, i: int, dated: Callable[[Line], bool]
) -> list[Line] | None:
    """Return the up to CARD_HEADS lines above line i (after `end`), or None at a date line."""
    j, heads = i - 1, []
    while j > end and len(heads) < CARD_HEADS:
        line = lines[j]
        if line.text:
            if line.words <= META_MAX_WORDS and dated(line):
                return None
            heads.append(line)
        j -= 1
    return heads


def card_date(line: Line) -> bool:
    """Return True for a card's short date line ("Oct 16, 2025", "8 min read")."""
    # a tweet's sign-off ("Jane Roe (@jroe) May 2, 2025") under a quoted paragraph dates no card
    return line.words <= META_MAX_WORDS and is_header_date(line) and not is_signoff(line.text)


def card_box(
    lines: Sequence[Line], heading: int, prose: int, last: int, later: bool = False
) -> bool:
    """Return True when a trailer heading's dated cards carry whole stories down to line prose."""
    if not cards_follow(lines, heading):
        return False
    # cards dated under their blurbs, or under a heading after the run's first, must end its story
    if dated_card_above(lines, heading, prose):
        return not later or not _story_after(lines, heading, last, 1)
    return _dated_below(lines, prose) and not _story_after(lines, heading, last, 0)


def _dated_below(lines: Sequence[Line], prose: int) -> bool:
    """Return True when a card's date line closes the card right under its one-paragraph blurb."""
    # title / blurb / "Read now" / "Mar. 3, 2026": the date stands at most two lines under the
    # card's first prose line (a question as its title, or its blurb) and opens its line
    j = prose
    for _ in range(BELOW_LINES):
        j = next_line(lines, j)
        if j >= len(lines):
            return False
        if card_date(lines[j]) and date_led(lines[j]):
            return True
    return False


def _story_after(lines: Sequence[Line], heading: int, last: int, blurbs: int) -> bool:
    """Return True when two prose lines more than the last card's blurbs follow its date."""
    # each card has one blurb, above or below its date: a timeline, a Q&A, letters or dated
    # subheads go on with the story's paragraphs after their last date (down to last); page
    # furniture there (a button, a form, a footer's links) closes the box instead
    barriers, dates = line_rules().barriers, []
    for i in range(heading + 1, last + 1):
        if lines[i].rule in barriers:
            break
        if card_date(lines[i]):
            dates.append(i)
    run = 0
    for line in lines[dates[-1] + 1 : last + 1] if dates else ():
        if line.rule not in (None, "ad"):
            return False
        run += is_prose(line)
        if run >= blurbs + STORY_AFTER:
            return True
    return False


def cards_follow(lines: Sequence[Line], heading: int) -> bool:
    """Return True when two or more card dates stand under a trailer heading (before the next)."""
    # one dated card is an inline "Related" link with the story going on under it; a box of
    # cards carrying whole stories dates each of them
    barriers, seen = line_rules().barriers, 0
    for line in lines[heading + 1 :]:
        if line.rule in barriers:
            break
        if card_date(line):
            seen += 1
            if seen >= CARDS_MIN:
                return True
    return False
