"""Subjects a cue takes from around it: a name after a description, a named span."""

from __future__ import annotations

import re

from presswatch.quotes.words import DETERMINERS, personal

NAME_COMMA = re.compile(r" (?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*,")  # ' Ola Dahl,'


def named_appositive(
    masked: str, subj: tuple[int, int], lo: int, hi: int
) -> tuple[int, int] | None:
    """Return the span masked[lo:hi] when it names the person the description subj describes."""
    # 'Acme's regional director, Mike Lund, wrote': the description has a lower-case word and
    # the span reads as a person's name between two commas
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
