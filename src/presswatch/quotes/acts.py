"""Who speaks a cue-less partial quote: its act's subject, unless the words are another's."""

from __future__ import annotations

import re

from presswatch.quotes.cue import Cue, bare_cue
from presswatch.quotes.cues import clause_subject, verbs_in
from presswatch.quotes.lexicon import alternation, lexicon
from presswatch.quotes.marks import Span
from presswatch.quotes.phrases import subject_before
from presswatch.quotes.subjects import is_named
from presswatch.quotes.words import DETERMINERS, FUNCTION

_WINDOW = 200  # characters before a quote where its act verb may stand


_ACT_VERB = re.compile(rf"\b(?:{alternation('act_verbs')})\b")
_COORDINATED = re.compile(r"\b(?:and|but)\s+(?:(?:also|then|later)\s+)?$")
_PERSONS = frozenset({"he", "she"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
# 'In a speech that echoed …', 'During her address …': the phrase the quote stands in
_ACT_OPENING = re.compile(
    r"[\s\x00]*(?:In|During)\s+(?:(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:"
    + alternation("act_nouns")
    + r")\s+(?:that|which)\s+(?:"
    + alternation("act_echo_verbs")
    + r")|(?:his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:"
    + alternation("act_nouns")
    + r"))\b"
)
# what makes the phrase someone else's act or the quote its topic or target
_NOT_OWN_ACT = re.compile(r"\bby\b|\bcall(?:s|ed|ing)?\s+(?:him|her|them)\b")
_TOPIC_BEFORE = re.compile(r"\b(?:about|on|over|for|whether)\s*$")
_PASSIVE_NEXT = re.compile(
    r"\s+(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en)\b"
)
_PROMISE_AFTER = re.compile(rf"\s+(?:{alternation('act_promises')})s?\b")
_POSSESSOR = re.compile(r"\b((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w-]*)['’]s\s*$")
# 'Ana Ruiz's claim that the port was “…”', 'O'Hara's patronizing aside that …': a person's words
_OWNER_NOUN = re.compile(
    r"\b((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]*?)['’]s\s+(?:[a-z][\w-]*\s+){0,2}?"
    rf"((?:{alternation('act_promises')}|{alternation('owner_speech_nouns')})s?)\s+(that|of)\b"
    r"(?P<gap>[^.;!?\x00]*)$"
)
# kept apart from askers._ASIDE: any relative clause (which, whose too), over ';' and ':'
_ASIDE = re.compile(r",\s+(?:who|whom|which|whose)\b[^,\x00]*,")  # a relative clause in the gap
# 'Roe called Doe's claim of victory “a lie”': a naming verb governs the possessive
_NAMING_BEFORE = re.compile(rf"\b(?:{alternation('naming_verbs')})\s+(?:[A-Z][\w.'’-]*\s+)*$")
_COPULAS = lexicon().sets["copulas"]
_CHAIN = lexicon().sets["verb_group_words"]
_LEADS = FUNCTION | DETERMINERS

# the vetoes: words before or after a quote that make it another's words, a title or a text
_OTHERS_BEFORE = re.compile(
    rf"\b(?:{alternation('others_words_before')})(?:\s+[\w'’-]+){{0,3}}[\s,:]*$"
)
_WHAT_THEY_CALL = re.compile(
    r"\bwhat\s+((?:[\w'’-]+\s+){1,4}?)(?:(?:once|now|often|long|has|have|had)\s+)*"
    rf"(?:{alternation('naming_verbs')})\s*$"
)
_BORROWED_AFTER = re.compile(
    rf"[\s,\x00]*(?:a|the)\s+(?:{alternation('borrowed_nouns')})\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{alternation('borrowed_verbs')})\s+by\b"
)
_OWNED_TEXT = re.compile(
    rf"['’]s\s+(?:[\w-]+\s+){{0,2}}(?:{alternation('owned_text_nouns')})\b[^.;!?\x00]{{0,60}}$"
)
_PASSIVE_FOR = re.compile(
    r"\b(?:is|are|was|were|been|being|be)\s+(?:[a-z]+\s+)?[a-z]{3,}(?:ed|en)\b"
    r"(?:\s+by\b[^,.;\x00]{1,60}?)?\s+(?:for|as)\b(?:\s+[\w'’-]+){0,4}\s*$"
)


def others_words(masked: str, s_lo: int, s_hi: int, span: Span) -> bool:
    """Return whether a partial quote is another's words, a title or a text (possessives aside)."""
    # a chant, what critics call, 'titled', 'the words', 'a report's finding', or said of the
    # subject in a passive clause ('was praised by colleagues for “…”')
    before = masked[max(s_lo, span.open_at - _WINDOW) : span.open_at]
    if _OTHERS_BEFORE.search(before) or _PASSIVE_FOR.search(before):
        return True
    owned = _OWNED_TEXT.search(before)
    if owned and len(before[: owned.start()].split()) > 3:
        return True  # (not 'Jo Roe's campaign slogan is “…”': the subject's own)
    what = _WHAT_THEY_CALL.search(before)
    if what and what.group(1).strip().lower() not in _SUBJECT_PRONOUNS:
        return True
    return bool(_BORROWED_AFTER.match(masked, span.close_at, s_hi))


def possessive_before(masked: str, s_lo: int, span: Span) -> bool:
    """Return whether a capitalised possessive stands right before the quote ('Lund's “…”')."""
    return _POSSESSOR.search(masked, max(s_lo, span.open_at - _WINDOW), span.open_at) is not None


def possessor_cue(masked: str, s_lo: int, s_hi: int, span: Span) -> Cue | None:
    """Return the cue of a person's name owning a quote and a promise ('Ann Lund's “…” pledge')."""
    owner = _POSSESSOR.search(masked, max(s_lo, span.open_at - 60), span.open_at)
    if owner is None or not _PROMISE_AFTER.match(masked, span.close_at, s_hi):
        return None
    if not _person_name(masked, owner.group(1), owner.start(1)):
        return None  # 'The Times's “…” claim', 'Arsenal's “…” boast'
    return bare_cue((owner.start(1), owner.end(1)))


def _finite_groups(gap: str) -> int:
    """Return how many finite verb groups a claim's complement holds ('will reopen is': 2)."""
    groups, chain = 0, False
    for word in gap.lower().replace(",", " ").split():
        if word in _COPULAS:
            groups += 0 if chain else 1
            chain = True
        elif not (chain and (word in _CHAIN or word.endswith("ly"))):
            chain = False
    return groups


def speech_noun_owner(masked: str, lo: int, span: Span) -> Cue | None:
    """Return the cue of a person whose claim, remark … (with 'that'/'of') leads to the quote."""
    lo = max(lo, span.open_at - _WINDOW)
    if masked.find("'s ", lo, span.open_at) < 0 and masked.find("’s ", lo, span.open_at) < 0:
        return None  # (a cheap test first: most quotes have no possessive before them)
    owner = _OWNER_NOUN.search(masked, lo, span.open_at)
    if owner is None:
        return None
    gap = _ASIDE.sub(",", owner.group("gap"))
    if verbs_in(gap, 0, len(gap)) or not _person_name(masked, owner.group(1), owner.start(1)):
        return None  # 'Ruiz's claim that Hegg called it “…”': Hegg's; 'The Post's claim'
    if gap.split()[-1:] == ["as"]:
        return None  # 'describing Roe's claim that … as “…”': the describer's words
    # 'Roe's claim that the mill will reopen is “…”', 'Roe's warning of losses was “…”': the
    # claim is the subject of a verb of its own, and the quote is said of it
    if _finite_groups(gap) > (owner.group(3) == "that"):
        return None
    lead = (gap.split() or [owner.group(3)])[-1].lower()
    if lead not in _LEADS and _NAMING_BEFORE.search(masked, lo, owner.start(1)):
        return None  # 'Roe called Lee's claim of victory “a lie”' (but '… of a “…”': Lee's)
    return Cue(owner.start(2), owner.end(2), owner.start(1), owner.end(1), owner.group(2))


_FIRST_MENTIONS = 3  # mentions of a surname looked at from the start of the text


def _person_name(masked: str, name: str, at: int) -> bool:
    """Return whether a name has a given name or title before its surname, here or earlier."""
    # ('Vey's' after 'Governor Ann Vey')
    words = name.split()
    if len(words) >= 2:
        return _personal(words[-2])
    # the first mentions (where a story introduces a person) and the two latest: a bounded look,
    # not a walk over every mention for every quote
    key, starts = " " + name, []
    pos = masked.find(key, 0, at)
    while pos >= 0 and len(starts) < _FIRST_MENTIONS:
        starts.append(pos)
        pos = masked.find(key, pos + 1, at)
    pos = masked.rfind(key, 0, at)
    while pos >= 0 and len(starts) < _FIRST_MENTIONS + 2 and pos not in starts:
        starts.append(pos)
        pos = masked.rfind(key, 0, pos)
    return any(
        masked[p + len(key) : p + len(key) + 1] in " ,.;'’"
        and any(_personal(w) for w in masked[max(0, p - 40) : p].split()[-2:])
        for p in starts
    )


def _personal(word: str) -> bool:
    """Return whether a word before a surname makes it a person's: a given name or a title."""
    low = word.lower()
    return low in lexicon().first_names or low in lexicon().titles


def act_cue(masked: str, s_lo: int, s_hi: int, span: Span) -> Cue | None:
    """Return the cue of a partial quote from an opening act phrase or the nearest act verb."""
    near = span.open_at - s_lo <= _WINDOW  # (every search is bounded: see the long-line test)
    opening = _ACT_OPENING.match(masked, s_lo, span.open_at) if near else None
    if opening:
        return _opening_cue(masked, s_hi, span, opening.end())
    lo = max(s_lo, span.open_at - _WINDOW)
    verbs = list(_ACT_VERB.finditer(masked, lo, span.open_at))
    for m in reversed(verbs[-2:]):  # the nearest act, or the one it is coordinated with
        subj = subject_before(masked, s_lo, m.start())
        if subj and _person_like(masked, subj):
            return Cue(m.start(), m.end(), subj[0], subj[1], m.group())
        if not _COORDINATED.search(masked, max(s_lo, m.start() - 20), m.start()):
            return None
    return None


def _opening_cue(masked: str, s_hi: int, span: Span, phrase_end: int) -> Cue | None:
    """Return the main clause's subject after an opening act phrase that is its own act."""
    # not 'by' another, not 'called him', no topic ('about/on/whether “…”'), no passive
    gap = masked[phrase_end : span.open_at]
    if ", " in gap or _NOT_OWN_ACT.search(gap) or _TOPIC_BEFORE.search(gap):
        return None
    end = min(s_hi, span.close_at + _WINDOW)
    comma = span.close_at - 2 if span.comma else masked.find(", ", span.close_at, end)
    subj = clause_subject(masked, comma + 2, s_hi) if comma > 0 else None
    if subj is None or _PASSIVE_NEXT.match(masked, subj[1], s_hi):
        return None  # '…, Senator Bo Lee was mocked': the act was not his
    return bare_cue(subj)


def _person_like(masked: str, subj: tuple[int, int]) -> bool:
    """Return whether a subject span may name a speaker: a name or 'he'/'she'."""
    surface = masked[subj[0] : subj[1]]
    return surface.lower() in _PERSONS or ("\x00" not in surface and is_named(masked, subj))
