"""Subjects a cue takes from around it: the verb before a participle, a pronoun, a name."""

from __future__ import annotations

import re

from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.phrases import subject_before
from presswatch.quotes.words import DETERMINERS, personal

_PRONOUN_CLAUSE = re.compile(r"\s*(?:[^,.;:\x00]{1,40},\s+)?([Hh]e|[Ss]he)\s+[a-z]+")
_LAST_WORD = re.compile(r"\b([a-z]+),?\s+$")
_VERB_FULL = lexicon().verb_re.fullmatch
_CATENATIVE = lexicon().sets["catenatives"]
NAME_COMMA = re.compile(r" (?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*,")  # ' Ola Dahl,'


def verb_subject(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the named subject of a cue or catenative verb that ends masked[lo:hi] ('Roe
    added,' / 'Sen. Roe (D) kept'), else None."""
    last = _LAST_WORD.search(masked, max(lo, hi - 40), hi)
    if last is None or not (last.group(1) in _CATENATIVE or _VERB_FULL(last.group(1)) is not None):
        return None
    subj = subject_before(masked, lo, last.start(1))
    return subj if subj and is_named(masked, subj) else None


def pronoun_subject(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the span of a personal pronoun that is the subject of masked[lo:hi], after at
    most one leading phrase ('Minutes later, she sent an email saying'), else None."""
    m = _PRONOUN_CLAUSE.match(masked, lo, hi)
    return m.span(1) if m else None


def named_appositive(
    masked: str, subj: tuple[int, int], lo: int, hi: int
) -> tuple[int, int] | None:
    """Return the span masked[lo:hi] when it names the person that the description subj
    describes ('Acme's regional director, Mike Lund, wrote'), else None."""
    words = masked[lo:hi].split()
    desc = masked[subj[0] : subj[1]].split()
    if not any(w[:1].islower() for w in desc) or not personal(words):
        return None
    return (lo, hi) if NAME_COMMA.match(masked, lo - 1, hi + 1) else None


def is_named(masked: str, subj: tuple[int, int]) -> bool:
    """Return whether a subject span holds a capitalised word after any determiner."""
    words = masked[subj[0] : subj[1]].split()
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return any(w[:1].isupper() for w in words)
