"""Descriptions a text establishes for a name ('Jane Roe, the Ukrainian leader,'), so that a
later 'the Ukrainian leader said' can be resolved to the person."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from presswatch.quotes.holders import same_sentence
from presswatch.quotes.lexicon import (
    capital_alternation,
    lexicon,
    state_names,
    title_abbreviations,
    us_states,
)
from presswatch.quotes.words import unicode_caps

# runs are possessive ('++'): what follows each is never in its class, so the matches are the
# same and a failing position gives up without backtracking through the word
# (the first word written out: the regex engine then skips ahead to the next capital letter)
_NAME = unicode_caps(r"([A-Z][\w'’.-]++ (?:[A-Z][\w'’.-]++ ){0,2}[A-Z][\w'’-]++)")
_DESC = r"((?:[\w'’-]++ ){0,5}?[a-z][\w-]++)"
_NAME_RE = re.compile(_NAME)
# after a name: ', the head of the delegation,'; before one: 'the head of the delegation, Jane Roe,'
# (and a place or body after 'of'/'in'/'at'/'for': ', the mayor of Dunmore,')
_PLACE = r"(?: (?:of|in|at|for|from) (?:the )?[A-Z][\w'’-]++(?: [A-Z][\w'’-]++){0,2})?"
_DESC_AFTER = re.compile(r", (?:the|a|an) (" + _DESC[1:-1] + _PLACE + r")[,.;]")
# '\b' before 'The' checked after its first letter ('(?<!\w.)'): the engine skips ahead to a T
_HONORIFICS = r"(?:(?:Rt\.?|Hon\.?|Dr\.?|Prof\.?|Chief|Alhaji|Sir|Dame|Mr\.?|Mrs\.?|Ms\.?) )*"
_BEFORE_NAME = re.compile(r"[Tt](?<!\w.)he " + _DESC + r", " + _HONORIFICS + _NAME + r"[,.;]")
# a capitalised title set off before the name: 'the Speaker, Rt. Hon. Jane Roe,'
_TITLE_BEFORE = re.compile(r"[Tt](?<!\w.)he ([A-Z][a-z]++), " + _HONORIFICS + _NAME + r"[,.;]")
# a possessor's one-word role set off before the name, the possessor kept in the key: 'Zainab's
# coach, Jo Roe,', 'the Rovers' manager, Jo Roe,', 'her mother, Ana Ruiz,'
_OWNED_BEFORE = re.compile(
    unicode_caps(rf"\b({capital_alternation('owner_pronouns')}|[A-Z][\w'’-]*(?:['’]s|s['’])) ")
    + r"([a-z][a-z-]++), "
    + _HONORIFICS
    + _NAME
    + r"[,.;]"
)
OWNER_PRONOUNS = lexicon().sets["owner_pronouns"]
_QUALIFIERS = lexicon().sets["title_qualifiers"]
_PARTY_TAG = re.compile(r"(?:, | \()([RDI])-([A-Z][A-Za-z.]{1,5})(?=[,)]|\s|$)")
# 'Jo Roe, a Republican,' / 'Jo Roe, a Democrat from Ohio,'; 'Republican Sen. Jo Roe'
_PARTY_AFTER = re.compile(
    r", an? (Republican|Democrat|Independent)(?: (?:from|of) ([A-Z][a-z]+))?[,.;]"
)
_PARTY_BEFORE = re.compile(r"\b(Republican|Democratic|Independent) (?:[A-Z][\w.]* ){0,2}$")
_PARTIES = {"R": "republican", "D": "democrat", "I": "independent"}
PARTY_NOUNS = frozenset(_PARTIES.values())  # 'the Oregon Democrat' is a description, no name
_STATE_NAMES = state_names()
# 'Sen. Jo Roe of Oregon': the state after a titled name ('New York' of two words)
_OF_STATE = re.compile(r" of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b(?! [A-Z])")
_CUT = frozenset({"who", "which", "that", "and", "but", "said", "says", "told"})


def key_words(description: str) -> list[str]:
    """Return the lower-case words of a description without its determiner."""
    words = description.lower().replace("’", "'").split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return words


def _head(words: list[str]) -> str | None:
    """Return the head noun of a description: the word before 'of'/'for', else the last one."""
    for k, w in enumerate(words):
        if w in ("of", "for", "at", "in", "from") and k:
            return words[k - 1]
    return words[-1] if words else None


def _state_titles(run: str) -> tuple[str, ...]:
    """Return the nouns a name run's opening title ties to a state ('the Oregon senator')."""
    # 'Sen. Jo Roe of Oregon', 'Former Sen. Jo Roe (D-Ore.)': the Oregon senator
    words = run.lower().split()
    words = words[1:] if words[0] == "former" else words
    nouns = title_abbreviations().get(words[0])
    if nouns is None and words[0].isalpha() and words[0] not in _QUALIFIERS:
        single = words[0] in lexicon().titles and words[1] not in lexicon().titles
        nouns = (words[0],) if single else ()  # not 'Campaign Manager Jo Roe': 'campaign'
    return nouns or ()


def _party(
    text: str, m: re.Match[str], parties: bool, set_off: bool = True
) -> list[tuple[int, list[str], str]]:
    """Return the party descriptions a name's tag, appositive or title gives it (parties: the
    text holds 'Republican', 'Democratic' or 'Independent' somewhere; set_off: ', ' or ' ('
    follows the name, as a tag or appositive needs)."""
    # 'Sen. Jo Roe, D-Minn.,' is the Minnesota Democrat; 'Jo Roe, a Republican from Ohio,' the
    # Ohio Republican; 'Republican Sen. Jo Roe' the Republican
    out: list[tuple[int, list[str], str]] = []
    tag = _PARTY_TAG.match(text, m.end()) if set_off else None
    state = us_states().get(tag.group(2).lower()) if tag else None
    if tag and state:
        out.append((m.start(), [*state.split(), _PARTIES[tag.group(1)]], m.group(1)))
    if not tag and (of := _OF_STATE.match(text, m.end())):
        state = of.group(1).lower() if of.group(1).lower() in _STATE_NAMES else None
    for noun in _state_titles(m.group(1)) if state else ():
        out.append((m.start(), [*state.split(), noun], m.group(1)))
    if set_off and (after := _PARTY_AFTER.match(text, m.end())):
        place = after.group(2).lower().split() if after.group(2) else []
        out.append((m.start(), [*place, after.group(1).lower()], m.group(1)))
    if not parties:  # neither a party title in the run nor one before it
        return out
    first = m.group(1).split(" ", 1)[0]
    if first in ("Republican", "Democratic", "Independent"):  # the run holds it
        out.append((m.start(), [_PARTIES[first[0]]], m.group(1)))
    elif before := _PARTY_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        out.append((m.start(), [_PARTIES[before.group(1)[0]]], m.group(1)))
    return out


def _the_starts(text: str) -> list[int]:
    """Return where 'the ' or 'The ' starts in text, in order."""
    out = []
    for word in ("the ", "The "):
        at = text.find(word)
        while at >= 0:
            out.append(at)
            at = text.find(word, at + 4)
    out.sort()
    return out


def _from_the(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """Yield the matches of a pattern that opens with 'the '/'The ' as `finditer` finds them,
    tried only where those words start (starts) instead of at every 't'."""
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)):
            end = m.end()
            yield m


@lru_cache(maxsize=4)
def establish(text: str) -> list[tuple[int, list[str], str]]:
    """Return (position, description words, name) for every description tied to a name
    (memoised for the article at hand: callers never change the list)."""
    titles = lexicon().titles
    parties = "Republican" in text or "Democratic" in text or "Independent" in text
    found: list[tuple[int, list[str], str]] = []
    for m in _NAME_RE.finditer(text):
        # each pattern after the name opens with ', ' (a tag may open with ' (')
        nxt = text[m.end() : m.end() + 2]
        if nxt == ", " and (after := _DESC_AFTER.match(text, m.end())):
            found.append((m.start(), key_words(after.group(1)), m.group(1)))
        # the last two words before the name (split's last two: all of them are not needed)
        lead = text[max(0, m.start() - 40) : m.start()].rsplit(None, 2)
        if lead and lead[-1] in titles:  # 'Ukrainian leader Jane Roe', 'spokesperson Jane Roe'
            role = lead[-2:] if len(lead) > 1 and lead[-2][:1].isupper() else lead[-1:]
            found.append((m.start(), key_words(" ".join(role)), m.group(1)))
        if parties or nxt in (", ", " (", " o"):
            found.extend(_party(text, m, parties, nxt == ", " or nxt == " ("))
    starts = _the_starts(text)
    for m in _from_the(_BEFORE_NAME, text, starts):
        found.append((m.start(), key_words(m.group(1)), m.group(2)))
    for m in _from_the(_TITLE_BEFORE, text, starts):
        if m.group(1).lower() in titles:
            found.append((m.start(), key_words(m.group(1)), m.group(2)))
    for m in _OWNED_BEFORE.finditer(text):  # the possessor kept: 'ruiz's lawyer', 'her father'
        found.append((m.start(), [m.group(1).lower().replace("’", "'"), m.group(2)], m.group(3)))
    out = []
    for pos, words, name in found:
        if words and not any(w in _CUT for w in words):
            out.append((pos, words, name))
    out.sort(key=lambda t: t[0])
    return out


def match(
    established: list[tuple[int, list[str], str]], surface: str, pos: int, text: str
) -> tuple[int, str] | None:
    """Return (position, name) of the latest description before pos that the surface repeats:
    the same words, or the same head noun with no word the established one lacks."""
    words = key_words(surface)
    head = _head(words)
    if not words or head is None or surface.split()[0].lower() != "the":
        return None
    found, owned = [], False
    kin = lexicon().sets["relation_nouns"]
    for at, known, name in established:
        if at >= pos:
            break
        same = known == words or (_head(known) == head and set(words) <= set(known))
        # not 'the mayor' for 'Jo Roe, the former mayor of …'
        if same and not any(w in _QUALIFIERS and w not in words for w in known):
            possessed = _possessed(known)
            if possessed and head in kin:
                continue  # 'Her father, Tomas Vidal,' names no 'the father'
            found.append((at, name))
            owned = owned or possessed
    if not found:
        return None
    best = found[-1]  # the latest; none when another name fits in the same sentence
    if any(n != best[1] and same_sentence(text, at, best[0]) for at, n in found):
        return None
    if owned and any(n != best[1] for _, n in found):
        return None  # 'Ruiz's lawyer, Tom Lee, … Vega's lawyer, Ann Cole,': either side's
    return best


def _possessed(known: list[str]) -> bool:
    """Return whether established words open with a possessor ('her', 'ruiz's')."""
    return known[0] in OWNER_PRONOUNS or known[0].endswith(("'s", "s'"))
