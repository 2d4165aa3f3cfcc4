"""Quotes whose speaker is the possessor of a speech noun ('Ruiz's reply: “…”')."""

from __future__ import annotations

import re

from presswatch.quotes.cue import Cue
from presswatch.quotes.lexicon import alternation, lexicon
from presswatch.quotes.words import DETERMINERS, FUNCTION, PLACE_PREPS, PREPOSITIONS, verbish

_SETS = lexicon().sets
_RELATIVES = _SETS["relative_words"]
_PREDICATES = frozenset(w.replace("_", " ") for w in _SETS["possessed_predicates"])
_LEADS = FUNCTION | _SETS["sentence_adverbs"]  # 'But Marsh's', 'Yesterday Marsh's'
_PLACE_LEADS = PLACE_PREPS - {"from", "toward", "towards"}  # 'in Akron', not 'a call from Roe'
_DAYS = _SETS["time_words"] - {"on", "in", "at", "during"}
_INTENSIFIERS = _SETS["possessed_intensifiers"]

# the possessor: a capitalised name of up to three words, 'the' and up to three lower-case words
# ('the council's', 'the city council's'), or 'her' (the resolver reads 'her', not 'his'/'their')
_OWNER = (
    r"(?P<owner>(?:(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w-]*|[Tt]he(?:\s+[a-z][\w-]*){1,3})['’]s"
    r"|[Hh]er)"
)
_NOUN = rf"\s+(?:[a-z][\w-]*\s+)?(?P<noun>{alternation('possessed_speech_nouns')})"
# 'Ruiz's reply:', 'Ruiz's advice to voters:', 'Ruiz's message was simple:': the whole lead of
# the sentence up to the colon, so a quote inside a longer clause is left to the other rules;
# the words after 'to' and after 'was' are checked in _fits
_BEFORE = re.compile(
    rf"[\s\x00]*{_OWNER}{_NOUN}"
    r"(?:\s+to(?P<to>(?:\s+(?!(?:was|is|came)\b)[^\s:,.;\x00]+){1,4}))?"
    r"(?:\s+(?P<cop>was|is|came)(?P<pred>(?:\s+[a-z][\w-]*){1,3}))?\s*:\s*"
)
# '“…,” came Ruiz's reply.', '“…” was Ruiz's answer.': the sentence ends after the noun
_AFTER = re.compile(rf"[\s,\x00]*(?:came|was)\s+{_OWNER}{_NOUN}\s*(?:[.!]|$)")
_ADDRESSEE = re.compile(r"\s+to\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s*:")


def _plain(word: str) -> bool:
    """Return whether a lower-case word may be a noun of an addressee ('voters', 'charge')."""
    return (
        word.islower()
        and word not in _RELATIVES
        and word not in FUNCTION
        and not verbish(word.rstrip("'’s"))
    )


def _addressee_fits(words: list[str]) -> bool:
    """Return whether the words after 'to' are a noun phrase ('Tarrant's voters', 'the referee')."""
    # a name, a name's or a determiner and up to two nouns; not 'voters angered Tarrant', 'critics
    # who claim'
    if len(words) > 2 and words[-2].lower() == "on" and words[-1].lower() in _DAYS:
        words = words[:-2]  # 'to supporters on Friday'
    elif len(words) > 3 and words[-3].lower() == "on" and words[-2].lower() in _DAYS:
        words = words[:-3]  # 'to supporters on Friday night'
    k = 0
    while k < min(len(words), 3) and words[k][:1].isupper():
        k += 1
    if k:  # a name: only a possessive one takes nouns after it
        rest = words[k:]
        return not rest or (words[k - 1].endswith(("'s", "’s")) and len(rest) <= 2)
    if words[0].lower() in DETERMINERS and words[0].lower() not in _RELATIVES:
        words = words[1:]
    return 0 < len(words) <= 2 and all(_plain(w) for w in words)


def _predicate_fits(words: list[str], came: bool) -> bool:
    """Return whether the words after 'was'/'is'/'came' are a listed predicate ('simple')."""
    # after any adverbs, or after 'came' a prepositional phrase ('in a speech'); no noun phrase
    # ('a new poll', 'the law')
    if came and words[0] in PREPOSITIONS and words[0] != "to":
        return True
    while words and (words[0] in _INTENSIFIERS or words[0].endswith("ly")):
        words = words[1:]
    return " ".join(words) in _PREDICATES


def _owner_start(masked: str, m: re.Match[str]) -> int | None:
    """Return where the possessor's name starts (after 'But'/'Yesterday'), else None."""
    # None: no person or body the rules may name ('In Akron Marsh's', 'Akron's')
    start, owner = m.start("owner"), m.group("owner")
    if owner[:1].islower() or owner.lower() == "her" or owner.startswith("The "):
        return start
    words = owner[:-2].split()
    if any(w.lower() in PREPOSITIONS or w.lower() in PLACE_PREPS for w in words):
        return None
    while len(words) > 1 and words[0].lower() in _LEADS:
        start = masked.index(words[1], start + len(words[0]))
        words = words[1:]
    if len(words) == 1 and not _surname(masked, words[0]):
        return None  # 'Akron's response:' (a place), as on main
    return start


def _surname(masked: str, word: str) -> bool:
    """Return whether a word ends a capitalised name in the text, never after a place word."""
    # 'Delia Marsh', not 'in Akron'
    named = False
    for m in re.finditer(rf"(\S+)\s+{re.escape(word)}\b", masked):
        before = m.group(1).lower().strip(",.;:")
        if before in _PLACE_LEADS:
            return False
        named = named or (m.group(1)[:1].isupper() and before not in _LEADS)
    return named


def _cue(masked: str, m: re.Match[str]) -> Cue | None:
    """Return the cue whose subject is the possessor and whose verb is the speech noun."""
    start = _owner_start(masked, m)
    if start is None:
        return None
    end = m.end("owner") - (2 if m.group("owner").endswith(("'s", "’s")) else 0)
    return Cue(m.start("noun"), m.end("noun"), start, end, m.group("noun"))


def possessed_before(masked: str, lo: int, open_at: int) -> Cue | None:
    """Return the cue of a quote after 'Ruiz's reply:' filling masked[lo:open_at], else None."""
    if masked.rfind(":", lo, open_at) < 0:
        return None
    m = _BEFORE.fullmatch(masked, lo, open_at)
    if m is None:
        return None
    if m.group("to") and not _addressee_fits(m.group("to").split()):
        return None
    if m.group("pred") and not _predicate_fits(m.group("pred").split(), m.group("cop") == "came"):
        return None
    return _cue(masked, m)


def possessed_after(masked: str, close_at: int, hi: int) -> Cue | None:
    """Return the cue of a quote before 'came Ruiz's reply.' at masked[close_at:hi], else None."""
    m = _AFTER.match(masked, close_at, hi)
    return _cue(masked, m) if m else None


def addressee(masked: str, cue: Cue) -> tuple[int, int] | None:
    """Return the span of the name a speech noun is addressed to ('reply to Reyes:'), else None."""
    if cue.verb not in _SETS["possessed_speech_nouns"]:
        return None
    m = _ADDRESSEE.match(masked, cue.verb_end)
    return m.span(1) if m else None
