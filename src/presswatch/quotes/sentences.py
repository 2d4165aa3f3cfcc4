"""Paragraph and sentence boundaries on (masked) article text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presswatch.quotes.lexicon import lexicon

_BOUNDARY = re.compile(r"[.!?][\x00\"”’')\]]*\s+(?=[A-Z\x00“\"‘(\[])")
# the same for a text without '!' or '?': a literal first character, which the regex engine
# finds much faster than one of a class
_FULL_STOP = re.compile(r"\.[\x00\"”’')\]]*\s+(?=[A-Z\x00“\"‘(\[])")
_WORDS = lexicon().sets
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")
ABBREVIATIONS = _WORDS["abbreviations"]


def paragraphs(text: str) -> Iterator[tuple[int, int, int]]:
    """Yield (index, start, end) of each non-blank line; all-space lines are skipped."""
    pos = 0
    idx = 0
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        if line.strip():
            while lo < hi and line[0].isspace():
                lo += 1
                line = line[1:]
            while hi > lo and text[hi - 1].isspace():
                hi -= 1
            yield idx, lo, hi
            idx += 1


def boundaries(masked: str, lo: int, hi: int) -> list[int]:
    """Return sentence start offsets in masked[lo:hi], with lo first and hi last."""
    out = [lo]
    plain = masked.find("!", lo, hi) < 0 and masked.find("?", lo, hi) < 0
    for m in (_FULL_STOP if plain else _BOUNDARY).finditer(masked, lo, hi):
        j = m.start()
        # the letters and dots before the mark: up to the last space when they fill the gap
        k = masked.rfind(" ", lo, j) + 1 or lo
        if not masked[k:j].replace(".", "").isalpha():
            k = j
            while k > lo and (masked[k - 1].isalpha() or masked[k - 1] == "."):
                k -= 1
        word = masked[k:j].lower()
        if word in ABBREVIATIONS or (
            (len(word) < 2 or word[1] == ".") and _INITIALS.fullmatch(word)  # 'u.s', 'j'
        ):
            continue
        out.append(m.end())
    out.append(hi)
    return out


class LazyBounds:
    """A paragraph's sentence boundaries, worked out on first use (a paragraph without quote
    marks or cue verbs needs them only if its sentences' subjects are asked for later)."""

    __slots__ = ("args", "value")

    def __init__(self, masked: str, lo: int, hi: int, value: list[int] | None = None) -> None:
        self.args = (masked, lo, hi)
        self.value = value

    def get(self) -> list[int]:
        """Return the sentence starts of the paragraph, its start first and its end last."""
        if self.value is None:
            self.value = boundaries(*self.args)
        return self.value
