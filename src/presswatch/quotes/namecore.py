"""Person-name words of speaker phrases and capitalised runs (titles, particles, places)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from presswatch.quotes.lexicon import lexicon, state_names
from presswatch.quotes.orgnames import kinds
from presswatch.quotes.words import (
    APOSTROPHE_T,
    BEFORE_T,
    DOC_NAMES,
    NOT_NAMES,
    PARTICLE_RE,
    PARTICLES,
    PLACE_PREPS,
    PREPOSITIONS,
    joined_particle,
    personal,
    unicode_caps,
)

_PLACE_HEADS = lexicon().sets["place_heads"]
_GIVEN_ABBREVIATIONS = lexicon().sets["given_abbreviations"]
_PREFIX_TITLES = lexicon().sets["prefix_titles"]
_FIRM_WORDS = lexicon().sets["firm_words"]
_COMPLEMENT_WORDS = lexicon().sets["complement_words"]
_OCCUPATION_SURNAMES = lexicon().sets["occupation_surnames"]
_ORG_ENDS = lexicon().org_words | _FIRM_WORDS
_APART = PARTICLES | lexicon().sets["apart_particles"]  # 'ter Brask', 'Ní Bhriain'
_STATES = state_names()

# '\b' before a letter is checked after it ('(?<!\w.)'): same matches, the engine skips ahead;
# the runs are possessive ('*+'): what follows them is never in their class, so giving back a
# character cannot help and a lone capitalised word fails without backtracking through it
_DUTCH_T = BEFORE_T | APOSTROPHE_T  # 'in ’t', 'van ’t'
_CAP_RUN = r"[A-Z](?<!\w.)[\w'’.-]*+(?:[ \t]++(?:[A-Z][\w'’.-]*+|(?:" + PARTICLE_RE + r")(?:-"
_CAP_RUN += r"[A-Z][\w'’.-]*+|\b)|(?:(?:" + "|".join(sorted(BEFORE_T))
_CAP_RUN += r")[ \t]+)?['’]t(?=[ \t]+[A-Z])))+"
# an ASCII text is scanned as bytes (the same offsets, '\w' and '\b') with each capital made 'A'
# (every class here holds all capitals or none): a literal first character the engine skips to
# (a non-ASCII text: any capital opens a word, 'Ömer Çelik')
_CAP_RUNS = (
    re.compile(("A" + _CAP_RUN[5:]).encode()).finditer,
    re.compile(unicode_caps(_CAP_RUN)).finditer,
)
_SPAN = re.Match.span
_TO_A = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"A" * 26)


def cap_runs(text: str) -> Iterator[tuple[int, int]]:
    """Return the (start, end) of each capitalised run of text, as `_CAP_RUN` finds them."""
    if text.isascii():
        return map(_SPAN, _CAP_RUNS[0](text.encode().translate(_TO_A)))
    return map(_SPAN, _CAP_RUNS[1](text))


def is_place(core: list[str] | tuple[str, ...]) -> bool:
    """Return whether two name words are a place: 'South Ivesk', 'North Korea' (not 'West')."""
    return len(core) == 2 and core[0].lower() in _PLACE_HEADS


def clean(word: str) -> str:
    """Return a word without the punctuation and quote marks around it."""
    return word.strip(',;:()[]"“”')


SUFFIXES = lexicon().sets["name_suffixes"]
_SENTENCE_ADVERBS = lexicon().sets["sentence_adverbs"]
_DESCRIBERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"})


def name_core(surface: str) -> list[str]:
    """Return the person-name words at the end of a speaker phrase (titles, possessives dropped)."""
    return list(_name_core(surface, DOC_NAMES.get()))


@lru_cache(maxsize=65536)
def _name_core(surface: str, names: frozenset[str]) -> tuple[str, ...]:
    """Return name_core's words as a tuple (memoised: a pure function of the phrase and the
    article's common words used as names)."""
    titles = lexicon().titles
    words = [clean(w) for w in surface.split()]
    core: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        low = w.lower()
        if k == len(words) - 1 and k and low.rstrip(".") in SUFFIXES and words[k - 1][:1].isupper():
            core.append(w.rstrip("."))  # 'Donald Trump Jr.' is not Donald Trump
            continue
        if low in APOSTROPHE_T or (core and core[-1] in APOSTROPHE_T and low in BEFORE_T):
            core.append(w)  # 'Sophie in ’t Veld'
            continue
        if not w or w.endswith(("'s", "’s")) or (low in titles and not _title_surname(words, k)):
            break
        if low in NOT_NAMES and w not in names:
            break
        if not (w[0].isupper() or low in PARTICLES or joined_particle(w)):
            break
        core.append(w if len(w) == 2 and w.endswith(".") else w.rstrip("."))
    if len(core) < len(words) and words[len(words) - len(core) - 1].lower() in PLACE_PREPS:
        return ()  # 'The delegate from Nordland', 'dockers at Port Ivesk': the name is a place
    core.reverse()
    while core and (core[0].lower() in PARTICLES or core[0] in _DUTCH_T):
        core.pop(0)
    opener = core[0].lower() if len(core) > 2 or (len(core) == 2 and not core[1].isupper()) else ""
    if len(core) > 2 and opener in lexicon().occupations and _occupied(core):
        core.pop(0)  # an occupation before a full name: 'Diplomat Tom Reyes', as 'Senator Ann Roe'
    elif opener in _SENTENCE_ADVERBS and opener not in lexicon().first_names:
        core.pop(0)  # a sentence's opening adverb: 'Yesterday Ida Brekke said', 'Later Brekke said'
        while core and core[0] in _DUTCH_T:
            core.pop(0)  # 'Later in ’t Hout said'
    return tuple(core)


def _occupied(core: list[str]) -> bool:
    """Return whether core opens with an occupation before a given name ('Baker Tom Reyes')."""
    # not a surname ('Fan Li Wei') nor an organisation's word ('Cook Islands Tourism')
    return (
        core[0].lower() not in _OCCUPATION_SURNAMES
        and core[1].lower() in lexicon().first_names
        and core[-1].lower() not in _ORG_ENDS
    )


def _title_surname(words: list[str], k: int) -> bool:
    """Return True when words[k], a title word, ends the phrase after a known given name."""
    # 'Julie Bishop', 'Mark Judge': a surname that is also a title ('Bishop Tom Vell' is a title;
    # after any capitalised word the rule made 'Texas Judge' and 'Rovers Coach' people)
    if k != len(words) - 1 or k == 0 or not words[k][:1].isupper():
        return False
    before = words[k - 1].rstrip(".")
    low = before.lower()
    lex = lexicon()
    if not (before[:1].isupper() and before.isalpha()) or low in lex.titles:
        return False
    return low in lex.first_names


def _ends_sentence(word: str, following: str, first: bool) -> bool:
    """Return whether a word of a capitalised run ends a sentence ('Point. Carson': 'Point.')."""
    return (
        word.endswith(".")
        and len(word) > 2
        and word.lower() not in lexicon().titles
        # ('Ma. Theresa Dela Cruz': a given name's abbreviation opening the run, before a
        # known given name; 'said Jack Ma. Fan' ends at 'Ma.')
        and not (
            first
            and word[:-1].lower() in _GIVEN_ABBREVIATIONS
            and following.lower() in lexicon().first_names
        )
    )


def cut_at_sentence_end(run: str) -> str:
    """Return a capitalised run up to a word that ends a sentence ('Point. Carson' -> 'Point')."""
    words = run.split(" ")
    for k, w in enumerate(words[:-1]):
        if _ends_sentence(w, words[k + 1], k == 0):
            return " ".join(words[: k + 1])
    return run


@lru_cache(maxsize=1 << 14)
def sentence_pieces(run: str) -> tuple[tuple[int, int], ...]:
    """Return the (start, end) offsets of a capitalised run's pieces between sentence ends."""
    words = run.split(" ")
    pieces, start, pos, first = [], 0, 0, True
    for k, w in enumerate(words):
        pos += len(w)
        if k == len(words) - 1 or _ends_sentence(w, words[k + 1], first):
            pieces.append((start, pos))
            start, first = pos + 1, True
        else:
            first = False
        pos += 1
    return tuple(pieces)


@lru_cache(maxsize=1 << 15)
def run_parts(group: str, names: frozenset[str]) -> tuple[int, str, str, tuple[str, ...]] | None:
    """Return (length, surname key, full name, leading titles) of a capitalised run that names a
    person, else None (memoised: a pure function of the run; names, the article's doc names
    that name_core reads, is part of the key)."""
    run = cut_at_sentence_end(group)
    words = run.split()
    core = name_core(run)
    if len(core) < 2 or core[-1].lower() in lexicon().org_words or is_place(core):
        return None
    lead = [w.lower().rstrip(".") for w in words[: len(words) - len(core)]]
    titles = lexicon().titles
    return (
        len(run),
        core[-1].lower(),
        " ".join(core),
        tuple(t for t in lead if t in titles),
    )


def after_complement(core: list[str]) -> list[str]:
    """Return the person's name words ending core ('Energy Jo Roe' -> Jo Roe), else []."""
    if len(core) < 3:
        return core
    given, n = lexicon().first_names, len(core)
    if core[-1].lower().rstrip(".") in SUFFIXES:
        n -= 1  # 'Brask Jr.': the suffix stays, the name is found before it
    # from the first given name with a surname after it, of either gender ('Foreign Affairs
    # Wang Yi'), but no state's ('Governor of Virginia Tom Lee') nor one a given name of the
    # other gender follows ('Charlotte Tom Lee'; 'Mary Ann Roe' is one name)
    for k in range(n - 1):
        low, nxt = core[k].lower(), given.get(core[k + 1].lower(), "u")
        if low in given and low not in _STATES:
            if k + 2 < n and "u" not in (given[low], nxt) and given[low] != nxt:
                continue
            return core[k:]
    # else the last two words ('Energy Zorvana Brask'), three over a particle or initial
    # ('Transport Mirja ter Brask'), when no body's or place's word is among them
    mid = core[n - 2]  # an initial: 'J.' or 'J', not a given name 'Jo'
    start = n - 3 if mid.lower() in _APART or len(mid.rstrip(".")) == 1 else n - 2
    if any(org_word(w) or w.lower() in _COMPLEMENT_WORDS for w in core[max(0, start) : n]):
        return []  # 'Secretary of Health and Human Services': a title, no person
    return core[max(0, start) :]


def named_in_apposition(surface: str) -> str | None:
    """Return the name set off after a description ('the press secretary, Jo Roe'), else None."""
    desc, sep, name = surface.rstrip(", ").rpartition(", ")
    if not sep or desc.split(" ", 1)[0].lower() not in _DESCRIBERS:
        return None
    words = name.split()
    return name if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) else None


def person_before_of(surface: str) -> str:
    """Return the person of 'Aris Roe of the Armenian Patriarchate' or 'Mr. Roe of the Sierra
    Club' (two name words, or a title and one), else the surface unchanged."""
    head, sep, _ = surface.partition(" of ")
    if not sep:
        return surface
    core = name_core(head)
    if core and core[-1].lower() in lexicon().org_words:
        return surface  # 'the National Confederation of Industry': an organisation's name
    words = head.split()
    titled = len(words) > len(core) and words[-len(core) - 1].lower() in lexicon().titles
    return head if len(core) >= 2 or (core and titled) else surface


def org_word(word: str) -> bool:
    """Return whether a word of a name is an organisation's word ('Trust', 'Holdings')."""
    low = word.lower()
    return low in lexicon().org_words or low in _FIRM_WORDS or low in kinds().by_word


def role_name(words: list[str], core: list[str]) -> bool:
    """Return whether a role word before a name of 2+ words makes a person ('the economist X')."""
    # ('the New York Times' has only the determiner before its name)
    if len(core) < 2 or len(words) <= len(core) + 1:
        return False
    role = words[-len(core) - 1]
    titles = lexicon().titles
    lead = [w.lower() for w in words[: -len(core)]]
    # 'the head of the regional administration Oleh Kiper' (translated copy), 'the Minister of
    # Energy Jo Roe', 'the Secretary of State Ana Ruiz': a title heads it, and the name is no
    # organisation's ('the chief of the bank Credit Suisse') or place's, nor the complement
    # itself ('the Minister of Education')
    of_run = (
        lead[0] == "the"
        and lead[1] in titles
        and "of" in lead[2:]
        and lead[-1] not in ("of", "the", "and", "&")
        and role.lower() not in kinds().by_word
        and not is_place(core)
        and not any(org_word(w) or w.lower() in _COMPLEMENT_WORDS for w in core)
    )
    if role[:1].isupper() and role.endswith(("'s", "’s")) and personal(list(core)):
        # 'the Post's Ana Ruiz': the outlet is an affiliation, dropped like 'of …'; not an
        # organisation named after a person ('the Queen's Helen Trust')
        return not any(org_word(w) for w in core)
    if role.isalpha() and role[0].isupper() and role.lower() in titles:
        # 'the outgoing Mayor Jo Roe', 'the new Prime Minister Ana Lima' (not 'an aide to
        # President Jo Roe', nor 'the Democratic National Convention')
        if set(lead[:-1]) & PREPOSITIONS:
            return of_run
        return role.lower() in _PREFIX_TITLES or personal(list(core))
    if not role.isalpha():
        return False
    if role.islower() and (role in titles or personal(list(core))):
        return True
    return of_run


def org_name(surface: str) -> str:
    """Return an organisation's name as a speaker: 'The Kremlin' -> 'the Kremlin'."""
    surface = " ".join(surface.split())
    return "the" + surface[3:] if surface.startswith("The ") else surface
