"""Word tests for the noun phrases after a description subject: its words and its end."""

from __future__ import annotations

from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.words import (
    DETERMINERS,
    FUNCTION,
    NOT_ADVERBS,
    PREPOSITIONS,
    core,
    is_cap,
    name_like,
    verbish,
)

_SETS = lexicon().sets
ABBREVIATIONS = _SETS["abbreviations"]
REFLEXIVE = frozenset({"himself", "herself", "themselves", "itself"})
_QUANTIFIERS = frozenset({"more", "less", "fewer", "most", "least", "than"})  # 'of more than'
CONTACT = frozenset({"i", "we", "you", "he", "she", "they"})  # 'the editor I spoke to, Jo Roe,'
# time words after a participle ('the order released Friday', 'a poll taken last week')
TIME_AFTER = _SETS["participle_times"] | (_SETS["time_words"] - PREPOSITIONS)
# prepositions, which are no noun of a phrase ('the judge in the case against Roe')
_PREPOSITIONS = PREPOSITIONS | _SETS["other_prepositions"]
# a plural noun may follow a name ('Acme workers'); one that is a verb has an object after it
_PLURAL_NEXT = PREPOSITIONS | _SETS["plural_followers"]
# endings of plural nouns that may follow a name ('Acme workers', 'FEC filings'); after a name
# another -s word before more words is read as a verb
_PLURAL_NOUNS = ("ers", "ees", "ists", "ians", "ors", "ants", "ents", "ings", "ics")


def plain(word: str) -> bool:
    """Return whether a token is a lower-case noun or adjective that can go on a noun phrase."""
    c = core(word)
    low = c.lower()
    return (
        bool(c)
        and c[0].islower()
        and low not in FUNCTION
        and low not in DETERMINERS
        and low not in REFLEXIVE
        and low not in _QUANTIFIERS
        and low not in _PREPOSITIONS
        and not verbish(low)
        and not (low.endswith("ing") and lexicon().verb_re.fullmatch(low))
        and not (low.endswith("ly") and low not in NOT_ADVERBS)  # 'the Post recently'
    )


def _noun_word(
    toks: list[tuple[int, int, str]], n: int, first: bool = False, lead: str = ""
) -> bool:
    """Return whether toks[n] goes on a noun phrase (first: it opens it; lead: the word before)."""
    # a name word, a number or a plain word; a plural one only before punctuation, 'and', a
    # plural verb or a preposition, or before a name when it opens the phrase ('by economists X')
    word = toks[n][2]
    prev = toks[n - 1][2] if n else lead
    c = core(word)
    if not c or c.lower() in CONTACT or c.lower() in REFLEXIVE:
        return False
    if c[0].isupper() or c[0].isdigit():
        return name_like(word) or c[0].isdigit() or is_cap(word)
    nxt = core(toks[n + 1][2]).lower() if n + 1 < len(toks) else ""
    if len(c) <= 3 and c not in FUNCTION and prev and is_cap(prev) and cap_at(toks, n + 1):
        return word == c  # a particle inside a name: 'Côte des Filaos'
    if not plain(word):
        return False
    plural = c.endswith("s") and not c.endswith(("ss", "'s", "’s"))  # not a possessive
    if prev and is_cap(prev) and not closed(word) and n + 1 < len(toks):
        after = toks[n + 1][2]
        if nxt in DETERMINERS or nxt in CONTACT or is_cap(after):
            return False  # a verb after a name: 'members of Congress echo the …'
        if plural and not c.endswith(_PLURAL_NOUNS) and nxt not in _PLURAL_NEXT - PREPOSITIONS:
            return False  # 'the Daily Post focuses on', 'The Charter mandates tenure'
    if c.endswith("ing") and (nxt in PREPOSITIONS or nxt in DETERMINERS or nxt in REFLEXIVE):
        return False  # a participle: 'a user going by …', 'a group campaigning for …'
    if plural and word[-1] not in ",;:.":
        if not nxt:
            return False  # nothing after it to tell a plural noun from a verb ('the FBI lists')
        return nxt in _PLURAL_NEXT or plain(toks[n + 1][2]) or (first and is_cap(toks[n + 1][2]))
    return True


def closed(word: str) -> bool:
    """Return whether a token ends its phrase with punctuation (not an abbreviation's dot)."""
    if word[-1] in ',;:!?)”"':
        return True
    return word.endswith(".") and core(word).lower() not in ABBREVIATIONS and "." not in word[:-1]


def cap_at(toks: list[tuple[int, int, str]], n: int) -> bool:
    """Return whether toks[n] exists and is a capitalised name word."""
    return n < len(toks) and is_cap(toks[n][2])


def noun_phrase(
    toks: list[tuple[int, int, str]], j: int, names: bool = False, lead: str = ""
) -> tuple[int, bool] | None:
    """Return (index of the last token, closed by punctuation) of the noun phrase at toks[j]."""
    # a determiner, then name words, numbers and plain words; 'and' joins a bare one ('workers and
    # retirees') or, with names true, a name to a name ('Jane Roe and Tom Reyes'); else None
    n = j
    if n < len(toks) and core(toks[n][2]).lower() in DETERMINERS and toks[n][2][-1] not in ",.;:":
        n += 1
    last = None
    while n < len(toks):
        word = toks[n][2]
        if word == "and" and last is not None and n + 1 < len(toks):
            nxt = toks[n + 1][2]
            if plain(nxt) or (names and is_cap(nxt) and is_cap(toks[last][2])):
                n += 1  # 'workers and retirees', not 'the council and the mayor'
                continue
            if names and nxt == "the" and is_cap(toks[last][2]) and cap_at(toks, n + 2):
                n += 2  # 'Lund University and the University of Oslo'
                continue
        if not _noun_word(toks, n, n == j or last is None, lead):
            break
        last = n
        if closed(word):
            return n, True
        n += 1
    if last is None:
        return None
    return last, False


def dated(toks: list[tuple[int, int, str]], i: int, last: int) -> bool:
    """Return whether toks[i] is a participle and toks[i + 1 : last + 1] time words after it."""
    # 'the order released Friday': they go on the description before a verb
    return (
        i < last
        and toks[i][2].endswith("ed")
        and toks[i][2].isalpha()
        and all(core(w).lower() in TIME_AFTER for _, _, w in toks[i + 1 : last + 1])
    )


def participle_adjective(toks: list[tuple[int, int, str]]) -> bool:
    """Return whether toks[1] is an -ed adjective between an article and a noun."""
    # 'said a frustrated voter', 'According to the leaked memo', 'A retired pilot:'
    word, nxt = toks[1][2], toks[2][2] if len(toks) > 2 else ""
    first = core(toks[0][2])
    if first.lower() not in _SETS["articles"] or not word.isalpha() or not word.endswith("ed"):
        return False
    if first in ("One", "Another"):
        return False  # a pronoun opening a sentence: 'Another wanted answers:'
    if lexicon().verb_re.fullmatch(word) and word not in _SETS["adjectival_cues"]:
        return False
    if is_cap(nxt):
        return True
    # an opening 'The' before a lower-case verb: 'The displaced need shelter:'
    after = toks[3][2] if len(toks) > 3 else ""
    if first[0].isupper() and after[:1].islower() and nxt[-1:] not in ",.;:":
        return False
    noun = core(nxt).lower()
    return plain(nxt) and noun not in _SETS["skip"] and noun not in _SETS["after_adverbs"]
