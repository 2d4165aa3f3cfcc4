"""Descriptions of someone who speaks for another ('a spokeswoman for Tesla', 'an aide to Jane
Roe'): the organisation spoken for when the text makes it one, else the whole description."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from presswatch.quotes.docindex import registry_lookup
from presswatch.quotes.lexicon import alternation, lexicon
from presswatch.quotes.words import DETERMINERS, NOT_NAMES

if TYPE_CHECKING:
    from presswatch.quotes.speakers import DocSpeakers

_SETS = lexicon().sets
NOUNS = _SETS["agent_nouns"]
PREPOSITIONS = _SETS["agent_prepositions"]
# cheap test on a lower-case phrase: an agent noun, then one of its prepositions
_WANTED = re.compile(
    rf"\b(?:{alternation('agent_nouns')}) (?:{alternation('agent_prepositions')}) "
)


# a speaker post-modifier opened by a preposition or adjective ('close_to', 'familiar_with')
# the speaker post-modifiers as word lists ('with_knowledge_of' -> ['with', 'knowledge', 'of'])
POSTMODIFIERS = tuple(p.split("_") for p in _SETS["speaker_postmodifiers"])
_POST_FIRST = frozenset(p[0] for p in POSTMODIFIERS)  # a cheap test before the phrase scan


def postmodifier_at(words: list[str], j: int, tail: bool = True) -> bool:
    """Return whether a speaker post-modifier starts at words[j] (and a word follows, if tail)."""
    return any(
        words[j : j + len(p)] == p and (not tail or len(words) > j + len(p)) for p in POSTMODIFIERS
    )


def whole(surface: str) -> str | None:
    """Return a people noun's description with a speaker post-modifier, determiner lower-cased."""
    # 'a source close to the Kremlin', 'Sources close to Ana Ruiz': lower-case words up to the
    # post-modifier (a capitalised first word only as a determiner or the head), so 'Acme
    # officials close to …' and 'an Acme spokesman close to …' stay with the organisation rules
    words = surface.split()
    if "," in surface or not _POST_FIRST.intersection(words[1:5]):
        return None
    for j in range(1, min(5, len(words) - 1)):
        if not postmodifier_at(words, j):
            continue
        first = words[0].lower()
        lead = [first if first in DETERMINERS or j == 1 else words[0], *words[1:j]]
        if any(not w.isalpha() or not w.islower() for w in lead):
            return None
        return f"{first} {' '.join(words[1:])}" if first in DETERMINERS else surface
    return None


def agent_description(surface: str) -> bool:
    """Return whether a phrase has a lower-case head before an agent or post-modifier phrase."""
    # 'Nordland's representative to the UN', 'Kremlin officials familiar with …': a description
    words = surface.split()
    for h, word in enumerate(words[:6]):
        if not word.isalpha() or h + 2 >= len(words):
            continue
        if not word.islower() and (h or not words[1].islower()):
            continue  # a capitalised head only opening it ('Sources close to …')
        if word in NOUNS and words[h + 1] in PREPOSITIONS:
            return True
        if postmodifier_at(words, h + 1, tail=False):
            return True
    return False


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
        if h and (own := owned(words[0], low, words[h + 1])) is not None:
            if not own:
                return None  # "Acme's spokesman for Asia": the organisation rules' (Acme)
            det = words[0]  # "Britain's representative to the UN": a possessive determiner
        elif (h and det not in DETERMINERS) or (not h and not low.endswith("s")):
            return None  # 'Acme spokesman for …', a singular head with no determiner
        if any(not w.isalpha() or not w.islower() for w in lead):
            return None  # 'the Acme spokesman for …': another shape (orgrefs)
        return det, lead, " ".join(words[h + 2 :])
    return None


def owned(owner: str, noun: str, prep: str) -> bool | None:
    """Return whether possessive, agent noun and preposition open an owned description."""
    # True: "Britain's envoy to"; False: the noun speaks for the owner ("Acme's spokesman for":
    # the organisation rules'); None: the words are no such opening
    if not owner[:1].isupper() or not owner.endswith(("'s", "’s")):
        return None
    if owner[:-2].lower() in NOT_NAMES or noun.lower() not in NOUNS or prep not in PREPOSITIONS:
        return None  # ("Monday's …")
    return not speaks_for(f"{noun} {prep}")


def speaks_for(surface: str) -> bool:
    """Return whether an agent description's noun and preposition speak for a body ('a
    spokeswoman for', 'an official with'; not 'an adviser to', 'a representative to')."""
    words = surface.lower().split()
    return any(f"{a}_{b}" in _SETS["body_agents"] for a, b in pairwise(words))


def is_body(text: str, name: str, span: tuple[int, int], known: Callable[[str, int], bool]) -> bool:
    """Return whether a capitalised name in a description at span is an organisation by evidence
    only a body has: known to the article (known) or the registry as one, or a body's use elsewhere
    in the text ('Vantor's shares', 'Vantor reported record profits', 'Vantor said its')."""
    # the caller has ruled out a person's name, so 'said its' is no person's
    if known(name, span[0]):
        return True
    bare = name.removeprefix("the ").removeprefix("The ")
    if not bare[:1].isupper():
        return False
    actor = registry_lookup(bare)
    if actor is not None:
        return actor.kind == "organisation"
    # not inside the description itself ('a spokeswoman for Vantor said its …' is no proof)
    return any(not span[0] <= m.start() < span[1] for m in _body_use(bare).finditer(text))


@cache
def _body_use(name: str) -> re.Pattern[str]:
    """Return a pattern of the text using a name as only a body is used ('Tesla's shares')."""
    n = re.escape(name)
    owned = alternation("body_possessions")
    return re.compile(
        rf"\b{n} (?:{alternation('body_verbs')}) (?:that )?its\b"
        rf"|\b{n}['’]s (?:{owned})\b"
        rf"|\b{n} (?:{alternation('body_reports')}) (?:[\w-]+ ){{0,2}}(?:{owned})\b"
    )


def known_person(doc: DocSpeakers, whom: str) -> bool:
    """Return whether the article makes a name a person's: a title or a given name on it or
    before it ('Senator Ruiz', 'Ana Ruiz'), or the surname of a person it names."""
    words = whom.split()
    if words[0].lower().rstrip(".") in lexicon().titles or doc.gender(whom):
        return True
    if words[-1].lower() in doc.fulls or lexicon().first_names.get(words[0].lower()):
        return True
    before = re.finditer(rf"([A-Z][a-z]+)\.? {re.escape(whom)}\b", doc.text)
    return any(m.group(1).lower() in lexicon().titles for m in before)


def apposed(text: str, surface: str, pos: int) -> tuple[int, str] | None:
    """Return (position, name) of the person named before pos with this 'the …' description in
    apposition ('Tom Reyes, the lawyer for Ana Ruiz,' … 'the lawyer for Ana Ruiz said')."""
    rest = surface.split(" ", 1)[1] if " " in surface else ""
    if not rest or surface.split()[0].lower() != "the" or rest not in text:
        return None
    pattern = rf"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,3}}), [Tt]he {re.escape(rest)}\b"
    found = list(re.compile(pattern).finditer(text, 0, pos))
    return (found[-1].start(1), found[-1].group(1)) if found else None
