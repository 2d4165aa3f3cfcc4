"""Named sentence subjects, noted as pronoun antecedents: verb-shaped, appositive, copula."""

from __future__ import annotations

import re

from presswatch.quotes.words import personal

_NAME = r"((?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w-]*)"
# 'Lind’s been lobbying …', 'Elena Lind's got a plan': a name and a contracted 'has'
_CONTRACTED = re.compile(
    rf"(?:[A-Z][a-z]+ly\s+|[A-Z][a-z]+\s+(?:[a-z]+\s+){{1,3}})?{_NAME}['’]s\s+(?:been|got|gotten)\b"
)
# 'The newest member is Mayor Elena Lind', 'Among them was Rep. Jane Roe': a copula naming
# the subject at the end of the clause
_COPULA = re.compile(
    rf"(?:The|Among|One)\b[^.,;:\x00\n]{{0,60}}?\s(?:is|was)\s+{_NAME}"
    r"(?=\s*[,.;:]|\s+(?:of|from|who)\b)"
)


def extra_subject(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the span of a person named as the subject of masked[lo:hi] by a contracted
    'has' ('Lind’s been …') or a copula ('The latest is Mayor Elena Lind'), else None."""
    top = min(hi, lo + 90)
    copula = masked.find(" is ", lo, top) >= 0 or masked.find(" was ", lo, top) >= 0
    m = _COPULA.match(masked, lo, hi) if copula else None
    if m is None and (masked.find("s been", lo, hi) >= 0 or masked.find("s got", lo, hi) >= 0):
        m = _CONTRACTED.match(masked, lo, hi)
    if m is None:
        return None
    words = m.group(1).split()
    if m.re is _COPULA and not personal(words):
        return None  # 'The venue was Ivesk Arena': only a title or a given name makes a person
    return m.start(1), m.end(1)


_NAME_WHO = re.compile(r"\s*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*), who\b")
# A sentence opening with a capitalised name and then a verb-like word ('Roe said', 'Roe has').
_SUBJECT = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*),?\s+(?:[a-z]+\s+){0,2}[a-z]+(?:ed|s)\b"
)
# 'Jane Roe, 18, was …', 'Jane Roe, a ferry pilot, said …' (not 'South Ivesk, he said, was')
_SUBJECT_APPOSITIVE = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*), (?!(?:he|she|they|it|we|I|officials)\s)"
    r"[^,\x00]{1,40}, (?:[a-z]+\s+)?(?:[a-z]+(?:ed|s)|could|would|will|can|should|must)\b"
)
# a plural noun and a verb after a name: the name is a modifier ('South Ivesk polls close')
MODIFIER = re.compile(
    r"\s+(?:[a-z]+[^s\W]\s+)?[a-z]{2,}[^s\W]s\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+ed|have|had|has|are|were|say|said|close|will|would|could|can)\b"
)


def sentence_subject(masked: str, lo: int, hi: int, comma: bool) -> re.Match[str] | None:
    """Return the match of the named subject that opens masked[lo:hi], or None; comma: whether
    the sentence holds a ', ' (every pattern but _SUBJECT needs one, _NAME_WHO a ', who')."""
    subj = _SUBJECT.match(masked, lo, hi)
    if subj is None and comma:
        if masked.find(", who", lo, hi) >= 0:
            subj = _NAME_WHO.match(masked, lo, hi)
        subj = subj or _appositive_subject(masked, lo, hi)
    return subj


def _appositive_subject(masked: str, lo: int, hi: int) -> re.Match[str] | None:
    """Return 'Jane Roe, 55, …' / 'Jane Roe, a pilot, …' as a subject when the name reads as a
    person, or an age or an indefinite description follows it (not 'New Delhi, the Indian
    capital, hosted …')."""
    m = _SUBJECT_APPOSITIVE.match(masked, lo, hi)
    if m is None or personal(m.group(1).split()):
        return m
    after = masked[m.end(1) + 2 :].lstrip()
    return m if after[:1].isdigit() or after.startswith(("a ", "an ")) else None
