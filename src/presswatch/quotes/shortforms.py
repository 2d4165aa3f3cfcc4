"""Signs that a bare word is no short form of a company: a person, a place or a product."""

from __future__ import annotations

import re

from presswatch.quotes.lexicon import lexicon, place_names
from presswatch.quotes.words import is_place_at

_AGE = re.compile(r", \d{1,3},")  # 'Dunmore, 71, said'
# a determiner before the long name and a lower-case word after it: 'the Corvane Audio headphones'
_DETERMINED = r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|new) "
_NOT_NOUNS = lexicon().sets["product_not_nouns"]
# the nouns and titles that show a person in an appositive ('the firm's founder')
_PERSON_WORDS = lexicon().titles | lexicon().sets["people_heads"]
# what may follow a long name that is no product: a preposition, a text it issued ('a new Pew
# Research report')
_LINKS = (
    lexicon().sets["prepositions"]
    | lexicon().sets["owned_text_nouns"]
    | lexicon().sets["issued_texts"]
)


def person_beside(text: str, word: str, pos: int) -> bool:
    """Return whether the bare word at pos has a courtesy title, an age or a person's appositive."""
    at = text.find(word, pos, pos + 40)
    if at < 0:
        return False
    before = text[max(0, at - 6) : at].split()[-1:]
    if before and before[0].lower() in lexicon().sets["courtesy_abbreviations"]:
        return True  # 'Mr. Kessler said'
    after = text[at + len(word) : at + len(word) + 80]
    if _AGE.match(after):
        return True
    if not after.startswith(", "):
        return False
    appositive = after[2:].split(",", 1)[0].lower()  # 'Kessler, the firm's founder, said'
    return any(w in _PERSON_WORDS for w in re.findall(r"[a-z]+", appositive))


def place_word(text: str, word: str) -> bool:
    """Return whether the bare word is a country or state, or the text sets it as a place."""
    if word.lower() in place_names():
        return True  # 'Qatar said' after 'Qatar Airways'
    return any(
        is_place_at(text, m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(word)}\b", text)
    )


def product_name(text: str, full: str) -> bool:
    """Return whether the long name names a product: a noun follows it ('the Vexo Audio app')."""
    for m in re.finditer(rf"{_DETERMINED}{re.escape(full)} ([a-z]+)\b", text):
        noun = m.group(1)
        if noun not in _LINKS and noun not in _NOT_NOUNS and not noun.endswith("ed"):
            return True
    return False
