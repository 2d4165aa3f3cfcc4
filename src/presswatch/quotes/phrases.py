"""Noun-phrase spotting around a reporting verb: the subject before it or after it."""

from __future__ import annotations

import re

from presswatch.quotes.lexicon import lexicon

_TOKEN = re.compile(r"[^\s\x00]+")
# Words that can sit between a subject and its verb ('Trump has also said').
_WORDS = lexicon().sets
SKIP = _WORDS["skip"]
DETERMINERS = _WORDS["determiners"]
PARTICLES = _WORDS["particles"]
NOT_NAMES = _WORDS["not_names"]
PREPOSITIONS = _WORDS["prepositions"]
FUNCTION = _WORDS["function"]
_PARTY = re.compile(r"\(?[RDI]-[A-Z]")  # party-state tags: 'R-Ky.', '(D-Mo.)'
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_NOT_ADVERBS = frozenset(
    {"family", "rally", "ally", "tally", "assembly", "supply", "july", "italy"}
)
_OF_WORDS = frozenset({"of", "for", "at", "to", "with"})  # a role's complement: 'head of'

_PUNCT = ",;:.!?()[]—–-\"“”'’‘"


def _verbish(word: str) -> bool:
    """Return whether a lower-case word looks like a verb that ends a noun phrase."""
    return (
        word in PREPOSITIONS
        or word in ("who", "which", "close")
        or (len(word) > 4 and word.endswith("ed"))
        or lexicon().verb_re.fullmatch(word) is not None
    )


def tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Return the whitespace tokens of text[lo:hi] as (start, end, word)."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, lo, hi)]


def _core(word: str) -> str:
    return word.strip(_PUNCT)


def _is_cap(word: str) -> bool:
    w = _core(word)
    return bool(w) and w[0].isupper() and w.lower() not in NOT_NAMES


def _name_like(word: str) -> bool:
    if _INITIALS.fullmatch(word.rstrip(",")):
        return True
    w = _core(word).lower()
    lex = lexicon()
    return _is_cap(word) or w in lex.titles or w in PARTICLES or w in lex.org_words


def _has_name(toks: list[tuple[int, int, str]]) -> bool:
    titles = lexicon().titles
    return any(_is_cap(w) and _core(w).lower() not in titles for _, _, w in toks)


def _role_word(word: str) -> bool:
    plain = word.replace("-", "")
    if word.endswith("ly") and word not in _NOT_ADVERBS:
        return False
    if word.endswith("s") and not word.endswith("ss"):
        return False  # 'Trump openly admires Putin': a verb, not a role noun
    return plain.isalpha() and word.islower() and word not in FUNCTION and not _verbish(word)


def _run_back(toks: list[tuple[int, int, str]], i: int) -> int:
    """Return the first index of the name-like run of tokens ending at i (inclusive)."""
    k = i
    while True:
        while k - 1 >= 0 and _name_like(toks[k - 1][2]) and toks[k - 1][2][-1] not in ",;:(":
            k -= 1
        # bridge one lower-case role word: 'Senate minority leader Harry Reid'
        if (
            k >= 2
            and _role_word(toks[k - 1][2])
            and _is_cap(toks[k - 2][2])
            and toks[k - 2][2][-1] not in ",;:("
        ):
            k -= 2
            continue
        break
    if k - 1 >= 0 and toks[k - 1][2].lower() == "the":
        k -= 1
    return k


def _span(toks: list[tuple[int, int, str]], k: int, i: int) -> tuple[int, int]:
    start, end = toks[k][0], toks[i][1]
    word = toks[i][2]
    end -= len(word) - len(word.rstrip(_PUNCT.replace(".", "")))
    if word.endswith(",") or (word.endswith(".") and len(_core(word)) > 3):
        end = toks[i][0] + len(word.rstrip(",."))
    return start, end


def _description_back(toks: list[tuple[int, int, str]], i: int) -> int | None:
    for k in range(i, max(-1, i - 8), -1):
        word = toks[k][2]
        if k < i and word[-1] in ",;:":
            return None
        if word.lower() in DETERMINERS:
            if k >= 2 and toks[k - 1][2].lower() in ("of", "for") and k < i:
                continue  # 'the head of the delegation said'
            if k > 0 and toks[k - 1][2].lower() in PREPOSITIONS:
                return None  # 'in the past said' is not a subject
            return k
        if word.endswith(("'s", "’s")) and word[:1].isupper():  # 'Obama's former strategist'
            return _run_back(toks, k)
        if word.lower() in ("of", "for") and k < i:
            continue
        if word.lower() in FUNCTION or lexicon().verb_re.fullmatch(word):
            return None
    return None


def subject_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the span of the subject noun phrase that ends text[lo:hi] (before a verb)."""
    toks = tokens(text, max(lo, hi - 400), hi)
    i = len(toks) - 1
    if i >= 0 and toks[i][2].endswith(")"):  # 'Sen. Jane Roe (D-Mo.) said'
        j = i
        while j >= 0 and "(" not in toks[j][2] and i - j < 6:
            j -= 1
        if j > 0 and toks[j][2].startswith("("):
            toks = toks[:j]
            i = j - 1
    while i >= 0 and (
        (_core(toks[i][2]).lower() in SKIP and not toks[i][2].endswith(","))
        or (
            toks[i][2].endswith("ly")
            and toks[i][2].isalpha()
            and toks[i][2].islower()
            and toks[i][2] not in _NOT_ADVERBS
        )
    ):
        i -= 1
    if i < 0:
        return None
    word = toks[i][2]
    low = _core(word).lower()
    if word.endswith(","):
        return _appositive(toks, i)
    if low == "who" and i > 0 and toks[i - 1][2].endswith(","):
        return _appositive(toks, i - 1, prefer_first=True)
    if low in lexicon().pronouns and low != "who":
        return toks[i][0], toks[i][0] + len(_core(word))
    if _name_like(word):
        k = _run_back(toks, i)
        if _has_name(toks[k : i + 1]):
            if k >= 2 and toks[k - 1][2] == "of" and _is_cap(toks[k - 2][2]):
                k = _run_back(toks, k - 2)  # 'Mr. Morgan of the Sierra Club said'
            return _span(toks, k, i)
    k = _description_back(toks, i)
    if k is not None and k < i:
        return _span(toks, k, i)
    if (
        word.isalpha()
        and word.islower()
        and low not in FUNCTION
        and len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ys"))
    ):
        return toks[i][0], toks[i][1]  # bare plural: 'officials said', 'critics say'
    return None


def _short_name_segment(seg: list[tuple[int, int, str]]) -> bool:
    """Return whether an appositive has lower-case words and ends in a one-word name."""
    if not any(w.islower() and w not in PARTICLES for _, _, w in seg):
        return False
    run = 0
    for _, _, w in reversed(seg):
        if not _is_cap(w) or _core(w).lower() in lexicon().titles:
            break
        run += 1
    return run < 2


def _descriptive(seg: list[tuple[int, int, str]], has_before: bool) -> bool:
    """Return whether a comma segment describes a name rather than being one ('a senator,')."""
    first = _core(seg[0][2]).lower()
    return (
        first in DETERMINERS
        or first[:1].isdigit()
        or first in ("who", "which", "of", "from")
        or (  # 'director of the Tax Policy Center and a professor at the Law School,'
            seg[0][2][:1].islower()
            and first not in PARTICLES
            and any(w in _OF_WORDS for _, _, w in seg[1:])
        )
        or (first.endswith("ing") and seg[0][2].islower())  # 'dedicating the museum,'
        or _PARTY.match(seg[0][2]) is not None
        or (has_before and _short_name_segment(seg))  # 'Jane Roe, Republican of Ohio,'
    )


def _place(toks: list[tuple[int, int, str]], j: int, seg: list[tuple[int, int, str]]) -> bool:
    """Return whether a short segment ends a place after 'of': 'Jane Roe, 22, of Flint, Mich.,'."""
    if len(seg) > 2 or j < 1:
        return False
    k = j - 1
    while k >= 0 and toks[k][2][-1] not in ",;:" and j - k < 6:
        k -= 1
    return _core(toks[k + 1][2]).lower() in ("of", "from")


def _appositive(
    toks: list[tuple[int, int, str]], i: int, prefer_first: bool = False
) -> tuple[int, int] | None:
    """Subject of 'Name, appositive, said' or 'The head of X, Name, said' ending at token i."""
    end = i
    for _ in range(6):  # walk back over up to six comma segments
        j = end - 1
        while j >= 0 and toks[j][2][-1] not in ",;:" and end - j < 30:
            j -= 1
        seg = toks[j + 1 : end + 1]
        if not seg:
            return None
        if prefer_first or _descriptive(seg, j >= 0) or _place(toks, j, seg):
            prefer_first = False
            if j < 0 or not toks[j][2].endswith(","):
                return None
            end = j
            continue
        if _name_like(toks[end][2]):
            k = max(_run_back(toks, end), j + 1)
            if _has_name(toks[k : end + 1]):
                return _span(toks, k, end)
        return None
    return None


def _bridge(toks: list[tuple[int, int, str]], j: int) -> int | None:
    """Return the index of a capitalised word reached from toks[j] over 1-2 lower-case role
    words ('Clinton ally James Carville', 'Oversight ranking Democrat'), else None."""
    for n in range(j, min(j + 2, len(toks))):
        if not _role_word(toks[n][2]):
            return None
        if n + 1 < len(toks) and _is_cap(toks[n + 1][2]):
            return n + 1
    return None


def subject_after(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the span of the noun phrase that starts text[lo:hi] (after an inverted verb)."""
    toks = tokens(text, lo, min(hi, lo + 120))
    if not toks:
        return None
    first = toks[0][2]
    if first.lower() == "the" and len(toks) > 1 and _is_cap(toks[1][2]):
        span = subject_after(text, toks[1][0], hi)
        if span is None:
            return None
        nxt = next((t for t in toks if t[0] > span[1]), None)
        if nxt and text[span[1] : nxt[0]].isspace() and _role_word(nxt[2]):
            return toks[0][0], nxt[1]  # 'the New York businessman'
        return toks[0][0], span[1]
    if _core(first).lower() in DETERMINERS:
        for k in range(1, min(len(toks), 7)):
            word = _core(toks[k][2]).lower()
            if word in _OF_WORDS and k >= 2 and toks[k - 1][2][-1] not in ",.;:":
                tail = subject_after(text, toks[k + 1][0], hi) if k + 1 < len(toks) else None
                if tail:  # 'a spokesman for Platte River', 'the authors of the report'
                    return toks[0][0], tail[1]
            if toks[k][2][-1] in ",.;:" or word in FUNCTION or _verbish(word):
                end = k if toks[k][2][-1] in ",.;:" and not _verbish(word) else k - 1
                return _span(toks, 0, end) if end >= 1 else None
        return _span(toks, 0, min(len(toks), 6) - 1)
    k = 0
    given_name = first[:1].isupper() and len(toks) > 1 and _is_cap(toks[1][2])  # 'Will Doyle'
    if not given_name and (not _name_like(first) or _core(first).lower() in FUNCTION):
        # lower-case modifiers before a name: 'said 9/11 widow Terry Strada'
        while k < min(len(toks), 4) and not _is_cap(toks[k][2]):
            word = toks[k][2]
            if word[-1] in ",.;:" or _core(word).lower() in FUNCTION | DETERMINERS:
                return None
            if word[:1].isupper():
                return None  # 'Citing last week's …' is not a modifier
            k += 1
        if k == 0 or k >= min(len(toks), 4):
            return None
        span = subject_after(text, toks[k][0], hi)
        return (toks[0][0], span[1]) if span else None
    if (
        first.endswith("ing")
        and len(toks) > 1
        and toks[1][2][:1].islower()
        and not lexicon().verb_re.match(toks[1][2])
    ):
        return None  # 'Surveying the crowd, …'
    while k + 1 < len(toks) and toks[k][2][-1] not in ",;:":
        if (
            toks[k][2].endswith(".")
            and len(_core(toks[k][2])) > 3
            and toks[k][2].lower() not in lexicon().titles  # 'Navy Capt. Jeff Davis'
        ):
            break
        if _name_like(toks[k + 1][2]):
            k += 1
            continue
        bridge = _bridge(toks, k + 1)
        if bridge is None:
            break
        k = bridge
    if not _has_name(toks[: k + 1]):
        return None
    return _span(toks, 0, k)
