"""Descriptions the text ties to one actor as cue subjects: a kin noun after her/his/their set
off before a name ('Her father, Tomas Vidal,' … 'her father said') and an organisation noun set
off after a name ('Corwen Aviation, a Leeds company,')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from presswatch.quotes.descriptions import OWNER_PRONOUNS, establish
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.namecore import name_core
from presswatch.quotes.orgnames import kinds

if TYPE_CHECKING:
    from presswatch.quotes.speakers import DocSpeakers

# an apposition after a name: ', a Leeds company that repairs jets.'
_APPOSED = re.compile(r", (?:a|an|the) ([^,.;“”\n]{1,60})")


def related(doc: DocSpeakers, words: list[str], pos: int) -> tuple[str, bool] | None:
    """Return (name, True) of the one person set off with the kin words before pos, else None."""
    # 'her husband, Tom Reyes,' … '“…,” her husband said': one person so named, and the 'her' of
    # the cue the same person as that of the set-off (no one else named since: another family's)
    kin = lexicon().sets["relation_nouns"]
    owned = [
        (at, key, _full(doc, n, at))
        for at, key, n in establish(doc.text)
        if at < pos and len(key) == 2 and key[0] in OWNER_PRONOUNS and key[1] in kin
    ]
    named = [(at, n) for at, key, n in owned if key == words]
    if len({n for _, n in named}) != 1:
        return None
    at, name = named[-1]
    relatives = {n for _, _, n in owned}
    other = {"her": "m", "his": "f"}.get(words[0])  # the gender 'her'/'his' is not
    if _possessor(doc, at, relatives, other) != _possessor(doc, pos, relatives, other):
        return None
    return name, True


def _full(doc: DocSpeakers, name: str, at: int) -> str:
    """Return the full name the document gives a name set off at a position."""
    core = name_core(name)
    return doc.full_name(core, at) if core else name


def _possessor(doc: DocSpeakers, pos: int, relatives: set[str], other: str | None) -> str | None:
    """Return the last full name before pos, no set-off relative, of a gender the pronoun allows."""
    people = [n for _, n in doc.mentions(0, pos) if n not in relatives and doc.gender(n) != other]
    return people[-1] if people else None


def kind_apposed(text: str, name: str, pos: int) -> bool:
    """Return whether the text set a phrase whose head is an organisation noun after the name."""
    # the head is the phrase's last word: 'a Leeds company director' is a director
    ends = lexicon().sets["apposition_ends"]
    start = text.find(name + ", ", 0, pos)
    while start >= 0:
        if m := _APPOSED.match(text, start + len(name)):
            words = m.group(1).split()
            cut = next((k for k, w in enumerate(words) if w in ends), len(words))
            head = words[cut - 1] if cut else ""  # 'the firm's founder': a founder
            if head in kinds().words:
                return True
        start = text.find(name + ", ", start + 1, pos)
    return False
