"""Quoted spans that are titles, nicknames or scare quotes rather than speech."""

from __future__ import annotations

import re

from presswatch.quotes.inherit import words_of
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.marks import Span

_SMALL = lexicon().sets["small"]
_TITLE_LEAD = re.compile(
    r"(?:\b(?:show|book|film|movie|song|album|program|programme|series|titled|entitled|"
    r"headlined|nicknamed|dubbed|so-called|known as|term|phrase|word|slogan|hashtag|"
    r"ad|video|column|op-ed|article|episode|podcast)|’s|'s)\s*$",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|[Mm]e|[Ww]e|[Uu]s|[Oo]ur)\b")
# '“In Kettlevik,” Dean Marsh said, “…”': a title-case opening of speech, a subject and a cue
# right after it ('author of “Unwritten Rules,” put it' keeps the title)
_CUE_NEXT = re.compile(
    r"\s+(?:he|she|they|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+"
    + lexicon().verb_re.pattern.removeprefix(r"\b")
)


def looks_like_title(text: str, span: Span, lo: int) -> bool:
    """Return whether a quoted span is a title or scare quote rather than speech."""
    quoted = text[span.start : span.end]
    head = quoted.split(None, 8)
    if len(head) > 8 and len(words_of(" ".join(head[:8]))) == 8:
        return False  # eight words or more: none of the rules below holds for them
    words = words_of(quoted)
    before = text[max(lo, span.open_at - 30) : span.open_at].split()
    if (
        len(words) <= 2
        and text[span.end - 1].isalnum()
        and before
        and before[-1][:1].isupper()
        and text[span.close_at + 1 : span.close_at + 2].isupper()
    ):
        return True  # a nickname: Marcia "Cia" Price
    if text[span.end - 1] in ".!?" and len(words) > 4:
        return False
    if len(words) <= 6 and _TITLE_LEAD.search(text, max(lo, span.open_at - 40), span.open_at):
        return True
    caps = [w for w in words if w.lower() not in _SMALL]
    if not (len(words) >= 2 and len(words) <= 7 and all(w[0].isupper() for w in caps)):
        return False
    if not span.comma or not _CUE_NEXT.match(text, span.close_at):
        return True
    # only at a sentence start: 'Later on “This Week,” Jane Roe said …' keeps the show's title
    prev = text[lo : span.open_at].rstrip()
    return bool(prev) and prev[-1] not in ".!?:"


def scare_quote(quoted: str) -> bool:
    """Return whether quoted words are a scare quote: three words or fewer, none first-person."""
    return len(words_of(quoted)) <= 3 and not _FIRST_PERSON.search(quoted)
