"""Descriptions of someone who speaks for another ('a spokeswoman for Tesla', 'an aide to Jane
Roe'): the organisation spoken for when the text makes it one, else the whole description."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from presswatch.quotes.docindex import registry_lookup
from presswatch.quotes.lexicon import alternation, lexicon
from presswatch.quotes.words import DETERMINERS

_SETS = lexicon().sets
NOUNS = _SETS["agent_nouns"]
PREPOSITIONS = _SETS["agent_prepositions"]
# cheap test on a lower-case phrase: an agent noun, then one of its prepositions
_WANTED = re.compile(
    rf"\b(?:{alternation('agent_nouns')}) (?:{alternation('agent_prepositions')}) "
)


def wanted(low: str) -> bool:
    """Return whether a lower-case speaker phrase may be an agent description (cheap test)."""
    return _WANTED.search(low) is not None


def parts(surface: str) -> tuple[str, list[str], str] | None:
    """Return (determiner, modifiers, whom) of an agent description, else None."""
    # 'a former aide to Jane Roe' -> ('a', ['former'], 'Jane Roe'); a bare plural opening it
    # ('Lawyers for Tom Reyes') has the determiner ''
    words = surface.split()
    for h, word in enumerate(words[:5]):
        low = word.lower()
        if low not in NOUNS or h + 2 >= len(words) or words[h + 1] not in PREPOSITIONS:
            continue
        det = words[0].lower() if h else ""
        lead = words[1:h] if h else []
        if (h and det not in DETERMINERS) or (not h and not low.endswith("s")):
            return None  # 'Acme spokesman for …', a singular head with no determiner
        if any(not w.isalpha() or not w.islower() for w in lead):
            return None  # 'the Acme spokesman for …': another shape (orgrefs)
        if not h and not word[:1].isupper() and word != low:
            return None
        return det, lead, " ".join(words[h + 2 :])
    return None


def is_body(text: str, name: str, span: tuple[int, int], known: Callable[[str, int], bool]) -> bool:
    """Return whether a capitalised name in a description at span is an organisation: known to
    the article as one (known), in the registry as one, or used as a body ('Tesla said it')."""
    if known(name, span[0]):
        return True
    bare = name.removeprefix("the ").removeprefix("The ")
    if not bare[:1].isupper():
        return False
    actor = registry_lookup(bare)
    if actor is not None:
        return actor.kind == "organisation"
    # not the description's own sentence ('a spokeswoman for Roe said it …': 'it' is no proof)
    return any(not span[0] <= m.start() < span[1] for m in _body_use(bare).finditer(text))


@cache
def _body_use(name: str) -> re.Pattern[str]:
    """Return a pattern of the text using a name as a body ('Tesla said it', 'at Tesla')."""
    n = re.escape(name)
    return re.compile(
        rf"\b{n}(?:,[^,\n]{{1,60}},)? (?:{alternation('body_verbs')}) (?:that )?(?:it|its)\b"
        rf"|\b{n}['’]s (?:{alternation('body_possessions')})\b"
        rf"|\b(?:at|joined|joins) {n}\b(?! [A-Z])"
    )


def apposed(text: str, surface: str, pos: int) -> tuple[int, str] | None:
    """Return (position, name) of the person named before pos with this 'the …' description in
    apposition ('Tom Reyes, the lawyer for Ana Ruiz,' … 'the lawyer for Ana Ruiz said')."""
    rest = surface.split(" ", 1)[1] if " " in surface else ""
    if not rest or surface.split()[0].lower() != "the" or rest not in text:
        return None
    pattern = rf"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,3}}), [Tt]he {re.escape(rest)}\b"
    found = list(re.compile(pattern).finditer(text, 0, pos))
    return (found[-1].start(1), found[-1].group(1)) if found else None
