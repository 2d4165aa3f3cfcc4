"""Layout marks in flattened text: where a reader-comment thread starts, captions with credits."""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from dataclasses import replace
from functools import cache
from importlib import resources

from presswatch.segment.rules import line_rules
from presswatch.segment.text import Line, is_prose

# A second sign of a thread must follow the first within this many non-blank lines.
THREAD_WINDOW = 8
# A comments heading this many non-blank lines above the thread (the reply form between) opens it.
HEADING_WINDOW = 10
_ENDS = frozenset(":0123456789MmPp")
_WORD = re.compile(r"[\w-]+")


def load_data(name: str) -> dict:
    """Return the parsed TOML data file `name` from presswatch/segment/data."""
    path = resources.files("presswatch.segment") / "data" / name
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _compile(table: dict) -> tuple[int, re.Pattern[str]]:
    return table["max_words"], re.compile("|".join(f"(?:{r})" for r in table["regex"]))


@cache
def _signs() -> tuple[tuple[int, re.Pattern[str]], ...]:
    """Return (max_words, combined regex) per kind of thread sign from data/comments.toml."""
    return tuple(_compile(table) for table in load_data("comments.toml").values())


@cache
def _captions() -> tuple[int, re.Pattern[str]]:
    """Return (max_words, combined regex) of captions ending in a credit (data/captions.toml)."""
    return _compile(load_data("captions.toml"))


def mark_captions(lines: list[Line]) -> list[Line]:
    """Return the lines with unruled captions that end in a photo credit ruled `caption`."""
    most, pattern = _captions()
    marked = lines
    for i, line in enumerate(lines):
        text = line.text
        if line.rule is not None or not text or line.words > most:
            continue
        # a credit closes the caption: a bracket, or a name after "Credit:"
        if (text[-1] == ")" or ":" in text[-60:]) and pattern.search(text.lower()):
            if marked is lines:
                marked = list(lines)
            marked[i] = replace(line, rule="caption")
    return marked


def _is_sign(line: Line) -> bool:
    text = line.text
    # every sign ends in a colon, a time or a year, or is a reply link
    if text[-1] not in _ENDS and text[0] not in "RrLlIi":
        return False
    low = text.lower()
    return any(line.words <= most and pattern.search(low) for most, pattern in _signs())


def mark_thread(lines: list[Line]) -> tuple[list[Line], int]:
    """Return the lines with a comment thread's first sign ruled `comments`, and where it starts."""
    # The start is the first sign, or a comments heading ("Leave a Reply", "42 Comments") a few
    # lines above it; len(lines) when there is no thread.
    previous: tuple[int, int] | None = None  # (non-blank position, line index) of the last sign
    seen = 0
    for i, line in enumerate(lines):
        if not line.text:
            continue
        seen += 1
        if line.words <= 14 and line.rule != "comments" and _is_sign(line):
            if previous is not None and seen - previous[0] <= THREAD_WINDOW:
                first = previous[1]
                marked = list(lines)
                marked[first] = replace(lines[first], rule="comments")
                return marked, _heading_above(lines, first)
            previous = (seen, i)
    return lines, len(lines)


def _heading_above(lines: list[Line], start: int) -> int:
    """Return the index of a comments heading shortly above `start`, else `start`."""
    steps = 0
    for i in range(start - 1, -1, -1):
        if lines[i].blank:
            continue
        steps += 1
        if steps > HEADING_WINDOW:
            break
        if lines[i].rule == "comments":
            start = i
            steps = 0
    return start


@cache
def _bios() -> tuple[int, re.Pattern[str], frozenset[str]]:
    """Return (max_words, opening regex, occupation words) of author bios (data/bios.toml)."""
    data = load_data("bios.toml")
    return data["max_words"], re.compile(data["opening"]), frozenset(data["roles"])


@cache
def _box_headings() -> tuple[frozenset[str], re.Pattern[str]]:
    """Return the normalised author-box headings and the "About Jane Doe" regex (data/bios.toml)."""
    data = load_data("bios.toml")
    return frozenset(data["headings"]), re.compile(data["heading_regex"])


def is_box_heading(line: Line, key: str) -> bool:
    """Return True for an author-box heading: "About the author", "The authors", "About X Y"."""
    headings, about = _box_headings()
    return key in headings or about.match(line.text) is not None


def occupations() -> frozenset[str]:
    """Return the occupation words of author bios (data/bios.toml)."""
    return _bios()[2]


def is_bio(line: Line) -> bool:
    """Return True for an author bio: "Jane Doe is a freelance writer based in Leeds."."""
    most, opening, roles = _bios()
    if line.rule is not None or line.words > most or not opening.match(line.text):
        return False
    return not roles.isdisjoint(_WORD.findall(line.text.lower()))


# Teaser lists and descriptive menus: a short headline-case title over a one-sentence blurb,
# this many times in a row (ruled lines such as "Learn more" may sit between the pairs).
PAIRS_MIN = 3
TITLE_MAX_WORDS = 10
BLURB_WORDS = (4, 35)
# Teaser cards may carry up to this many title lines (kicker, title, source) over the blurb.
CARD_HEADS = 3
CARD_TITLE_MAX_WORDS = 20  # a teaser card's title is a whole headline
DEK_MIN_WORDS = 8
META_MAX_WORDS = 6  # a card's date line: "Wednesday November 20, 2019", "32M ago"
_DATED = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b|\bago\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+[A-Z0-9\"“‘(]")
# A long menu of descriptive items (a course catalogue, a site map's sections): this many
# title-over-blurb pairs in a row, blurbs of up to LONG_SENTENCES sentences and LONG_WORDS words.
LONG_PAIRS_MIN = 6
LONG_SENTENCES = 3
LONG_WORDS = 50


def is_title(line: Line, most: int = TITLE_MAX_WORDS) -> bool:
    """Return True for a short headline-case line without end punctuation (a teaser title)."""
    text = line.text
    return (
        line.rule is None
        and 1 <= line.words <= most
        and len(text) <= most * 8
        # a headline may ask a question; shorter titles of menus and lists do not
        and (text[-1] not in ".!?:;," or (text[-1] == "?" and most > TITLE_MAX_WORDS))
        and (text[0].isupper() or text[0].isdigit())
    )


def is_blurb(line: Line, sentences: int = 1, most: int = BLURB_WORDS[1]) -> bool:
    """Return True for a line of one to `sentences` sentences of a few words (a blurb)."""
    if line.rule is not None or not BLURB_WORDS[0] <= line.words <= most:
        return False
    text = line.text.rstrip("\"'”’")
    breaks = len(_SENTENCE_BREAK.findall(text, 0, len(text) - 1))
    # a blurb ends in its sentence's mark; one of several sentences may lose its last full stop
    return breaks < sentences and (text[-1:] in (".", "!", "?") or breaks > 0)


def pair_lists(
    lines: list[Line],
    heads: int = 1,
    lo: int = 0,
    hi: int | None = None,
    step_buttons: bool = False,
    blurb: tuple[int, int] = (1, BLURB_WORDS[1]),
    pairs: int = PAIRS_MIN,
) -> list[tuple[int, int]]:
    """Return [first, last] line indexes of each run of `pairs` or more title-over-blurb pairs."""
    # step_buttons: a shop button under an item does not end the run, as after a story; blurb:
    # the most sentences and words of a blurb.
    # Only runs starting in lines[lo..hi] are looked for. With `heads` > 1 an item may carry up to
    # that many title lines (kicker, title, source), and a dated card (a short head line with a
    # year, a clock time or "ago": the story's date) may have a blurb of several sentences, or a dek
    # without an end mark; other blurbs are one sentence.
    idx = [i for i in range(lo, len(lines)) if lines[i].text]
    seq = [lines[i] for i in idx]
    n = len(seq)
    most = CARD_TITLE_MAX_WORDS if heads > 1 else TITLE_MAX_WORDS
    known: list[bool | None] = [None] * n
    rules = line_rules()

    def title(i: int) -> bool:
        flag = known[i]
        if flag is None:
            flag = known[i] = is_title(seq[i], most)
        return flag

    def carries(h: int, j: int) -> bool:
        """Return True when seq[j + h] is a blurb under the h head lines from seq[j]."""
        line = seq[j + h]
        if is_blurb(line, *blurb):
            return True
        if h < 2 or line.rule is not None or line.words < DEK_MIN_WORDS:
            return False  # a card has a headline besides its date (a timeline has dates only)
        dated = [
            head.words <= META_MAX_WORDS and _DATED.search(head.text) is not None
            for head in seq[j : j + h]
        ]
        return any(dated) and not all(dated)

    found: list[tuple[int, int]] = []
    stop = n - 1 if hi is None else min(n - 1, bisect_right(idx, hi))
    k = 0
    while k < stop:
        cards, j, end = 0, k, k
        while True:
            h = 0
            while h < heads and j + h < n and title(j + h):
                h += 1
            # the longest head that leaves a blurb under it (a long dek also reads as a title)
            while h > 0 and not (j + h < n and carries(h, j)):
                h -= 1
            if h == 0:
                break
            b = j + h
            # a blurb that running text continues is a lead paragraph under a heading (a card
            # title may read as a sentence when it asks a question)
            if b + 1 < n and is_prose(seq[b + 1]) and not (heads > 1 and title(b + 1)):
                break
            cards, j, end = cards + 1, b + 1, b
            # a shop button under each item makes a product list (the story's), not a teaser list
            while (
                j < n
                and seq[j].rule is not None
                and (step_buttons or not rules.is_button(seq[j].text))
            ):
                j += 1
        if cards >= pairs:
            found.append((idx[k], idx[end]))
            k = j
        else:
            k += 1
    return found
