"""Lead phrases and object tails around a cue that closes its sentence: which words before ', X
said.' are reported content and which words after a cue are its object."""

from __future__ import annotations

import re

from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.words import CLAUSE_HEADS, DETERMINERS

_WORDS = lexicon().sets
_OPENERS = _WORDS["clause_openers"]
_PREPOSITIONS = _WORDS["prepositions"]
_FINITE = _WORDS["finite_auxiliaries"]
_CLOSING = _WORDS["closing_cues"]
_RELATIVE_TAIL = re.compile(r",\s+(?:where|which|when|whose)\b[^,]*$")


def object_tail(verb: str, tail: str, clause: str) -> bool:
    """Return whether the words after a cue other than 'said' or 'told' are its object."""
    first = (tail.split() or [""])[0]  # a clause of three words or more is content
    closing = verb.split()[-1].lower() in _CLOSING or len(clause.split()) >= 3
    return not closing and first.lower() in DETERMINERS and first.lower() != "that"


def lead_phrase(head: str) -> bool:
    """Return whether the words before a subject are one lead phrase, not reported content."""
    # a preposition or participle phrase and its comma: 'In a written statement,', 'Speaking to
    # reporters,', 'On Tuesday,'
    head = _RELATIVE_TAIL.sub("", head.rstrip(" ,"))  # 'In Paris, where talks resumed,'
    words = head.split()
    if not words or "," in head or len(words) > 12:
        return False
    first = words[0].lower()
    if first in _OPENERS:
        return True
    # 'Speaking to reporters,' 'Citing the audit,' (not 'Rising prices will hurt,')
    nxt = words[1].lower() if len(words) > 1 else ""
    if first.endswith("ed") and nxt in ("by", "of", "about"):
        return True  # 'Informed by the report,', 'Assured of victory,'
    return first.endswith("ing") and (nxt in _PREPOSITIONS or nxt in DETERMINERS)


def clause_head(head: str) -> bool:
    """Return whether the words before ', X said.' are a reported clause, not a lead phrase."""
    # a lead phrase is content only with a finite verb and no subordinator before it: 'At least
    # 40 people were killed', not 'In a written statement' or 'After the court refused'
    if not lead_phrase(head):
        return True
    words = head.lower().split()
    return words[0] not in CLAUSE_HEADS and any(w in _FINITE for w in words[1:])
