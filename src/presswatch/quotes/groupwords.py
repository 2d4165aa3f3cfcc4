"""Word classes of groups of people that speak with no article ('officials', 'riot police')."""

from __future__ import annotations

import re

from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.words import DETERMINERS, FUNCTION, PREPOSITIONS, is_cap

__all__ = [
    "BINDERS",
    "MEDIA",
    "PLATFORMS",
    "bare_plural",
    "group",
    "group_word",
    "lead_start",
    "modifier",
    "new_group",
    "people_noun",
]
MEDIA = lexicon().sets["media_nouns"]
PLATFORMS = lexicon().sets["platform_modifiers"]
_BODY_NOUNS = lexicon().sets["bare_body_nouns"] | MEDIA
_PEOPLE_PLURALS = lexicon().sets["people_plurals"]
_PEOPLE_HEADS = lexicon().sets["people_heads"]
_GROUP_NOUNS = lexicon().sets["group_nouns"]
_NOT_MEN = lexicon().sets["not_people_men"]
BINDERS = FUNCTION | DETERMINERS | PREPOSITIONS | lexicon().sets["subordinators"]
_RELATIVE = lexicon().sets["relative_words"]
_NUMERAL = re.compile(r"\d[\d,.]*%?")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def group_word(word: str) -> bool:
    """Return whether a lower-case word alone names people who speak ('officials', 'police')."""
    return new_group(word) or group(word)


def lead_start(text: str, lo: int, span: tuple[int, int]) -> int | None:
    """Return where the modifiers of a people noun subject begin after a comma ('…, local' or
    'a US' residents said), else None."""
    last = text[span[0] : span[1]].split()[-1]
    if not last.isalpha() or not last.islower() or not (group_word(last) or people_noun(last)):
        return None
    words = text[lo : span[0]].split()[-4:]
    for n in range(len(words) - 1, -1, -1):
        word = words[n]
        if word.endswith(","):
            return None if n == len(words) - 1 else text.rfind(words[n + 1], lo, span[0])
        low = word.lower()
        if low in DETERMINERS:  # 'a' opens the phrase right after the comma only
            if n == 0 or not words[n - 1].endswith(","):
                return None
        elif (
            not word.isalnum()
            or not _lead_word(word)
            or (
                not (word.isupper() and len(word) > 1)  # 'US', 'EU' are no pronoun or verb
                and (low in BINDERS or low in _RELATIVE or lexicon().verb_re.fullmatch(word))
            )
        ):
            return None
    return None


def _lead_word(word: str) -> bool:
    """Return whether a word may modify a people noun after a comma (lower-case or a name)."""
    return (modifier(word) and not word.endswith(("ing", "ed"))) or is_cap(word)


def _men_plural(word: str) -> bool:
    """Return whether a lower-case word is a people plural in -men ('fishermen', not 'omen')."""
    return word.endswith("men") and len(word) > 4 and word not in _NOT_MEN


def new_group(word: str) -> bool:
    """Return whether a word is a body noun or a plural with no -s ('police', 'people')."""
    return word in _BODY_NOUNS or word in _PEOPLE_PLURALS or _men_plural(word)


def modifier(word: str) -> bool:
    """Return whether a word may modify a body noun before it (lower-case or a numeral)."""
    if _YEAR.fullmatch(word):
        return False  # 'In 2019 police said'
    return (word.isalpha() and word.islower()) or _NUMERAL.fullmatch(word) is not None


def group(word: str) -> bool:
    """Return whether a lower-case word names a group of people that speaks ('officials')."""
    return word in _BODY_NOUNS or (bare_plural(word) and people_noun(word))


def bare_plural(word: str) -> bool:
    """Return whether a lower-case word is a plural noun that may speak alone ('officials')."""
    if word in _PEOPLE_PLURALS or _men_plural(word):
        return True  # 'people', 'fishermen'
    return (
        word not in FUNCTION
        and len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ys"))
    )


def people_noun(word: str) -> bool:
    """Return whether a lower-case word names people ('source', 'officials', 'people', 'staff')."""
    nouns = (lexicon().occupations, _PEOPLE_HEADS, _GROUP_NOUNS, _BODY_NOUNS)
    singular = word[:-1] if word.endswith("s") else word
    return word in _PEOPLE_PLURALS or any(w in ws for w in (word, singular) for ws in nouns)
