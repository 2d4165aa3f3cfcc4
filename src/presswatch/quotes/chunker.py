"""Complex cue subjects: coordinated people and title runs before one cue ("Ana Ruiz and Tom
Reyes wrote", "the Post's politics editor Ana Ruiz said")."""

from __future__ import annotations

import re
from collections.abc import Callable

from presswatch.actors.names import JOINT, joint_names
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.words import FUNCTION, core, is_cap, personal, role_word, verbish

# the words before a subject that can join it: people separated by commas and a last 'and'
_AND_BEFORE = re.compile(
    r"(?<![^\s\x00“”\"—–(])([^\s\x00“”\".;:!?()][^\x00“”\".;:!?()]{1,119}?),?\s+and\s+$"
)
# ends of the clause before a joint subject; restrictive.py's set adds dashes, which here open
# an appositive or a dateline ('LONDON — Ana Ruiz and …' is still a clause start)
_CLAUSE_END = ("\x00", "“", "”", '"', ".", ";", ":", "!", "?", "\n")


def _person(words: list[str], text: str, before: int) -> bool:
    """Return whether one conjunct's words name a person (title, given name or known surname)."""
    lex = lexicon()
    k = len(words)
    while k and is_cap(words[k - 1]):
        k -= 1
    rest, lead = words[k:], words[:k]  # 'state Senate leader' before 'Ana Ruiz'
    low = [core(w).lower() for w in rest]
    if not rest or low[-1] in lex.org_words or any(w in FUNCTION for w in low):
        return False
    # lower-case words before the name end in a title ('House leader'), never a verb ('beat')
    if lead and (core(lead[-1]).lower() not in lex.titles or not all(map(_lead_word, lead))):
        return False
    if len(rest) == 1:  # 'Ruiz and Reyes': each given a first name or title earlier
        return bool(lead) or _named_before(core(rest[0]), text[:before])
    given = low[0].split("-")  # 'Edward-Isaac'
    return bool(lead) or personal(rest) or any(g in lex.first_names for g in given)


def _lead_word(word: str) -> bool:
    """Return whether a word can stand in a title before a name ('state', 'Senate')."""
    return is_cap(word) or role_word(word)


def _named_before(surname: str, text: str) -> bool:
    """Return whether a known given name or a title stands before the surname in text."""
    lex = lexicon()
    for m in re.finditer(r"([A-Z][\w.'’-]*) " + re.escape(surname) + r"\b", text):
        word = core(m.group(1)).lower()
        if word in lex.first_names or word in lex.titles:
            return True
    return False


def joint_start(masked: str, lo: int, subj: tuple[int, int]) -> int | None:
    """Return where people joined by 'and' before the subject span start a clause, else None."""
    m = _AND_BEFORE.search(masked, max(lo, subj[0] - 120), subj[0])
    if m is None:
        return None
    before = masked[max(0, m.start(1) - 40) : m.start(1)].rstrip(" ,\t—–-")
    if masked[lo : m.start(1)].strip(" ,\x00\t—–-") and not before.endswith(_CLAUSE_END):
        return None  # 'while Sen. Ana Ruiz and …', 'thanked Ana Ruiz and …': not the clause's
    # the subject's own appositive stays out ('Tom Reyes, both Republicans,')
    if masked.startswith(",", m.end(1)) and "," not in m.group(1):
        return None  # ', and' after one name joins a clause ('Ruiz beat Ortiz, and Reyes said')
    parts = [*JOINT.split(m.group(1)), masked[subj[0] : subj[1]].split(",")[0]]
    if len(parts) > 4 or not all(_person(p.split(), masked, m.start(1)) for p in parts):
        return None
    return m.start(1)


def joint_name(
    surface: str, text: str, pos: int, resolve: Callable[[str, int], tuple[str | None, bool]]
) -> str | None:
    """Return the full names of the people of a joint speaker phrase at pos, else None."""
    last = surface.rfind(" and ")
    if last < 0:
        return None
    tail = surface.find(",", last)  # the last one's appositive stays out ('…, both Republicans')
    people = surface[: tail if tail >= 0 else len(surface)].strip()
    parts = [p.strip() for p in JOINT.split(people) if p.strip()]
    if not 1 < len(parts) <= 4 or not all(_person(p.split(), text, pos) for p in parts):
        return None
    found = [resolve(p, pos + max(0, surface.find(p)))[0] for p in parts]
    names = list(dict.fromkeys(n for n in found if n))
    if len(names) != len(parts):
        return None
    joint = ", ".join(names[:-1]) + " and " + names[-1]
    return joint if joint_names(joint) else None  # only people the actors keep as a group


_NOT_IN_RUN = lexicon().sets["subordinators"] | lexicon().sets["clause_prepositions"]


def title_run(prefix: str, subject: str) -> bool:
    """Return whether the words before a named cue subject are its title ('the Post's editor')."""
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
    if not (core(last).lower() in lexicon().titles or _role(last) or "-" in last):
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
