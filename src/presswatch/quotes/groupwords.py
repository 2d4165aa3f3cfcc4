"""Word classes of groups of people that speak with no article ('officials', 'riot police')."""

from __future__ import annotations

import re

from presswatch.quotes.agents import postmodifier_at
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.words import DETERMINERS, FUNCTION, PREPOSITIONS, is_cap, tokens

__all__ = [
    "BINDERS",
    "MEDIA",
    "PLATFORMS",
    "adverb",
    "bare_plural",
    "group",
    "group_run",
    "group_word",
    "lead_start",
    "modifier",
    "new_group",
    "outlet",
    "people_noun",
    "post_head",
]
MEDIA = lexicon().sets["media_nouns"]
PLATFORMS = lexicon().sets["platform_modifiers"]
_BODY_NOUNS = lexicon().sets["bare_body_nouns"]
_ADVERBS = lexicon().sets["group_adverbs"]
_LY_NOUNS = lexicon().sets["ly_nouns"]
_NOT_MODIFIER = FUNCTION | DETERMINERS
_PEOPLE_PLURALS = lexicon().sets["people_plurals"]
_PEOPLE_HEADS = lexicon().sets["people_heads"]
_GROUP_NOUNS = lexicon().sets["group_nouns"]
_NOT_MEN = lexicon().sets["not_people_men"]
BINDERS = FUNCTION | DETERMINERS | PREPOSITIONS | lexicon().sets["subordinators"]
_RELATIVE = lexicon().sets["relative_words"]
_NUMERAL = re.compile(r"\d[\d,.]*%?")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_ES_PLURALS = ("sses", "shes", "ches", "xes", "zes")


def group_word(word: str) -> bool:
    """Return whether a lower-case word alone names people who speak ('officials', 'police')."""
    return new_group(word) or group(word)


def outlet(low: str) -> bool:
    """Return whether a lower-case phrase is a modifier and a media noun ('state media')."""
    words = low.split()
    first = words[0] if len(words) == 2 and words[1] in MEDIA else ""
    return first.isalpha() and first not in PLATFORMS and first not in _NOT_MODIFIER


def adverb(word: str) -> bool:
    """Return whether a lower-case word is an adverb, no modifier of a group ('again', 'only')."""
    return word in _ADVERBS or (word.endswith("ly") and len(word) > 4 and word not in _LY_NOUNS)


def group_run(toks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """Return the span of a bare group closing its clause after an inverted verb, else None."""
    # up to two lower-case modifiers, then a mark or the window's end: 'said riot police.',
    # 'said officials, adding'; not 'said officials were wrong', 'said social media'
    if (head := post_head(toks)) is not None:
        return head
    for k, (start, _, word) in enumerate(toks[:3]):
        low = word.rstrip(",.;:!?")
        if not low.isalpha() or not low.islower() or low in _NOT_MODIFIER or adverb(low):
            return None
        if word != low or k + 1 == len(toks):
            platform = low in MEDIA and k > 0 and toks[k - 1][2] in PLATFORMS
            return (toks[0][0], start + len(low)) if group_word(low) and not platform else None
    return None


def post_head(toks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """Return the span of a bare people plural before a speaker post-modifier, else None."""
    # 'said sources close to Ana Ruiz', 'said officials familiar with the talks' (extents adds it)
    first = toks[0][2] if len(toks) > 2 else ""
    if not first.isalpha() or not first.islower() or not group_word(first):
        return None
    after = [t[2] for t in toks[1:5]]
    if postmodifier_at(after, 0):
        return toks[0][0], toks[0][1]
    return None


def lead_start(text: str, lo: int, span: tuple[int, int]) -> int | None:
    """Return where a people noun subject's modifiers start after a comma ('…, local'), or None."""
    last = text[span[0] : span[1]].split()[-1]
    if not last.isalpha() or not last.islower() or not (group_word(last) or people_noun(last)):
        return None
    toks = tokens(text, lo, span[0])[-4:]
    for n in range(len(toks) - 1, -1, -1):
        word = toks[n][2]
        if word.endswith(","):
            return None if n == len(toks) - 1 else toks[n + 1][0]
        low = word.lower()
        if low in DETERMINERS:  # 'a' opens the phrase right after the comma only
            if n == 0 or not toks[n - 1][2].endswith(","):
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
    if word.islower() and adverb(word):
        return False  # ', again officials said'
    return (modifier(word) and not word.endswith(("ing", "ed"))) or is_cap(word)


def _men_plural(word: str) -> bool:
    """Return whether a lower-case word is a people plural in -men ('fishermen', not 'omen')."""
    return word.endswith("men") and len(word) > 4 and word not in _NOT_MEN


def new_group(word: str) -> bool:
    """Return whether a word is a body or media noun or a plural with no -s ('police', 'people')."""
    return word in _BODY_NOUNS or word in MEDIA or word in _PEOPLE_PLURALS or _men_plural(word)


def modifier(word: str) -> bool:
    """Return whether a word may modify a body noun before it (lower-case or a numeral)."""
    if _YEAR.fullmatch(word):
        return False  # 'In 2019 police said'
    return (word.isalpha() and word.islower()) or _NUMERAL.fullmatch(word) is not None


def group(word: str) -> bool:
    """Return whether a lower-case word names a group of people that speaks ('officials')."""
    return word in _BODY_NOUNS or word in MEDIA or (bare_plural(word) and people_noun(word))


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
    forms = [word, word[:-1]] if word.endswith("s") else [word]
    if word.endswith(_ES_PLURALS):
        forms.append(word[:-2])  # 'witnesses', 'coaches'
    return word in _PEOPLE_PLURALS or any(w in ws for w in forms for ws in nouns)
