"""An official described by a role of a place ('the mayor of Dunmore'): the person the article
names in that role of that place ('Dunmore Mayor Ana Ruiz', 'Ana Ruiz, the mayor of Dunmore,')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from presswatch.quotes import holders
from presswatch.quotes.descriptions import establish, match
from presswatch.quotes.lexicon import lexicon, office_title, rank_words
from presswatch.quotes.namecore import name_core, org_name

if TYPE_CHECKING:
    from presswatch.quotes.speakers import DocSpeakers

# the place an apposition or 'of' gives ('Ana Ruiz, the mayor of Kelby,', 'Ana Ruiz of Kelby')
_OF_PLACE = re.compile(r"(?:,? (?:the |a )?(?:[a-z-]+ ){1,3})?,? ?of (?:the )?([A-Z][\w'’-]+)")
_CAPS_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]* )+)$")  # 'Kelby Mayor ', 'Finance Minister '


def mention_places(text: str, start: int, end: int) -> set[str]:
    """Return the places a mention gives: 'Kelby Mayor Ana Ruiz', 'Ana Ruiz, the mayor of Kelby'."""
    found: set[str] = set()
    line_start = text.rfind("\n", 0, start) + 1
    if before := _CAPS_BEFORE.search(text, max(line_start, start - 40), start):
        titles = lexicon().titles
        found |= {w for w in before.group(1).split() if w.lower().rstrip(".") not in titles}
    if after := _OF_PLACE.match(text, end):
        found.add(after.group(1))
    return found


def place_ties(text: str, full: str) -> set[str]:
    """Return the places every mention of full (or its surname) ties the person to."""
    surname, found = full.rsplit(" ", 1)[-1], set()
    for name in (full, surname):
        at = text.find(name)
        while at >= 0:
            places = mention_places(text, at, at + len(name))
            found |= places if name == full else {p for p in places if p not in full}
            at = text.find(name, at + 1)
    return found


def place_role(words: list[str]) -> int | None:
    """Return the index of the role in 'the (former) mayor of Dunmore', else None."""
    if len(words) < 4 or len(words) > 6 or words[0].lower() != "the" or words[-2] != "of":
        return None
    place = words[-1].strip(",.;:")
    if not place[:1].isupper() or not place.isalpha() or place.lower() in lexicon().org_words:
        return None
    if any(not w.isalpha() or not w.islower() for w in words[1:-2]):
        return None
    return len(words) - 3 if office_title(words[-3]) else None


def _place_holder(doc: DocSpeakers, words: list[str], k: int, pos: int) -> str | None:
    """Return the person tied to the place alone that 'the mayor of Dunmore' at pos names."""
    text, role, place = doc.text, words[k], words[-1].strip(",.;:")
    known = establish(text)
    found = match(known, " ".join(words), pos, text)  # 'Ana Ruiz, the mayor of Dunmore,'
    name = name_core(found[1]) if found else None
    full = doc.full_name(name, found[0]) if name and found else None
    if full is None and not rank_words([w.lower() for w in words[1:k]]):
        fit = holders.fitting(text, doc.roles.get(role, []), words[: k + 1], pos)
        full = holders.holder(text, fit, doc.antecedents, pos, role, doc.gender)
        if full is None and (found := match(known, " ".join(words[: k + 1]), pos, text)):
            name = name_core(found[1])
            full = doc.full_name(name, found[0]) if name else None
    return full if full is not None and place_ties(text, full) == {place} else None


def place_speaker(
    doc: DocSpeakers, surface: str, words: list[str], pos: int
) -> tuple[str | None, bool] | None:
    """Return (speaker, is a person) for a description or a role of a place, else None."""
    if name := doc.described(surface, pos):
        return name, True
    k = place_role(words)
    if k is None:
        return None
    if (full := _place_holder(doc, words, k, pos)) is None:
        return org_name(" ".join(words)), False  # the description itself, as before a name
    doc.note_name(pos, full)
    return full, True
