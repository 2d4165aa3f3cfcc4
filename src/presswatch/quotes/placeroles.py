"""An official described by a role of a place ('the mayor of Dunmore'): the person the article
names in that role ('Mayor Ana Ruiz', 'Ana Ruiz, the mayor of Dunmore,'), else nobody."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from presswatch.quotes import holders
from presswatch.quotes.descriptions import establish, match
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.namecore import name_core

if TYPE_CHECKING:
    from presswatch.quotes.speakers import DocSpeakers

# the place or body a holder's mention gives ('Ana Ruiz, the mayor of Kelby,', 'Ana Ruiz of Kelby')
_OF_PLACE = re.compile(r"[^.;\n“”]{0,60}?\bof (?:the )?([A-Z][\w'’-]+)")


def place_role(words: list[str]) -> int | None:
    """Return the index of the role in 'the (former) mayor of Dunmore' (a role, 'of' and one
    capitalised word that is no organisation's), else None."""
    if len(words) < 4 or len(words) > 6 or words[0].lower() != "the" or words[-2] != "of":
        return None
    lex, place = lexicon(), words[-1].strip(",.;:")
    role = words[-3]
    if not place[:1].isupper() or not place.isalpha() or place.lower() in lex.org_words:
        return None
    if any(not w.isalpha() or not w.islower() for w in words[1:-2]):
        return None
    return len(words) - 3 if role in lex.titles and role not in lex.org_words else None


def _elsewhere(text: str, name: str, place: str) -> bool:
    """Return whether a mention of name ties it to another place than place."""
    surname = name.rsplit(" ", 1)[-1]
    at = text.find(surname)
    while at >= 0:
        m = _OF_PLACE.match(text, at + len(surname))
        if m and m.group(1) != place:
            return True
        at = text.find(surname, at + 1)
    return False


def place_holder(doc: DocSpeakers, words: list[str], pos: int) -> str | None:
    """Return the person 'the mayor of Dunmore' at pos names (noted as said), else None."""
    k = place_role(words)
    if k is None:
        return None
    text, role, place = doc.text, words[k], words[-1].strip(",.;:")
    known = establish(text)
    found = match(known, " ".join(words), pos, text)  # 'Ana Ruiz, the mayor of Dunmore,'
    name = name_core(found[1]) if found else None
    full = doc.full_name(name, found[0]) if name and found else None
    if full is None:  # 'Mayor Ana Ruiz' or 'Ana Ruiz, the mayor,': one not tied to another place
        fit = holders.fitting(text, doc.roles.get(role, []), words[: k + 1], pos)
        full = holders.holder(text, fit, doc.antecedents, pos, role, doc.gender)
        if full is None and (found := match(known, " ".join(words[: k + 1]), pos, text)):
            name = name_core(found[1])
            full = doc.full_name(name, found[0]) if name else None
        if full is not None and _elsewhere(text, full, place):
            return None
    if full is not None:
        doc.note_name(pos, full)
    return full
