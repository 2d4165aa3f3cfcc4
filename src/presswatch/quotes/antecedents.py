"""Named sentence subjects, noted as pronoun antecedents: verb-shaped or appositive."""

from __future__ import annotations

import re

from presswatch.quotes.descriptions import PARTY_NOUNS
from presswatch.quotes.lexicon import alternation, lexicon, title_abbreviations
from presswatch.quotes.words import personal

_MODALS = "|".join(sorted(lexicon().sets["modals"]))
PAST_FORMS = "|".join(sorted(lexicon().sets["past_forms"]))  # 'spoke', 'met', 'won'
# words between a name and its verb that give the verb another subject ('NEWS Then when she spoke')
_NOT_GAP = "(?:he|she|they|we|i|it|you|when|who|that|which|while|if|as|because)"

_NAME_WHO = re.compile(r"\s*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*), who\b")
# A sentence opening with a capitalised name and then a verb-like word ('Roe said', 'Roe has').
_SUBJECT = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*),?\s+"
    rf"(?:(?!{_NOT_GAP}\s)[a-z]+\s+){{0,2}}(?:[a-z]+(?:ed|s)|{PAST_FORMS})\b"
)
# 'Mrs. Roe did not …': 'did' after a name, only when the name reads as a person's
_DID_SUBJECT = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)\s+did\b")
# a courtesy or abbreviated title and one surname ('Mrs. Roe', 'Dr Roe', 'Sen. Roe')
_COURTESY = lexicon().sets["courtesy_abbreviations"] | set(title_abbreviations())
_TITLED_SURNAME = re.compile(r"([A-Z][a-z]*\.?) [A-Z][\w'’-]*[a-z]")
# 'Jane Roe, 18, was …', 'Jane Roe, a ferry pilot, said …' (not 'South Ivesk, he said, was')
_SUBJECT_APPOSITIVE = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*), (?!(?:he|she|they|it|we|I|officials)\s)"
    rf"[^,\x00]{{1,80}}, (?:[a-z]+\s+)?(?:[a-z]+(?:ed|s)|{_MODALS}|{PAST_FORMS})\b"
)
# 'Roe, for her part, did not …', 'Roe, asked about the suit, shrugged': one surname, an aside that
# is an adjunct with his/her or a participle phrase, then a verb (the caller keeps known surnames)
_ASIDE = rf"(?:{alternation('aside_preps')}) (?:his|her) [a-z]+"  # 'for her part', 'to his credit'
_ASIDE_SUBJECT = re.compile(
    rf"([A-Z][\w'’-]*[a-z]), (?:{_ASIDE}|[a-z]+ed\b[^,\x00]{{0,80}}), "
    rf"(?:[a-z]+\s+)?(?:[a-z]+(?:ed|s)|did(?:n['’]t)?|{_MODALS}|{PAST_FORMS})\b"
)
# 'asking Roe whether he would …': the person asked is the he/she of the question
_ASKED = (
    rf"\b(?:{alternation('ask_verbs')})(?:ed|ing|es|s)? "
    rf"((?:[A-Z][\w'’.-]*\s+){{0,2}}[A-Z][\w'’-]*) (?:{alternation('question_links')}) "
)
ASKED_OBJECT = re.compile(_ASKED + r"(?:he|she)\b")
ASKED_BEFORE = re.compile(_ASKED + r"\Z")  # the same question, ending where its he/she starts
_PERSON_ASIDE = re.compile(rf", {_ASIDE}, ")  # 'Roe, to his credit, '
# 'The president of the fishermen's union, Jo Ndour, welcomed …': the name after a description
_DESCRIBED_NAME = re.compile(
    r"(?:The|A|An) [^,\x00]{1,90}, ((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*), "
    rf"(?:[a-z]+\s+)?(?:[a-z]+(?:ed|s)|{PAST_FORMS})\b"
)
# 'Roe, 22, who …, said', 'The grower Jo Roe, 63, lost': a name given an age opens the sentence,
# alone or after a description (one word is enough: an age is only given to a person)
_AGED_NAME = re.compile(
    r"\s*(?:(?:The|A|An) (?:[a-z]+ ){1,2})?((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*), \d{1,3}, "
)
# a plural noun and a verb after a name: the name is a modifier ('South Ivesk polls close')
MODIFIER = re.compile(
    r"\s+(?:[a-z]+[^s\W]\s+)?[a-z]{2,}[^s\W]s\s+(?:[a-z]+ly\s+)?"
    rf"(?:[a-z]+ed|have|had|has|are|were|say|said|close|will|would|could|can|{PAST_FORMS})\b"
)


_ADVERBS = "|".join(sorted(w.capitalize() for w in lexicon().sets["sentence_adverbs"]))
_FINITE = "|".join(sorted(w for w in lexicon().sets["finite_auxiliaries"] if "'" not in w))
# a definite description and a finite verb after it: 'the mayor was', 'the chief executive declined'
_DESCRIBED = rf"(?P<d>[Tt]he(?: [a-z][a-z-]*){{1,3}}?) (?:{_FINITE}|[a-z]+ed|{PAST_FORMS})\b"
# 'Later the mayor was asked …', 'The mayor had left': it opens the sentence (after an adverb)
_DESCRIPTION = re.compile(rf"\s*(?:(?:{_ADVERBS}),?\s+(?=t)|(?=T)){_DESCRIBED}")
# 'Asked about the vote, the mayor shrugged.', 'On March 3, 2024, the mayor …': after an opening
# phrase (whose only comma may be a date's)
_LEAD_DESCRIPTION = re.compile(rf"\s*[A-Z][^,\x00\n]{{1,120}}(?:, \d{{4}})?, (?=t){_DESCRIBED}")


def described_subject(masked: str, lo: int, hi: int, lead: bool = False) -> tuple[str, int] | None:
    """Return the 'the …' description subject of masked[lo:hi] and its start, else None."""
    m = _DESCRIPTION.match(masked, lo, hi)
    if m is None and lead:  # (also after an opening phrase)
        m = _LEAD_DESCRIPTION.match(masked, lo, hi)
    return (m.group("d"), m.start("d")) if m else None


# a cleft sentence: its subject follows 'that' ('It was in 1990 that Mrs. Agnes Pike opened …')
_CLEFT = re.compile(r"\s*It (?:was|is) [^.,;:\x00]{1,60}? (?:that|when) (?=[A-Z])")


def sentence_subject(masked: str, lo: int, hi: int, comma: bool) -> re.Match[str] | None:
    """Return the match of the named subject opening masked[lo:hi] (comma: it has ', ')."""
    subj = _SUBJECT.match(masked, lo, hi) or _did_subject(masked, lo, hi)
    if subj is not None and subj.group(1) == "It":
        cleft = _CLEFT.match(masked, lo, hi)
        subj = _SUBJECT.match(masked, cleft.end(), hi) if cleft else None
    if subj is None and comma:
        if masked.find(", who", lo, hi) >= 0:
            subj = _NAME_WHO.match(masked, lo, hi)
        subj = subj or _appositive_subject(masked, lo, hi) or _DESCRIBED_NAME.match(masked, lo, hi)
        subj = subj or _AGED_NAME.match(masked, lo, hi) or _ASIDE_SUBJECT.match(masked, lo, hi)
    return subj


def opening_subject(
    masked: str, lo: int, hi: int, comma: bool
) -> tuple[re.Match[str] | None, tuple[str, int] | None, bool]:
    """Return the subject name opening masked[lo:hi], its 'the …' description, start, personhood."""
    # the name is None under a description or as a modifier
    subj = sentence_subject(masked, lo, hi, comma)
    # 'Later the mayor was asked …': not 'Later'; 'Asked about it, the mayor shrugged'
    desc = described_subject(masked, lo, hi, lead=subj is None and comma)
    if subj and subj.group(1).startswith("The ") and subj.group(1)[-1:] != "s":
        words = subj.group(1).lower().split()  # 'The Oregon Democrat was': a description
        desc = (subj.group(1), subj.start(1)) if words[-1] in PARTY_NOUNS else desc
    if subj and (desc or MODIFIER.match(masked, subj.end(1), hi)):
        subj = None  # 'Port Ivesk dockers voted': the name modifies the real subject
    # 'Solvik, who toured the town, rejected …' and 'Mrs. Solvik was …' are a person's
    person = subj is not None and (
        titled_surname(subj.group(1))
        or masked.startswith(", who ", subj.end(1))
        or _PERSON_ASIDE.match(masked, subj.end(1), hi) is not None
    )
    return subj, desc, person


def asked_person(masked: str, lo: int, hi: int) -> re.Match[str] | None:
    """Return the match of a person asked a whether/if question in masked[lo:hi], else None."""
    m = ASKED_OBJECT.search(masked, lo, hi)  # not 'asked City Hall whether she …'
    return m if m is not None and (" " not in m.group(1) or personal(m.group(1).split())) else None


def titled_surname(name: str) -> bool:
    """Return whether a name is a courtesy or abbreviated title and one surname ('Mrs. Roe')."""
    title = m.group(1).lower() if (m := _TITLED_SURNAME.fullmatch(name)) else ""
    return title in _COURTESY or f"{title}." in _COURTESY


def _did_subject(masked: str, lo: int, hi: int) -> re.Match[str] | None:
    """Return the match of a person's name before 'did' opening masked[lo:hi], else None."""
    m = _DID_SUBJECT.match(masked, lo, hi)
    if m is None or titled_surname(m.group(1)):
        return m
    return m if m.group(1).split()[0].lower() in lexicon().first_names else None


def _appositive_subject(masked: str, lo: int, hi: int) -> re.Match[str] | None:
    """Return the match of a name and its appositive when the name reads as a person."""
    # a person: a known title or given name, or an age or an indefinite description after it
    m = _SUBJECT_APPOSITIVE.match(masked, lo, hi)
    if m is None or personal(m.group(1).split()):
        return m
    after = masked[m.end(1) + 2 :].lstrip()
    return m if after[:1].isdigit() or after.startswith(("a ", "an ")) else None
