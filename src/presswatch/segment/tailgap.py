"""A site's link lists after the body: a long gap of short lines the run crossed to footer prose."""

from __future__ import annotations

from collections.abc import Sequence

from presswatch.segment.listtail import ON_TOPIC
from presswatch.segment.story import body_stems, word_stems
from presswatch.segment.text import Line, is_prose

# A gap of this many non-prose lines in a row (links, menu items, buttons) inside the run.
GAP_LINES = 15
# Beyond the gap, at most this share of the prose lines shares ON_TOPIC stems with the body.
GAP_ON_TOPIC = 0.25
# Ruled lines a story may hold between its paragraphs (a photo's credit and caption, a byline, an
# ad label).
STORY_RULES = frozenset({"credit", "caption", "byline", "ad"})
# Shorter lines (of fewer words) are never prose (`text.is_prose`: 8 words or 60 characters).
PROSE_WORDS = 8
SHORT_CHARS = 20
# A prose line is on the story's topic when this share of its content-word stems is the story's.
TOPIC_SHARE = 0.3
# The prose before the gap outweighs the prose beyond it at least this many times.
BODY_RATIO = 2.0


def _prose(lines: Sequence[Line], first: int, last: int) -> list[int]:
    """Return the indexes of the unruled prose lines in lines[first..last]."""
    return [
        i
        for i in range(first, last + 1)
        if lines[i].rule is None and lines[i].text and is_prose(lines[i])
    ]


def _on_topic(line: Line, story: set[str]) -> bool:
    """Return True when a line shares ON_TOPIC stems, and TOPIC_SHARE of its own, with the story."""
    stems = word_stems(line.text, small=True)
    shared = len(stems & story)
    return shared >= ON_TOPIC and shared >= TOPIC_SHARE * len(stems)


def _gaps(lines: Sequence[Line], first: int, last: int, table: Sequence[bool]) -> list[int]:
    """Return the first line of each gap of site furniture in lines[first..last]."""
    # GAP_LINES non-prose lines in a row, one of them ruled as furniture (a share bar, a trailer
    # heading, a sign-up box, a menu link): a story's own long list (a book list, a plan's steps)
    # carries no such line. The gap is returned from its first such line: the short lines above it
    # (a closing "Read more »", a show's date and venue) are the story's as often as not.
    starts: list[int] = []
    streak, ruled = 0, -1
    for i in range(first, last + 1):
        line = lines[i]
        if not line.text:
            continue
        # under 8 words and 20 characters a line is never prose (a CJK glyph counts 3): no call
        long = line.words >= PROSE_WORDS or len(line.text) >= SHORT_CHARS
        if (long and line.rule is None and is_prose(line)) or table[i]:
            if streak >= GAP_LINES and ruled >= 0:
                starts.append(ruled)
            streak, ruled = 0, -1
            continue
        streak += 1
        if ruled < 0 and line.rule is not None and line.rule not in STORY_RULES:
            ruled = i
    if streak >= GAP_LINES and ruled >= 0:
        starts.append(ruled)
    return starts


def tail_gap(lines: Sequence[Line], first: int, last: int, table: Sequence[bool]) -> int:
    """Return the first line of a gap of site links ending the body inside the run, else -1."""
    # The best run may cross a long list of short links (a site menu, a footer's columns, a
    # "related" list) to reach footer prose (cookie notices, disclaimers, a sign-up form's consent)
    # that outweighs it. Beyond such a gap the prose is less than the body's and off its topic; a
    # story's own list (ingredients, a timeline, tour dates) has on-topic prose after it.
    for start in _gaps(lines, first, last, table):
        before = _prose(lines, first, start - 1)
        after = _prose(lines, start, last)
        if not before or not after:
            continue  # no footer prose beyond (the run ends in long unpunctuated lines)
        size_before = sum(len(lines[i].text) for i in before)
        size_after = sum(len(lines[i].text) for i in after)
        if size_before < BODY_RATIO * size_after:
            continue
        # the gap's unruled words count as the story's: a closing paragraph about the list above it
        story = body_stems(lines, first, before[-1])
        for i in range(start, after[0]):
            if lines[i].rule is None:
                story.update(word_stems(lines[i].text, small=True))
        if _on_topic(lines[after[0]], story):
            continue  # the story goes on after its list
        shared = sum(1 for i in after if _on_topic(lines[i], story))
        if shared <= GAP_ON_TOPIC * len(after):
            return start
    return -1
