"""Quote candidates while their speaker is worked out, and speaker inheritance between quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from presswatch.quotes.cue import Cue
from presswatch.quotes.marks import Span

_ALNUM = re.compile(r"[^\W_]")  # a letter or digit: what str.isalnum accepts


@dataclass(slots=True)
class Item:
    """A quote candidate while its speaker is worked out."""

    start: int
    end: int
    kind: str
    para: int
    cue: Cue | None = None
    speaker: str | None = None
    surface: tuple[int, int] | None = None
    confidence: float = 0.9
    rule: str = ""  # which rule gave the speaker (for error analysis)


def words_of(text: str) -> list[str]:
    """Return the whitespace-separated words of text that hold a letter or digit."""
    # most words start or end with a letter: the regex looks only inside the rest
    return [w for w in text.split() if w[0].isalnum() or w[-1].isalnum() or _ALNUM.search(w)]


def inherit(
    text: str,
    direct: list[Item],
    spans: list[Span],
    carry: Item | None,
    carry_open: bool,
    para_lo: int,
) -> None:
    """Give cue-less quotes the speaker of a neighbouring quote (news convention)."""
    # next_cued[n]: the first quote after n with a cue (one backward pass: linear, not quadratic)
    next_cued: list[Item | None] = [None] * len(direct)
    following: Item | None = None
    for n in range(len(direct) - 1, -1, -1):
        next_cued[n] = following
        if direct[n].cue:
            following = direct[n]
    for n, it in enumerate(direct):
        if it.cue:
            continue
        whole = spans[0].open_at == para_lo and len(spans) == 1 and it.start == spans[0].start
        source = None
        rule = "inherit-next"
        # 'Politifact checked Roe's claim of “…”. It was “true.”': a claim owner's quote gives
        # no speaker to the next one, which still may take a later cue or the narrative's
        if n and direct[n - 1].surface and direct[n - 1].rule != "owner":
            source, rule = direct[n - 1], "inherit-prev"
        elif n == 0 and carry is not None and carry.rule == "narrative":
            source, rule = carry, "narrative"
            it.confidence = 0.5
        elif (
            n == 0
            and carry is not None
            and carry.surface
            and carry.start >= 0
            and (
                carry_open
                or not text[carry.end : it.start].strip(' \n"”’.,')
                or len(words_of(text[it.start : it.end])) > 4
            )
        ):
            source, rule = carry, "carry"
        elif n == 0 and carry is not None and carry.start >= 0 and carry.surface and whole:
            source = carry  # a paragraph that is one quote, after a quoted paragraph
            it.confidence, rule = 0.5, "carry-whole"
        elif (
            n == 0
            and carry is not None
            and carry.start < 0
            and spans[0].open_at == para_lo
            and len(words_of(text[it.start : it.end])) > 4
        ):
            source = carry  # a quote paragraph after 'Trump speculated that …'
            it.confidence, rule = 0.5, "carry-subject"
        else:
            source = next_cued[n]
        if source is not None and source.surface:
            it.speaker, it.surface, it.cue = source.speaker, source.surface, source.cue
            it.confidence = min(it.confidence, 0.7)
            it.rule = rule
        else:
            it.confidence, it.rule = 0.4, "none"
