"""Complex cue subjects: coordinated people and title runs before one cue ("Ana Ruiz and Tom
Reyes wrote", "the Post's politics editor Ana Ruiz said")."""

from __future__ import annotations

import re
from collections.abc import Callable

from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.words import FUNCTION, core, is_cap, personal, role_word, verbish

# the words before a subject that can join it: people separated by commas and a last 'and'
_AND_BEFORE = re.compile(
    r"(?<![^\s\x00“”\"—–(])([^\s\x00“”\".;:!?()][^\x00“”\".;:!?()]{1,119}?),?\s+and\s+$"
)
_SPLIT = re.compile(r",\s+|,?\s+and\s+")
_CLAUSE_END = ("\x00", "“", "”", '"', ".", ";", ":", "!", "?", "\n")
_JOINT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _person(words: list[str], text: str, before: int) -> bool:
    """Return whether the words of one conjunct name a person: titled, a known given name
    (either part of a hyphenated one) or a surname the text gave a first name before."""
    lex = lexicon()
    k = len(words)
    while k and is_cap(words[k - 1]):
        k -= 1
    rest, lead = words[k:], words[:k]  # 'state Senate leader' before 'Ana Ruiz'
    if not rest or _low(rest[-1]) in lex.org_words or any(_low(w) in FUNCTION for w in rest):
        return False
    if lead and not all(is_cap(w) or role_word(w) for w in lead):
        return False
    if len(rest) == 1:  # 'Ruiz and Reyes': each named in full earlier in the text
        if lead:
            return _low(lead[-1]) in lex.titles
        name = re.escape(core(rest[0]))
        return re.search(r"[A-Z][\w.'’-]+ " + name + r"\b", text[:before]) is not None
    given = _low(rest[0]).split("-")  # 'Edward-Isaac'
    return bool(lead) or personal(rest) or any(g in lex.first_names for g in given)


def _low(word: str) -> str:
    return core(word).lower()


def joint_start(masked: str, lo: int, subj: tuple[int, int]) -> int | None:
    """Return where a coordinated subject starts when people and 'and' stand before the subject
    span at a clause start ('“…,” Ana Ruiz and Tom Reyes wrote'), else None."""
    m = _AND_BEFORE.search(masked, max(lo, subj[0] - 120), subj[0])
    if m is None:
        return None
    before = masked[max(0, m.start(1) - 40) : m.start(1)].rstrip(" ,\t—–-")
    if masked[lo : m.start(1)].strip(" ,\x00\t—–-") and not before.endswith(_CLAUSE_END):
        return None  # 'while Sen. Ana Ruiz and …', 'thanked Ana Ruiz and …': not the clause's
    # the subject's own appositive stays out ('Tom Reyes, both Republicans,')
    parts = [*_SPLIT.split(m.group(1)), masked[subj[0] : subj[1]].split(",")[0]]
    if len(parts) > 4 or not all(_person(p.split(), masked, m.start(1)) for p in parts):
        return None
    return m.start(1)


def joint_name(
    surface: str, text: str, pos: int, resolve: Callable[[str, int], tuple[str | None, bool]]
) -> str | None:
    """Return the full names of a coordinated speaker phrase at pos joined by 'and' ('Ana Ruiz
    and Tom Reyes'), or None when it is one name ('Smith and Wesson') or no people."""
    last = surface.rfind(" and ")
    if last < 0:
        return None
    tail = surface.find(",", last)  # the last one's appositive stays out ('…, both Republicans')
    people = surface[: tail if tail >= 0 else len(surface)].strip()
    parts = [p.strip() for p in _JOINT.split(people) if p.strip()]
    if not 1 < len(parts) <= 4 or not all(_person(p.split(), text, pos) for p in parts):
        return None
    found = [resolve(p, pos + max(0, surface.find(p)))[0] for p in parts]
    names = list(dict.fromkeys(n for n in found if n))
    if len(names) != len(parts):
        return None
    return ", ".join(names[:-1]) + " and " + names[-1]


_NOT_IN_RUN = lexicon().sets["subordinators"] | lexicon().sets["clause_prepositions"]


def title_run(prefix: str, subject: str) -> bool:
    """Return whether words between a quote and a named cue subject are its title: an outlet's
    possessive or a show name and role words ('the Post's senior politics editor', 'Harbour
    This Week co-anchor'; the subject may start with the role), no clause or punctuation."""
    words = prefix.split()
    for w in subject.split():
        if is_cap(w):
            break
        words.append(w)
    if not 2 <= len(words) <= 7 or any(c in prefix for c in ',.;:!?()\x00“”"'):
        return False
    if words[0] not in ("the", "The") and not words[0][:1].isupper():
        return False
    last = words[-1]
    if not (_low(last) in lexicon().titles or _role(last) or "-" in last):
        return False  # the run ends in a role: 'editor', 'co-Anchor'
    shown = any(w.endswith(("'s", "’s")) for w in words) or sum(w[:1].isupper() for w in words) > 1
    return shown and all(w[:1].isupper() or _role(w) for w in words[1:])


def _role(word: str) -> bool:
    """Return whether a lower-case word can stand in a title ('senior', 'politics', 'co-Anchor')."""
    low = word.lower()
    return (
        word[:1].islower()
        and low.replace("-", "").isalpha()
        and low not in FUNCTION
        and low not in _NOT_IN_RUN
        and not verbish(low)
    )
