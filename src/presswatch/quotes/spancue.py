"""The cue of one quote span: left, right, passive, tail, then the sentence subject."""

from __future__ import annotations

import bisect
import re

from presswatch.quotes.acts import (
    act_cue,
    others_words,
    possessive_before,
    possessor_cue,
    speech_noun_owner,
)
from presswatch.quotes.asides import aside_loses
from presswatch.quotes.cue import Cue, bare_cue
from presswatch.quotes.cues import clause_subject, cue_after, cue_before
from presswatch.quotes.extents import subject_after
from presswatch.quotes.frames import next_frame, tail_frame
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.marks import Span
from presswatch.quotes.ownclause import caused_cue, caused_subject, inner_clause_subject
from presswatch.quotes.phrases import subject_before
from presswatch.quotes.possessed import possessed_after, possessed_before
from presswatch.quotes.scarequotes import scare_quote
from presswatch.quotes.subjects import is_named
from presswatch.quotes.words import CLAUSE_HEADS, FUNCTION, PREPOSITIONS

_SPEAKING = lexicon().sets["speaking_nouns"]
_PASSIVE_CUES = lexicon().sets["passive_cues"]
# a passive cue: 'has been called “…” by Jane Roe', 'labelled as a “…” by critics'
_PASSIVE_BEFORE = re.compile(r"\b([a-z]{3,}(?:ed|en))\s+(?:(?:as|it|him|her|them|a|an)\s+){0,2}$")
_BY_AGENT = re.compile(r",?\s+by\s+(?=\S)")
# ', citing “' / ', quoting her as saying “': a participle phrase set off after the subject
_PARTICIPLE_LEFT = re.compile(r",\s+[a-z]{3,}ing(?:\s+[a-z]+){0,4}\s+$")
_DESCRIBED = re.compile(
    r"[\s\x00]*((?:The|This|That)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
    r"\s+(?:[a-z]+ly\s+)?(?:has|have|had|is|was|[a-z]{3,}ed|[a-z]{2,}[^s\W]s)\b"
)

_COORDINATOR = re.compile(r"[\s\x00]*(?:And|But),?\s+")
_MASKED_RUN = re.compile(r"\x00+\s*")
_THAT_BEFORE = re.compile(r"\s(?:that|which)\s+$")


def described_subject(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the span of a description opening masked[lo:hi] as its subject, when a verb
    follows it ('The statement goes on to call …', 'The author wrote about …')."""
    m = _DESCRIBED.match(masked, lo, hi)
    if m is None:
        return None
    words = m.group(1).split()
    head = words[-1]
    lex = lexicon()
    if any(w in FUNCTION for w in words[1:]) or not (
        head in _SPEAKING or head in lex.titles or head in lex.org_words
    ):
        return None  # 'The timeline of events', 'This crippling stigma led …'
    return m.start(1), m.end(1)


_TAIL_REACH = 2000


def _word_floor(masked: str, lo: int, hi: int, words: int) -> int:
    """Return a position p >= lo with more than `words` words in masked[q:hi] for every q < p."""
    size = 256
    while hi - size > lo:
        if len(masked[hi - size : hi].split()) > words:
            return hi - size
        size *= 4
    return lo


def _tail_cue(masked: str, lo: int, hi: int) -> Cue | None:
    """Return a cue closing the sentence ('…, wrote the agency’s head, Jane Roe.')."""
    # a comma before the floor has more than 12 words after it: no need to look for one there;
    # nor further back than _TAIL_REACH characters (twelve words are never that long in prose)
    floor = _word_floor(masked, max(lo, hi - _TAIL_REACH), hi, 12)
    comma = masked.rfind(", ", floor, hi)
    while comma > lo:
        if len(masked[comma:hi].split()) > 12:
            return None
        cue = cue_after(masked, comma + 1, hi)
        if cue:
            return cue
        comma = masked.rfind(", ", floor, comma)
    return None


def _passive(masked: str, span: Span, lo: int, hi: int) -> Cue | None:
    """Return the agent of a passive cue around a quote ('was called “…” by Jane Roe')."""
    by = _BY_AGENT.match(masked, span.close_at, hi)
    verb = _PASSIVE_BEFORE.search(masked, max(lo, span.open_at - 40), span.open_at) if by else None
    if by is None or verb is None or verb.group(1) not in _PASSIVE_CUES:
        return None
    subj = subject_after(masked, by.end(), hi)
    if subj is None:
        return None
    return Cue(verb.start(1), verb.end(1), subj[0], subj[1], verb.group(1))


def _participle_subject(masked: str, s_lo: int, open_at: int, after: Cue) -> Cue | None:
    """Return the cue after a quote with the subject before it, when the quote sits in a
    participle phrase set off after that subject ('Roe, citing “…,” said the board could …')."""
    part = _PARTICIPLE_LEFT.search(masked, max(s_lo, open_at - 60), open_at)
    if part is None:
        return None
    subj = subject_before(masked, s_lo, part.start())
    if subj is None or masked[s_lo : subj[0]].strip(" \x00\t"):
        return None  # the subject must open the sentence
    return Cue(after.verb_start, after.verb_end, subj[0], subj[1], after.verb)


def _opening_clause_cue(masked: str, s_lo: int, left_lo: int, open_at: int) -> Cue | None:
    """Return the cue of a subordinate clause that opens the sentence and holds the quote
    ('After Roe called the levy “a theft,” Doe said …': Roe's), else None."""
    coord = _COORDINATOR.match(masked, s_lo, open_at)  # 'And, in a clip that …'
    s_lo = coord.end() if coord else s_lo
    first = masked[s_lo : s_lo + 12].lstrip(" \x00\t").split(" ", 1)[0].lower()
    # 'In a clip that Roe called “…,” Doe …': a relative clause of an opening phrase
    phrase = first in PREPOSITIONS and first not in CLAUSE_HEADS
    if not (phrase or first in CLAUSE_HEADS) or masked.find(",", s_lo, open_at) >= 0:
        return None  # no such clause, or it ended before the quote
    cue = cue_before(masked, left_lo, open_at, s_lo)
    if cue is None or cue.verb in ("", ":") or cue.verb.endswith("ing") or cue.subj_start <= s_lo:
        return None
    if phrase and not _THAT_BEFORE.search(masked, s_lo, cue.subj_start):
        return None
    return cue


def opening_clause_main(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the span of the main clause's named subject after an opening clause's quote."""
    # 'In a clip that Roe called “…,” Doe mocked the court.': Doe, whom a later 'he' means
    open_at = masked.find("\x00", lo, hi)
    if open_at < 0 or _opening_clause_cue(masked, lo, lo, open_at) is None:
        return None
    close = _MASKED_RUN.match(masked, open_at, hi)
    subj = subject_after(masked, close.end(), hi, subject=True) if close else None
    return subj if subj and is_named(masked, subj) else None


def _later_clause_cue(masked: str, s_lo: int, left_lo: int, prev: Span, span: Span) -> Cue | None:
    """Return the cue of a later clause of the sentence that holds the quote, else None."""
    # '“…,” while Doe refers to him as “…”'; 'In a clip that Roe called “…,” Doe voiced a wish
    # to “…”': the main clause's
    inner = inner_clause_subject(masked, left_lo, span.open_at)
    if inner:
        return bare_cue(inner)
    main = cue_after(masked, prev.close_at, span.open_at) if prev.comma else None
    return main if main and _opening_clause_cue(masked, s_lo, s_lo, prev.open_at) else None


def _introduces_next(masked: str, span: Span, cue: Cue, more: bool) -> bool:
    """Return whether a cue after a finished quote ends in a colon before the next quote
    ('“…” Mr. Roe said: “…”'): it introduces that quote, not the one before it."""
    if span.comma or not more:
        return False
    end = max(cue.verb_end, cue.subj_end)
    return masked[end : end + 2].strip().startswith(":")


def _partial_cue(
    text: str, masked: str, s_lo: int, s_hi: int, span: Span
) -> tuple[Cue | None, float]:
    """Return a cue-less partial quote's cue and confidence: a person's possessive, the subject."""
    if others_words(masked, s_lo, s_hi, span):
        return None, 0.4
    cue = possessor_cue(masked, s_lo, s_hi, span)
    if cue is None and possessive_before(masked, s_lo, span):
        return None, 0.4  # 'New York's “…” slogan': a place's or paper's words, not the subject's
    if cue is None:
        subj = (
            caused_subject(masked, s_lo, span.open_at)
            or inner_clause_subject(masked, s_lo, span.open_at)
            or clause_subject(masked, s_lo, span.open_at)
            or described_subject(masked, s_lo, span.open_at)
        )
        if subj:
            cue = bare_cue(subj)
        elif not scare_quote(text[span.start : span.end]):
            cue = act_cue(masked, s_lo, s_hi, span)
    return (cue, 0.6) if cue else (None, 0.4)


def cue_for_span(
    text: str, masked: str, bounds: list[int], spans: list[Span], n: int, hi: int
) -> tuple[Cue | None, float, str]:
    """Return the cue of quote spans[n], a confidence and the rule ('cue', 'owner', 'frame', …)."""
    found = _cue_for_span(text, masked, bounds, spans, n, hi)
    if found[0] is None and n:
        # 'Roe called Doe's claim of “…” “absurd”', 'Roe mocked Doe's claim of “…”. “…”': a
        # quote after a claim owner's, in its sentence or the next, is the holder's
        k = bisect.bisect_right(bounds, spans[n - 1].open_at) - 1
        if bisect.bisect_right(bounds, spans[n].open_at) - 1 - k <= 1:
            holder = _owner_clause_cue(masked, bounds[k], spans[n - 1])
            if holder:
                return holder, 0.75, "cue"
    return found


def _cue_for_span(
    text: str, masked: str, bounds: list[int], spans: list[Span], n: int, hi: int
) -> tuple[Cue | None, float, str]:
    """Return the cue of quote spans[n], a confidence and the rule, from the quote's own context."""
    span = spans[n]
    s_lo = bounds[bisect.bisect_right(bounds, span.open_at) - 1]
    k = bisect.bisect_left(bounds, span.close_at)
    s_hi = bounds[k] if span.close_at < hi else hi
    left_lo = max(s_lo, spans[n - 1].close_at) if n else s_lo
    right_hi = min(s_hi, spans[n + 1].open_at) if n + 1 < len(spans) else s_hi
    if masked[left_lo : span.open_at].strip(" ,—–-\x00\t("):
        passive = _passive(masked, span, left_lo, right_hi)
        if passive:
            return passive, 0.8, "cue"
        # '… and “better reflect the nation,” Roe wrote.': a comma before the closing mark
        # announces the cue that follows, which then wins over a verb further left
        after = cue_after(masked, span.close_at, right_hi)
        if after and after.verb.lower() != "according to" and span.comma:
            if after.subj_start > after.verb_start:
                after = _participle_subject(masked, s_lo, span.open_at, after) or after
            return _opening_clause_cue(masked, s_lo, left_lo, span.open_at) or after, 0.9, "cue"
        if owned := possessed_before(masked, left_lo, span.open_at):
            return owned, 0.85, "cue"  # 'Ruiz's reply: “…”' (no cue of its own after it)
        question = text[span.start : span.end].rstrip().endswith("?")
        caused = caused_cue(masked, left_lo, span.open_at)  # 'The record led Roe to say: “…”'
        cue = caused or cue_before(masked, left_lo, span.open_at, s_lo, question) or after
        if cue is not after and after and aside_loses(text, masked, s_lo, s_hi, span, cue, after):
            cue = after  # '— as the council denies — “why not ask?” asked Roe': Roe
        owner = (
            None
            if after and after.verb.lower() == "according to"
            else speech_noun_owner(masked, left_lo, span)
        )
        if owner:  # 'Roe rejected Doe's claim that the port was “…”': Doe's words
            return owner, 0.8, "owner"
        if cue:
            return cue, 0.9, "caused" if cue is caused else "cue"
        tail = _tail_cue(masked, span.close_at, s_hi)
        if tail:
            return tail, 0.8, "cue"
        later = (
            n and left_lo > s_lo and _later_clause_cue(masked, s_lo, left_lo, spans[n - 1], span)
        )
        if later:
            return later, 0.6, "cue"
        if left_lo == s_lo:  # 'Roe feared that the levy would turn into “a trap …”'
            return (*_partial_cue(text, masked, s_lo, s_hi, span), "cue")
        return None, 0.4, "cue"
    cue = cue_after(masked, span.close_at, right_hi) or possessed_after(
        masked, span.close_at, right_hi
    )  # '“…,” came Ruiz's reply.'
    if cue and not _introduces_next(masked, span, cue, n + 1 < len(spans)):
        return cue, 0.9, "cue"
    alone = (n + 1 >= len(spans) or spans[n + 1].open_at >= s_hi) and not masked[
        span.close_at : s_hi
    ].strip(" .\x00\t")
    end = bounds[k + 1] if k + 1 < len(bounds) else hi
    if alone and s_hi < hi and len(masked[s_hi:end].split()) <= 6:  # '“… missing.” Trump said.'
        cue = cue_after(masked, s_hi, end)
        if cue and not _introduces_next(masked, span, cue, n + 1 < len(spans)):
            return cue, 0.85, "cue"
    if frame := tail_frame(masked, span.close_at, s_hi):
        return frame, 0.8, "frame"  # '“…,” is how Ana Ruiz puts it.'
    j = bisect.bisect_left(bounds, s_lo) - 1
    if j >= 0 and s_lo == span.open_at and (n == 0 or spans[n - 1].close_at <= bounds[j]):
        cue = cue_before(masked, bounds[j], s_lo)  # 'Schiff said. “…”': the previous sentence
        if cue:
            return cue, 0.75, "cue"
    # '“…” That is the view of Ana Ruiz.': only for a paragraph's first quote (a later one takes
    # the speaker of the quote before it)
    if alone and n == 0 and (found := next_frame(masked, s_hi, end, hi)):
        return found[0], 0.8, "quoted" if found[1] else "frame"
    return None, 0.4, "cue"


def _owner_clause_cue(masked: str, s_lo: int, prev: Span) -> Cue | None:
    """Return the cue of the clause whose object is the claim owning quote prev, else None."""
    # 'Dent laughed off Silva's complaint of “diving” as “sour grapes”': the quote after a claim
    # owner's is the words of the one who holds the claim up, named before the possessor
    owner = speech_noun_owner(masked, s_lo, prev)
    if owner is None:
        return None
    cue = cue_before(masked, s_lo, prev.open_at, s_lo)
    if cue and cue.subj_end <= owner.subj_start:
        return cue
    subj = clause_subject(masked, s_lo, owner.subj_start)
    return bare_cue(subj) if subj and is_named(masked, subj) else None
