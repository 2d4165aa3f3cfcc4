"""Body lines told by where they stand: an embedded tweet closing the story."""

from __future__ import annotations

import re
from functools import cache

from presswatch.segment.rules import load_rules
from presswatch.segment.text import Line

# A sign-off is a short line (name, handle, date).
SIGNOFF_MAX_WORDS = 20
# The tweet's text between the body and its sign-off: at most this many lines of this many words
# (a tweet holds 280 characters), none of them ruled (a share bar, a trailer heading).
TWEET_MAX_LINES = 3
TWEET_MAX_WORDS = 60


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the regexes of a tweet's sign-off line and its text's end (body.toml)."""
    data = load_rules("body.toml")
    return re.compile(data["signoff"]), re.compile(data["tweet_text_end"])


def is_signoff(text: str) -> bool:
    """Return True for a tweet's sign-off line ("Jane Doe (@jd) May 3, 2026"), dash or not."""
    # scrapers often drop the embed's leading dash
    return _patterns()[0].match("— " + text.lstrip("—–- ")) is not None


def signoff_after(lines: list[Line], last: int) -> int:
    """Return the index of the last line of a tweet closing the body after `last`, else `last`."""
    signoff, text_end = _patterns()
    seen, end = 0, last
    for i in range(last + 1, len(lines)):
        line = lines[i]
        if line.blank:
            continue
        if line.words <= SIGNOFF_MAX_WORDS and signoff.match(line.text):
            return i
        if seen >= TWEET_MAX_LINES or line.rule is not None or line.words > TWEET_MAX_WORDS:
            break
        seen += 1
        # "… pic.twitter.com/x0Ab3" right after the body (or the tweet's lines) is its text
        if end == i - _blanks_before(lines, i) - 1 and text_end.search(line.text):
            end = i
    return end


def _blanks_before(lines: list[Line], i: int) -> int:
    """Return the number of blank lines right before line i."""
    n = 0
    while i - n - 1 >= 0 and lines[i - n - 1].blank:
        n += 1
    return n
