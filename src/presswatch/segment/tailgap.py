"""A site's link lists after the body: a long gap of short lines the run crossed to footer prose."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

from presswatch.segment.listtail import ON_TOPIC
from presswatch.segment.rules import load_rules
from presswatch.segment.story import body_stems, word_stems
from presswatch.segment.text import Line, is_prose

# A gap of this many non-prose lines in a row (links, menu items, buttons) inside the run.
GAP_LINES = 15
# Beyond the gap, at most this share of the prose lines shares ON_TOPIC stems with the body.
GAP_ON_TOPIC = 0.25
# Ruled lines a story may hold between its paragraphs (a photo's credit and caption, a byline, an
# ad label).
STORY_RULES = frozenset({"credit", "caption", "byline", "ad"})
# Ruled lines of a site's menu or footer: a gap with this many of them is the site's own links.
SITE_RULES = frozenset({"navigation", "boilerplate"})
SITE_LINES = 2
# A prose line is on the story's topic when this share of its content-word stems is the story's.
TOPIC_SHARE = 0.3
# The prose before the gap outweighs the prose beyond it at least this many times.
BODY_RATIO = 2.0


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the footer-prose and story-cue regexes of body.toml."""
    data = load_rules("body.toml")
    return re.compile(data["footer_prose"]), re.compile(data["story_cues"])


def _stems(text: str) -> frozenset[str]:
    """Return a line's content-word stems in small letters (all of them in a caseless script)."""
    small = word_stems(text, small=True)
    if small or any(c.isupper() or c.islower() for c in text):
        return small
    return word_stems(text)  # Chinese, Arabic, Hindi …: no word is in small letters


def _on_topic(line: Line, story: set[str]) -> bool:
    """Return True when a line shares ON_TOPIC stems, and TOPIC_SHARE of its own, with the story."""
    stems = _stems(line.text)
    shared = len(stems & story)
    return shared >= ON_TOPIC and shared >= TOPIC_SHARE * len(stems)


def _gaps(
    lines: Sequence[Line], first: int, last: int, prose: Sequence[bool], table: Sequence[bool]
) -> list[int]:
    """Return the first line of each gap of site furniture in lines[first..last]."""
    # GAP_LINES non-prose lines in a row, one of them ruled as furniture (a share bar, a trailer
    # heading, a sign-up box, a menu link). The gap is returned from its first such line: the
    # short lines above it (a closing "Read more »", a show's date and venue) are often the story's.
    starts: list[int] = []
    streak, ruled = 0, -1
    for i in range(first, last + 1):
        line = lines[i]
        if not line.text:
            continue
        if prose[i - first] or table[i]:
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


def _beyond(lines: Sequence[Line], at: list[int]) -> list[tuple[bool, bool]]:
    """Return per prose line whether it or a later one has a story cue, and a footer's wording."""
    footer, cue = _patterns()
    out = [(False, False)] * (len(at) + 1)
    for k in range(len(at) - 1, -1, -1):
        low = lines[at[k]].text.lower()
        has_cue, has_footer = out[k + 1]
        out[k] = (has_cue or bool(cue.search(low)), has_footer or bool(footer.search(low)))
    return out


def _site_footer(lines: Sequence[Line], start: int, after: int, beyond: tuple[bool, bool]) -> bool:
    """Return True when the gap from `start` is a site menu or the prose beyond is a footer's."""
    has_cue, has_footer = beyond
    if has_cue:
        return False  # a quote or a reporting verb: the story goes on
    if has_footer:
        return True
    # a script without case or spaces (Chinese, Japanese, Thai) has no words to judge the topic by
    if not any(c.isupper() or c.islower() or c == " " for c in lines[after].text):
        return False
    return sum(1 for i in range(start, after) if lines[i].rule in SITE_RULES) >= SITE_LINES


def tail_gap(lines: Sequence[Line], first: int, last: int, table: Sequence[bool]) -> int:
    """Return the first line of a gap of site links ending the body inside the run, else -1."""
    # The best run may cross a site's menu or footer link columns to reach footer prose (cookie
    # notices, disclaimers, a sign-up form's consent) that outweighs them. The body ends there only
    # on evidence that the text beyond is the site's (see _site_footer), is less than the body's
    # prose and off its topic: a story's own list under a share bar, a newsletter box or a gallery
    # is followed by more of the story.
    if first < 0:
        return -1
    # unruled prose lines of the run and their running size, worked out once for all gaps
    prose = [
        line.rule is None and bool(line.text) and is_prose(line) for line in lines[first : last + 1]
    ]
    starts = _gaps(lines, first, last, prose, table)
    if not starts:
        return -1
    at = [i for i, flag in enumerate(prose, first) if flag]
    sizes = [0]
    for i in at:
        sizes.append(sizes[-1] + len(lines[i].text))
    beyond: list[tuple[bool, bool]] = []
    for start in starts:
        k = bisect_left(at, start)
        if not 0 < k < len(at) or sizes[k] < BODY_RATIO * (sizes[-1] - sizes[k]):
            continue  # no footer prose beyond, or as much as the body's
        beyond = beyond or _beyond(lines, at)
        if not _site_footer(lines, start, at[k], beyond[k]):
            continue
        story = body_stems(lines, first, at[k - 1])
        for i in range(start, at[k]):
            if lines[i].rule is None:
                story.update(_stems(lines[i].text))
        if _on_topic(lines[at[k]], story):
            continue  # the story goes on after its list
        shared = sum(1 for i in at[k:] if _on_topic(lines[i], story))
        if shared <= GAP_ON_TOPIC * (len(at) - k):
            return start
    return -1
