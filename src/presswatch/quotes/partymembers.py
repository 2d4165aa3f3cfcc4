"""Indefinite party and country descriptions: 'one Republican', 'a Labour MP'."""

from __future__ import annotations

from presswatch.quotes.lexicon import demonyms, lexicon
from presswatch.quotes.words import FUNCTION, PREPOSITIONS

_INDEFINITE = lexicon().sets["indefinite"]
_PARTY = lexicon().sets["party_members"]
# nouns of one who speaks for a body ('spokesman', 'representative', 'official') and body nouns
_BODY_NOUNS = lexicon().org_words | {a.split("_")[0] for a in lexicon().sets["body_agents"]}


def member_description(surface: str) -> bool:
    """Return whether a subject is an indefinite party or country member description."""
    # an indefinite determiner and a capitalised party or country word before no name or
    # organisation word ('one Republican involved in …', 'a Labour MP', 'a senior Tory'):
    # a description, no name, title holder or organisation
    words = surface.replace(",", " ").split()
    if len(words) < 2 or words[0].lower() not in _INDEFINITE:
        return False
    at = 2 if words[1].islower() and len(words) > 2 else 1  # 'a senior Republican'
    word = words[at]
    if not word[:1].isupper() or ((low := word.lower()) not in _PARTY and low not in demonyms()):
        return False
    lex = lexicon()
    # 'a Labour MP', 'one Republican involved in': the description goes on; 'a Labour Party
    # spokesman', 'a Republican Ana Ruiz', 'a former Republican nominee -- Jo Roe': a name
    if any(
        w[:1].isupper() and (w.lower() not in lex.titles or w.lower() in lex.org_words)
        for w in words[at + 1 :]
    ):
        return False
    # 'a Republican spokesman', 'an Israeli military spokesman', 'a French company': a body or
    # one speaking for it, in the head words before a preposition ('one Republican close to the
    # campaign' stays a member)
    for w in words[at + 1 :]:
        if (low := w.lower()) in PREPOSITIONS or low in FUNCTION:
            break
        if low in _BODY_NOUNS:
            return False
    return True
