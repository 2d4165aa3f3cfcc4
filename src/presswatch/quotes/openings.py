"""Opening phrases before a sentence's subject ('In May, after Roe fell, Doe said …')."""

from __future__ import annotations

import re

from presswatch.quotes.extents import subject_after
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.words import VERBISH_NEXT

_CLAUSE_OPENERS = lexicon().sets["clause_openers"]
_LEAD_COMMA = re.compile(r",[”\"’']? ")
_PARTICIPLE_LEAD = re.compile(r"[A-Z][a-z]+ing\b[^,;:\x00]{0,100}, ")


def past_openings(masked: str, start: int, hi: int, first: str) -> int | None:
    """Return where the clause starts past up to three opening phrases at start, else None."""
    # first: the lower-case first word; None when an opener's phrase has no comma before hi
    # 'When Roe arrived, Doe said …': the main clause is later ('On “Morning Tide,” Roe named
    # …': a title's closing mark after the comma)
    for _ in range(3):
        if first not in _CLAUSE_OPENERS:
            break
        comma = _LEAD_COMMA.search(masked, start, min(hi, start + 120))
        if comma is None:
            return None
        start = comma.end()
        first = masked[start : start + 12].split(" ", 1)[0].lower()
    return start


def opened_subject(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the span of the subject opening masked[lo:hi] past opening phrases, else None."""
    # 'Responding to the plan, the mayor's aide rallied …': the aide
    start = lo + len(masked[lo:hi]) - len(masked[lo:hi].lstrip())
    first = masked[start : start + 12].split(" ", 1)[0].lower().strip(",")
    if (
        len(first) > 5
        and first.endswith("ing")
        and (comma := _PARTICIPLE_LEAD.match(masked, start))
    ):
        start = comma.end()  # a participle's phrase: 'Responding to the plan, '
        first = masked[start : start + 12].split(" ", 1)[0].lower().strip(",")
    opened = past_openings(masked, start, hi, first) or start
    subj = subject_after(masked, opened, hi, subject=True)
    if subj and masked[subj[1] - 2 : subj[1]] in ("'s", "’s"):
        return None  # 'Roe’s right-hand woman rallied …': not Roe
    if opened == start or (subj and VERBISH_NEXT.match(masked, subj[1])):
        return subj
    # 'In the hours after it, in Salem, Ore., a voice …': no subject past a comma of the phrase
    return subject_after(masked, start, hi, subject=True)
