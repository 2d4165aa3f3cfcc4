"""Partial quotes inside a communicative act of the sentence's subject: 'Roe voiced regret for
“my failure to …”', 'In a speech that spoke to “…”, Roe struck …', 'Roe’s “…” pledge'."""

from __future__ import annotations

import bisect
import re

from presswatch.quotes.cues import Cue, clause_subject
from presswatch.quotes.inherit import Item, words_of
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.marks import Span
from presswatch.quotes.phrases import subject_before
from presswatch.quotes.subjects import is_named


def _alternation(name: str) -> str:
    """Return the words of a word set as a regex alternation ('_' joins a phrasal verb)."""
    return "|".join(sorted(w.replace("_", r"\s+") for w in lexicon().sets[name]))


_ACT_VERB = re.compile(rf"\b(?:{_alternation('act_verbs')})\b")
_ACT_OPENING = re.compile(
    r"[\s\x00]*(?:In|During|At|Through)\s+(?:(?:a|an|the|his|her|their|its|this|one)\s+)?"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_alternation('act_nouns')})\b"
)
_PROMISE_AFTER = re.compile(rf"\s+(?:{_alternation('act_promises')})s?\b")
_POSSESSOR = re.compile(r"\b((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w-]*)['’]s\s*$")
_COORDINATED = re.compile(r"\b(?:and|but)\s+(?:(?:also|then|later)\s+)?$")
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|[Mm]e|[Ww]e|[Uu]s|[Oo]ur)\b")
_PERSONS = frozenset({"he", "she"})
_WINDOW = 200  # characters before a quote where its act verb may stand


def act_cues(
    text: str, masked: str, bounds: list[int], spans: list[Span], items: list[Item]
) -> None:
    """Give the cue-less quotes of a paragraph the subject of a communicative act around them."""
    hi = bounds[-1]
    cued = [it.start for it in items if it.cue]
    for n, it in enumerate(items):
        if it.cue:
            continue
        span = spans[n]
        s_lo = bounds[bisect.bisect_right(bounds, span.open_at) - 1]
        k = bisect.bisect_left(bounds, span.close_at)
        s_hi = bounds[k] if span.close_at < hi else hi
        j = bisect.bisect_left(cued, s_lo)
        if j < len(cued) and cued[j] < s_hi:
            continue  # another quote of the sentence has a cue: inheritance decides
        quoted = text[span.start : span.end]
        if len(words_of(quoted)) <= 3 and not _FIRST_PERSON.search(quoted):
            continue  # a scare quote ('the so-called “deal”')
        # (a bounded window: one sentence may hold thousands of quotes)
        if not masked[max(s_lo, span.open_at - _WINDOW) : span.open_at].strip(" \x00\t"):
            continue  # the quote opens its sentence: no partial quote
        cue = _act_cue(masked, s_lo, s_hi, span)
        if cue:
            it.cue, it.confidence, it.rule = cue, 0.6, "act"


def _act_cue(masked: str, s_lo: int, s_hi: int, span: Span) -> Cue | None:
    """Return the cue of a partial quote from a communicative act of its sentence, else None."""
    near = span.open_at - s_lo <= _WINDOW  # (every search is bounded: see the long-line test)
    opening = _ACT_OPENING.match(masked, s_lo, span.open_at) if near else None
    if opening and masked.find(", ", opening.end(), span.open_at) < 0:
        # the main clause after the phrase (the quote's own comma may close the phrase)
        end = min(s_hi, span.close_at + _WINDOW)
        comma = span.close_at - 2 if span.comma else masked.find(", ", span.close_at, end)
        subj = clause_subject(masked, comma + 2, s_hi) if comma > 0 else None
        return Cue(subj[1], subj[1], subj[0], subj[1], "") if subj else None
    owner = _POSSESSOR.search(masked, max(s_lo, span.open_at - 60), span.open_at)
    if owner and _PROMISE_AFTER.match(masked, span.close_at, s_hi):
        return Cue(owner.end(1), owner.end(1), owner.start(1), owner.end(1), "")
    lo = max(s_lo, span.open_at - _WINDOW)
    verbs = list(_ACT_VERB.finditer(masked, lo, span.open_at))
    for m in reversed(verbs[-2:]):  # the nearest act, or the one it is coordinated with
        subj = subject_before(masked, s_lo, m.start())
        if subj and _person_like(masked, subj):
            return Cue(m.start(), m.end(), subj[0], subj[1], m.group())
        if not _COORDINATED.search(masked, max(s_lo, m.start() - 20), m.start()):
            return None
    return None


def _person_like(masked: str, subj: tuple[int, int]) -> bool:
    """Return whether a subject span may name a speaker: a name or 'he'/'she'."""
    surface = masked[subj[0] : subj[1]]
    return surface.lower() in _PERSONS or ("\x00" not in surface and is_named(masked, subj))
