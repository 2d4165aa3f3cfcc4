"""A time or occasion phrase between a subject and its cue verb ('Roe on Monday said')."""

from __future__ import annotations

import re

from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.phrases import subject_before
from presswatch.quotes.subjects import is_named
from presswatch.quotes.words import DETERMINERS, PREPOSITIONS

_DESCRIBED = lexicon().sets["counted_leads"]  # 'one source on the panel said'
_NOT_SUBJECTS = lexicon().sets["clause_openers"] | lexicon().sets["clause_adverbs"]  # 'Elsewhere'
# a time or occasion phrase between a subject and its verb, no clause in it ('on Tuesday',
# 'during a rally on Sunday', 'at a hearing in Oslo')
ADJUNCT = re.compile(
    r"(?<=[\w.])\s+(?:during|at|on|in|after|before|following)\s+(?:(?:the|a|an|this|that|last)\s|"
    r"[A-Z]|\d)[^,;:.!?\x00“”\"()]{1,50}?\s+$"
)


def after_noun(masked: str, subj: tuple[int, int]) -> bool:
    """Return whether a subject is a name after a noun, not a preposition ('on Monday Acme')."""
    before = masked[: subj[0]].split()[-1:]
    return is_named(masked, subj) and before[0].lower() not in PREPOSITIONS | DETERMINERS


def before_adjunct(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the span of a name or article phrase that opens the clause up to hi, else None."""
    subj = subject_before(masked, lo, hi + 1)
    if subj is None or subj[1] != hi or masked[lo : subj[0]].strip(" \x00\t—–-"):
        return None  # it must open the clause ('Asked about it, Roe on Monday said' is not)
    words = masked[subj[0] : subj[1]].split()
    if words[0].lower() in ("the", "a", "an"):
        return subj
    if words[0].lower() in _DESCRIBED and words[-1][:1].islower():  # not 'One Sunday'
        return subj
    # capitalised words only, no adverb ('Separately on Monday Acme said') nor a noun before a
    # name ('Fans of Lisk United in the north stand sang')
    if words[0].lower().endswith("ly") or words[0].lower() in _NOT_SUBJECTS:
        return None
    return subj if all(w[:1].isupper() for w in words) else None
