"""Numbered sections under the body: "2. Title" and its paragraph after a repeated widget block."""

from __future__ import annotations

import re
from collections.abc import Sequence

from presswatch.segment.storybox import box_guards, box_patterns, card_date, next_line
from presswatch.segment.text import Line, is_prose

# A section heading: "3. Coachella (April 10-12)", "4) Pack light"; up to this many words.
HEADING_WORDS = 16
_HEADING = re.compile(r"(\d{1,2})([.)])\s+\S")
# At most this many non-blank lines between a heading and its paragraph, or a paragraph and the
# next heading (an embed's address, a "Get Tickets" button and its attributes).
GAP = 15
LOOK_AHEAD = 6 * GAP  # lines under the run searched for the next heading's number
# Sections found under the body before any is kept (a stray "2." line is no list).
MIN_SECTIONS = 2
# A section's paragraph: a sentence of at least this many words.
PARAGRAPH_WORDS = 10
_TRUNCATED = ("…", "...")
_SENTENCE_END = frozenset(".!?:;\"'”’")


def _heading(line: Line) -> tuple[int, str] | None:
    """Return a section heading's number and its mark ("." or ")"), else None."""
    # "1. Jazz in the Park (May 3-4)" ends in a bracket, not in a sentence's end mark
    text = line.text
    if not text[:1].isdigit() or line.rule is not None or line.words > HEADING_WORDS:
        return None
    if text[-1] in _SENTENCE_END:
        return None
    match = _HEADING.match(text)
    return (int(match.group(1)), match.group(2)) if match else None


def _paragraph(line: Line) -> bool:
    """Return True for an unruled paragraph of running text (not a cut-off excerpt, not a promo)."""
    if line.rule is not None or not is_prose(line) or line.words < PARAGRAPH_WORDS:
        return False
    if _heading(line) is not None:
        return False
    if line.text.endswith(_TRUNCATED):
        return False
    _, promo, about = box_guards()
    return not (promo.search(line.text) or about.search(line.text))


def _shape(line: Line) -> str:
    """Return a debris line's shape: a widget repeated under every section matches itself."""
    # the embed's address and the button's link differ from section to section, its labels do not
    if line.rule is not None:
        return line.rule
    if "://" in line.text or line.text.startswith("www."):
        return "url"
    return line.text.casefold() if line.words <= 3 else "text"


def _sections(lines: Sequence[Line], last: int, number: int, mark: str) -> list[list[int | str]]:
    """Return the lines under the run cut into sections: paragraph indexes and debris shapes."""
    # each section after the first opens with the next heading's index; a section holds one
    # block of paragraphs; the walk stops at a stray heading, a card date, a popularity heading,
    # a second block of paragraphs or a longer stretch of debris
    popular = box_patterns()[0]
    sections: list[list[int | str]] = [[]]
    gap, state = 0, "lead"  # lead: before the section's paragraphs, text: in them, tail: after
    for i in range(last + 1, len(lines)):
        line = lines[i]
        if line.blank:
            continue
        heading = _heading(line)
        if heading == (number + 1, mark):
            number, gap, state = number + 1, 0, "lead"
            sections.append([i])
        elif _paragraph(line) and state != "tail":
            sections[-1].append(i)
            gap, state = 0, "text"
        elif heading is not None or card_date(line) or popular.match(line.text) or _paragraph(line):
            break
        else:
            gap += 1
            if gap > GAP:
                break
            state = "tail" if state != "lead" else state
            sections[-1].append(_shape(line))
    return sections


def _signature(section: list[int | str], lines: Sequence[Line]) -> list[str]:
    """Return a section's shape: its debris shapes with one "P" for its block of paragraphs."""
    out: list[str] = []
    for item in section:
        if isinstance(item, str):
            out.append(item)
        elif not lines[item].rule and _heading(lines[item]) is None and out[-1:] != ["P"]:
            out.append("P")
    return out


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
    window = lines[last + 1 : last + 1 + LOOK_AHEAD]
    if not any(line.text.startswith(following) for line in window):
        return []
    sections = _sections(lines, last, number, mark)
    new = sections[1:]
    if len(new) < MIN_SECTIONS or any("P" not in _signature(s, lines) for s in new):
        return []
    pattern = _signature(new[0], lines)
    if any(_signature(s, lines) != pattern for s in new[1:-1]):
        return []
    # the body's own section: whole when the run ends at its heading, else the debris after its
    # paragraphs (a "Related" box between it and "N+1." breaks the pattern)
    own_part = pattern if start == last else pattern[pattern.index("P") + 1 :]
    if _signature(sections[0], lines) != own_part:
        return []
    # the last section ends at its paragraphs: what follows them is the page's
    lead = _signature(new[-1], lines)
    if lead[: lead.index("P") + 1] != pattern[: pattern.index("P") + 1]:
        return []
    keep = opening + [i for s in sections for i in s if isinstance(i, int)]
    end = max(i for i in new[-1] if isinstance(i, int))
    return [i for i in keep if i <= end]
