"""Speaker-only items a paragraph hands to the quotes after it: a colon intro, the subject of
its last sentence, the subject of the sentence before a quote."""

from __future__ import annotations

import bisect

from presswatch.quotes.cue import bare_cue
from presswatch.quotes.cues import clause_subject, cue_before
from presswatch.quotes.inherit import Item
from presswatch.quotes.marks import Span
from presswatch.quotes.sentences import LazyBounds
from presswatch.quotes.spancue import described_subject
from presswatch.quotes.speakers import DocSpeakers
from presswatch.quotes.words import DETERMINERS


class LastSubject:
    """A paragraph's `last_subject`, worked out only when asked for."""

    # when the next paragraph asks for it as its carry, or before a later pronoun is resolved (it
    # notes an antecedent)

    __slots__ = ("args", "done", "value")

    def __init__(self, masked: str, doc: DocSpeakers, idx: int, bounds: LazyBounds) -> None:
        self.args = (masked, doc, idx, bounds)
        self.done = False
        self.value: Item | None = None

    def __call__(self) -> None:
        if not self.done:
            self.done = True
            masked, doc, idx, bounds = self.args
            self.value = last_subject(masked, doc, idx, bounds.get())

    def item(self) -> Item | None:
        """Return the speaker-only item, after the antecedent work queued before it."""
        self.args[1].settle()
        self()
        return self.value


def colon_intro(masked: str, doc: DocSpeakers, idx: int, bounds: list[int]) -> Item | None:
    """Return a speaker-only item for a paragraph ending 'The Times reports:'."""
    hi = bounds[-1]
    cue = cue_before(masked, bounds[-2], hi) if len(bounds) >= 2 else None
    if cue is None and len(bounds) >= 2:  # 'Roe made the following comment:'
        subj = clause_subject(masked, bounds[-2], hi)
        if subj:
            cue = bare_cue(subj)
    if cue is None:
        return None
    item = Item(hi, hi, "direct", idx, cue)
    item.speaker, _ = doc.resolve(masked[cue.subj_start : cue.subj_end], cue.subj_start)
    item.surface = doc.pronoun_of.get(cue.subj_start, (cue.subj_start, cue.subj_end))  # ('he')
    return item


def _uncapitalised(sentence: str) -> bool:
    """Return whether a sentence has no capital letter but in a determiner opening it."""
    # such a sentence has no named subject: `clause_subject` returns one only when a word of it
    # after a leading determiner is capitalised (`is_named`)
    words = sentence.lstrip(" \x00\t")
    first, _, rest = words.partition(" ")
    return words.islower() or (first.lower() in DETERMINERS and rest.islower())


def last_subject(masked: str, doc: DocSpeakers, idx: int, bounds: list[int]) -> Item | None:
    """Return a speaker-only item for the named subject of a paragraph's last sentence."""
    if _uncapitalised(masked[bounds[-2] : bounds[-1]]):
        return None  # 'The vote is expected later this month.'
    subj = clause_subject(masked, bounds[-2], bounds[-1])
    if subj is None:
        return None
    surface = masked[subj[0] : subj[1]]
    if " " not in surface.strip() and not doc.known(surface):
        return None
    name, _ = doc.resolve(masked[subj[0] : subj[1]], subj[0])
    if name is None:
        return None
    item = Item(
        -1,
        -1,
        "direct",
        idx,
        bare_cue(subj),
        name,
        (subj[0], subj[1]),
        0.5,
    )
    return item


def narrative_subject(
    masked: str, doc: DocSpeakers, idx: int, bounds: list[int], span: Span
) -> Item | None:
    """Return a speaker-only item for the subject of the sentence before a quote."""
    # for a quote that opens its own sentence inside a paragraph ('She described the night.
    # “Nobody slept …”')
    k = bisect.bisect_right(bounds, span.open_at) - 1
    if k < 1 or masked[bounds[k] : span.open_at].strip(" \x00"):
        return None
    lo, hi = bounds[k - 1], bounds[k]
    subj = clause_subject(masked, lo, hi) or described_subject(masked, lo, hi)
    if subj is None:
        return None
    name, _ = doc.resolve(masked[subj[0] : subj[1]], subj[0])
    cue = bare_cue(subj)
    subj = doc.pronoun_of.get(subj[0], subj)  # ('He spoke next. “…”': an unnamed speaker's)
    return Item(-1, -1, "direct", idx, cue, name, subj, 0.5, "narrative")
