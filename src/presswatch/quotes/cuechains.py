"""Cues the verb list alone misses: a participle chained to a 'with' subject, 'state(s)' after a
quote's subject, and the perfect 'had written' that governs another clause."""

from __future__ import annotations

import re

from presswatch.quotes.docindex import verb_matches
from presswatch.quotes.extents import subject_after
from presswatch.quotes.lexicon import alternation, lexicon
from presswatch.quotes.subjects import clause_subject
from presswatch.quotes.words import DETERMINERS, FUNCTION

# 'with Roe tweeting that … and asking, “…”': the second participle shares the first's subject
# (the 'with' after a comma, and no preposition in its noun phrase: 'dealt with the crisis by')
_NP_ING = (
    r"\s+((?:(?!(?:by|of|in|on|at|to|for|and|or)\s)[\w'’.-]+\s+){0,3}?"
    r"[\w'’.-]+)\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\b"
)
_WITH_CHAIN = re.compile(
    r"(?:^|[,—–]\s*)with"
    + _NP_ING
    + r"([^.;:!?()\n]*?),?\s+and\s+(?:(?:then|also|later|[a-z]+ly)\s+)?$"
)
# 'with the crowd booing and Ana Ruiz calling …': a later subject and participle of the chain
_AND_NP_ING = re.compile(r"\band" + _NP_ING)
_AND = re.compile(r"\band\b")
_NOT_SUBJECTS = DETERMINERS | FUNCTION
# 'state' is a noun elsewhere ('the state', 'member states'), a cue only before these words
_STATES = re.compile(
    r" (states?)(?=\s+(?:in|on)\s+(?:the|a|an|its|their|his|her|this)\s|\s+that\s|:)"
)
_STATE_MODIFIERS = lexicon().sets["state_noun_modifiers"] | lexicon().sets["place_heads"]
_MODIFIER_ENDS = ("ic", "ern")  # 'the Baltic states', 'the Southern states'
_CLAUSE_END = re.compile(r"[,.;:!?()\x00\n]")
# after a perfect 'had written', words that make the quote another clause's: a relative word or
# more than five words
_NOT_WRITTEN = re.compile(r"\b(?:which|who|whom|whose|where)\b|(?:\S+\s+){6}")
_CLAUSE_OPENERS = lexicon().sets["clause_openers"]
_ISSUED = lexicon().sets["issued_texts"]
_RESPONSES = sorted((v.replace("_", " ") for v in lexicon().sets["response_verbs"]), key=len)
# an active response verb right before 'with' ('Roe fired back with'; not 'was hit with')
_RESPONSE_WITH = re.compile(r"(?:\b(\w+) )?\b(?:" + "|".join(reversed(_RESPONSES)) + r") $")
_PASSIVE = lexicon().sets["response_passives"]
# a clause boundary between a subject and the response verb ('Roe stood by as Doe responded')
_BOUNDARY = re.compile(rf"\b(?:{alternation('response_boundaries')})\s|[;:]\s")


def with_chain(masked: str, lo: int, start: int) -> re.Match[str] | None:
    """Return the match of the last 'NP -ing' of a 'with NP -ing … and' chain before a participle
    at start (group 1: the NP), or None when another 'and' follows that last participle."""
    m = _WITH_CHAIN.search(masked, max(lo, start - 200), start)
    if m is None:
        return None
    last: re.Match[str] = m
    for later in _AND_NP_ING.finditer(masked, m.start(2), m.end(2)):
        if later.group(1).rsplit(None, 1)[-1].lower() not in _NOT_SUBJECTS:
            last = later  # not 'and the morning'
    return None if _AND.search(masked, last.end(), m.end(2)) else last


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
    modifier = last.lower() in _STATE_MODIFIERS or last.lower().endswith(_MODIFIER_ENDS)
    if modifier and masked[start].islower():  # not 'Rhode Island states'
        return None  # '“…,” the Baltic states …', 'the two member states …': a noun
    stop = _CLAUSE_END.search(masked, verb.end(1), hi)
    if any(True for _ in verb_matches(masked, verb.end(1), stop.start() if stop else hi)):
        return None  # '“…,” the hill states that rely on it said': the noun and its own verb
    return verb.start(1), verb.end(1), subj[0], subj[1], verb.group(1)


def written_elsewhere(masked: str, m: re.Match[str], hi: int) -> bool:
    """Return whether the perfect 'had written' match m is no cue of the quote at hi."""
    return m.group().endswith("written") and _NOT_WRITTEN.search(masked, m.end(), hi) is not None


def issued_with(masked: str, np: re.Match[str], lo: int) -> tuple[int, int] | None:
    """Return the subject span of the response verb before a 'with NP' text, else None."""
    if np.group(1).rsplit(None, 1)[-1].lower() not in _ISSUED:
        return None
    verb = _RESPONSE_WITH.search(masked, max(lo, np.start() - 40), np.start())
    if verb is None or (verb.group(1) or "").lower() in _PASSIVE:
        return None  # ('Roe, with a report accusing her …', 'Roe was hit with a letter …')
    start = lo  # the verb's own clause: 'Roe stood by as Doe responded with …' gives Doe
    for cut in _BOUNDARY.finditer(masked, lo, verb.start()):
        start = cut.end()
    return clause_subject(masked, start, np.start())
