"""Cues in an aside before a quote that a cue right after the quote outranks."""

from __future__ import annotations

import re

from presswatch.quotes.cue import Cue
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.marks import Span

_DASHES = "—–"
_ASIDE_ENDS = _DASHES + ","
_SETS = lexicon().sets
# the last comma or dash before a comma aside's subject and the word that opens the aside
_OPENING = re.compile(r"[,—–]\s*(\w+)[^,—–]*$")
_OPENERS = _SETS["subordinators"] | _SETS["clause_prepositions"] | {"and", "but", "which"}


def aside_loses(text: str, masked: str, s_lo: int, span: Span, before: Cue, after: Cue) -> bool:
    """Return whether a cue after a question or exclamation quote wins over the cue before it,
    which stands in a dash or comma aside ending at the quote ('If it is sold — as the council
    denies — “why not ask?” asked Roe': Roe, not the council)."""
    if text[span.start : span.end].rstrip()[-1:] not in "?!" or before.verb_end > span.open_at:
        return False
    if masked[span.close_at : min(after.verb_start, after.subj_start)].strip(" \x00\t"):
        return False  # the cue after must follow the closing mark at once
    between = masked[before.verb_end : span.open_at].strip(" \x00\t")
    if not between or between[-1] not in _ASIDE_ENDS or ":" in between:
        return False  # 'Roe said: “…?”', 'Roe asked “…?”': the cue before introduces it
    lead = masked[s_lo : before.subj_start]
    if between[-1] in _DASHES:  # an aside between two dashes
        return any(mark in lead for mark in _DASHES)
    # a comma aside opens with a conjunction ('…, as the council denies, “…?”'), unlike a cue
    # that introduces the quote ('If it is sold, the council said, “…?”')
    opening = _OPENING.search(lead)
    return bool(opening) and opening.group(1).lower() in _OPENERS
