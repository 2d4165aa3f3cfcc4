"""Numbered sections under the body: "2. Title" and its paragraph after a repeated widget block."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice

from presswatch.segment.storybox import box_guards, box_patterns, card_date, next_line
from presswatch.segment.text import TERMINAL, Line, is_prose, item_number

# A section heading: "3. Greyfell Hill Days (May 16-18)", "4) Pack light"; up to this many words.
HEADING_WORDS = 16
# A heading may end in a bracket ("(May 3-4)") or a question ("… worth the trip?"), not a sentence.
_HEADING_END = TERMINAL - {")", "?", "？"}
# At most this many non-blank lines between a heading and its paragraph, or a paragraph and the
# next heading (an embed's address, a "Get Tickets" button and its attributes).
GAP = 15
LOOK_AHEAD = 6 * GAP  # non-blank lines under the run searched for the next heading's number
# Sections found under the body before any is kept (a stray "2." line is no list).
MIN_SECTIONS = 2
# A section's paragraph: a sentence of at least this many words.
PARAGRAPH_WORDS = 10
# Ruled lines that end the walk: a trailer heading ("You may also like", "Up next") or a card's
# link ("Read more", "Keep reading"); in the body's own section they refuse the list.
_TRAILER = frozenset({"recommendation", "teaser", "comments"})
SHAPE_WORDS = 3  # short lines are their own shape ("get tickets"), longer ones are "text"


@dataclass(slots=True)
class Section:
    """A numbered section under the run: its kept lines and its shape ("P" for its paragraphs)."""

    lines: list[int] = field(default_factory=list)
    shape: list[str] = field(default_factory=list)


def _heading(line: Line) -> tuple[int, str] | None:
    """Return a section heading's number and its mark ("." or ")"), else None."""
    text = line.text
    if not text[:1].isdigit() or line.rule is not None or line.words > HEADING_WORDS:
        return None
    return item_number(text) if text[-1] not in _HEADING_END else None


def _paragraph(line: Line) -> bool:
    """Return True for an unruled paragraph of running text (not a cut-off excerpt, not a promo)."""
    # is_prose already refuses a cut-off excerpt ("…")
    if line.rule is not None or line.words < PARAGRAPH_WORDS or not is_prose(line):
        return False
    if _heading(line) is not None:
        return False
    _, promo, about = box_guards()
    return not (promo.search(line.text) or about.search(line.text))


def _shape(line: Line) -> str:
    """Return a debris line's shape: a widget repeated under every section matches itself."""
    # the embed's address and the button's link differ from section to section, its labels do not
    text = line.text.casefold() if line.words <= SHAPE_WORDS else "text"
    if line.rule is not None:
        return f"{line.rule}:{text}"
    if "://" in line.text or line.text.startswith("www."):
        return "url"
    return text


def _sections(lines: Sequence[Line], last: int, number: int, mark: str) -> list[Section] | None:
    """Return the sections under the run (the body's own first), None when a trailer refuses."""
    # each section after the first opens with the next heading; a section holds one block of
    # paragraphs; the walk stops at a stray heading, a card date, a trailer or popularity heading,
    # a second block of paragraphs or a longer stretch of debris
    popular = box_patterns()[0]
    sections = [Section()]
    gap, state = 0, "lead"  # lead: before the section's paragraphs, text: in them, tail: after
    for i in range(last + 1, len(lines)):
        line = lines[i]
        if line.blank:
            continue
        heading = _heading(line)
        paragraph = heading is None and _paragraph(line)
        if heading == (number + 1, mark):
            number, gap, state = number + 1, 0, "lead"
            sections.append(Section([i]))
        elif paragraph and state != "tail":
            if state != "text":
                sections[-1].shape.append("P")
            sections[-1].lines.append(i)
            gap, state = 0, "text"
        elif line.rule in _TRAILER:
            # a box heading or a card's link: the numbers go on in a box of other stories
            return None if len(sections) == 1 or state == "lead" else sections
        elif heading is not None or paragraph or card_date(line) or popular.match(line.text):
            break
        else:
            gap += 1
            if gap > GAP:
                break
            state = "tail" if state != "lead" else state
            sections[-1].shape.append(_shape(line))
    return sections


def _own_items(lines: Sequence[Line], first: int, start: int, debris: set[str]) -> bool:
    """Return True when the body's own section and the one before it are items of the run."""
    # a run that swallowed a box's first card ("1. Title" under an image, its blurb) has no item
    # before it, or one preceded by the same debris as the box's cards
    number, mark = _heading(lines[start]) or (0, "")
    heads = [i for i in range(first, start + 1) if _heading(lines[i]) is not None]
    own = [i for i in heads if _heading(lines[i]) in ((number - 1, mark), (number, mark))]
    if len(own) < 2 or own[-1] != start:
        return False
    for head, end in zip(own, [*own[1:], len(lines)], strict=True):
        above = next((j for j in range(head - 1, first - 1, -1) if not lines[j].blank), None)
        if above is not None and not _paragraph(lines[above]) and _shape(lines[above]) in debris:
            return False
        if not any(_paragraph(lines[j]) for j in range(head + 1, min(end, start + GAP + 1))):
            return False
    return True


def numbered_sections(lines: Sequence[Line], first: int, last: int) -> list[int]:
    """Return the heading and paragraph lines of numbered sections going on under the body."""
    # The body's last section heading "N." is followed below the run by "N+1.", "N+2.", … each
    # with its paragraph, and the lines between them (an embed, a ticket button) repeat the same
    # shapes in every section: a listicle whose widgets cut the run after its first item. The
    # numbers must go on from the body's own (a "Most read" box counts from 1 again).
    own = next(
        ((i, h) for i in range(last, first - 1, -1) if (h := _heading(lines[i])) is not None),
        None,
    )
    opening: list[int] = []
    if own is None:
        # the list may start right under the body's last line ("… where to book:" / "1. …")
        below = next_line(lines, last)
        heading = _heading(lines[below]) if below < len(lines) else None
        if heading is None or heading[0] != 1:
            return []
        own, last, opening = (below, heading), below, [below]
    start, (number, mark) = own
    # a cheap first look: the next heading's number within a few gaps under the run (blank lines
    # and the first section's paragraphs stand between them too)
    following = f"{number + 1}{mark}"
    window = islice((line for line in lines[last + 1 :] if not line.blank), LOOK_AHEAD)
    if not any(line.text.startswith(following) for line in window):
        return []
    sections = _sections(lines, last, number, mark)
    if sections is None:
        return []
    new = sections[1:]
    if len(new) < MIN_SECTIONS or any("P" not in s.shape for s in new):
        return []
    pattern = new[0].shape
    if any(s.shape != pattern for s in new[1:-1]):
        return []
    # the body's own section: whole when the run ends at its heading, else the debris after its
    # paragraphs, and then its list must be the run's own (two items, each with a paragraph)
    if start != last:
        debris = {shape for shape in pattern if shape != "P"}
        if not _own_items(lines, first, start, debris):
            return []
    own_part = pattern if start == last else pattern[pattern.index("P") + 1 :]
    if sections[0].shape != own_part:
        return []
    # the last section ends at its paragraphs: what follows them is the page's
    lead = new[-1].shape
    if lead[: lead.index("P") + 1] != pattern[: pattern.index("P") + 1]:
        return []
    keep = opening + [i for s in sections for i in s.lines]
    end = max(new[-1].lines)
    return [i for i in keep if i <= end]
