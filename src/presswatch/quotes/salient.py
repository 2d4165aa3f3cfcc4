"""Definite descriptions left unresolved as a cue subject ('the company said', 'the judge said',
'the Estonian said'): the actor the nearest said-clause or sentence before them made its subject."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from presswatch.quotes import orgrefs
from presswatch.quotes.anaphors import gender_of, said_of
from presswatch.quotes.descriptions import establish
from presswatch.quotes.lexicon import alternation, capital_alternation, demonyms, lexicon, rows
from presswatch.quotes.namecore import name_core
from presswatch.quotes.orgnames import VERBISH, kinds, speaker_form
from presswatch.quotes.tied import kind_apposed, related
from presswatch.quotes.words import unicode_caps

if TYPE_CHECKING:
    from presswatch.quotes.speakers import DocSpeakers

_FIRM_ENDS = lexicon().sets["firm_words"] | lexicon().sets["industry_heads"]
_NOUNS = {r[0].strip(): [f.strip() for f in r[1:]] for r in rows("salient_nouns.tsv")}
_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
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
        rf"(?P<aux>{alternation('subject_auxiliaries')}|"
        rf"(?:{alternation('subject_adverbs')}) [a-z]+s)|"
        r"confirmed|insisted|warned|argued|wrote|stated|replied|responded|[a-z]{3,}ed|"
        + "|".join(sorted(lexicon().sets["past_forms"]))
        + r")\b"
    )
)
# 'The club announced': a description subject of the sentence before 'the statement said'
_ORG_SUBJECT = re.compile(r"(?P<name>[Tt]he (?P<noun>[a-z]+)) (?:\w+ly )?(?P<verb>[a-z]{3,}ed)\b")
# an opening adjunct before the cue's subject ('In a written statement, the company said')
_ADJUNCT = re.compile(
    rf"(?:{capital_alternation('adjunct_prepositions')}) (?:{alternation('adjunct_determiners')}) "
    r"[^,]{1,60}, "
)
_ANNOUNCING = frozenset({"said", "announced", "posted", "wrote", "published", "confirmed"})
# 'Judge Amira Kent', 'Chief Justice Roe', 'Mr Justice Roe'; not 'Justice Minister Ana Ruiz'
_JUDICIAL = re.compile(r"\b(?:[Jj]ustice|[Jj]udge|[Mm]agistrate)\b(?! [Mm]inister| [Ss]ecretary)")
_ORG_HINT = re.compile(r"its\b|it (?!(?:is|was|were|'s|’s)\b)")  # not dummy 'it was'
_WORDS = re.compile(r"[a-z]+")
_ADJECTIVE = re.compile(unicode_caps(r"\b[A-Z][a-z]+(?:ian|an|ish|ese|i)\b"))  # 'Norvian'
_CAPWORD = re.compile(unicode_caps(r"\b[A-Z][a-z]+\b"))
# the name a demonym leads: 'Kenyan runner Eliud Maina'
_NAMED_AFTER = re.compile(unicode_caps(rf"(?: [a-z]+){{0,2}} ({_CAP}(?: {_CAP})*)"))
_AGES = re.compile(r"\b(\d{1,3})-year-old")
_CAP_BEFORE = re.compile(unicode_caps(rf"\b{_CAP} $"))


def resolve(doc: DocSpeakers, surface: str, pos: int) -> tuple[str, bool] | None:
    """Return (actor, is a person) an unresolved definite description at pos names, else None."""
    words = surface.lower().replace("’", "'").strip(" ,").split()
    if len(words) < 2 or words[0] not in ("the", "his", "her", "their"):
        return None
    if len(words) == 2 and words[0] != "the" and words[1] in lexicon().sets["relation_nouns"]:
        return related(doc, words, pos)
    if _NOUNS.get(words[-1], [""])[-1] == "contest":  # only the one the text named so
        return _contested(doc, words[1], pos) if len(words) == 2 and words[0] != "the" else None
    if words[0] != "the":  # ('his lawyer' is the lawyer of whoever 'his' is)
        return None
    head, numbered = _head(words[1:])
    subject = _nearest(doc, pos) if head else None
    if head is None or subject is None:
        return None
    _, name, cls = subject
    if head == "statement" and cls == "org":  # 'The club announced …': the club
        return name, False
    spec = _NOUNS.get(head)
    if spec and spec[0] == "org" and cls in ("org", ""):
        if cls == "" and kind_apposed(doc.text, name, pos):
            cls = "org"  # 'Tallis Aviation, a Kansas company,' of a name that may be a person's
        fuller = _fuller(doc.text, name, pos, head)  # 'Corvel' after 'Corvel Biotech said'
        if cls == "org" or _firm_like(name) or fuller != name:
            return (fuller, False) if _org_fits(name, head) else None
    if cls not in ("person", "judge"):
        return None
    if spec and spec[0] == "person":
        gender, need = [*spec, "", ""][1:3]
        if need == "judicial":
            return (name, True) if cls == "judge" else None
        # 'the grandmother of four': a woman of no age under 18 ('the mother' alone is often
        # the parent of the child just quoted, a different person)
        fits = numbered and gender_of(doc, name) == gender and _adult(doc, name, pos)
        return (name, True) if fits else None
    if head in demonyms() and head.endswith(("an", "i")):
        return (name, True) if _nation_fits(doc, name, head, pos) else None
    return None


def _head(words: list[str]) -> tuple[str | None, bool]:
    """Return (head noun or None when modified, whether 'of' and a number follow it)."""
    numbered = "of" in words  # 'the grandmother of four'
    if numbered:
        k = words.index("of")
        tail = words[k + 1 :]
        if len(tail) != 1 or not (tail[0].isdigit() or tail[0] in _NUMBER_WORDS):
            return None, False
        words = words[:k]
    return (words[0] if len(words) == 1 else None), numbered  # 'the other company': another


def _window(text: str, pos: int) -> int:
    """Return where the paragraph before the one holding pos starts."""
    prev = text.rfind("\n", 0, pos)
    return text.rfind("\n", 0, prev) + 1 if prev > 0 else 0


def _nearest(doc: DocSpeakers, pos: int) -> tuple[int, str, str] | None:
    """Return (position, actor, class) of the nearest sentence subject in two paragraphs."""
    text = doc.text
    lo = _window(text, pos)
    masked = _QUOTED.sub(lambda m: " " * len(m.group()), text[lo:pos])
    starts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+|\n+", masked)]
    own = True  # the clause before the cue: an opening adjunct there is passed over
    for start in reversed(starts):
        clause = masked[start:].lstrip()
        if not re.search(r"\w", clause):  # the quote the description's cue ends
            continue
        if own and _ADJUNCT.fullmatch(clause):
            own = False
            continue
        own = False
        at = lo + start + (len(masked[start:]) - len(clause))
        if m := _SUBJECT.match(clause):
            return _actor(doc, m, at, clause)
        if (m := _ORG_SUBJECT.match(clause)) and m.group("noun") in kinds().words:
            if m.group("verb") not in _ANNOUNCING:
                return None
            found = orgrefs.speaker(doc, m.group("name").lower(), at)
            if found and found[0] and not found[1]:
                return at, found[0], "org"
            before = _nearest(doc, at)  # 'Dunfield Rovers lost … The club announced'
            if before and before[2] in ("org", "") and _org_fits(before[1], m.group("noun")):
                return before[0], before[1], "org"
            return None
        return None
    return None


def _actor(doc: DocSpeakers, m: re.Match[str], at: int, clause: str) -> tuple[int, str, str] | None:
    """Return (position, actor, 'person'/'judge'/'org'/'' (either)) of a subject, or None."""
    # None: a collective ('Police', 'Residents') is no one actor and stops the search
    name, lead = m.group("name"), m.group("lead")
    words = name.split()
    if len(words) == 1 and (_collective(words[0].lower()) or (m.group("aux") and name[-1] == "s")):
        return None  # ('Analysts had expected …': a plural)
    core = name_core(name)
    people = [n for p, n in doc.antecedents if at <= p < at + m.end("name") + 1]
    full = bare(people[-1] if people else doc.full_name(core, at) if core else name)
    if _JUDICIAL.search(f"{lead}{name}"):
        return at, full, "judge"
    # a person first: 'Tom Reyes said it was …' and 'Mayor Ana Ruiz said its …' name no body
    led = lead.split()[-1].lower() if lead.strip() else ""  # 'Rail operator Northline' is a body
    titled = bool((led and _NOUNS.get(led, [""])[0] != "org") or m.group("app"))
    titled = titled or 0 < len(core) < len(words)
    if titled or gender_of(doc, full) or doc.gender(full):
        return at, full, "person"
    # 'Orvane said it would …', 'Brenmoor Dairies said its …'; 'Oren Malik said it would' may
    # be a person of a given name we do not know: a longer name needs a plural-looking end
    hinted = _ORG_HINT.match(clause[m.end() :].strip()) and (len(words) == 1 or name.endswith("s"))
    if hinted or {w.lower() for w in words} & set(kinds().by_word):
        return at, speaker_form(name), "org"
    return at, full if core else speaker_form(name), "" if core else "org"


def bare(name: str) -> str:
    """Return a person's name without the titles, labels and nationality words before it."""
    words = name.split()
    lex, drop = lexicon(), set(_NOUNS) | set(demonyms())
    while len(words) > 1 and (
        (low := words[0].lower().rstrip(".")) in lex.titles or low in lex.occupations or low in drop
    ):
        words = words[1:]
    return " ".join(words)


def _collective(low: str) -> bool:
    """Return whether a one-word subject names a group of people or a force ('Police')."""
    lex = lexicon()
    heads = lex.sets["people_heads"]
    plural = low.endswith("s") and (low[:-1] in lex.occupations or low[:-1] in heads)  # 'Analysts'
    return low in lex.sets["group_nouns"] or low in lex.org_words or plural


def _contested(doc: DocSpeakers, noun: str, pos: int) -> tuple[str, bool] | None:
    """Return (name, True) of the one person named with a contest noun before pos, else None."""
    # 'the Democratic challenger, Jo Roe,', 'Challenger Jo Roe'
    text = doc.text
    named = {n: n.split()[-1] for at, key, n in establish(text) if at < pos and noun in key}
    titled = unicode_caps(rf"\b{noun.title()} ({_CAP} {_CAP})")
    named |= {t.group(1): t.group(1).split()[-1] for t in re.finditer(titled, text[:pos])}
    if len(set(named.values())) != 1:
        return None  # none, or two races' challengers
    found = doc.described(f"the {noun}", pos) or bare(next(iter(named)))
    return (found, True) if found else None


def _adult(doc: DocSpeakers, name: str, pos: int) -> bool:
    """Return whether no age under 18 is said of a person before pos."""
    return all(int(a) >= 18 for a in _AGES.findall(said_of(doc, name, pos)))


def _fuller(text: str, name: str, pos: int, noun: str) -> str:
    """Return the one longer name before pos that opens with a short one and acts, else it."""
    # 'Acme' after 'Acme Biotech slowed …'; not 'a letter to Acme Pension Trust'
    runs = re.finditer(unicode_caps(rf"\b{re.escape(name)}(?: {_CAP})+"), text[:pos])
    # none with a capitalised word right before it ('Gina Harlan Bakery' is no 'Harlan Bakery')
    runs = [r for r in runs if not _CAP_BEFORE.search(text[max(0, r.start() - 40) : r.start()])]
    if len({r.group() for r in runs}) != 1:
        return name
    run, lex = runs[0].group(), lexicon()
    words = [w.lower().rstrip(".") for w in run.split()[1:]]
    if any(w in lex.titles or w in lex.first_names for w in words) or not _org_fits(run, noun):
        return name  # 'Kinsale Chief Executive Ana Ruiz'
    return run if any(VERBISH.match(text, r.end()) for r in runs) else name


def _firm_like(name: str) -> bool:
    """Return whether a name no verb showed as a body still reads as a firm's."""
    # three words or more ('Quarry Ridge Mining') or a firm or industry word at its end
    # ('Harbour Holdings', 'Brenmoor Foods')
    words = name.split()
    return len(words) > 2 or words[-1].lower() in _FIRM_ENDS


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


def _nation_fits(doc: DocSpeakers, name: str, demonym: str, pos: int) -> bool:
    """Return whether a person and no one else near pos carries a nationality or country."""
    raw = said_of(doc, name, pos)
    if any(w.lower() != demonym for w in _ADJECTIVE.findall(raw)):
        return False  # 'Norvian skier Tove Lund' is no Austrian
    said = set(_WORDS.findall(raw.lower()))
    others = {d for d in demonyms() if d != demonym and d in said}
    countries = {c for cs in demonyms().values() for c in cs if len(c) > 3}
    if others or said & countries - set(demonyms()[demonym]):
        return False
    text, last = doc.text, name.split()[-1]
    for w in _CAPWORD.finditer(text, _window(text, pos), pos):
        low = w.group().lower()
        if (low in demonyms() and low != demonym) or low in countries - set(demonyms()[demonym]):
            return False  # 'Kadri Voolmaa lost to Romanian Ana Popescu', 'Spain would send'
        if low == demonym:  # the demonym must lead the person's own name
            after = _NAMED_AFTER.match(text, w.end(), pos)
            if not after or last not in after.group(1).split():
                return False
    return True
