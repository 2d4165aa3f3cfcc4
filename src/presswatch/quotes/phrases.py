"""Noun-phrase spotting around a reporting verb: the subject before it or after it."""

from __future__ import annotations

import re

from presswatch.quotes import groupwords as gw
from presswatch.quotes.agents import NOUNS as AGENT_NOUNS
from presswatch.quotes.agents import POSTMODIFIERS, owned, whole
from presswatch.quotes.agents import PREPOSITIONS as AGENT_PREPOSITIONS
from presswatch.quotes.appositives import appositive
from presswatch.quotes.handles import handle_before
from presswatch.quotes.lexicon import lexicon, office_title
from presswatch.quotes.nounwords import dated
from presswatch.quotes.words import (
    DETERMINERS,
    FUNCTION,
    NOT_ADVERBS,
    PREPOSITIONS,
    PUNCT,
    SKIP,
    core,
    has_name,
    is_cap,
    is_doc_name,
    is_place_at,
    name_like,
    np_span,
    org_joint,
    run_back,
    tokens,
)

__all__ = ["subject_before", "tokens"]
# cue participles that are adjectives or passives after a determiner, a number or a form of
# 'be' ('an informed source', 'two informed officials', 'was assured of'); 'well-' is a hyphen
ADJECTIVAL = lexicon().sets["adjectival_cues"]
# the post-modifier phrases by their last word ('with_knowledge_of': 'of' -> ('with', …, 'of'))
_POSTMODIFIERS: dict[str, list[tuple[str, ...]]] = {}
for _phrase in POSTMODIFIERS:
    _POSTMODIFIERS.setdefault(_phrase[-1], []).append(tuple(_phrase))
_ADJECTIVE_LEAD = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Mm]any|[Ss]ome|[Oo]ne"
    r"|be|was|were|been|is|are|being|\d+)\s+$"
)

_KIN_NOUNS = lexicon().sets["kin_nouns"]
_KIN_NUMBERS = lexicon().sets["kin_numbers"]

# a participle phrase: 'Informed by the report, the mayor said …', 'Assured of victory, …'
_PARTICIPLE_TAIL = re.compile(r"\s+(?:by|of|about)\b")


def adjectival(masked: str, lo: int, start: int, end: int) -> bool:
    """Return whether a cue participle (start to end) is an adjective or opens a phrase."""
    return (
        _ADJECTIVE_LEAD.search(masked, max(lo, start - 12), start) is not None
        or _PARTICIPLE_TAIL.match(masked, end) is not None
    )


def _kin_head(word: str) -> bool:
    """Return whether a word may head a kin description ('mother', 'father', 'grandmother')."""
    return word in _KIN_NOUNS or gw.people_noun(word)


def _kin(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Return whether the number toks[k] ends a kin description ('the mother of three')."""
    return toks[k][2].lower() in _KIN_NUMBERS and _kin_head(toks[k - 2][2])


# 'the mother' + ' of three' ending its phrase: before a mark, a relative word or the end
_KIN_TAIL = re.compile(r" of ([a-z]+)(?=[,.;:!?]|\s+(?:who|whose|that)\b|\s*$)")


def kin_after(masked: str, subj: tuple[int, int], hi: int) -> tuple[int, int]:
    """Return subj with the 'of' and number that end its kin description after it, if any."""
    tail = _KIN_TAIL.match(masked, subj[1], hi)
    if tail is None or tail.group(1) not in _KIN_NUMBERS:
        return subj
    head = masked[subj[0] : subj[1]].rsplit(None, 1)[-1]
    return (subj[0], tail.end(1)) if _kin_head(head) else subj


def _description_back(toks: list[tuple[int, int, str]], i: int) -> int | None:
    for k in range(i, max(-1, i - 8), -1):
        word = toks[k][2]
        if k < i and word[-1] in ",;:":
            return None
        if word.lower() in DETERMINERS:
            if k >= 2 and toks[k - 1][2].lower() in ("of", "for") and (k < i or _kin(toks, k)):
                continue  # 'the head of the delegation said', 'the mother of three said'
            if k > 0 and toks[k - 1][2].lower() in PREPOSITIONS:
                # 'in the past said' is not a subject; 'an aide to the president said' is
                return _agent_start(toks, k)
            return k
        if word.endswith(("'s", "’s")) and word[:1].isupper():  # 'Obama's former strategist'
            return run_back(toks, k)
        if word.lower() in ("of", "for") and k < i:
            continue
        if word.lower() in FUNCTION or (
            lexicon().verb_re.fullmatch(word) and word not in ADJECTIVAL
        ):
            return None
    return None


def subject_before(
    text: str, lo: int, hi: int, toks: list[tuple[int, int, str]] | None = None
) -> tuple[int, int] | None:
    """Return the span of the subject noun phrase that ends text[lo:hi] (before a verb);
    toks: the tokens of text[max(lo, hi - 400) : hi] when the caller has them."""
    if (handle := handle_before(text, lo, hi)) is not None:
        return handle  # '@SenAnnRoe wrote'
    if toks is None:
        toks = tokens(text, max(lo, hi - 400), hi)
    i = len(toks) - 1
    if i >= 0 and toks[i][2].endswith(")"):  # 'Sen. Jane Roe (D-Mo.) said'
        j = i
        while j >= 0 and "(" not in toks[j][2] and i - j < 6:
            j -= 1
        if j > 0 and toks[j][2].startswith("("):
            toks = toks[:j]
            i = j - 1
    last = i
    while i >= 0 and (
        (
            core(toks[i][2]).lower() in SKIP
            and not toks[i][2].endswith(",")
            and not is_doc_name(toks[i][2])
        )
        or (
            toks[i][2].endswith("ly")
            and toks[i][2].isalpha()
            and toks[i][2].islower()
            and toks[i][2] not in NOT_ADVERBS
        )
    ):
        i -= 1
    if i < 0:
        return None
    word = toks[i][2]
    low = core(word).lower()
    if word.endswith(","):
        return appositive(toks, i)
    if low == "who" and i > 0 and toks[i - 1][2].endswith(","):
        return appositive(toks, i - 1, prefer_first=True)
    if low in ("him", "them") and (post := _postmodified(text, lo, toks, i)):
        return post  # 'people close to him said'
    if low in lexicon().pronouns and low != "who":
        return toks[i][0], toks[i][0] + len(core(word))
    if name_like(word):
        k = run_back(toks, i)
        if has_name(toks[k : i + 1]):
            if k == i and _role_place(toks, k) and (d := _description_back(toks, i)) is not None:
                return np_span(toks, d, i)  # 'the mayor of Dunmore said': the role's place
            while k >= 2 and (
                (toks[k - 1][2] == "of" and is_cap(toks[k - 2][2]))
                or org_joint(toks, k - 1, run_back(toks, k - 2))
                or _of_and(toks, k, i)
            ):
                k = run_back(toks, k - 2)  # 'Ms. Roe of the Pilots Guild', 'Doctors for Peace'
            if post := _postmodified(text, lo, toks, i, names=True):
                return post  # 'a source close to the Kremlin said': all of it
            if (start := _agent_start(toks, k)) is not None:
                # 'Jo Roe, a spokesman for X said'; not a clause before it ('…, an aide to X said')
                comma = start and toks[start - 1][2].endswith(",")
                if comma and (named := appositive(toks, start - 1)) is not None:
                    return named
                return np_span(toks, start, i)  # 'a spokeswoman for Tesla said': all of it
            span = np_span(toks, k, i)
            if k and is_place_at(text, *span):  # 'dockers at Port Ivesk': a place, not the head
                # the tokens before the place are this window's when it starts at lo
                head = subject_before(
                    text, lo, toks[k - 1][0], toks[: k - 1] if lo >= hi - 400 else None
                )
                if head and text[head[1] : toks[k - 1][0]].isspace():
                    return head[0], span[1]  # 'The delegate from Nordland said'
                return head
            return span
    k = _description_back(toks, i)
    if k is not None and (post := _postmodified(text, lo, toks, i, names=True)):
        return post  # 'a person familiar with Tom Reyes's thinking said'
    if k is not None and k < i:
        return np_span(toks, k, last if dated(toks, i, last) else i)  # 'the ad aired Friday
    if k is None and (post := _postmodified(text, lo, toks, i)):
        return post  # 'a source familiar with the matter said', 'people close to him said'
    if word.isalpha() and word.islower() and gw.bare_plural(word) and not gw.new_group(word):
        return toks[i][0], toks[i][1]  # bare plural: 'officials said', 'critics say'
    if word.isalpha() and word.islower() and gw.new_group(word) and _unbound(text, lo, hi, toks, i):
        if word in gw.MEDIA and i and toks[i - 1][2].isalpha() and toks[i - 1][2][1:].islower():
            if toks[i - 1][2].lower() in gw.PLATFORMS:
                return None  # 'Social media has added': a platform
            return toks[i - 1][0], toks[i][1]  # 'state media said': the outlet is its kind
        return toks[i][0], toks[i][1]  # 'police said', 'people say' (not 'if people think')
    if word.isalpha() and word[1:].islower() and _opens(text, lo, hi, toks, i) and gw.group(low):
        return toks[i][0], toks[i][1]  # 'Officials said the …', 'Sources said: “…”'
    return None


def _unbound(text: str, lo: int, hi: int, toks: list[tuple[int, int, str]], i: int) -> bool:
    """Return whether no binder precedes toks[i] and its modifiers ('hospital staff said')."""
    k = i - 1
    # past up to three lower-case modifiers or numerals: 'by city hospital staff', 'by 5,000 people'
    while k >= 0 and k > i - 4 and toks[k][2] not in gw.BINDERS and gw.modifier(toks[k][2]):
        k -= 1
    if k < 0:
        return True
    word = toks[k][2]  # a binder opening the sentence is capitalised: 'If people think'
    if word in gw.BINDERS:
        return False
    return not (word.istitle() and word.lower() in gw.BINDERS and _opens(text, lo, hi, toks, k))


def _opens(text: str, lo: int, hi: int, toks: list[tuple[int, int, str]], i: int) -> bool:
    """Return whether toks[i] opens its sentence (the first word or one after . ! ? or a colon)."""
    if i:
        return toks[i - 1][2][-1] in ".!?:"
    return lo >= hi - 400 or not text[max(0, toks[0][0] - 2) : toks[0][0]].strip()


def _postmodified(
    text: str, lo: int, toks: list[tuple[int, int, str]], i: int, names: bool = False
) -> tuple[int, int] | None:
    """Return the span of a people noun and its post-modifier ending at toks[i], else None."""
    # names: the object may hold names ('close to the Kremlin'), the lead only as agents.whole
    for j in range(i, max(0, i - 8), -1):
        word = toks[j][2]
        if word[-1] in PUNCT or not (word.islower() or (names and is_cap(word))):
            return None  # the object of the phrase: lower-case words unless names
        for phrase in _POSTMODIFIERS.get(word, ()) if j < i else ():
            n = len(phrase)
            if j - n + 1 < 1 or [t[2] for t in toks[j - n + 1 : j + 1]] != list(phrase):
                continue
            start = toks[j - n + 1][0]
            head = subject_before(text, lo, start)
            last = text[head[0] : head[1]].split()[-1].lower() if head else ""
            if head and head[1] == toks[j - n][1] and gw.people_noun(last):
                if names and whole(text[head[0] : toks[i][1]]) is None:
                    return None  # 'Acme officials close to …': the organisation rules'
                return head[0], toks[i][1]
    return None


def _agent_start(toks: list[tuple[int, int, str]], k: int) -> int | None:
    """Return the index of the description a name run at toks[k] is the object of ('a former
    spokeswoman for' Tesla, 'Lawyers for' Tom Reyes), else None."""
    j = k - 1
    if j < 1 or toks[j][2] not in AGENT_PREPOSITIONS:
        return None
    head = toks[j - 1][2]
    if head.lower() not in AGENT_NOUNS or head[-1] in PUNCT:
        return None
    if j - 1 == 0 or toks[j - 2][2][-1] in PUNCT:  # 'Lawyers for Tom Reyes said': a bare plural
        return j - 1 if head.endswith("s") else None
    for d in range(j - 2, max(-1, j - 6), -1):  # the determiner, past lower-case modifiers
        word = toks[d][2]
        if word.lower() in DETERMINERS:
            return d
        if (own := owned(word, head, toks[j][2])) is not None:
            # "Britain's representative to the UN said" (not "Acme's spokesman for Asia": Acme's)
            return run_back(toks, d) if own else None
        if not word.isalpha() or not word.islower() or word in FUNCTION:
            return None
    return None


def _role_place(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Return whether the capitalised word toks[k] is a role's place ('the mayor of Dunmore')."""
    return k >= 3 and toks[k - 1][2] == "of" and office_title(toks[k - 2][2])


def _of_and(toks: list[tuple[int, int, str]], k: int, i: int) -> bool:
    """Return whether 'and' before toks[k] joins two names after 'of' into one organisation's
    ('Sgt Jo Roe of Devon and Cornwall Police'; not '… of Chicago and Professor Knittel')."""
    if toks[k - 1][2] != "and" or not is_cap(toks[k - 2][2]) or toks[k - 2][2][-1] in PUNCT:
        return False
    if core(toks[i][2]).lower() not in lexicon().org_words:
        return False
    j = run_back(toks, k - 2)
    return j >= 2 and toks[j - 1][2] == "of" and is_cap(toks[j - 2][2])
