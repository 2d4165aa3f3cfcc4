"""A dash line under a paragraph that is one quote names its speaker ('- Jane Roe.')."""

from __future__ import annotations

import re

from presswatch.quotes.cues import Cue
from presswatch.quotes.inherit import Item
from presswatch.quotes.marks import Span
from presswatch.quotes.speakers import DocSpeakers

# a dash, a run of capitalised words and an optional comma description: '- Jane Roe.',
# '— Tom Reyes, in a debate on Monday.' (not '– A long night –.', '- Jane Roe looks back …')
_SIGN_OFF = re.compile(
    r"\s*([-–—―]) ?((?:[A-Z][\w.'’-]*\s){0,4}[A-Z][\w'’-]*)(?:, [^\n\x00]{1,80}?)?\.?\s*"
)


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
    if not person:
        return  # '— Reuters' under a story's last quote is a wire credit, not its speaker
    for it in direct:
        if it.cue is None or it.rule not in ("cue", "transcript"):  # not a quote's own cue
            it.cue = Cue(m.start(1), m.end(1), s, e, "—")
            it.speaker, it.surface, it.confidence, it.rule = speaker, (s, e), 0.8, "sign-off"
