"""Indirect (reported) speech: 'X said (that) …', '…, X said.', 'according to X, …'."""

from __future__ import annotations

import re
from dataclasses import dataclass

from presswatch.quotes.cues import verbs_in
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.phrases import DETERMINERS, FUNCTION, subject_after, subject_before

# Verbs that report speech only when a 'that' clause follows ('she called that…' is rare).
_WORDS = lexicon().sets
_NEEDS_THAT = _WORDS["needs_that"]
_TIME_WORDS = _WORDS["time_words"]
_NOT_CLAUSE = frozenset(("goodbye", "hello", "yes", "no", "nothing", "something", "much", "little"))
_BARE = re.compile(r",\s*([a-z]{3,})\s*$")
_NOT_SUBJECT_AFTER = (" to", " of", " for", " with", " by", " from", " about", " than")
_TELL = frozenset({"told", "tells", "tell", "telling"})
_CLAUSE_START = re.compile(r"\s*(?:that\b)?\s*", re.IGNORECASE)
_TRAIL = " .,;:\x00\t"


@dataclass(slots=True)
class Reported:
    """An indirect quote: content span, verb and subject spans (absolute offsets)."""

    start: int
    end: int
    verb: str
    verb_start: int
    subj_start: int
    subj_end: int


def _content_after(masked: str, pos: int, hi: int, verb: str) -> int | None:
    """Return where the reported clause starts after a verb ending at pos, or None."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", masked[pos : min(hi, pos + 90)])]
    for off, w in words[:9]:
        if w.lower().strip(",") == "that":
            return pos + off + len(w)
        if w[-1] in ".;:" and not w.endswith(("Mr.", "Mrs.", "Dr.")):
            break
    if verb in _NEEDS_THAT or verb in _TELL or not words:
        return None
    while len(words) > 1 and words[0][1].strip(",").lower() in _TIME_WORDS:
        words = words[1:]  # 'said Wednesday the ferry …'
    first = words[0][1].strip(",").lower()
    if first in _TIME_WORDS:
        return None
    if first in FUNCTION and first not in ("it", "there", "this"):
        return None
    if first.isalpha() and first not in _NOT_CLAUSE:  # 'said members will help'
        return pos + words[0][0]
    if (
        first in DETERMINERS
        or first in ("he", "she", "they", "we", "i", "it", "there")
        or words[0][1][:1].isupper()
        or words[0][1][:1].isdigit()
    ):
        return pos + words[0][0]
    return None


def find_reported(masked: str, lo: int, hi: int) -> Reported | None:
    """Return the indirect quote of the sentence masked[lo:hi] (no quote marks inside), or None."""
    for m in verbs_in(masked, lo, hi):
        verb = m.group()
        if verb == "according to":
            subj = subject_after(masked, m.end() + 1, hi)
            if not subj:
                continue
            if masked[lo : m.start()].strip(_TRAIL):  # '…, according to X.'
                end = m.start()
                start = lo
            else:  # 'According to X, …'
                comma = masked.find(",", subj[1], hi)
                if comma < 0:
                    continue
                start, end = comma + 1, hi
            return _make(masked, start, end, verb, m.start(), subj)
        before = masked[lo : m.start()].rstrip()
        if before.endswith(",") and len(masked[m.end() : hi].split()) <= 8:
            subj = subject_after(masked, m.end() + 1, hi)  # '…, said Jane Roe.'
            if subj and not masked[subj[1] : hi].strip(_TRAIL + "()"):
                return _make(masked, lo, lo + len(before) - 1, verb, m.start(), subj)
        subj = subject_before(masked, lo, m.start())
        if subj is None:
            bare = _BARE.search(masked, lo, m.start())  # '…, police said.'
            subj = bare.span(1) if bare else None
        gap = masked[subj[1] : m.start()] if subj else ""
        if not subj or (len(gap) > 40 and not gap.lstrip().startswith(",")):
            continue
        head = masked[lo : subj[0]]
        tail = masked[m.end() : hi].strip(_TRAIL)
        if head.rstrip().endswith(",") and len(tail.split()) <= 6:  # '…, the senator said Monday.'
            comma = head.rstrip()
            return _make(masked, lo, lo + len(comma) - 1, verb, m.start(), subj)
        if head.rstrip().lower().endswith(_NOT_SUBJECT_AFTER):
            continue  # the phrase is an object ('to Trump said'), not a subject
        start = _content_after(masked, m.end(), hi, verb)
        if start is not None:
            return _make(masked, start, hi, verb, m.start(), subj)
    return None


def _make(
    masked: str, start: int, end: int, verb: str, vpos: int, subj: tuple[int, int]
) -> Reported | None:
    while start < end and masked[start] in _TRAIL:
        start += 1
    while end > start and masked[end - 1] in _TRAIL:
        end -= 1
    if len(masked[start:end].split()) < 3:
        return None
    return Reported(start, end, verb, vpos, subj[0], subj[1])
