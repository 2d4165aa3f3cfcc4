"""Cues the verb list alone misses: a participle chained to a 'with' subject, 'state(s)' after a
quote's subject, and the perfect 'had written' that governs another clause."""

from __future__ import annotations

import re

from presswatch.quotes.extents import subject_after
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.words import DETERMINERS, FUNCTION

# 'with Roe tweeting that … and asking, “…”': the second participle shares the first's subject
# (the 'with' after a comma, and no preposition in its noun phrase: 'dealt with the crisis by')
_WITH_CHAIN = re.compile(
    r"(?:^|[,—–]\s*)with\s+((?:(?!(?:by|of|in|on|at|to|for|and|or)\s)[\w'’.-]+\s+){0,3}?"
    r"[\w'’.-]+)\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\b"
    r"[^.;:!?()\n]*?,?\s+and\s+(?:(?:then|also|later|[a-z]+ly)\s+)?$"
)
# 'state' is a noun elsewhere ('the state', 'member states'), a cue only before these words
_STATES = re.compile(
    r" (states?)(?=\s+(?:in|on)\s+(?:the|a|an|its|their|his|her|this)\s|\s+that\s|:)"
)
# after a perfect 'had written', words that make the quote another clause's: a relative word or
# more than five words
_NOT_WRITTEN = re.compile(r"\b(?:which|who|whom|whose|where)\b|(?:\S+\s+){6}")
_CLAUSE_OPENERS = lexicon().sets["clause_openers"]


def with_chain(masked: str, lo: int, start: int) -> re.Match[str] | None:
    """Return the 'with NP -ing … and' match before a participle at start (group 1: the NP)."""
    return _WITH_CHAIN.search(masked, max(lo, start - 200), start)


def state_cue(masked: str, lo: int, hi: int) -> tuple[int, int, int, int, str] | None:
    """Return the verb span, subject span and verb of '“…,” the Danes state in the report': a
    'state(s)' right after the subject that opens the text after the quote (lo)."""
    start = lo + len(masked[lo:hi]) - len(masked[lo:hi].lstrip(" ,"))
    verb = _STATES.search(masked, start, min(hi, start + 80))
    if verb is None or any(c in masked[start : verb.start()] for c in ",.;:!?()\x00\n"):
        return None
    subj = subject_after(masked, start, verb.start())
    if subj is None or subj[0] != start or subj[1] != verb.start():
        return None
    last = masked[subj[0] : subj[1]].rsplit(None, 1)[-1]
    if last.lower() in DETERMINERS or last.lower() in FUNCTION or not last.isalpha():
        return None  # '“…,” the two states in the union', '“…,” in 50 states': a noun
    if masked[start : start + 12].split(" ", 1)[0] in _CLAUSE_OPENERS:
        return None  # '“…,” while the states …': a clause of its own
    return verb.start(1), verb.end(1), subj[0], subj[1], verb.group(1)


def written_elsewhere(masked: str, m: re.Match[str], hi: int) -> bool:
    """Return whether the perfect 'had written' match m is no cue of the quote at hi."""
    return m.group().endswith("written") and _NOT_WRITTEN.search(masked, m.end(), hi) is not None
