"""Descriptions that point back at a person named before them ('the woman said', 'the
Romanian said'): the person each names."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from presswatch.quotes.descriptions import key_words
from presswatch.quotes.holders import holds, title_run
from presswatch.quotes.lexicon import demonyms, lexicon, rows
from presswatch.quotes.words import PREPOSITIONS

if TYPE_CHECKING:
    from presswatch.quotes.speakers import DocSpeakers

_PERSON_NOUNS = {r[0].strip(): [f.strip() for f in r[1:]] for r in rows("person_nouns.tsv")}
_CONTRAST = lexicon().sets["contrast_words"]
_OFFICE = lexicon().sets["office_words"]
_WORDS = re.compile(r"[a-z][\w'’-]*")
# where the words said of a person before the name start: after the clause's punctuation, a
# conjunction or a verb ('Mayor Ana Ruiz thanked Tom Reyes': no office for Reyes)
_LEAD_CUT = re.compile(r"[,;:“”«»\n]|\. | and | (?:[a-z]{3,}ed|is|was|has|had|met|beat|won) ")
# after the name: its age or appositive ('Ivy Cole, 82,', 'Jo Roe, a police spokesman,')
_AFTER = re.compile(
    r"(?:(?:, | \()(\d{1,3})[,)]|, (?:the |a |an )[^,;.\n“”«»]{1,80}| (?:of|from) .{1,40})"
)
_AGE = re.compile(r"\b(\d{1,3}|[a-z]+)(?:-[a-z]+)?-year-old")
_TEENS = ("thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_NUMBERS = dict(zip(_TEENS, range(13, 20), strict=True)) | {
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}


@cache
def _introduced(head: str) -> re.Pattern[str]:
    """Return the pattern of an indefinite description with this head ('an elderly woman')."""
    return re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:[\w'’-]+ ){{0,3}}{re.escape(head)}\b")


def _kind(words: list[str]) -> tuple[str, str, str] | None:
    """Return (head, kind, evidence) of a description of a person, else None; kind is 'm'/'f'/'u'
    (person_nouns.tsv), 'nation' ('the Romanian') or 'title'."""
    words = [w.split("-of-", 1)[0] for w in words]  # 'mother-of-three'
    if "of" in words:  # 'grandmother of four'
        words = words[: words.index("of")]
    if not words or any(w in _CONTRAST for w in words):
        return None
    head = words[-1]
    if head in _PERSON_NOUNS:
        gender, *evidence = _PERSON_NOUNS[head]
        return head, gender, evidence[0] if evidence else ""
    # 'the Romanian', 'the Iraqi': a singular person ('the French', 'the British' are a people)
    if len(words) == 1 and head in demonyms() and head.endswith(("an", "i")):
        return head, "nation", ""
    lex = lexicon()  # ('the Sanders campaign': a body, though 'campaign' opens a title)
    return (head, "title", "") if head in lex.titles and head not in lex.org_words else None


def refer(doc: DocSpeakers, words: list[str], pos: int) -> tuple[int, str] | None:
    """Return (position, name) of the person a description at pos points back at, else None."""
    # news style, as a pronoun: 'the woman said', 'the Romanian said', 'the official stressed'
    # name the latest person named as a subject or speaker in this or the previous paragraph whom
    # the text shows it fits: of that gender (a known one), with that nationality said near a
    # mention, the one holder of that title, an office, age or the noun said of them; not past a
    # cue whose subject is no one named ('A witness said', 'Police said'), not when the text
    # introduced someone unnamed so ('a woman', 'an official') or a title's holders are named
    # by a capitalised title ('Officer Jo Roe': their rule decides)
    desc = key_words(" ".join(words))
    found = _kind(desc)
    text = doc.text
    if found is None or doc.roles.get(found[0]) or _introduced(found[0]).search(text, 0, pos):
        return None
    head, kind, evidence = found
    prev = text.rfind("\n", 0, pos)
    lo = text.rfind("\n", 0, prev) + 1 if prev > 0 else 0
    doc.settle()
    named = {p for p, _ in doc.antecedents}  # a cue whose subject named no person
    lo = max((p for p in doc.cue_subjects if lo <= p < pos and p not in named), default=lo)
    people = doc.recent(lo, pos, mentions=False)
    if kind == "title":
        held = _holders(doc, desc, head)
        people = [m for m in people if held == {m[1].rsplit(" ", 1)[-1]}]
    elif kind in ("m", "f"):  # the latest of that gender, none past one of unknown gender
        other = "m" if kind == "f" else "f"
        for at, name in reversed(people):
            if (gender := gender_of(doc, name)) != other:
                return (at, name) if gender == kind else None
        return None
    else:
        people = [m for m in people if _fits(said_of(doc, m[1], pos), head, kind, evidence)]
    return people[-1] if people else None


def _holders(doc: DocSpeakers, desc: list[str], head: str) -> set[str]:
    """Return the surnames of the people whose title run, or the words before their name, hold
    every word of a title description ('Harbour manager Ana Ruiz and Dunmore manager Tom Reyes':
    two managers; 'the Deputy Minister of Health of Norvia Jo Roe')."""
    text, n = doc.text, len(doc.text)
    return {
        full.rsplit(" ", 1)[-1]
        for ms in doc.fulls.values()
        for at, full in ms
        if holds(f"{title_run(text, at, full)} {_said_at(text, at, full, n).lower()}", desc, head)
    }


def said_of(doc: DocSpeakers, name: str, pos: int) -> str:
    """Return the words said of a person at their mentions before pos."""
    text, parts = doc.text, name.split()
    return " | ".join(
        _said_at(text, at, full, pos)
        for at, full in doc.fulls.get(parts[-1].lower(), [])
        if " " not in full or set(parts[:-1]) & set(full.split()[:-1])  # not 'Ola Halvorsen'
    )


def _said_at(text: str, at: int, full: str, pos: int) -> str:
    """Return the words before a mention in its clause and its age or appositive after it."""
    start = text.find(full, at, pos)
    if start < 0:
        return ""
    lead = text[max(0, start - 100) : start]
    cuts = list(_LEAD_CUT.finditer(lead))
    said = lead[cuts[-1].end() if cuts else 0 :]
    if after := _AFTER.match(text, start + len(full), pos):  # 'Ivy Cole, 82,'
        said += f" {after[1]}-year-old" if after[1] else after.group()
    return said


def _fits(said: str, head: str, kind: str, evidence: str) -> bool:
    """Return whether the words said of a person fit a description ('the pensioner': 'Ivy Cole,
    82,'; 'the official': 'Port director Jo Roe'; 'the Chilean': 'Camila Orrego of Chile')."""
    words = set(_WORDS.findall(said.lower()))
    if head in words:  # 'Pensioner Ivy Cole', 'Chilean Camila Orrego'
        return True
    if kind == "nation":  # its country ('of Chile'; a short name as written: 'US', not 'us')
        low = said.lower()
        short = [c.upper() for c in demonyms()[head] if len(c) < 4]
        return any(
            re.search(rf"\b{re.escape(c)}\b", said if c in short else low)
            for c in short + [c for c in demonyms()[head] if len(c) >= 4]
        )
    ages = [_NUMBERS.get(a, 0) if a.isalpha() else int(a) for a in _AGE.findall(said.lower())]
    if evidence == "office":
        return bool(words & _OFFICE)
    if evidence == "teen":
        return any(13 <= a <= 19 for a in ages) or bool(words & {"teenager", "teenage", "teen"})
    if evidence == "old":
        return any(a >= 60 for a in ages) or bool(words & {"retired", "pensioner", "retiree"})
    return False


def gender_of(doc: DocSpeakers, name: str) -> str | None:
    """Return the gender of a name, or of its last words ('Resident Ana Ruiz'), else None."""
    parts = name.split()
    found = (doc.gender(" ".join(parts[k:])) for k in range(len(parts) - 1))
    return next(filter(None, found), None)


_UNNAMED = lexicon().sets["singular_indefinite"]
_HEAD_ENDS = PREPOSITIONS | lexicon().sets["postmodifier_adjectives"]  # 'a person close to'


def unnamed_person(surface: str) -> str | None:
    """Return 'm', 'f' or 'u' for an indefinite description of one person, else None."""
    # 'a reporter for Nordic Wire', 'a spokeswoman'; not 'one of the pilots', 'another of them'
    words = surface.lower().replace("’", "'").strip(" ,.").split()
    if len(words) < 2 or words[0] not in _UNNAMED or words[1] in ("of", "other"):
        return None
    cut = next((k for k, w in enumerate(words) if k > 1 and w in _HEAD_ENDS), len(words))
    head, kind, _ = _kind(words[1:cut]) or (words[cut - 1], "", "")
    if kind in ("m", "f", "u"):
        return kind
    if not kind and (gender := lexicon().occupations.get(head)):
        return gender  # 'said a welder at the dock', 'said a waitress' (then no 'he')
    if kind != "title" and not (head in lexicon().titles and head.endswith(("man", "person"))):
        return None  # (a spokesman speaks for a body, but is one person)
    return "f" if head.endswith("woman") else "m" if head.endswith("man") else "u"
