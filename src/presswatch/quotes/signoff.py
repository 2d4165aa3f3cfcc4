"""Sign-off lines: a short paragraph '— Jane Roe, harbour master' naming the quote above it."""

from __future__ import annotations

import re

from presswatch.quotes.cues import Cue
from presswatch.quotes.inherit import Item
from presswatch.quotes.phrases import subject_after
from presswatch.quotes.speakers import DocSpeakers
from presswatch.quotes.words import is_cap

# a dash (or hyphens) opening the paragraph, then a capitalised word
_SIGN = re.compile(r"\s*([―—–]|--?)\s*(?=[A-Z])")
_MAX_WORDS = 14  # a name with a short affiliation; a longer paragraph is text of its own


def signoff_cue(masked: str, lo: int, hi: int) -> Cue | None:
    """Return a cue for a paragraph masked[lo:hi] that is only a dash and a name (with a short
    affiliation), the sign-off of a quote paragraph above it; else None."""
    m = _SIGN.match(masked, lo, hi)
    if m is None or "\x00" in masked[lo:hi] or len(masked[lo:hi].split()) > _MAX_WORDS:
        return None
    subj = subject_after(masked, m.end(), hi)
    if subj is None or not any(is_cap(w) for w in masked[subj[0] : subj[1]].split()):
        return None
    return Cue(m.start(1), m.end(1), subj[0], subj[1], "—")


def sign_off(masked: str, doc: DocSpeakers, lo: int, hi: int, unsigned: list[Item]) -> None:
    """Give the speaker-less quotes of the paragraph above the speaker of a sign-off line."""
    cue = signoff_cue(masked, lo, hi) if unsigned else None
    if cue is None:
        return
    name, person = doc.resolve(masked[cue.subj_start : cue.subj_end], cue.subj_start)
    if not person:
        return  # '— Reuters' under the last paragraph is a wire credit, not a sign-off
    for it in unsigned:
        it.cue, it.speaker, it.surface = cue, name, (cue.subj_start, cue.subj_end)
        it.confidence, it.rule = 0.8, "signoff"
