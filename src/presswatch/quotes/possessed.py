"""Quotes whose speaker is the possessor of a speech noun ('Ruiz's reply: “…”')."""

from __future__ import annotations

import re

from presswatch.quotes.cue import Cue
from presswatch.quotes.lexicon import alternation, lexicon

# the possessor: a capitalised name of up to three words, 'the' and up to three lower-case words
# ('the council's', 'the city council's'), or a possessive pronoun
_OWNER = (
    r"(?P<owner>(?:(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w-]*|[Tt]he(?:\s+[a-z][\w-]*){1,3})['’]s"
    r"|[Hh]is|[Hh]er|[Tt]heir)"
)
_NOUN = rf"\s+(?:[a-z][\w-]*\s+)?(?P<noun>{alternation('possessed_speech_nouns')})"
# 'Ruiz's reply:', 'Ruiz's advice to voters:', 'Ruiz's message was simple:': the whole lead of
# the sentence up to the colon, so a quote inside a longer clause is left to the other rules
_BEFORE = re.compile(
    rf"[\s\x00]*{_OWNER}{_NOUN}(?:\s+to\s+[^\s:,.;\x00]+(?:\s+[^\s:,.;\x00]+){{0,3}})?"
    r"(?:\s+(?:was|is|came)(?:\s+[a-z][\w-]*){1,3})?\s*:\s*"
)
# '“…,” came Ruiz's reply.', '“…” was Ruiz's answer.': the sentence ends after the noun
_AFTER = re.compile(rf"[\s,\x00]*(?:came|was)\s+{_OWNER}{_NOUN}\s*(?:[.!]|$)")


def _cue(m: re.Match[str]) -> Cue | None:
    """Return the cue whose subject is the possessor and whose verb is the speech noun."""
    start, end = m.span("owner")
    if m.group("owner").endswith(("'s", "’s")):
        end -= 2
    elif m.group("owner").lower() not in lexicon().pronouns:
        return None  # 'His reply:' ('his' and 'their' are no subject pronouns the resolver reads)
    return Cue(m.start("noun"), m.end("noun"), start, end, m.group("noun"))


def possessed_before(masked: str, lo: int, open_at: int) -> Cue | None:
    """Return the cue of a quote after 'Ruiz's reply:' filling masked[lo:open_at], else None."""
    if masked.rfind(":", lo, open_at) < 0:
        return None
    m = _BEFORE.fullmatch(masked, lo, open_at)
    return _cue(m) if m else None


def possessed_after(masked: str, close_at: int, hi: int) -> Cue | None:
    """Return the cue of a quote before 'came Ruiz's reply.' at masked[close_at:hi], else None."""
    m = _AFTER.match(masked, close_at, hi)
    return _cue(m) if m else None
