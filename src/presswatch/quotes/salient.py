"""Definite descriptions left unresolved as a cue subject ('the company said', 'the judge said',
'the Estonian said'): the actor the nearest said-clause or sentence before them made its subject."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from presswatch.quotes import orgrefs
from presswatch.quotes.anaphors import _gender, _said_of
from presswatch.quotes.lexicon import demonyms, lexicon, rows
from presswatch.quotes.namecore import name_core
from presswatch.quotes.orgnames import kinds, speaker_form
from presswatch.quotes.words import unicode_caps

if TYPE_CHECKING:
    from presswatch.quotes.speakers import DocSpeakers

_NOUNS = {r[0].strip(): [f.strip() for f in r[1:]] for r in rows("salient_nouns.tsv")}
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")
_CAP = r"[A-Z][\w'’&.-]*"
# a sentence's subject: an optional lead ('Volunteer coordinator', 'Mr Justice', 'The developer,'),
# a capitalised run, an optional age or appositive, then a finite verb
_SUBJECT = re.compile(
    unicode_caps(
        rf"(?P<lead>(?:[A-Z][a-z]+ [a-z]+ |(?:(?:Mr|Mrs|Ms|Dr|Lady|Lord|Sir)\.? )?Justice |The "
        rf"[a-z]+(?: [a-z]+)?, )?)(?P<name>{_CAP}(?: {_CAP}){{0,4}})"
        r"(?P<app>,? \(?\d{1,3}\)?,| \(|, (?:the|a|an) [^,.;“”]{1,60},)? (?:\w+ly )?"
        r"(?P<verb>said|says|told|added|announced|"
        r"confirmed|insisted|warned|argued|wrote|stated|replied|responded|[a-z]{3,}ed|"
        + "|".join(sorted(lexicon().sets["past_forms"]))
        + r")\b"
    )
)
# 'The club announced': a description subject of the sentence before 'the statement said'
_ORG_SUBJECT = re.compile(r"(?P<name>[Tt]he (?P<noun>[a-z]+)) (?:\w+ly )?(?P<verb>[a-z]{3,}ed)\b")
_ANNOUNCING = frozenset({"said", "announced", "posted", "wrote", "published", "confirmed"})
_JUDICIAL = re.compile(r"\b(?:[Jj]ustice|[Jj]udge|[Mm]agistrate)\b")
_ORG_HINT = re.compile(r"\b(?:it|its)\b")
_WORDS = re.compile(r"[a-z]+")
_ADJECTIVE = re.compile(unicode_caps(r"\b[A-Z][a-z]+(?:ian|an|ish|ese|i)\b"))  # 'Norvian'


def resolve(doc: DocSpeakers, surface: str, pos: int) -> tuple[str, bool] | None:
    """Return (actor, is a person) an unresolved definite description at pos names, else None."""
    words = surface.lower().replace("’", "'").strip(" ,").split()
    if len(words) < 2 or words[0] not in ("the", "his", "her"):
        return None
    if words[0] != "the":  # 'his challenger' after 'the Democratic challenger, Jo Roe,'
        if len(words) != 2 or _NOUNS.get(words[1], [""])[-1] != "contest":
            return None  # ('his lawyer' is the lawyer of whoever 'his' is)
        found = doc.described("the " + " ".join(words[1:]), pos)
        return (found, True) if found else None
    head = _head(words[1:])
    if head is None:
        return None
    subject = _nearest(doc, pos)
    if subject is None:
        return None
    _, name, cls = subject
    person = cls in ("person", "judge")
    if head == "statement" and cls == "org":  # 'The club announced …': the club
        return name, False
    spec = _NOUNS.get(head)
    if spec and spec[0] == "org" and (cls == "org" or (not person and _firm_like(name))):
        return (_fuller(doc.text, name, pos), False) if _org_fits(name, head) else None
    if spec and spec[0] == "person" and cls != "org":
        gender, need = [*spec, "", ""][1:3]
        if need == "judicial" and cls != "judge":
            return None
        return (name, True) if _person_fits(doc, name, gender) else None
    if head in demonyms() and head.endswith(("an", "i")) and cls != "org":
        return (name, True) if _nation_fits(doc, name, head, pos) else None
    return None


def _head(words: list[str]) -> str | None:
    """Return the head noun of a description without its article, or None when it is
    modified or has an 'of' complement other than a number."""
    if "of" in words:  # 'the grandmother of four'
        k = words.index("of")
        tail = words[k + 1 :]
        if len(tail) != 1 or not (tail[0].isdigit() or tail[0] in _NUMBER_WORDS):
            return None
        words = words[:k]
    if len(words) != 1:  # 'the other company' is another one
        return None
    return words[0]


_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


def _nearest(doc: DocSpeakers, pos: int) -> tuple[int, str, str] | None:
    """Return (position, actor, class) of the subject of the nearest sentence before pos
    in its paragraph or the one before, else None."""
    text = doc.text
    prev = text.rfind("\n", 0, pos)
    lo = text.rfind("\n", 0, prev) + 1 if prev > 0 else 0
    masked = _QUOTED.sub(lambda m: " " * len(m.group()), text[lo:pos])
    starts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+|\n+", masked)]
    for start in reversed(starts):
        clause = masked[start:].lstrip()
        if not re.search(r"\w", clause):  # the quote the description's cue ends
            continue
        at = lo + start + (len(masked[start:]) - len(clause))
        if m := _SUBJECT.match(clause):
            return _actor(doc, m, at, clause)
        if (m := _ORG_SUBJECT.match(clause)) and m.group("noun") in kinds().words:
            if m.group("verb") not in _ANNOUNCING:
                return None
            found = orgrefs.speaker(doc, m.group("name").lower(), at)
            if found and not found[1]:
                return at, found[0], "org"
            before = _nearest(doc, at)  # 'Dunfield Rovers lost … The club announced'
            if before and before[2] in ("org", "") and _org_fits(before[1], m.group("noun")):
                return before[0], before[1], "org"
            return None
        return None
    return None


def _actor(doc: DocSpeakers, m: re.Match[str], at: int, clause: str) -> tuple[int, str, str]:
    """Return (position, actor, class) of a sentence subject match; the class is 'person',
    'judge' (a person with a judicial title before the name), 'org' or '' (either)."""
    name, lead = m.group("name"), m.group("lead")
    core = name_core(name)
    words = {w.lower() for w in name.split()}
    if _ORG_HINT.match(clause[m.end() :].strip()) or words & set(kinds().by_word):
        return at, speaker_form(name), "org"  # 'Orvane said it would …'
    people = [n for p, n in doc.antecedents if at <= p < at + m.end("name") + 1]
    full = people[-1] if people else doc.full_name(core, at) if core else name
    if _JUDICIAL.search(lead):
        return at, full, "judge"
    if doc.gender(full) or lead.strip() or m.group("app"):
        return at, full, "person"
    return at, full if core else speaker_form(name), "" if core else "org"


def _fuller(text: str, name: str, pos: int) -> str:
    """Return the one longer name before pos that opens with a short one ('Acme' after 'Acme
    Biotech'), else the name."""
    runs = re.findall(unicode_caps(rf"\b{re.escape(name)}(?: {_CAP})+"), text[:pos])
    return runs[0] if len(set(runs)) == 1 else name


def _firm_like(name: str) -> bool:
    """Return whether a name no verb showed as a body still reads as a firm's: three words or
    more ('Quarry Ridge Mining') or a firm word at its end ('Harbour Holdings')."""
    words = name.split()
    return len(words) > 2 or words[-1].lower() in lexicon().sets["firm_words"]


def _org_fits(name: str, noun: str) -> bool:
    """Return whether an organisation's name is of no kind other than the noun's."""
    # a 'union' is not 'the company'; 'The Premier League', 'The FDA' are bodies, no firm or club
    # (their kind unknown, a firm word's is); a name of no known kind fits any noun
    words = name.lower().split()
    got = {k for w in words for k in kinds().by_word.get(w, ())}
    if name.startswith("The ") or (name.isupper() and not got):
        return False
    if words[-1] in lexicon().org_words and noun not in got:
        return False  # 'Dunmore League'
    return not got or noun in got or noun not in kinds().words


def _person_fits(doc: DocSpeakers, name: str, gender: str) -> bool:
    """Return whether a person is of no gender other than a noun's."""
    return gender not in ("m", "f") or _gender(doc, name) in (None, gender)


def _nation_fits(doc: DocSpeakers, name: str, demonym: str, pos: int) -> bool:
    """Return whether no other nationality is said of a person at their mentions."""
    raw = _said_of(doc, name, pos)
    if any(w.lower() != demonym for w in _ADJECTIVE.findall(raw)):
        return False  # 'Norvian skier Tove Lund' is no Austrian
    said = set(_WORDS.findall(raw.lower()))
    others = {d for d in demonyms() if d != demonym and d in said}
    countries = {c for d, cs in demonyms().items() if d != demonym for c in cs if len(c) > 3}
    return not others and not (said & countries - set(demonyms()[demonym]))
