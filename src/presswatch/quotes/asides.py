"""Cues in an aside before a quote that a bare cue tag right after the quote outranks."""

from __future__ import annotations

import re

from presswatch.quotes.cue import Cue
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.marks import Span
from presswatch.quotes.words import CLAUSE_HEADS, PREPOSITIONS

_DASHES = "—–"
_SETS = lexicon().sets
# a comma aside: a comma, an optional 'and'/'but' and a word that opens a subordinate clause
# whose subject comes right after it (', as the council denies', ', and as Roe admits')
_OPENING = re.compile(r",\s*(?:(?:and|but)\s+)?(\w+)\s*$")
_OPENERS = CLAUSE_HEADS | {"which", "who"}
# words a bare tag may go on with to its sentence's end ('asked Roe again', 'said Roe on Monday')
_TAG_TAIL = _SETS["sentence_adverbs"] | _SETS["after_adverbs"] | _SETS["group_adverbs"]
_TIMES = _SETS["participle_times"] | _SETS["time_nouns"]
_TAG_WORDS = _TAG_TAIL | _TIMES | {"that"}  # 'said that night', 'said last week'


def _that_clause(words: list[str]) -> bool:
    """Return whether the words after a cue hold a clause-opening 'that'."""
    # 'replied that …' opens a clause; 'said that night' is a time phrase
    return any(
        w == "that" and (i + 1 == len(words) or words[i + 1] not in _TIMES)
        for i, w in enumerate(words)
    )


def _bare_tag(masked: str, after: Cue, s_hi: int) -> bool:
    """Return whether the cue after the quote is a bare tag ending its sentence."""
    # bare: only an adverb, time or place phrase or appositive follows
    # ('asked Roe.', 'Roe said on Monday, now a lawyer')
    rest = masked[max(after.verb_end, after.subj_end) : s_hi]
    head = rest.split(",")[0]  # an appositive or participle phrase after a comma may follow
    words = head.strip(" .\x00\t").lower().split()
    if ":" in rest or "\x00" in head.strip("\x00 .") or _that_clause(words):
        return False  # 'Roe said: “…”', 'Roe replied that …'
    return not words or (
        (first := words[0]) in _TAG_WORDS or first in PREPOSITIONS or first.endswith("ly")
    )  # 'He said nothing', 'Roe said the protest was unfair': an object, no bare tag


def _in_dash_aside(masked: str, s_lo: int, open_at: int, before: Cue) -> bool:
    """Return whether the cue before the quote sits in a dash aside ending at the quote."""
    # 'If it is sold — as the board denies — “…?”'
    start = min(before.subj_start, before.verb_start)
    if sum(masked.count(d, s_lo, start) for d in _DASHES) % 2 == 0:
        return False  # 'At the hearing — the third — Roe asked — again — “…?”': Roe's own clause
    end = max(before.verb_end, before.subj_end)
    close = min((i for d in _DASHES if (i := masked.find(d, end, open_at)) >= 0), default=-1)
    return close >= 0 and not masked[close + 1 : open_at].strip(" \x00\t")


def _in_comma_aside(masked: str, s_lo: int, before: Cue, between: str) -> bool:
    """Return whether the cue before the quote is a comma-set subordinate clause."""
    # 'If it is sold, as the board denies, “…?”' is one; 'The room went quiet, and Roe asked,
    # “…?”' is a main clause
    if between[-1] != "," or before.subj_start > before.verb_start:
        return False
    opening = _OPENING.search(masked[s_lo : before.subj_start])
    return bool(opening) and opening.group(1).lower() in _OPENERS


def aside_loses(
    text: str, masked: str, s_lo: int, s_hi: int, span: Span, before: Cue, after: Cue
) -> bool:
    """Return whether a bare tag after a ?/! quote outranks an aside cue before it."""
    # the cue before stands in a dash or comma aside ending at the quote: 'If it is sold — as
    # the council denies — “why not ask?” asked Roe' gives Roe, not the council
    if text[span.start : span.end].rstrip()[-1:] not in "?!" or before.verb_end > span.open_at:
        return False
    if masked[span.close_at : min(after.verb_start, after.subj_start)].strip(" \x00\t"):
        return False  # the cue after must follow the closing mark at once
    between = masked[before.verb_end : span.open_at].strip(" \x00\t")
    if not between or between[-1] not in _DASHES + "," or ":" in between:
        return False  # 'Roe said: “…?”', 'Roe asked “…?”': the cue before introduces it
    if not _bare_tag(masked, after, s_hi):
        return False  # '“Who pays?” Roe replied that the state would.': the cue before asks
    if between[-1] in _DASHES:
        return _in_dash_aside(masked, s_lo, span.open_at, before)
    return _in_comma_aside(masked, s_lo, before, between)
