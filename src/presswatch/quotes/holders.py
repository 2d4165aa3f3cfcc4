"""Holders of a title: whom 'the senator', 'the Ohio governor', 'Minister: “…”' or 'Japan coach'
names among the article's titled people."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable

from presswatch.quotes.lexicon import demonyms, lexicon, place_names
from presswatch.quotes.roles import titled_name

Mention = tuple[int, str]  # (position of the title run, full name)

_QUALIFIERS = lexicon().sets["title_qualifiers"]  # 'former Sen. Jo Roe' is no 'the senator'
_SOFT = lexicon().sets["soft_title_qualifiers"]  # 'interim coach': only when no other is named
_SPORTS = lexicon().sets["sports_title_qualifiers"]  # 'goalkeeper coach' is no 'Coach:'
_SPORTS_TITLES = frozenset({"coach", "manager", "captain", "trainer"})
_SENTENCE_END = re.compile(r"(\w+)[.!?]\s")
_ABBREVIATIONS = lexicon().sets["abbreviations"]
_WORD = re.compile(r"[a-z][\w'’.-]*")
# words a title may open with and still be 'the <title>': 'Senate', 'Ohio', 'Spain', 'Acting'
_LEADS = lexicon().org_words | _SOFT | place_names()
LABEL_TITLES = {"pm": "prime minister"}  # headline labels that abbreviate a title: 'PM: “…”'


def title_run(text: str, at: int, full: str) -> str:
    """Return the lower-case words before a titled name: its run and the clause words before it."""
    end = text.find(full.rsplit(" ", 1)[-1], at, at + 80)
    if end <= at:
        return ""
    lead = text[max(0, at - 20) : at]  # 'former Gov. Jo Roe', cut at the name before it
    cut = max(lead.rfind(c) for c in (",", ";", ". ", " and ", " to ", " of ", " for ", " with "))
    return (lead[cut + 1 :] if cut >= 0 else lead).lower() + text[at:end].lower()


def qualified(run: str, wanted: set[str], title: str = "", soft: bool = False) -> bool:
    """Return whether a title run qualifies its title with a word the description lacks
    (soft: only with a demoting word such as 'interim')."""
    for word in _WORD.findall(run):
        word = word.rstrip(".")
        if word in wanted:
            continue
        if soft:
            if word in _SOFT:
                return True
        elif (
            word in _QUALIFIERS
            or word.startswith("ex-")
            or (word in ("lt", "lieutenant") and title == "governor")  # 'Lt. Gen.' is a general
            or (word in _SPORTS and title in _SPORTS_TITLES)
        ):
            return True
    return False


def holds(run: str, mods: Iterable[str], title: str) -> bool:
    """Return whether a title run holds every modifier and no qualifier the description lacks."""
    wanted = set(mods)
    return all(m in run for m in wanted) and not qualified(run, wanted, title.split()[-1])


def fitting(
    text: str, titled: list[Mention], words: list[str], pos: int, strict: bool = False
) -> list[Mention]:
    """Return the titled mentions before pos whose run has the description's modifiers and no
    qualifier it lacks; with no modifier, all of them (strict: each word must be in the run)."""
    mods = [w.lower() for w in words[1:-1]] if len(words) > 2 and words[0].lower() == "the" else []
    if strict and words[0].lower() != "the":  # each word of 'Ohio governor' in the title run
        mods = [w.lower() for w in words]
    wanted, title = set(mods), words[-1].lower()
    fit, demoted = [], []
    for at, full in titled:
        if at > pos:
            continue
        run = title_run(text, at, full)
        if holds(run, mods, title):
            (demoted if qualified(run, wanted, soft=True) else fit).append((at, full))
    return fit or demoted  # an interim coach when no other coach is named


def titled_the(text: str, titled: list[Mention], words: list[str], pos: int) -> bool:
    """Return whether a capitalised 'the …' title has exactly one distinct holder before pos."""
    if not titled:
        return False
    if len(words) == 2:  # 'the Speaker' after 'Speaker X'
        return True
    if not all(w[:1].isupper() and w.isalpha() for w in words[1:]):
        return False  # ('the Minority Leader's …' and lower-case modifiers: other rules)
    want = [w.lower() for w in words[1:]]
    fit = fitting(text, titled, words, pos)  # the one holder must bear exactly this title
    return len({name for _, name in fit}) == 1 and all(_same_title(text, *m, want) for m in fit)


def _same_title(text: str, at: int, full: str, want: list[str]) -> bool:
    """Return whether a name's title is want, whole words, after body, place or acting words."""
    # 'Senate Majority Leader X' is 'the Majority Leader'; 'Mental Health Minister X' is no
    # 'the Health Minister'
    end = text.find(full.rsplit(" ", 1)[-1], at, at + 80)
    run = [w.strip(".,").lower() for w in text[at:end].split()]
    for i in range(len(run) - len(want) + 1):
        if run[i : i + len(want)] == want:
            return all(w in _LEADS or w in demonyms() for w in run[:i])
    return False


def same_sentence(text: str, a: int, b: int) -> bool:
    """Return whether two positions are in one sentence ('Sen.' ends none)."""
    lo, hi = min(a, b), max(a, b)
    if hi - lo > 200 or "\n" in text[lo:hi]:
        return False
    for end in _SENTENCE_END.finditer(text, lo, hi):
        if end.group(1).lower() not in _ABBREVIATIONS:
            return False
    return True


def holder(
    text: str,
    fit: list[Mention],
    antecedents: list[Mention],
    pos: int,
    title: str,
    gender: Callable[[str], str | None],
) -> str | None:
    """Return the holder a description names: the one named last, none when two hold it in one
    sentence ('Sen. Miller and Sen. Ruiz …') or a -man/-woman title excludes them."""
    if title.endswith("woman") or title.endswith("man"):  # 'the congressman'
        other = "m" if title.endswith("woman") else "f"
        fit = [(p, n) for p, n in fit if gender(n) != other]
    if not fit:
        return None
    names = {n for _, n in fit}
    k = bisect.bisect_left(antecedents, (pos, ""))
    chosen = next((m for m in reversed(antecedents[max(0, k - 30) : k]) if m[1] in names), fit[-1])
    if any(n != chosen[1] and same_sentence(text, p, chosen[0]) for p, n in fit):
        return None
    return chosen[1]


def label_holder(
    text: str,
    roles: dict[str, list[Mention]],
    fulls: dict[str, list[Mention]],
    label: str,
    mods: tuple[str, ...] = (),
) -> str | None:
    """Return the one person whose title a label names ('Minister: “…”', 'Japan coach')."""
    low = label.lower().strip(" .:")
    title = LABEL_TITLES.get(low, low)
    if title not in lexicon().titles and low not in LABEL_TITLES:
        return None
    last = title.split()[-1]
    # 'Interior Minister Samira Haddad' (a capitalised run) or 'FC Varna coach Dimitar Kolev'
    found = [(p, full) for p, full in roles.get(last, []) if title in text[p : p + 60].lower()]
    for mentions in fulls.values():
        for p, full in mentions:
            if text[max(0, p - 30) : p].lower().rstrip().endswith(title):
                found.append((max(0, p - 30), full))
    wanted = {m.lower() for m in mods}
    held = set()
    for p, full in found:
        run = title_run(text, p, full)
        if holds(run, wanted, title):
            held.add(full)
    return held.pop() if len(held) == 1 else None


def country_title(words: list[str]) -> bool:
    """Return whether a description is 'the', a country adjective and a title ('the Turkish
    minister'): one that `by_country` may resolve (a cheap test before the name scan)."""
    if len(words) != 3 or words[0].lower() != "the" or not words[1][:1].isupper():
        return False
    return words[2].lower() in lexicon().titles and words[1].lower() in demonyms()


def by_country(
    text: str, fulls: list[Mention], roles: dict[str, list[Mention]], words: list[str], pos: int
) -> str | None:
    """Return the person 'the Turkish minister' names by a 'Minister of … of Türkiye' title:
    the one such holder, none when two are named or one is titled 'Turkish Minister'."""
    if not country_title(words):
        return None
    head, adjective = words[2].lower(), words[1].lower()
    if fitting(text, roles.get(head, []), words, pos):
        return None  # 'Turkish Foreign Minister Hakan Demir': the title path names him
    held: set[str] = set()
    for country in demonyms()[adjective]:
        at = pos
        while found := titled_name(text, fulls, head, country.split(), at):
            held.add(found[1])
            at = found[0]
    return held.pop() if len(held) == 1 else None
