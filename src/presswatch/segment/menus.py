"""A site's long menu of items with blurbs (a course catalogue, a mega menu) opening the run."""

from __future__ import annotations

from presswatch.segment.head import (
    HEAD_GAP,
    MIN_HEADLINE_WORDS,
    is_furniture,
    is_header_date,
    title_like,
)
from presswatch.segment.marks import CARD_TITLE_MAX_WORDS, LONG_SENTENCES, is_title, pair_lists
from presswatch.segment.rules import furniture_key
from presswatch.segment.storybox import prev_line
from presswatch.segment.text import Line, is_prose

# Items of up to this many title lines ("Membership" over "Member benefits" over the blurb).
MENU_HEADS = 2
# At least this many non-prose lines (the article's header: its title, a date, a byline) stand
# between the menu and the article's first paragraph, and this much prose follows in the run.
MENU_HEADER = 3
MENU_BODY_MIN = 300
MENU_TITLE_WORDS = 6  # a title line among the items (longer lines are blurbs)
MENU_DISTINCT = 0.8  # share of distinct titles
# A menu broken by one item whose blurb runs long goes on this many lines later.
MENU_BREAK = 2


def _prose_chars(lines: list[Line], first: int, last: int) -> int:
    """Return the characters of prose lines in lines[first..last]."""
    return sum(len(line.text) for line in lines[first : last + 1] if is_prose(line))


def _menu_items(lines: list[Line], a: int, b: int) -> bool:
    """Return True when lines[a..b] hold no question title and nearly all titles differ."""
    # an FAQ's items are questions; a review repeats its sections ("Pros", "Pricing") under each
    # product, a recipe its "Step 1", "Step 2" (digits count alike)
    keys = []
    for line in lines[a : b + 1]:
        if line.rule is not None or not line.text:
            continue
        if line.text[-1] == "?" and is_title(line, CARD_TITLE_MAX_WORDS):
            return False
        if line.words <= MENU_TITLE_WORDS:
            keys.append(furniture_key(line.text))
    return len(set(keys)) >= MENU_DISTINCT * len(keys)


def _under_header(lines: list[Line], a: int) -> bool:
    """Return True when a byline or a dated line stands among the few lines above line a."""
    i = a
    for _ in range(HEAD_GAP):
        i = prev_line(lines, i)
        if i < 0:
            return False
        if lines[i].rule == "byline" or is_header_date(lines[i]):
            return True
    return False


def after_menu(lines: list[Line], first: int, last: int) -> int:
    """Return the run's first line after a long menu of items with blurbs opening it, else first."""
    # Six or more items, each a title over a blurb of up to three sentences, read as prose; the
    # menu opens the page (no prose before it), and the article's header follows it. The run
    # starts after a title line, so the menu's first title stands just before it.
    lo = max(prev_line(lines, first), 0)
    end = -1
    for a, b in pair_lists(lines, MENU_HEADS, lo, last, sentences=LONG_SENTENCES):
        near = end >= 0 and sum(1 for i in range(end + 1, a) if lines[i].text) <= MENU_BREAK
        if a > last or not (near or (end < 0 and _prose_chars(lines, lo, a - 1) == 0)):
            break
        # the page's own title over its first paragraphs is no menu item
        if prev_line(lines, a) < 0 or not _menu_items(lines, a, b):
            break
        # a list under a byline or date is the article's (a listicle); a headline over a one-
        # sentence lead reads as a first item (a menu's first title is a section name)
        if end < 0 and (_under_header(lines, a) or lines[a].words > MIN_HEADLINE_WORDS):
            break
        end = b
    if end < 0:
        return first
    nxt = next((i for i in range(end + 1, last + 1) if is_prose(lines[i])), -1)
    header = sum(1 for i in range(end + 1, nxt) if lines[i].text)
    if nxt < 0 or header < MENU_HEADER or _prose_chars(lines, nxt, last) < MENU_BODY_MIN:
        return first
    return nxt


def title_above(lines: list[Line], first: int) -> list[int]:
    """Return the indexes of the article's title right above its first line after a menu."""
    # the title line over the first paragraph, and its copies in the header above it (a page
    # banner often repeats the heading)
    top = prev_line(lines, first)
    if top < 0 or not title_like(lines[top]) or lines[top].words <= MIN_HEADLINE_WORDS:
        return []
    if is_furniture(lines[top].text):
        return []
    found, i, seen = [top], top, 0
    while seen < HEAD_GAP:
        i = prev_line(lines, i)
        if i < 0:
            break
        seen += 1
        if lines[i].text == lines[top].text:
            found.append(i)
    return found
