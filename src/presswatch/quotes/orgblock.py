"""The organisation a description 'the <noun>' takes, and the reasons it must take none:
another organisation named as a subject near it ('HSBC … the Bank of England … the bank'), or
a nearer lower-case one of its kind ('… Kyodo news agency reported … the agency')."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.orgnames import RUN, VERBISH, Mention, kinds, run_words

# kept apart from speakers/announce _QUOTED: closed quotes only, an ASCII one within its line
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
# modifiers that describe the organisation already named ('the same group', 'the largest bank')
_ANAPHORIC = frozenset({"same", "said", "whole", "entire", "own", "former", "latter"})
# what follows a sentence's opening word when it names the subject: 'Unite, Britain's …',
# 'Rovers, who …'; for a candidate that was no subject, also a verb-like word ('Arsenal beat')
_WHO = re.compile(r", (?:who|which|[A-Z][\w-]*['’]s) ")
_NEXT = re.compile(r" ([a-z]+)\b")
_VERB = re.compile(
    r",? (?:said|says|told|tells|[a-z]+ed|has|had|is|was|are|were|will|would|can|could|may)\b"
)
_APPOSED = re.compile(r", (?:the|an?) [^,.;]*$")
_BEFORE_NOUN = re.compile(r"\b([A-Z][\w'’-]+) ([a-z]+)\b")
_HYPHENED = re.compile(r"-[a-z]+$")
_STOP = re.compile(r"[.!?][\"”’]?\s")
_PERSONAL = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"})


@cache
def _lower_kind(noun: str) -> re.Pattern[str]:
    """Return a pattern for a lower-case mention of a kind."""
    # 'the trade group', 'Kyodo news agency'
    heads = "|".join(sorted((re.escape(w) for w in kinds().words[noun]), key=len, reverse=True))
    return re.compile(rf"\b(?:[Tt]he|an?|[A-Z][\w'’-]*) ((?:[a-z][a-z-]* ){{1,2}})(?:{heads})\b")


@cache
def _plain() -> frozenset[str]:
    """Return the lower-case words that never name an organisation on their own."""
    sets = lexicon().sets
    out = set(sets["not_names"]) | sets["determiners"] | sets["skip"] | sets["function"]
    return frozenset(out | set(lexicon().pronouns) | sets["time_words"])


@cache
def _openers() -> frozenset[str]:
    """Return the lower-case words that open a clause or a noun phrase before a name."""
    sets = lexicon().sets
    return sets["clause_openers"] | sets["determiners"] | sets["skip"] | sets["not_names"]


@cache
def _clause() -> frozenset[str]:
    """Return the words that open a subordinate clause ('as', 'while'): no sentence subject next."""
    return lexicon().sets["subordinators"] | {"as"}


@lru_cache(maxsize=4)
def _places(text: str) -> frozenset[str]:
    """Return the capitalised words a text puts before a place noun ('the Oranne river')."""
    nouns = lexicon().sets["place_nouns"]
    return frozenset(m.group(1) for m in _BEFORE_NOUN.finditer(text) if m.group(2) in nouns)


@lru_cache(maxsize=4)
def _surnames(text: str) -> frozenset[str]:
    """Return the last words of the names a text gives with a given name or a title first."""
    given, titles = lexicon().first_names, lexicon().titles
    out = set()
    for m in RUN.finditer(text):
        words = m.group(0).split()
        first = words[0].lower()
        prev = text[max(0, m.start() - 20) : m.start()].split()[-1:]
        if prev and prev[0] in titles:
            first = prev[0]  # 'director Agata Wrenfield'
        if len(words) > 1 and (first in given or first in titles or first in _PERSONAL):
            out.add(words[-1].strip(",.;:’'s"))
    return frozenset(out)


def _person(text: str, at: int, words: list[str]) -> bool:
    """Return whether a run of capitalised words at a position reads as a person's name."""
    given, titles = lexicon().first_names, lexicon().titles
    lead = words if len(words) == 1 else words[:-1]
    if any(w.lower() in given or w.lower() in titles or w.lower() in _PERSONAL for w in lead):
        return True  # 'Jane Roe', 'Prime Minister Theresa May', 'Chief executive …'
    if words[0].lower() in given:
        return True
    before = [w.rstrip(",") for w in text[max(0, at - 30) : at].split()[-1:]]
    if before and (before[0] in titles or before[0] in lexicon().sets["particles"]):
        return True  # 'chief economist Maury Obstfeld', 'Friederike von Albrecht', 'mayor, Jo Roe'
    return words[-1].strip("’'s") in _surnames(text)


def _pieces(run: str, start: int) -> list[tuple[int, list[str]]]:
    """Return the names a run holds, split at 'and' and '&' ('Ivesk United and Brenholm Rovers')."""
    out, at = [], start
    for part in re.split(r"( and | & )", run):
        if part.strip() not in ("and", "&"):
            words = [w for w in part.split() if w.lower() != "the"]
            if words:
                out.append((at, words))
        at += len(part)
    return out


def other_name(text: str, cand: Mention, fit: list[Mention], pos: int) -> str | None:
    """Return another organisation-looking subject that could be meant, else None."""
    # a subject in the candidate's paragraph or after it up to pos, or any such name in its
    # sentence when it was no subject; a later subject that is the candidate's own name ('United
    # said') clears the ones before
    lo = text.rfind("\n", 0, cand.pos) + 1
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text, lo, pos)]
    own = set(cand.name.split()) | cand.aliases
    kin = {m.pos for m in fit} | {m.pos + len(m.name) for m in fit}
    by_word = kinds().by_word
    found = None
    for m in RUN.finditer(text, lo, pos):
        if "/" in text[m.start() - 1 : m.end() + 1] or any(a <= m.start() < b for a, b in quoted):
            continue  # a picture credit ('Jane Roe/Kettervale Wire/Getty') or a quote
        for at, words in _pieces(m.group(0).split(" (")[0], m.start()):
            if at in kin or text.find(words[-1], at) + len(words[-1]) in kin:
                continue  # another organisation of the kind: latest() chose among them
            words = [w.strip(",.;:") for w in run_words(" ".join(words)) if w.lower() != "the"]
            while len(words) > 1 and words[0].lower().removesuffix("'s") in _openers():
                at, words = text.find(words[1], at), words[1:]  # 'During Arizona …', 'A Chinese …'
            if not words:
                continue
            end = text.find(words[-1], at) + len(words[-1])
            subject = _subject(text, at, end, words, cand.subject)
            if set(words) <= own:
                found = None if subject or _opening(text, at) else found
                continue
            if (len(words) > 1 and any(w.lower() in by_word for w in words)) or _skip(
                text, at, words
            ):
                continue  # a name with a kind word: of this kind (latest() chose) or of another
            if _APPOSED.match(text[cand.pos + len(cand.name) : at]):
                continue  # in the candidate's apposition ('Vokalis, the maker of Lumen,')
            if subject or (
                not cand.subject and len(words) > 1 and _one_sentence(text, cand.pos, at)
            ):
                found = found or " ".join(words)
    return found


def _skip(text: str, at: int, words: list[str]) -> bool:
    """Return whether a run at a position is no organisation."""
    # a plain word ('Overall'), an adjective ('Berlin-based'), a place ('the Oranne river'), a
    # modifier after 'a' ('a Series B round') or a person
    if len(words) == 1 and (
        words[0].lower() in _plain() or _HYPHENED.search(words[0]) or words[0] in _places(text)
    ):
        return True
    return text[max(0, at - 3) : at] in (" a ", "an ", " A ") or _person(text, at, words)


def _subject(text: str, at: int, end: int, words: list[str], strict: bool) -> bool:
    """Return whether a name is a sentence subject."""
    # it opens its sentence ('HSBC reported', 'Greenhill Rovers beat', 'Unite, Britain's …'; no
    # plural like 'Tenants'), or a verb follows it ('…, Hamas released'; a bare -s word is no verb
    # there: 'Japanese comments')
    plural = len(words) == 1 and words[0][-1] == "s" and words[0][-2] not in "aiosuS"
    if plural:  # 'Tenants picketed', 'many Democrats would'; but 'Rovers, who …'
        return bool(_WHO.match(text, end))
    if not _opening(text, at):
        prev = text[max(0, at - 12) : at].split()[-1]
        if prev in lexicon().sets["prepositions"] or prev in _clause():
            return False  # 'flats built in Port Ivesk were', '… as Storm Corvina stalled'
        return bool(_VERB.match(text, end))
    if len(words) > 1:
        return True
    if _WHO.match(text, end) or _VERB.match(text, end) or VERBISH.match(text, end):
        return True
    nxt = _NEXT.match(text, end)  # for a candidate that was no subject: 'Arsenal beat …'
    return not strict and bool(nxt) and nxt.group(1) not in _plain()


def _opening(text: str, at: int) -> bool:
    """Return whether a position opens a sentence or a paragraph."""
    gap = text[max(0, at - 12) : at]
    before = gap.split()[-1:]
    return not before or _ends(before[0]) or gap.rstrip(" ").endswith("\n")


def _ends(word: str) -> bool:
    """Return whether a word ends a sentence ('said.', 'week.”'; not 'v.', 'U.S.', 'Inc.')."""
    core = word.rstrip('"”»’')
    if core != word and core[-1:] not in ".!?,":
        return True  # a closing quote: '… hard,” Unite'
    if core[-1:] not in (".", "!", "?"):
        return False
    stem = core[:-1].lower()
    return len(stem) > 1 and "." not in stem and stem not in lexicon().sets["abbreviations"]


def _one_sentence(text: str, a: int, b: int) -> bool:
    """Return whether no sentence ends between two positions."""
    return not _STOP.search(text, min(a, b), max(a, b))


def _nearer_lower(text: str, cand: Mention, noun: str, pos: int) -> bool:
    """Return whether a lower-case mention of the kind stands between the candidate and pos."""
    for m in _lower_kind(noun).finditer(text, cand.pos + len(cand.name), pos):
        mods = m.group(1).split()
        lead = m.group(0).split()[0]
        if (
            lead[0].isupper()
            and lead.lower() in _plain()
            and lead.lower() not in ("the", "a", "an")
        ):
            continue  # 'Our trade union': a sentence opener, not a name
        if lead[0].isupper() and text[max(0, m.start() - 3) : m.start()] in (" a ", "an "):
            continue  # 'a US venture firm': an unnamed one
        if _ANAPHORIC.intersection(mods) or any(w.endswith("est") for w in mods):
            continue
        if _plain().intersection(mods):
            continue
        if any(
            a <= m.start() < b
            for a, b in ((q.start(), q.end()) for q in _QUOTED.finditer(text, cand.pos, pos))
        ):
            continue
        return True
    return False


def blocked(text: str, cand: Mention, fit: list[Mention], noun: str, pos: int) -> bool:
    """Return whether 'the <noun>' at pos must stay as written though cand fits its kind."""
    # fit: the organisations of the kind named before pos; the check runs from the latest naming
    # of cand, or from a later 'the <noun>' subject that itself resolved ('The court ruled …')
    key = cand.name.lower().removeprefix("the ")
    same = [m for m in fit if m.name.lower().removeprefix("the ") == key]
    at = replace(same[-1], subject=any(m.subject for m in same))
    for m in _bare(noun).finditer(text, at.pos + len(at.name), pos):
        if not _VERB.match(text, m.end()):
            continue  # only a subject keeps the organisation in view
        if _check(text, at, fit, noun, m.start()):
            return True
        at = replace(at, pos=m.start(), subject=True)
    return _check(text, at, fit, noun, pos)


def _check(text: str, at: Mention, fit: list[Mention], noun: str, pos: int) -> bool:
    """Return whether a lower-case mention of the kind or another organisation stands between."""
    return _nearer_lower(text, at, noun, pos) or bool(other_name(text, at, fit, pos))


@cache
def _bare(noun: str) -> re.Pattern[str]:
    """Return a pattern for the description itself, 'the court' (not 'the court's')."""
    return re.compile(rf"\b[Tt]he {noun}\b(?![’'-])")


def latest(text: str, mentions: list[Mention], noun: str, pos: int) -> str | None:
    """Return the organisation 'the <noun>' at pos names, else None."""
    # the latest of its kind, or with two of that kind the latest that was a subject; None when
    # none fits or another organisation could be meant ('HSBC … the Bank of England … the bank')
    fit = [m for m in mentions if m.pos < pos and noun in m.kinds]
    if not fit:
        return None
    cand = fit[-1]
    if len({m.name.lower().removeprefix("the ") for m in fit}) > 1:
        subjects = [m for m in fit if m.subject]
        if not subjects:
            return None
        cand = subjects[-1]
    return None if blocked(text, cand, fit, noun, pos) else cand.name
