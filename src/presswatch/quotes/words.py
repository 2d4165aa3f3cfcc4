"""Word-shape tests on whitespace tokens: names, titles, role words and name-like runs."""

from __future__ import annotations

import re
from contextvars import ContextVar
from functools import lru_cache

from presswatch.quotes.lexicon import lexicon

# The word-shape tests below are pure functions of one word, asked about again and again within
# and across articles: they are memoised (bounded LRU caches).

# Words that can sit between a subject and its verb ('Trump has also said').
_WORDS = lexicon().sets
SKIP = _WORDS["skip"]
DETERMINERS = _WORDS["determiners"]
PARTICLES = _WORDS["particles"]
# the alphabetic particles as a regex alternation, longest first ('von|van|de|…')
PARTICLE_RE = "|".join(sorted((w for w in PARTICLES if w.isalpha()), key=len, reverse=True))
NOT_NAMES = _WORDS["not_names"]
PREPOSITIONS = _WORDS["prepositions"]
FUNCTION = _WORDS["function"]
# words that open a subordinate clause: its subject is no subject of the main verb
CLAUSE_HEADS = _WORDS["subordinators"] | _WORDS["clause_prepositions"]
# a lower-case word after a name: a verb, mostly
VERBISH_NEXT = re.compile(r",?\s+[a-z]{2,}\b")
PARTY = re.compile(r"\(?[RDI]-[A-Z]")  # party-state tags: 'R-Ky.', '(D-Mo.)'
INITIALS = re.compile(r"(?:[A-Z]\.)+")
_INITIAL = re.compile(r"[A-Z]\.")
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
OWNERS = frozenset({"his", "her", "its", "their", "our", "my", "your"})  # possessive determiners
NOT_ADVERBS = frozenset({"family", "rally", "ally", "tally", "assembly", "supply", "july", "italy"})
OF_WORDS = frozenset({"of", "for", "at", "to", "with"})  # a role's complement: 'head of'

# capitalised common words that the current article uses as names ('Theresa May'); set per
# article by extract_quotes, read by is_cap and name_like
DOC_NAMES: ContextVar[frozenset[str]] = ContextVar("doc_names", default=frozenset())
_doc_names_now = DOC_NAMES.get
APOSTROPHE = re.compile(r"['’]")  # splits a possessive or contraction: "Roe's", "she'd"
APOSTROPHE_T = frozenset({"'t", "’t"})  # Dutch 'het': 'Sophie in ’t Veld', 'Jan van ’t Hof'
BEFORE_T = _WORDS["split_particles"]  # 'in', 'van': before '’t'
# a particle joined to a surname: 'al-Hassan', 'el-Sayed', 'd’Alema'
_JOINED = re.compile(r"(?:" + PARTICLE_RE + r")-[A-Z]|[dD]['’][A-Z]")

PUNCT = ",;:.!?()[]—–-\"“”'’‘"
_PUNCT_BUT_DOT = PUNCT.replace(".", "")
_ABBREVIATIONS = _WORDS["abbreviations"] | _WORDS["company_abbreviations"]
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # 'U.S', 'F.B.I'

PLACE_PREPS = _WORDS["place_prepositions"]
ORG_JOINTS = _WORDS["org_joints"]
_GROUP_NOUNS = _WORDS["group_nouns"]
_PAST_FORMS = _WORDS["past_forms"]
# lower-case words that never sit inside a title chain before a name
_NOT_BRIDGES = DETERMINERS | PREPOSITIONS | _WORDS["subordinators"] | _WORDS["clause_openers"]
_JOINT_SEARCH = re.compile(r" (?i:" + "|".join(sorted(ORG_JOINTS)) + r") ").search
_PLACE_PREP = "|".join(sorted(PLACE_PREPS))
_CAP = r"[A-Z][\w'’.-]*"
# every capital of the Latin, Greek and Cyrillic blocks ('Élodie', 'Łukasz', 'Ömer'), as the body of
# a regex class: the capital-letter patterns of non-ASCII text use it in place of 'A-Z'
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper())


def unicode_caps(pattern: str) -> str:
    """Return a regex pattern with each class that starts 'A-Z' taking every capital (UPPER)."""
    return pattern.replace("[A-Z", "[" + UPPER)


_PLACE_THEN_COMMA = re.compile(
    rf"\b(?i:{_PLACE_PREP})\s+(?:the\s+)?(?:{_CAP}\s+){{0,3}}{_CAP},\s*$"
)


@lru_cache(maxsize=1 << 15)
def verbish(word: str) -> bool:
    """Return whether a lower-case word looks like a verb that ends a noun phrase."""
    return (
        word in PREPOSITIONS
        or word in ("who", "which", "close")
        or word in _PAST_FORMS  # 'Armenian forces held': an irregular past ends the phrase
        or (len(word) > 4 and word.endswith("ed") and "-" not in word)
        or lexicon().verb_re.fullmatch(word) is not None
    )


def tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Return the whitespace tokens of text[lo:hi] as (start, end, word)."""
    out = []
    pos = lo
    find = text.find
    # split + find (both in C) is faster than a regex finditer; \x00 is quote-mask filler
    for word in text[lo:hi].replace("\x00", " ").split():
        start = find(word, pos)
        pos = start + len(word)
        out.append((start, pos, word))
    return out


@lru_cache(maxsize=1 << 15)
def core(word: str) -> str:
    return word.strip(PUNCT)


def is_doc_name(word: str) -> bool:
    """Return whether a token is one of the current article's doc_names."""
    names = DOC_NAMES.get()
    return bool(names) and core(word) in names


@lru_cache(maxsize=1 << 15)
def _is_cap(word: str) -> bool:
    w = core(word)
    if w[:1].islower() and _JOINED.match(w):
        return True  # 'al-Hassan'
    if w.endswith("ed") and lexicon().verb_re.fullmatch(w.lower()):
        return False  # a capitalised cue verb ('Roe, a skipper, Tweeted:') names nobody
    return bool(w) and w[0].isupper() and w.lower() not in NOT_NAMES


def joined_particle(word: str) -> bool:
    """Return whether a word is a surname with a particle joined to it ('al-Hassan')."""
    return _JOINED.match(word) is not None


def is_cap(word: str) -> bool:
    """Return whether a token is a capitalised word that can be a name."""
    return _is_cap(word) or (word[:1].isupper() and core(word) in _doc_names_now())


@lru_cache(maxsize=1 << 15)
def _name_like(word: str) -> bool:
    if INITIALS.fullmatch(word.rstrip(",")) or ORDINAL.fullmatch(word):
        return True  # 'J.R. Halvorsen', 'Marine 2nd Lt. Jane Roe'
    w = core(word).lower()
    lex = lexicon()
    return _is_cap(word) or w in lex.titles or w in PARTICLES or w in lex.org_words


def name_like(word: str) -> bool:
    """Return whether a token can be part of a name phrase (names, titles, initials, '1st')."""
    return _name_like(word) or (word[:1].isupper() and core(word) in _doc_names_now())


@lru_cache(maxsize=1 << 15)
def opens_no_phrase(first: str) -> bool:
    """Return whether a window's first token alone makes `noun_phrase_after` find no phrase: a
    lower-case word that is no name, determiner or modifier before a name ('in', 'said,')."""
    # (not capitalised: the article's doc names, which is_cap and name_like read, cannot match)
    low = core(first).lower()
    if first[:1].isupper() or low in DETERMINERS or (_name_like(first) and low not in FUNCTION):
        return False
    return (
        _is_cap(first)
        or first[-1] in ",.;:"
        or low in FUNCTION
        or (first.endswith("ing") and len(first) > 5)
    )


def has_name(toks: list[tuple[int, int, str]]) -> bool:
    titles = lexicon().titles
    # a loop, not any() over a generator (half the cost): called for most subject phrases
    for _, _, w in toks:  # noqa: SIM110
        if is_cap(w) and core(w).lower() not in titles:
            return True
    return False


@lru_cache(maxsize=1 << 15)
def role_word(word: str) -> bool:
    plain = word.replace("-", "")
    if word.endswith("ly") and word not in NOT_ADVERBS:
        return False
    if word.endswith("s") and not word.endswith("ss"):
        return False  # 'Trump openly admires Putin': a verb, not a role noun
    return plain.isalpha() and word.islower() and word not in FUNCTION and not verbish(word)


def _bridged(toks: list[tuple[int, int, str]], k: int) -> int:
    """Return how many lower-case role words (1-3) join toks[k] to a capitalised word before
    them, else 0."""
    for n in range(1, 4):
        if k - n < 1 or not role_word(toks[k - n][2]):
            return 0
        if is_cap(toks[k - n - 1][2]) and toks[k - n - 1][2][-1] not in ",;:(":
            return n
        if toks[k - n][2] in _NOT_BRIDGES:  # 'ship to Norvia until the Norvian …'
            return 0
    return 0


def run_back(toks: list[tuple[int, int, str]], i: int) -> int:
    """Return the first index of the name-like run of tokens ending at i (inclusive)."""
    k = i
    while True:
        while k - 1 >= 0 and name_like(toks[k - 1][2]) and toks[k - 1][2][-1] not in ",;:(":
            k -= 1
        # bridge up to three lower-case role words: 'Harbour board chair Jane Roe', 'Port
        # Authority senior legal counsel Jane Roe'
        n = _bridged(toks, k)
        if not n:
            break
        k -= n + 1
    if k - 1 >= 0 and toks[k - 1][2].lower() == "the":
        k -= 1
    return k


def np_span(toks: list[tuple[int, int, str]], k: int, i: int) -> tuple[int, int]:
    start, end = toks[k][0], toks[i][1]
    word = toks[i][2]
    end -= len(word) - len(word.rstrip(_PUNCT_BUT_DOT))
    if word.endswith(",") or (word.endswith(".") and not abbreviation(word)):
        end = toks[i][0] + len(word.rstrip(",."))
    return start, end


def abbreviation(word: str) -> bool:
    """Return whether a word's last dot is its own ('Jr.', 'U.S.', 'J.'), not a full stop."""
    c = word.rstrip(".")
    return (
        (len(c) == 1 and c.isalpha())
        or _INITIALISM.fullmatch(c) is not None
        or c.lower() in _ABBREVIATIONS
    )


def is_place_at(text: str, start: int, end: int) -> bool:
    """Return whether the capitalised run text[start:end] is a place by its context, not a
    speaker: it follows a place preposition ('at Port Ivesk said'), or it is the second part of
    a place set off by commas ('in Brevik, Nordland, Roe went')."""
    before = text[max(0, start - 24) : start].split()
    if before and before[-1].lower() == "the":
        before.pop()
    if before and before[-1].lower() in PLACE_PREPS:
        return True
    if not text.startswith(",", end) or not before or not before[-1].endswith(","):
        return False
    if personal(text[start:end].split()):
        return False  # 'in Nordland, Mayor Jane Roe, the board chair, said'
    return _PLACE_THEN_COMMA.search(text, max(0, start - 60), start) is not None


def personal(words: list[str]) -> bool:
    """Return whether name words read as a person: a title, a known given name or a middle
    initial ('Marc H. Morial') in them."""
    lex = lexicon()
    cores = [core(w).lower() for w in words]
    initial = len(words) > 2 and any(_INITIAL.fullmatch(w) for w in words[1:-1])
    return bool(cores) and (
        initial or cores[0] in lex.first_names or any(c in lex.titles for c in cores)
    )


def org_joint(toks: list[tuple[int, int, str]], k: int, first: int) -> bool:
    """Return whether toks[k] joins the capitalised run toks[first:k] into one org's name."""
    # 'Physicians for Human Rights' is one name; 'said Williams for Wales' is a person
    if k + 1 >= len(toks) or k <= first or core(toks[k][2]).lower() not in ORG_JOINTS:
        return False
    words = [w for _, _, w in toks[first:k]]
    if words[0].lower() == "the":
        words = words[1:]
    if not words or toks[k - 1][2][-1] in PUNCT or not is_cap(toks[k + 1][2]):
        return False
    if personal(words) or len(words) > 4 or not all(name_like(w) for w in words):
        return False
    # the head before the joint names a body ('Committee to …') or a group of people
    # ('Physicians for …'), not a surname ('said Williams for Wales'); after 'to' and a body,
    # a name of two capitalised words ('Committee to Protect Journalists', not 'Commission to
    # Parliament'); people of a body are joined to one ('Aides to Clinton')
    head = core(words[-1]).lower()
    if core(toks[k][2]).lower() == "to":
        nxt = toks[k + 2][2] if k + 2 < len(toks) and toks[k + 1][2][-1] not in PUNCT else ""
        people = head.endswith("s") and not head.endswith("ss")
        return head in lexicon().org_words and (people or is_cap(nxt))
    return head in lexicon().org_words or head in _GROUP_NOUNS


@lru_cache(maxsize=1 << 15)
def _joint_word(surface: str) -> bool:
    """Return whether a phrase has an org joint word between spaces (memoised: a pure test)."""
    return _JOINT_SEARCH(surface) is not None


def has_org_joint(surface: str) -> bool:
    """Return whether a speaker phrase is an organisation's name joined by an org joint."""
    if not _joint_word(surface):  # most phrases have no joint word: skip tokenising
        return False
    toks = tokens(surface, 0, len(surface))
    start = 1 if toks and toks[0][2].lower() == "the" else 0
    return any(org_joint(toks, k, start) for k in range(start + 1, len(toks) - 1))
