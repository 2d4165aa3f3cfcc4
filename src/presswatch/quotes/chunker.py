"""Complex cue subjects: coordinated people and title runs before one cue ("Ana Ruiz and Tom
Reyes wrote", "the Post's politics editor Ana Ruiz said")."""

from __future__ import annotations

import re
from collections.abc import Callable

from presswatch.actors.names import JOINT, joint_names
from presswatch.quotes.lexicon import lexicon, plural_title, title_abbreviations
from presswatch.quotes.namecore import name_core
from presswatch.quotes.nounphrase import noun_phrase_after
from presswatch.quotes.words import (
    FUNCTION,
    PREPOSITIONS,
    core,
    is_cap,
    personal,
    role_word,
    verbish,
)

# the words before a subject that can join it: people separated by commas and a last 'and'
_AND_BEFORE = re.compile(
    r"(?<![^\s\x00“”\"—–(])([^\s\x00“”\".;:!?()](?:[^\x00“”\".;:!?()]|(?<= [A-Z])\.){1,119}?)"
    r",?\s+and\s+$"
)  # (an initial's dot inside a name: 'Donald J. Trump and …')
# ends of the clause before a joint subject; restrictive.py's set adds dashes, which here open
# an appositive or a dateline ('LONDON — Ana Ruiz and …' is still a clause start)
_CLAUSE_END = ("\x00", "“", "”", '"', ".", ";", ":", "!", "?", "\n")
_SETS = lexicon().sets
_COORDINATORS = _SETS["sentence_coordinators"]
# what may follow the last person after a cue verb: a sentence end, a comma, an adjunct
_AFTER_PEOPLE = re.compile(
    r"\s*(?:[.,;:!?\x00”\"\n]|\s(?:" + "|".join(sorted(_SETS["after_people"])) + r")\s)"
)
# a fronted adverbial before a joint subject: its first word ('On Tuesday,', 'Later,'), its
# last ('Hours later,'), or a time of its own ('Last week,'); never a noun phrase ('Two farmers,')
_FRONT_OPENERS = _SETS["clause_openers"] | _SETS["sentence_adverbs"]
_FRONT_ENDS = _SETS["fronted_ends"]
_TIMES = _SETS["participle_times"]
_ORG_LINKS = _SETS["org_name_links"]  # lower-case words inside a name ('Bank of …', 'Berg & Co')
# an abbreviated title right before the first person ('Sen.'), which _AND_BEFORE leaves out
_TITLE_DOTS = [
    *(t for t in title_abbreviations() if t.endswith(".")),
    *_SETS["courtesy_abbreviations"],
]
_ABBREVIATED = re.compile(
    r"(?<![^\s\x00“”\"(])(" + "|".join(map(re.escape, _TITLE_DOTS)) + r")\s+$", re.IGNORECASE
)


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
    pos = max(lo, subj[0] - 120)
    while (m := _AND_BEFORE.search(masked, pos, subj[0])) is not None:
        if (start := _joint_at(masked, lo, subj, m)) is not None:
            return start
        pos = masked.find(" ", m.start(1), m.end(1)) + 1  # a later word: 'Hours later, Ana …'
        if pos <= 0:
            return None
    return None


def _joint_at(masked: str, lo: int, subj: tuple[int, int], m: re.Match[str]) -> int | None:
    """Return where the people of one 'and' match before the subject start, else None."""
    start = m.start(1)
    if title := _ABBREVIATED.search(masked, max(lo, start - 12), start):
        start = title.start(1)  # 'Sen. Ana Ruiz and Rep. Tom Reyes': the first one's title too
    before = masked[max(0, start - 40) : start].rstrip(" ,\t—–-")
    if (
        masked[lo:start].strip(" ,\x00\t—–-")
        and not before.endswith(_CLAUSE_END)
        and not _fronted(masked[lo:start], masked.startswith(",", subj[1]))
    ):
        return None  # 'while Sen. Ana Ruiz and …', 'thanked Ana Ruiz and …': not the clause's
    # the subject's own appositive stays out ('Tom Reyes, both Republicans,')
    if masked.startswith(",", m.end(1)) and "," not in masked[start : m.end(1)]:
        return None  # ', and' after one name joins a clause ('Ruiz beat Ortiz, and Reyes said')
    first = masked[start : m.end(1)].split(" ", 1)
    if len(first) > 1 and plural_title(first[0]):
        start += len(first[0]) + 1  # 'Senators Ana Ruiz and Tom Reyes': the title of both
    parts = [*JOINT.split(masked[start : m.end(1)]), masked[subj[0] : subj[1]].split(",")[0]]
    if len(parts) > 4 or not all(_person(p.split(), masked, start) for p in parts):
        return None
    return start


def joint_after(masked: str, subj: tuple[int, int], hi: int) -> tuple[int, int] | None:
    """Return the span of the people after a cue verb ('said Ana Ruiz and Tom Reyes'), else None."""
    end, seps = subj[1], []
    while (sep := JOINT.match(masked, end, hi)) and len(seps) < 3:
        nxt = noun_phrase_after(masked, sep.end(), hi)
        if nxt is None or nxt[0] != sep.end():
            break
        seps.append(sep.group())
        end = nxt[1]
        if "and" in sep.group():
            break
    if not seps or "and" not in seps[-1] or (len(seps) == 1 and "," in seps[0]):
        return None  # ', and' after one name joins a clause ('said Ruiz, and Reyes nodded')
    if not _AFTER_PEOPLE.match(masked, end, hi) and end < hi:
        return None  # 'said Ana Ruiz and Tom Reyes nodded': a clause of its own
    parts = JOINT.split(masked[subj[0] : end])
    if not all(_person(p.split(), masked, subj[0]) for p in parts):
        return None
    return subj[0], end


def _fronted(head: str, closed: bool) -> bool:
    """Return whether head ends in a fronted adverbial and its comma ('Hours later,')."""
    cut = max(head.rfind(c) for c in _CLAUSE_END)
    seg = head[cut + 1 :].strip()
    if seg.lower() in _COORDINATORS:
        return True  # 'But Ruiz and Reyes both stressed'
    words = seg.rstrip(",").split()
    if words and words[0].lower() in _COORDINATORS:
        del words[0]  # 'But later,'
    if not seg.endswith(",") or not 1 <= len(words) <= 4 or not seg[:1].isupper():
        return False
    low = [w.lower() for w in words]
    if _participle(low[0]):  # 'Asked about it,', 'Speaking in Oslo,': no verb after it
        return not any("," in w or (verbish(w) and w not in PREPOSITIONS) for w in low[1:])
    if any(verbish(w) or "," in w for w in words):
        return False  # 'Ruiz said Tuesday, …', 'Ruiz, Ortiz, …': no adverbial
    if low[0] in _FRONT_OPENERS or low[-1] in _FRONT_ENDS:
        return True
    if closed and any(w.islower() and w.isalpha() for w in words[1:]):
        return True  # 'Two farm workers, Ana Ruiz and Tom Reyes, said': the pair's own head
    return len(low) == 2 and low[0] in _TIMES and low[1] in _TIMES | _SETS["time_words"]


def _participle(word: str) -> bool:
    """Return whether a lower-case word is a participle that opens an adverbial ('asked')."""
    return word in _SETS["asked_verbs"] or (len(word) > 5 and word.endswith("ing"))


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


def org_and(prefix: str, subject: str) -> bool:
    """Return whether the words before a titled subject start its organisation's name with 'and'."""
    # 'Securities and' before 'Exchange Commission chair Tom Berg'
    words, inner, names = prefix.split(), subject.split(), name_core(subject)
    if not 2 <= len(words) <= 5 or words[-1] not in ("and", "&") or not names:
        return False
    if any(c in prefix for c in ',.;:!?()\x00“”"'):
        return False
    # the subject opens with the rest of the name and a title before the person
    if len(inner) <= len(names) or not is_cap(inner[0]):
        return False
    return all(is_cap(w) for w in words[:-1] if w not in _ORG_LINKS)


def org_and_after(masked: str, subj: tuple[int, int], hi: int) -> tuple[int, int] | None:
    """Return the span of a subject whose organisation's name goes on after 'and', else None."""
    # 'said Securities and Exchange Commission chair Tom Berg'
    first = masked[subj[0] : subj[1]]
    rest = re.match(r" (?:and|&) ", masked[subj[1] : hi])
    if rest is None or any(w.lower() in lexicon().first_names for w in first.split()):
        return None
    lo = subj[1] + rest.end()
    second = noun_phrase_after(masked, lo, hi)
    if second is None or not org_and(masked[subj[0] : lo], masked[second[0] : second[1]]):
        return None
    return subj[0], second[1]


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
