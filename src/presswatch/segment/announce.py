"""A list the body announces: the short lines under a last paragraph that points at them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from statistics import median

from presswatch.segment.gridguard import is_sidebar_heading, table_data
from presswatch.segment.head import date_led, is_header_date
from presswatch.segment.marks import load_data
from presswatch.segment.story import body_stems, word_stems
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
# Words glued without a space ("minimalismKristenMarch 11"): a post's tag, author and date line.
_GLUED = re.compile(r"[a-z][A-Z][a-z]")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@cache
def _pointer() -> re.Pattern[str]:
    """Return the pattern of the phrases announcing a list (data/tables.toml)."""
    return re.compile("|".join(load_data("tables.toml")["list_pointers"]), re.IGNORECASE)


def _announces(line: Line) -> bool:
    """Return whether a body line announces a list ("this list", "here are", a closing colon)."""
    if line.rule is not None:
        return False
    return line.text.endswith(":") or _pointer().search(line.text) is not None


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


def _on_topic(lines: Sequence[Line], first: int, last: int, items: list[int]) -> bool:
    """Return whether the items share ON_TOPIC stems with the body, from TOPIC_ITEMS items."""
    story = body_stems(lines, first, last)
    shared: set[str] = set()
    hits = 0
    for j in items:
        common = word_stems(lines[j].text) & story
        hits += bool(common)
        shared |= common
    return len(shared) >= ON_TOPIC and hits >= TOPIC_ITEMS


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
        if not _item(lines[j]):
            break
        items.append(j)
    if len(items) < MIN_ITEMS or median(lines[j].words for j in items) > MEDIAN_WORDS:
        return last
    if _menu(lines, items) or not _on_topic(lines, first, last, items):
        return last
    # a price among the items: a shop grid under the story ("Heritage Denim", "$181")
    if any(table_data().price.search(lines[j].text) for j in items):
        return last
    return items[-1]
