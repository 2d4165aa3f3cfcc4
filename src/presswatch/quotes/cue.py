"""A reporting cue: the verb and the subject that go with a quote."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Cue:
    """A reporting cue: verb span and subject span (absolute offsets)."""

    verb_start: int
    verb_end: int
    subj_start: int
    subj_end: int
    verb: str


def bare_cue(subj: tuple[int, int]) -> Cue:
    """Return a cue with no verb whose subject is the span subj."""
    return Cue(subj[1], subj[1], subj[0], subj[1], "")
