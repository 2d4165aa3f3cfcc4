"""A site's long menu of items with blurbs (a course catalogue, a mega menu) opening the run."""

from __future__ import annotations

from presswatch.segment.head import HEAD_GAP, MIN_HEADLINE_WORDS, header_line
from presswatch.segment.listtail import ON_TOPIC
from presswatch.segment.marks import (
    CARD_TITLE_MAX_WORDS,
    LONG_PAIRS_MIN,
    LONG_SENTENCES,
    LONG_WORDS,
    is_title,
    pair_lists,
)
from presswatch.segment.rules import furniture_key
from presswatch.segment.story import body_stems, word_stems
from presswatch.segment.storybox import prev_line
from presswatch.segment.text import Line, prose_chars

# Items of up to this many title lines ("Membership" over "Member benefits" over the blurb).
MENU_HEADS = 2
MENU_TITLE_WORDS = 6  # a title line among the items (longer lines are blurbs)
MENU_DISTINCT = 0.8  # share of distinct titles
# A menu broken by one item whose blurb runs long goes on this many lines later.
MENU_BREAK = 2
# At most this share of the blurbs shares ON_TOPIC word stems with the article under the menu.
MENU_ON_TOPIC = 0.25


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
    """Return True when a byline or a header date stands above line a (over a share bar)."""
    # ruled lines (share buttons, credits) do not count towards the header's few lines
    i, seen = a, 0
    while seen < HEAD_GAP:
        i = prev_line(lines, i)
        if i < 0:
            return False
        if header_line(lines[i]):
            return True
        seen += lines[i].rule is None
    return False


def long_menu(lines: list[Line], first: int, last: int) -> tuple[int, int] | None:
    """Return [first, last] line indexes of a long menu of items with blurbs opening the run."""
    # Six or more items, each a title over a blurb of up to three sentences, read as prose; the
    # menu opens the page (no prose before it). The run starts after a title line, so the menu's
    # first title stands just before it. A list under a byline or date is the article's (a
    # listicle); a headline over a one-sentence lead reads as a first item (a menu's first title
    # is a section name).
    lo = max(prev_line(lines, first), 0)
    span: tuple[int, int] | None = None
    blurb = (LONG_SENTENCES, LONG_WORDS)
    for a, b in pair_lists(lines, MENU_HEADS, lo, last, blurb=blurb, pairs=LONG_PAIRS_MIN):
        if span is None:
            opens = prose_chars(lines, lo, a - 1) == 0 and prev_line(lines, a) >= 0
            ok = opens and lines[a].words <= MIN_HEADLINE_WORDS and not _under_header(lines, a)
        else:
            ok = sum(1 for i in range(span[1] + 1, a) if lines[i].text) <= MENU_BREAK
        if a > last or not ok or not _menu_items(lines, a, b):
            break
        span = (a if span is None else span[0], b)
    return span


def off_topic(lines: list[Line], menu: tuple[int, int], first: int, last: int) -> bool:
    """Return True when the menu's blurbs barely share words with the article lines[first..last]."""
    # listtail's test of a sidebar's bullets: content-word stems in small letters shared with the
    # story (a listicle's items are what its closing paragraphs talk about)
    story = body_stems(lines, first, last)
    blurbs = [
        word_stems(line.text, small=True)
        for line in lines[menu[0] : menu[1] + 1]
        if line.words > MENU_TITLE_WORDS
    ]
    shared = sum(1 for stems in blurbs if len(stems & story) >= ON_TOPIC)
    return bool(blurbs) and shared <= MENU_ON_TOPIC * len(blurbs)  # no blurbs: no evidence
