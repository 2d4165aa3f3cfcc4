"""The body resumed after a mid-article widget: prose of the same story below a short box."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from presswatch.segment.marks import (
    is_bio,
    is_blurb,
    is_box_heading,
    is_title,
    load_data,
)
from presswatch.segment.rules import furniture_key, line_rules
from presswatch.segment.storybox import heads_above, not_story, prev_line, ranked
from presswatch.segment.text import TRUNCATED, Line, is_prose, text_size

# The box between the body and the resumed prose costs at most this much (`runs._gap_cost`: a
# heading 3, a link or list item a quarter to one line).
BOX_COST = 6.0
# The resumed prose opens with a sentence of ten words or more and is worth one long paragraph.
SENTENCE_WORDS = 10
RESUME_MIN = 100.0
# Content words (four letters or more, no function word) the resumed prose shares with the body
# above it, compared by stem, and the share of its own content words they make up.
SHARED_MIN = 3
SHARED_SHARE = 0.15
STEM = 6
_SUFFIXES = ("ing", "ed", "es", "s", "ly")
_WORD = re.compile(r"[^\W\d_]{4,}")
# A teaser card's head right above the prose (within CARD_HEADS lines): a headline of this many
# words or more (the story's subheadings are shorter) or a short date line.
CARD_TITLE_WORDS = 5
_DATED = re.compile(
    r"\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b|\bago\b|\bmin(?:ute)?s? read\b", re.IGNORECASE
)
# "Read more: Bus fares to rise" — a link label before a colon, not a headline over a summary
_LABEL = re.compile(r"^([^:]{2,25}):\s")
# A card's link under its blurb
_MORE = re.compile(r"(?:read|continue|learn|see|view) more\b", re.IGNORECASE)
# A bare name right above the prose: an author box's ("Jane Doe", "Jane Q. Doe")
_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][a-z]+){1,2}")
# A short line of the box seen again this soon after the prose is a teaser list's kicker.
KICKER_WORDS = 4
KICKER_WINDOW = 4
_CLOSERS = "\"'”’»)"
# cut-off teaser excerpts ("…"), also as mojibake
_TRUNCATED = (*TRUNCATED, "â€¦", "\u00e2\u0080\u00a6")
# The body's prose the resumed lines are compared with: its first lines (the lead holds the
# names) and the last ones above the box (bounded, so a long page costs no more per box).
LEAD_LINES = 4
NEAR_LINES = 40
_STEMS: dict[str, frozenset[str]] = {}
STEMS_LIMIT = 20_000


@cache
def _link_words() -> frozenset[str]:
    """Return the first words of link labels ("Read more: …", "See also: …"; data/story.toml)."""
    return frozenset(load_data("story.toml")["link_labels"].split())


@cache
def _function_words() -> frozenset[str]:
    """Return the function words left out of the comparison (data/story.toml)."""
    return frozenset(load_data("story.toml")["words"].split())


def _stems(lines: Sequence[Line], first: int, last: int) -> set[str]:
    """Return the content-word stems of the prose lines in lines[first..last]."""
    out: set[str] = set()
    for line in lines[first : last + 1]:
        if line.rule is None and line.text and is_prose(line):
            out.update(_line_stems(line.text))
    return out


def body_stems(lines: Sequence[Line], first: int, end: int) -> set[str]:
    """Return the stems of the body's lead lines and of its last NEAR_LINES lines above `end`."""
    near = max(first, end - NEAR_LINES)
    lead = _stems(lines, first, min(first + LEAD_LINES, near) - 1) if near > first else set()
    return lead | _stems(lines, near, end)


def word_stems(text: str, small: bool = False) -> frozenset[str]:
    """Return the content-word stems of a text (of its words in small letters only if `small`)."""
    if not small:
        return _line_stems(text)
    skip = _function_words()
    return frozenset(_stem(w) for w in _WORD.findall(text) if w[0].islower() and w not in skip)


def _line_stems(text: str) -> frozenset[str]:
    """Return the content-word stems of one line of prose (kept per text)."""
    hit = _STEMS.get(text)
    if hit is None:
        skip = _function_words()
        hit = frozenset(_stem(w) for w in _WORD.findall(text.lower()) if w not in skip)
        if len(_STEMS) >= STEMS_LIMIT:
            _STEMS.clear()
        _STEMS[text] = hit
    return hit


def _stem(word: str) -> str:
    """Return a word without a plural, past or -ing ending, cut to STEM letters ("crewed": crew)."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    # "venue" and "venues" ("venu"), "close" and "closed" ("clos")
    return (word[:-1] if word.endswith("e") and len(word) > 4 else word)[:STEM]


def _card_above(lines: Sequence[Line], end: int, i: int) -> bool:
    """Return True when a teaser card's head stands right above line i: a headline or a date."""
    # up to CARD_HEADS lines above the prose: a headline ("Ten new cycle lanes planned for the
    # centre"; a link label "Read more: …" is none) or a card's date ("March 3, 2026", "8 min
    # read"). Two headlines in a row right above it are a list of links with no blurbs (the
    # story goes on under it), not a card, when the box holds nothing else: a headline over a
    # standfirst under a list of topics is the next article's head.
    heads = heads_above(lines, end, i, lambda line: _DATED.search(line.text) is not None)
    if heads is None:
        return True
    flags = [_long_title(line) for line in heads]
    return any(flags) and (flags[:2] != [True, True] or not _titles_only(lines, end, i))


def _long_title(line: Line) -> bool:
    """Return True for a headline-length title line (CARD_TITLE_WORDS words or more)."""
    return line.rule is None and line.words >= CARD_TITLE_WORDS and _headline(line)


def _titles_only(lines: Sequence[Line], end: int, i: int) -> bool:
    """Return True when every line of the box under its last heading is a headline-length title."""
    barriers = line_rules().barriers
    box = [line for line in lines[end + 1 : i] if line.text]
    while box and box[0].rule in barriers:
        box = box[1:]
    return bool(box) and all(_long_title(line) for line in box)


def _headline(line: Line) -> bool:
    """Return True for a title-shaped line (no end mark) that is not a link label and a title."""
    if line.text[-1] in ".!;,:":
        return False
    label = _LABEL.match(line.text)
    return label is None or label.group(1).lower().split()[0] not in _link_words()


def _card_below(lines: Sequence[Line], far: int) -> bool:
    """Return True when a title over a one-sentence blurb follows line `far` (a teaser list)."""
    i = far + 1
    while i < len(lines) and lines[i].blank:
        i += 1
    if i >= len(lines) or not is_title(lines[i], 20):
        return False
    j = i + 1
    while j < len(lines) and lines[j].blank:
        j += 1
    return j < len(lines) and is_blurb(lines[j])


def _sentence(line: Line) -> bool:
    """Return True for a story sentence: a capital, ten words or more, a full stop at the end."""
    # headlines ask questions and teaser excerpts are cut off ("…"); paragraphs open in capitals
    text = line.text.rstrip(_CLOSERS)
    return (
        line.words >= SENTENCE_WORDS
        and not line.text[0].islower()
        and text.endswith(".")
        and not text.endswith(_TRUNCATED)
    )


def _names_box(lines: Sequence[Line], end: int, i: int) -> bool:
    """Return True when the box above line i is an author's: a byline, a box heading, a name."""
    # "Jane Doe" over "Jane covers the city for ..." (the prose opens with a name in the box)
    opening = lines[i].text.split(None, 1)[0]
    for j in range(end + 1, i):
        line = lines[j]
        if not line.text:
            continue
        if line.rule == "byline" or is_box_heading(line, furniture_key(line.text)):
            return True
        if line.words <= 4 and line.text.split(None, 1)[0] == opening:
            return True
    # a bare name right above the prose: the author's, over a bio
    j = prev_line(lines, i)
    return j > end and lines[j].rule != "byline" and _NAME.fullmatch(lines[j].text) is not None


def _one_between(lines: Sequence[Line], i: int, far: int) -> bool:
    """Return True when the prose is one paragraph with a "Read more" link under it (a card's)."""
    if far != i:
        return False
    j = far + 1
    while j < len(lines) and lines[j].blank:
        j += 1
    return j < len(lines) and bool(_MORE.match(lines[j].text))


def _cards_within(lines: Sequence[Line], end: int, i: int, far: int) -> bool:
    """Return True when the resumed lines hold a card's head or repeat a short line of the box."""
    # a kicker ("Money") over each card of a list shows in the box and again below the blurb
    box = {line.text for line in lines[end + 1 : i] if line.text and line.words <= KICKER_WORDS}
    stop = min(len(lines), far + KICKER_WINDOW)
    if box and any(lines[j].text in box for j in range(i + 1, stop)):
        return True
    later = range(i + 1, far + 1)
    return any(lines[k].text and is_prose(lines[k]) and _card_above(lines, i, k) for k in later)


def _prose_end(lines: Sequence[Line], i: int, far: int) -> int:
    """Return the last line of the unbroken prose from line i on, at most `far`."""
    last = i
    for j in range(i + 1, far + 1):
        line = lines[j]
        if line.text:
            if line.rule is not None or not is_prose(line):
                break
            last = j
    return last


def same_story_end(
    lines: Sequence[Line],
    first: int,
    end: int,
    i: int,
    cost: float,
    walk: Callable[[int], tuple[float, int]],
) -> int:
    """Return the far end of prose at line i that continues the body lines[first..end], or -1."""
    # The box between (a "Related" list, a "Read more" link, an ad label) is short, holds no
    # prose and no byline (the next article's); the resumed prose is unbroken (a short line
    # inside it may be the next card's title), no teaser card's blurb (a headline right above
    # it, or another card below it), comment, promo or bio, and shares content words with the
    # body. Prose right under the trailer heading is the heading's item, not the story going on.
    if cost > BOX_COST or lines[prev_line(lines, i)].rule in line_rules().barriers:
        return -1
    box = range(end + 1, i)
    if any(lines[j].rule is None and lines[j].text and is_prose(lines[j]) for j in box):
        return -1
    if _card_above(lines, end, i) or ranked(lines, end, i):
        return -1
    if not _sentence(lines[i]) or _names_box(lines, end, i):
        return -1
    value, far = walk(i)
    if value < RESUME_MIN:
        return -1
    far = _prose_end(lines, i, far)
    if sum(text_size(lines[j]) for j in range(i, far + 1) if lines[j].text) < RESUME_MIN:
        return -1
    if _card_below(lines, far) or _one_between(lines, i, far):
        return -1
    if any(lines[j].text.endswith(_TRUNCATED) for j in range(i, far + 1)):
        return -1
    if _cards_within(lines, end, i, far) or not_story(lines, i, far):
        return -1
    if any(is_bio(lines[j]) for j in range(i, far + 1) if lines[j].text):
        return -1
    resumed = _stems(lines, i, far)
    shared = len(resumed & body_stems(lines, first, end))
    if shared < SHARED_MIN or shared < SHARED_SHARE * len(resumed):
        return -1
    return far
