"""Line labels of flattened text: the editorial body between barriers, junk kinds around it."""

from __future__ import annotations

from functools import partial

from presswatch.segment.announce import announced_end
from presswatch.segment.authorbox import before_author_box
from presswatch.segment.company import label_in_company, lone_ratings, story_field
from presswatch.segment.contents import contents_entries
from presswatch.segment.context import signoff_after
from presswatch.segment.grid import grid_rows
from presswatch.segment.gridguard import drop_sidebars
from presswatch.segment.gutter import gutter_lines
from presswatch.segment.head import headline_above, title_like
from presswatch.segment.listtail import list_end
from presswatch.segment.marks import (
    CARD_HEADS,
    is_bio,
    is_blurb,
    is_title,
    mark_captions,
    mark_thread,
    pair_lists,
)
from presswatch.segment.menus import long_menu, off_topic
from presswatch.segment.numbered import numbered_sections
from presswatch.segment.parts import other_part, part_lines
from presswatch.segment.rules import furniture_key, line_rules
from presswatch.segment.runs import extend_run, table_rows
from presswatch.segment.storybox import card_box, prev_line
from presswatch.segment.tailgap import tail_gap
from presswatch.segment.text import TERMINAL, Line, best_run, is_prose, line_weight, prose_chars

# Prose above a comment thread that makes an article, one paragraph (the thread ends the body).
THREAD_MIN_BODY = 150
# An author bio among the body's last lines ends it.
BIO_WINDOW = 3
# A line without a word that is the story's own: a lone dash between sections.
SECTION_BREAKS = frozenset({"—"})
# A title/blurb list at the run's edge is cut off when less prose than this lies beyond it
# within the run and at least BODY_MIN on the other side.
EDGE_PROSE = 200
BODY_MIN = 300


def _before_bio(lines: list[Line], first: int, last: int) -> int:
    """Return the run's last line before an author bio among its last lines, else last."""
    seen = 0
    for i in range(last, first, -1):
        if lines[i].blank:
            continue
        if is_bio(lines[i]):
            return max(j for j in range(first, i) if not lines[j].blank)
        seen += 1
        if seen >= BIO_WINDOW:
            break
    return last


def _trim_lists(lines: list[Line], first: int, last: int) -> tuple[int, int, list[int], int]:
    """Return the run without its edge lists, the teaser lines cut after it and a menu's end."""
    # (the last value is the first line after a long menu cut off the run's start, 0 if none)
    # Short titles each over a one-sentence blurb add up like prose: at the run's end (little prose
    # after them) they are a teaser list (cards may carry a kicker and a source line too), at its
    # start a menu whose items carry descriptions.
    cut: list[int] = []
    found = pair_lists(lines, CARD_HEADS, first, last, step_buttons=True)  # 'Shop the look'
    for a, b in reversed(found):
        if a <= last and b >= first and _edge(lines, (b + 1, last), (first, a - 1)):
            cut += [i for i in range(a, b + 1) if not lines[i].blank]
            last = _sentences_after(lines, max(i for i in range(first, a) if is_prose(lines[i])), a)
    # every pair list lies inside a card list: no cards, no pairs
    for a, b in pair_lists(lines, 1, first, last) if found else ():
        if a <= last and b >= first and _edge(lines, (first, a - 1), (b + 1, last)):
            first = next(i for i in range(b + 1, last + 1) if is_prose(lines[i]))
    # A long menu (blurbs of up to three sentences) opening the page is cut only above the
    # article's own header (a headline over its byline or date), and off the article's topic.
    menu = long_menu(lines, first, last)
    if menu is None:
        return first, last, cut, 0
    start = next((i for i in range(menu[1] + 1, last + 1) if is_prose(lines[i])), -1)
    if (
        start < 0
        or prose_chars(lines, start, last) < BODY_MIN
        or headline_above(lines, start, line_rules().barriers) <= menu[1]
        or not off_topic(lines, menu, start, last)
    ):
        return first, last, cut, 0
    return start, last, cut, start


def _sentences_after(lines: list[Line], last: int, stop: int) -> int:
    """Return the index of the last short sentence right after line `last` (before `stop`)."""
    # A quote closing a story ("'That's correct,' he said.") is too short to be prose.
    for i in range(last + 1, stop):
        line = lines[i]
        if line.blank:
            continue
        if line.rule is not None or line.text[-1] not in TERMINAL:
            break
        last = i
    return last


def _before_cards(lines: list[Line], first: int, last: int) -> int:
    """Return the run's last line above the first trailer heading whose dated cards follow it."""
    # a recommendation box whose cards carry whole stories ("Oct 16, 2025", "8 min read" over
    # the next article's paragraphs) outweighs the heading: the body ends above it
    # (an inline box bridged higher up does not hide a box of cards further down)
    barriers, later = line_rules().barriers, False
    for b in range(first + 1, last + 1):
        if lines[b].rule in barriers:
            prose = next((i for i in range(b + 1, last + 1) if is_prose(lines[i])), -1)
            if prose > 0 and card_box(lines, b, prose, last, later):
                return prev_line(lines, b)
            later = True
    return last


def _edge(lines: list[Line], outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    """Return True when a list has little prose on its outer side and a body on its inner side."""
    return prose_chars(lines, *outer) < EDGE_PROSE and prose_chars(lines, *inner) >= BODY_MIN


def _in_body(lines: list[Line], i: int, first: int, last: int) -> str:
    """Return the kind of line i inside the body: its rule's, else body or wordless boilerplate."""
    line = lines[i]
    if line.rule is None or story_field(lines, i, first, last):
        return _text_kind(line)
    if furniture_key(line.text) not in line_rules().weak:
        return line.rule
    # "Instagram" or "Most recent" in the story is its text; in a row with "Follow us", furniture
    return line.rule if _beside_strong(lines, i) or label_in_company(lines, i) else "body"


def _text_kind(line: Line) -> str:
    """Return 'body' for a body line with words (or a section break), else 'boilerplate'."""
    # a line without a word (rating stars, check marks, a row of dashes) is no text
    return "body" if line.words or line.text in SECTION_BREAKS else "boilerplate"


def _beside_strong(lines: list[Line], i: int) -> bool:
    """Return whether the row of line i's kind around it holds a line of a non-weak rule."""
    weak, kind = line_rules().weak, lines[i].rule
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and (lines[j].blank or lines[j].rule == kind):
            if not lines[j].blank and furniture_key(lines[j].text) not in weak:
                return True
            j += step
    return False


def label_lines(lines: list[Line]) -> list[str | None]:
    """Return a block kind per line (None for blank lines)."""
    barriers = line_rules().barriers
    lines = mark_captions(lone_ratings(lines))
    # `stop`: nothing from this line on joins the body (a comment thread, a gap of site links)
    marked, stop = mark_thread(lines)
    first, last = best_run(lines)
    if stop > last:
        lines = marked
    else:
        # the body ends before a reader-comment thread, however much prose the comments hold;
        # a "thread" above all the page's prose is a list of posts, not comments
        above = best_run(marked[:stop])
        if stop > first or prose_chars(marked, *above) >= THREAD_MIN_BODY:
            lines, (first, last) = marked, above
        else:
            stop = len(lines)
    last = _before_cards(lines, first, last)
    widget: list[int] = []
    # a second body part is not looked for above this line (in a long menu cut off the run)
    floor = 0
    table = table_rows(lines) if first >= 0 else []
    gap = tail_gap(lines, first, last, table)
    if gap >= 0:
        # a long list of site links ends the body: nothing beyond it joins the story again
        last, stop = prev_line(lines, gap), gap
    if first >= 0:
        first, last, widget, floor = _trim_lists(lines, first, last)
        # a table of header and rows on the body's topic counts like a table of figures
        grid = grid_rows(lines, first, last)
        table = drop_sidebars(lines, [a or b for a, b in zip(table, grid, strict=True)])
        weight = partial(line_weight, barriers=barriers)
        last, after = extend_run(lines[:stop], first, last, weight, barriers, 1, table)
        last = list_end(lines[:stop], first, last)
        last = announced_end(lines[:stop], first, last)
        first, before = extend_run(lines, first, last, weight, barriers, -1, table)
        widget += after + before
        # the box first: its bio, when _before_bio cuts it, is what shows the heading is one
        last = _before_bio(lines, first, before_author_box(lines, first, last))
        last = signoff_after(lines, last)
    part = None
    if first >= 0:
        part = other_part(lines, first, last, stop, barriers, set(widget), floor)
    extra = set(part_lines(lines, *part)) if part is not None else set()
    if first >= 0:
        extra.update(numbered_sections(lines[:stop], first, last))
    kinds: list[str | None] = [None] * len(lines)
    heading: str | None = None
    for i, line in enumerate(lines):
        if line.blank:
            continue
        if first <= i <= last or i in extra:
            kinds[i] = _text_kind(line) if line.rule is None else _in_body(lines, i, first, last)
            continue
        if line.rule is not None:
            kinds[i] = line.rule
            if line.rule in barriers and i > last:
                heading = line.rule
            continue
        if i > last and heading is not None:
            kinds[i] = "comments" if heading == "comments" else "teaser"
        else:
            kinds[i] = "navigation" if line.words < 5 else "boilerplate"
    for i in widget:
        kinds[i] = "teaser"
    if first >= 0:
        _mark_head(lines, kinds, first, last, table)
        # the article's own table of contents is part of it (site menus are not)
        for i in contents_entries(lines, first, last):
            kinds[i] = "body"
        for i in gutter_lines(lines, first, last):
            kinds[i] = "navigation"
    return kinds


def _mark_head(
    lines: list[Line], kinds: list[str | None], first: int, last: int, table: list[bool]
) -> None:
    """Label the run's leading lines: a title on the text's first line is the headline."""
    # Other lines before the first prose line (or table) are navigation or boilerplate.
    opening = next(i for i, line in enumerate(lines) if not line.blank)
    before = [i for i in range(opening, first) if not lines[i].blank]
    if before == [opening] and title_like(lines[opening]) and is_prose(lines[first]):
        kinds[opening] = "headline"
        return
    if before and is_prose(lines[first]):
        head = headline_above(lines, first, line_rules().barriers)
        if head >= 0:
            kinds[head] = "headline"
    for i in range(first, last + 1):
        line = lines[i]
        if line.blank or kinds[i] != "body":
            continue
        if is_prose(line) or table[i]:
            return
        if i == opening and title_like(line):
            kinds[i] = "headline"
        else:
            kinds[i] = "navigation" if line.words < 5 else "boilerplate"


def teaser_joins(lines: list[Line], kinds: list[str | None]) -> list[bool]:
    """Return per line whether it joins the block before it: teaser debris or blurb under its title.

    A teaser headline and the debris or one-sentence blurb under it are one teaser item.
    """
    joins = [False] * len(lines)
    prev = -1
    for i, line in enumerate(lines):
        if kinds[i] is None:
            continue
        if prev >= 0 and kinds[i] == kinds[prev] == "teaser" and lines[prev].rule != "teaser":
            head = lines[prev]
            joins[i] = line.rule == "teaser" or (
                head.rule is None and is_title(head) and is_blurb(line) and not joins[prev]
            )
        prev = i
    return joins
