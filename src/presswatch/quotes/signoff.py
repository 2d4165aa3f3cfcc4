"""A dash line under a paragraph that is one quote names its speaker ('- Jane Roe.')."""

from __future__ import annotations

import re

from presswatch.quotes.cue import Cue
from presswatch.quotes.inherit import Item
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.marks import Span
from presswatch.quotes.speakers import DocSpeakers

# a dash, a run of capitalised words and an optional comma description: '- Jane Roe.',
# '— Tom Reyes, in a debate on Monday.' (not '– A long night –.', '- Jane Roe looks back …')
_SIGN_OFF = re.compile(
    r"\s*([-–—―]) ?((?:[A-Z][\w.'’-]*\s){0,4}[A-Z][\w'’-]*)(?:, [^\n\x00]{1,80}?)?\.?\s*"
)
# a tail that is no description of the speaker: an address or list ('@', ';'), a second sentence
# ('7. Strong in the air.'), a rating number before text ('8 Two goals')
_NOT_DESCRIPTION = re.compile(r"[@;]|[.!?] +[A-Z]|, \d+\.? +[A-Za-z]")
_PRESS = lexicon().sets["press_words"]
_PAST = lexicon().sets["past_forms"]


def lone_quote(masked: str, lo: int, hi: int, spans: list[Span]) -> bool:
    """Return whether the paragraph masked[lo:hi] is one closed quote and nothing else."""
    if len(spans) != 1 or not spans[0].closed:
        return False
    span = spans[0]
    return not masked[lo : span.open_at].strip() and not masked[span.close_at : hi].strip(" .")


def sign_off(masked: str, doc: DocSpeakers, lo: int, hi: int, direct: list[Item]) -> None:
    """Give the cue-less quotes the speaker a sign-off line masked[lo:hi] names, if it is one."""
    m = _SIGN_OFF.fullmatch(masked, lo, hi)
    if m is None:
        return
    s, e = m.span(2)
    speaker, person = doc.resolve(masked[s:e], s)
    if not person or _byline(masked[e : m.end()]):
        return  # '— Reuters', '— Tom Reyes, Staff Writer': a credit, not the quote's speaker
    for it in direct:
        if it.speaker is None:  # a quote's own or carried speaker stays
            it.cue = Cue(m.start(1), m.end(1), s, e, "—")
            it.speaker, it.surface, it.confidence, it.rule = speaker, (s, e), 0.8, "sign-off"


def _byline(tail: str) -> bool:
    """Return whether the text after a sign-off's name makes the line a byline or a sentence."""
    # '— Tom Reyes, Staff Writer', '— Jane Roe, a retired teacher, lives in Lisk.',
    # '— Tom Reyes, the opposition leader, disagreed and walked out.'
    if _NOT_DESCRIPTION.search(tail):
        return True
    words = re.findall(r"[\w'’]+", tail.lower())
    if any(w in _PRESS for w in words):
        return True
    return any(_finite(seg.split()) for seg in tail.split(","))


def _finite(words: list[str]) -> bool:
    """Return whether a comma segment opens with a finite verb ('lives', 'writes', 'walked')."""
    w = words[0] if words else ""
    if not w.isalpha() or not w.islower():
        return False  # 'a retired teacher', 'in a debate', 'Harbour Post'
    if w in _PAST or (len(w) > 4 and w.endswith("ed")):
        return True
    # an '-s' verb, not a plural noun before 'of' ('friends of the harbour')
    return w.endswith("s") and not w.endswith(("ss", "us", "is")) and words[1:2] != ["of"]
