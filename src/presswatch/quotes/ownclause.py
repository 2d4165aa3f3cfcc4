"""Quotes of a clause with a subject of its own: a later clause's, a causative object's."""

from __future__ import annotations

import re

from presswatch.quotes.askers import PERSON_ASIDE
from presswatch.quotes.cue import Cue
from presswatch.quotes.extents import subject_after
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.subjects import clause_subject, is_named
from presswatch.quotes.words import DETERMINERS, personal

_SETS = lexicon().sets


def _alternation(words: frozenset[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# a clause with a subject of its own after the sentence's: ', while Doe refers to …', ', whereas
# Doe …', 'so calm that Doe was prompted to say', 'such a force that Doe thanked' (a word between
# 'so' and 'that': 'so that Doe could' is a purpose, the sentence's subject still speaks)
_INNER_CLAUSE = re.compile(
    rf"(?:[,\x00”\"]\s+(?:{_alternation(_SETS['inner_clause_links'])})"
    rf"|\b(?:{_alternation(_SETS['result_clause_heads'])})\s+(?!that\b)[^,;:\x00]{{1,60}}?\bthat)"
    r"\s+(?=[A-Z])"
)
_CAUSATIVE = re.compile(rf"\b(?:{_alternation(_SETS['causative_verbs'])})\s+")
# 'to joke', not 'to the brink', 'to a rally', 'to tears'
_INFINITIVE = re.compile(rf"\s+to\s+(?!(?:{_alternation(DETERMINERS)})\b)[a-z]{{2,}}(?<!s)\b")
_SPEECH = _SETS["causative_speech_verbs"]
_NAMING = _SETS["naming_verbs"]
_COPULAS = _SETS["reported_copulas"]
_BREAKS = _SETS["infinitive_breaks"]
_FINITE = _SETS["passive_auxiliaries"] | _SETS["perfect_auxiliaries"] | _SETS["past_forms"]
_OWNED = re.compile(r"['’]s\b")
_RELATIVE = re.compile(r"\b(?:who|whom|which|whose)\b")
_SAYS_NEXT = re.compile(r"\s+to\s+([a-z]+)[,:]?\s*")  # 'to say: “…”', 'to state, “…”'


def inner_clause_subject(masked: str, s_lo: int, open_at: int) -> tuple[int, int] | None:
    """Return the named subject of the last own-subject clause before a quote, else None."""
    # 'Roe calls him “Mr. Dahl,” while Doe refers to him as “Ivo”': Doe
    found = list(_INNER_CLAUSE.finditer(masked, s_lo, open_at))
    if not found:
        return None
    subj = clause_subject(masked, found[-1].end(), open_at)
    if (
        subj is None
        or not is_named(masked, subj)
        or _OWNED.search(masked, *subj)  # 'so fond that Doe's book became “…”'
        or _RELATIVE.search(masked, subj[1], open_at)  # 'while Doe leads among those who are “…”'
    ):
        return None
    return subj


def _speaks_quote(masked: str, lo: int, open_at: int) -> bool:
    """Return whether a speech or naming verb of the infinitive before a quote governs it."""
    # 'to joke and call the mayor “…”', 'to describe the seat as “…”'; not 'to run, describing',
    # 'to resign by branding', 'to answer for the “…”', 'to leave for what aides call “…”'
    speaks = reports = False
    for word in masked[lo:open_at].split():
        bare = word.rstrip(",;:")
        if bare in _COPULAS and reports:
            continue  # the reported clause of 'to concede the report was “…”'
        if bare != word or bare in _BREAKS or bare in _FINITE:
            return False
        if bare in _SPEECH:
            speaks, reports = True, bare not in _NAMING
        elif len(bare) > 4 and bare.endswith(("ing", "ed")):
            return False  # a participle or a past: another verb governs what follows
        elif bare.endswith("s") and lexicon().verb_re.fullmatch(bare):
            return False  # 'says': a finite verb of another clause
    return speaks


def _caused_object(masked: str, lo: int, open_at: int) -> tuple[int, int] | None:
    """Return the span of the named object of the last causative verb before open_at, else None."""
    found = list(_CAUSATIVE.finditer(masked, lo, open_at))
    subj = subject_after(masked, found[-1].end(), open_at) if found else None
    return subj if subj is not None and is_named(masked, subj) else None


def caused_subject(masked: str, s_lo: int, open_at: int) -> tuple[int, int] | None:
    """Return the named object of a causative verb whose infinitive says the quote, else None."""
    # 'That prompted Doe to joke and call the plan “…”': Doe
    subj = _caused_object(masked, s_lo, open_at)
    if subj is None:
        return None
    inf = _INFINITIVE.match(masked, subj[1], open_at)
    return subj if inf and _speaks_quote(masked, subj[1], open_at) else None


def caused_cue(masked: str, lo: int, open_at: int) -> Cue | None:
    """Return the cue of a causative's named object whose infinitive opens the quote, else None."""
    # the infinitive must be a speech verb: 'The record prompted Doe to say: “…”'
    subj = _caused_object(masked, lo, open_at)
    if subj is None:
        return None
    words = masked[subj[0] : subj[1]].split()
    if len(words) > 1 and not personal(words):
        return None  # 'The strike led Harbor Street to note:' (a surname: the article decides)
    aside = PERSON_ASIDE.match(masked, subj[1], open_at)
    says = _SAYS_NEXT.fullmatch(masked, aside.end() if aside else subj[1], open_at)
    if says is None or says.group(1) not in _SPEECH or says.group(1) in _NAMING:
        return None
    return Cue(says.start(1), says.end(1), subj[0], subj[1], says.group(1))
