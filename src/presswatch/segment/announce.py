"""A list the body announces: the short lines under a last paragraph that points at them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from statistics import median

from presswatch.segment.gridguard import is_sidebar_heading, on_topic, table_data
from presswatch.segment.head import date_led, is_header_date
from presswatch.segment.listtail import page_link
from presswatch.segment.marks import load_data
from presswatch.segment.story import body_stems, word_stems
from presswatch.segment.storybox import box_guards, box_patterns
from presswatch.segment.text import Line, glued_list, is_prose

# An item is an unruled line of up to this many words (a short sentence too: "the sizing fits me").
ITEM_WORDS = 20
MIN_ITEMS = 3
# Half the items have at most this many words: longer lines are teaser titles (listtail's).
MEDIAN_WORDS = 6
# The items share this many content-word stems with the body, from this many items.
ON_TOPIC = 2
TOPIC_ITEMS = 2
# A menu: this share of the items are one or two words, every word capitalised ("Home", "World").
MENU_SHARE = 0.6
MENU_WORDS = 2
FOOTER_WORDS = 3
# Words glued without a space ("minimalismKristenMarch 11"): a post's tag, author and date line.
_GLUED = re.compile(r"[a-z][A-Z][a-z]")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A sentence end or semicolon: the paragraph's last clause follows the last one.
_CLAUSE = re.compile(r"[.!?][\"”’)]*\s|;\s")
# Quoted speech: "… and here are the winners," he said points at nothing on the page.
# kept apart from the quote stage's _QUOTED: a line's ASCII and curly quotes, unclosed to its end
_QUOTED = re.compile(r"\"[^\"]*\"|“[^“”]*”?")


@cache
def _labels() -> frozenset[str]:
    """Return the first words of link labels ("Read more: …", "See results"; story.toml)."""
    return frozenset(load_data("story.toml")["link_labels"].split())


def _announces(line: Line) -> bool:
    """Return whether a body line announces a list (a closing colon, "this list" at its end)."""
    if line.rule is not None:
        return False
    if line.text.endswith(":"):
        return True
    clause = _QUOTED.sub(" ", _CLAUSE.split(line.text)[-1])
    return table_data().list_pointer.search(clause) is not None


def _ui(line: Line) -> bool:
    """Return whether a line is a link label ("Read more: …", "See results", "Listen")."""
    words = line.text.split()
    first = words[0].strip(":").casefold()
    return first in _labels() and (":" in line.text or len(words) <= MENU_WORDS)


def _box(line: Line) -> bool:
    """Return whether a line opens site furniture: a promo, a form, a footer or archive link."""
    _, promo, _ = box_guards()
    # a footer link is short: "Cookie consent survey, 2026" is a source under "the following"
    footer = page_link(line.text) and line.words <= FOOTER_WORDS
    return bool(promo.search(line.text) or box_patterns()[1].match(line.text) or footer)


def _menu_word(line: Line) -> bool:
    """Return whether a line is one or two words, every word capitalised ("Gallery", "Home")."""
    words = line.text.split()
    return len(words) <= MENU_WORDS and all(w[0].isupper() for w in words)


def _item(line: Line) -> bool:
    """Return whether a line may be an item: short, unruled, no date, heading or glued menu."""
    if line.rule is not None or line.words > ITEM_WORDS:
        return False
    if glued_list(line) or date_led(line) or is_sidebar_heading(line.text):
        return False
    return not (_GLUED.search(line.text) and (is_header_date(line) or _YEAR.search(line.text)))


def _menu(lines: Sequence[Line], items: list[int]) -> bool:
    """Return whether the items are mostly one or two capitalised words (a site menu)."""
    nav = 0
    for j in items:
        words = lines[j].text.split()
        nav += len(words) <= MENU_WORDS and all(w[0].isupper() or not w[0].isalpha() for w in words)
    return nav >= MENU_SHARE * len(items)


def announced_end(lines: Sequence[Line], first: int, last: int) -> int:
    """Return the last line of a list the body's last paragraph announces, else `last`."""
    # The run of short lines under "I hope this list helps" or "Here are the details:" is the
    # story's list up to the first ruled line (trailer heading, post navigation, share bar,
    # footer), paragraph, date or glued tag line; a menu or an off-topic box stays out.
    if first < 0 or not is_prose(lines[last]) or not _announces(lines[last]):
        return last
    items: list[int] = []
    for j in range(last + 1, len(lines)):
        if lines[j].blank:
            continue
        # a link or button ("Read more: …", a poll's "See results") says the run is no list; a
        # box heading in capitals ("Related Posts") only ends it
        if _ui(lines[j]):
            if _menu_word(lines[j]) and lines[j].words == MENU_WORDS:
                break
            return last
        if _box(lines[j]) or not _item(lines[j]):
            break
        items.append(j)
    # "Enlarge", "Gallery": a picture box's buttons after its captions
    while items and _menu_word(lines[items[-1]]):
        items.pop()
    if len(items) < MIN_ITEMS or median(lines[j].words for j in items) > MEDIAN_WORDS:
        return last
    stems = (word_stems(lines[j].text) for j in items)
    story = body_stems(lines, first, last)
    if _menu(lines, items) or not on_topic(stems, story, ON_TOPIC, TOPIC_ITEMS):
        return last
    # a price among the items: a shop grid under the story ("Heritage Denim", "$181")
    if any(table_data().price.search(lines[j].text) for j in items):
        return last
    return items[-1]
