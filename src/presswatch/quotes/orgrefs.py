"""Organisation descriptions resolved to the organisation the article named: 'the ministry',
'the agency', 'the statement' (its issuer), 'a spokesperson for the council' (the council)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.namecore import name_core
from presswatch.quotes.words import unicode_caps

if TYPE_CHECKING:
    from presswatch.quotes.speakers import DocSpeakers


@dataclass(frozen=True)
class Kinds:
    """Description nouns and the words that make a name of their kind (org_kinds.tsv)."""

    words: dict[str, frozenset[str]]  # 'agency' -> {'agency', 'organization', …}
    lower: frozenset[str]  # nouns whose lower-case mention with a modifier names one


@cache
def kinds() -> Kinds:
    """Return the organisation kinds, read once."""
    text = files("presswatch.rules.quotes").joinpath("org_kinds.tsv").read_text("utf-8")
    words, lower = {}, set()
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            cols = line.split("\t")
            words[cols[0]] = frozenset(cols[1].split())
            if len(cols) > 2 and cols[2].strip() == "lower":
                lower.add(cols[0])
    return Kinds(words, frozenset(lower))


_CAPW = r"[A-Z][\w'’.&-]*"
_JOIN = r"(?: (?:of|for|and|the|on|de|du|des|la|&))*"
_RUN = re.compile(
    unicode_caps(rf"(?:\b[Tt]he )?{_CAPW}(?:{_JOIN} {_CAPW})*(?: \(([A-Z]{{2,6}})\))?")
)
_DOTTED = frozenset({"inc.", "ltd.", "corp.", "co.", "s.a.", "st.", "mt.", "ft."})
_JOINERS = frozenset({"of", "for", "and", "the", "on", "de", "du", "des", "la", "&"})
_OPENING = frozenset({"while", "but", "and", "when", "if", "as", "after", "before", "since", "so"})
_FUNCTION = frozenset({"a", "an", "and", "or", "of", "the", "its", "their", "to", "in", "on"})
_SPOKES = re.compile(r"(?i)^(?:an?|one) (?:(.+) )?spokes(?:man|woman|person)(?: for (.+))?$")
_STATEMENT = re.compile(r"(?i)^(?:the|a|an) (?:\w+ )?statement(?: (?:from|by) (.+))?$")
_ISSUED = re.compile(
    r"(?:(?: said| says| added| announced| wrote)(?: \w+)? in a|"
    r" (?:issued|released|put out|published|posted|sent)) (?:\w+ )?statement\b"
)
_FROM = re.compile(r"(?i)\b(?:statement|statements) (?:from|by) ")
_IN_A = re.compile(r"\b[Ii]n a (?:\w+ )?statement(?: on \w+| \w+day)?, ")
_VERBISH = re.compile(r",? (?:said|told|[a-z]+ed|[a-z]+s|has|had|is|was|will|would|could|may)\b")


@cache
def _lower() -> re.Pattern[str]:
    """Return the pattern of a lower-case mention with one or two modifiers ('the tax office')."""
    heads = "|".join(sorted(kinds().lower, key=len, reverse=True))
    return re.compile(
        unicode_caps(rf"\b(?:[Tt]he|[A-Z]\w+['’]s) ((?:[a-z][\w-]* ){{1,2}}?)({heads})\b")
    )


def _of(noun: str) -> frozenset[str]:
    """Return the description nouns a lower-case head noun answers to."""
    return frozenset(n for n, heads in kinds().words.items() if noun in heads)


@dataclass
class Mention:
    """One organisation named in the text: where, its speaker form, its kinds, a subject or not."""

    pos: int
    name: str
    kinds: frozenset[str]
    subject: bool


def _speaker_form(name: str) -> str:
    return "the" + name[3:] if name.startswith("The ") else name


def _subject(text: str, start: int, end: int) -> bool:
    """Return whether a mention opens its sentence or a verb follows it."""
    before = text[max(0, start - 3) : start].rstrip()
    return not before or before[-1] in '.!?\n"”»' or bool(_VERBISH.match(text, end))


def _cut(words: list[str], k: int) -> list[str]:
    """Return the words of a run up to its head word k and an 'of' complement (no person in it)."""
    if k == len(words) - 1 or words[k + 1] not in ("of", "for", "on"):
        return words[: k + 1]
    titles, given = lexicon().titles, lexicon().first_names
    end = k + 2
    while end < len(words) and words[end] not in given:
        if words[end].lower() in titles and (
            len(words) - end > 2 or (end + 1 < len(words) and words[end + 1] in given)
        ):
            break  # 'Bank of England Governor Jane Roe'
        end += 1
    while end > k + 1 and words[end - 1] in _JOINERS:
        end -= 1
    return words[:end] if end > k + 2 else words[: k + 1]


def _words(run: str) -> list[str]:
    """Return the words of a capitalised run without a clause opener before it ('While the …')
    and up to a word a full stop ends ('Theranos. Forbes') or a time word ('… on Wednesday')."""
    words = run.split()
    sets = lexicon().sets
    while len(words) > 1 and words[0].lower() in _OPENING:
        words = words[1:]
    for k, w in enumerate(words):
        if w.lower() in sets["time_words"] and k and w[:1].isupper():
            words = words[:k]
            break
        if w.endswith(".") and w.lower() not in _DOTTED and w.count(".") == 1 and len(w) > 3:
            words = words[: k + 1]
            words[k] = w[:-1]
            break
    while words and words[-1] in _JOINERS:
        words = words[:-1]
    return words


def _acronym(words: list[str]) -> bool:
    """Return whether a run is one all-capital word ('GOP', 'the FDA')."""
    bare = [w for w in words if w.lower() != "the"]
    return len(bare) == 1 and bare[0].isupper() and len(bare[0]) > 1


def scan(text: str) -> list[Mention]:
    """Return the organisations the text names, in text order, with their kinds; an acronym
    subject of no known kind is a mention with no kinds (it makes a description ambiguous)."""
    table, found, aliases = kinds().words, [], {}
    for m in _RUN.finditer(text):
        words = _words(m.group(0).split(" (")[0])
        if not words:
            continue
        lead = text[max(0, m.start() - 20) : m.start()].split()[-1:]
        got: set[str] = set()
        name, single = words, False
        for k, w in enumerate(words):
            low = w.lower().strip(",;:.")
            low = low + "." if w.endswith(".") and low + "." in _DOTTED else low
            hits = {n for n, heads in table.items() if low in heads}
            if hits and (k or len(words) > 1) and w[0].isupper():
                got |= hits
                name = _cut(words, k) if k < len(words) - 1 else words
        if lead and lead[0].islower() and words[0] not in lexicon().first_names:
            single = bool(intro := {n for n, heads in table.items() if lead[0] in heads})
            got |= intro  # 'startup Vokalis'
        if not got and words[-1] in aliases:  # 'IMF' after '… Fund (IMF)' or '… Fund'
            found.append(Mention(m.start(), aliases[words[-1]][0], aliases[words[-1]][1], False))
        elif not got and _acronym(words) and _subject(text, m.start(), m.end()):
            found.append(Mention(m.start(), words[-1], frozenset(), True))  # 'The GOP needed
        if not got or (not single and len([w for w in name if w.lower() != "the"]) < 2):
            continue
        form = _speaker_form(" ".join(name).rstrip(",.;:"))
        initials = "".join(w[0] for w in name if w[0].isupper() and w.lower() != "the")
        for alias in (m.group(1), initials if len(initials) > 1 else None):
            if alias:
                aliases[alias] = (form, frozenset(got))
        found.append(Mention(m.start(), form, frozenset(got), _subject(text, m.start(), m.end())))
    for m in _lower().finditer(text):
        if not _FUNCTION.intersection(m.group(1).split()):  # 'the energy ministry'
            subject = _subject(text, m.start(), m.end())
            found.append(Mention(m.start(), _speaker_form(m.group(0)), _of(m.group(2)), subject))
    found.sort(key=lambda x: x.pos)
    return found


def latest(mentions: list[Mention], noun: str, pos: int) -> str | None:
    """Return the organisation 'the <noun>' at pos names: the latest of its kind, or with two
    of that kind the latest that was a subject; None when none fits."""
    fit = [m for m in mentions if m.pos < pos and noun in m.kinds]
    if not fit or any(fit[-1].pos < m.pos < pos and not m.kinds for m in mentions):
        return None
    if len({m.name.lower().removeprefix("the ") for m in fit}) == 1:
        return fit[-1].name
    subjects = [m for m in fit if m.subject]
    return subjects[-1].name if subjects else None


def wanted(low: str) -> bool:
    """Return whether a lower-case speaker phrase is one this module may resolve (cheap test)."""
    words = low.split()
    return (
        (len(words) == 2 and words[0] == "the" and words[1] in kinds().words)
        or "statement" in low
        or "spokes" in low
    )


def speaker(doc: DocSpeakers, surface: str, pos: int) -> tuple[str, bool] | None:
    """Return (organisation or statement issuer, is a person) a description names, else None."""
    if doc.orgs is None:
        doc.orgs = scan(doc.text)
    person: list[bool] = []

    def named(phrase: str, at: int) -> str | None:
        core = name_core(phrase)
        person.append(bool(core))
        return doc.full_name(core, at) if core else None

    found = resolve(doc.text, doc.orgs, surface, pos, named)
    return (found, bool(person and person[-1])) if found else None


def resolve(
    text: str, mentions: list[Mention], surface: str, pos: int, name: Callable[[str, int], str]
) -> str | None:
    """Return the organisation (or a statement's issuer) a phrase at pos stands for, else None.
    name: turns an issuer phrase at a position into the speaker it names."""
    words = surface.split()
    low = surface.lower()
    if len(words) == 2 and low.startswith("the ") and words[1] in kinds().words:
        return latest(mentions, words[1], pos)
    if "," in surface:
        return None  # 'a spokesperson for the council, Jane Roe': the name
    if m := _SPOKES.match(surface):
        org = m.group(2) or m.group(1)
        if (m.group(1) and m.group(2)) or not org or not _is_org(text, mentions, org, pos):
            return None  # 'a Trump spokesman': not the person
        return _org(text, mentions, org, pos)
    if m := _STATEMENT.match(surface):
        issuer = (pos, m.group(1)) if m.group(1) else _issuer(text, pos)
        if issuer is None:
            return None
        if _is_org(text, mentions, issuer[1], issuer[0]):
            return _org(text, mentions, issuer[1], issuer[0])
        return name(issuer[1], issuer[0])
    return None


def _org(text: str, mentions: list[Mention], org: str, pos: int) -> str | None:
    """Return an organisation phrase as a speaker ('the council' resolved when it can be)."""
    words = org.split()
    if len(words) == 1 and org.islower():
        org = "the " + org  # 'a council spokesperson'
        words = org.split()
    if len(words) == 2 and words[0].lower() == "the" and words[1] in kinds().words:
        return latest(mentions, words[1], pos) or org
    return _speaker_form(org)


def _is_org(text: str, mentions: list[Mention], org: str, pos: int) -> bool:
    """Return whether a phrase names an organisation: an organisation word, an acronym, or a
    name the text gave as one."""
    last = org.split()[-1].lower().strip("’'s")
    if last in lexicon().org_words or any(last in h for h in kinds().words.values()):
        return True
    bare = org.removeprefix("the ").removeprefix("The ")
    return (bare.isupper() and len(bare) > 1) or any(
        m.name.removeprefix("the ") == bare for m in mentions if m.pos < pos
    )


_ISSUER = re.compile(
    unicode_caps(rf"(?:[Tt]he (?:[a-z]+ ){{0,2}}[a-z]+|(?:[Tt]he )?{_CAPW}(?:{_JOIN} {_CAPW})*)$")
)
_AFTER = re.compile(unicode_caps(rf"(?:[Tt]he )?{_CAPW}(?:{_JOIN} {_CAPW})*|the(?: [a-z]+){{1,3}}"))


def _trim(phrase: str) -> str | None:
    """Return a phrase cut after its last organisation word when it is lower case, else as is."""
    phrase = phrase.rstrip(",.;:")
    if not phrase.islower():
        return phrase
    words = phrase.split()
    while len(words) > 1 and not _is_org("", [], words[-1], 0):
        words.pop()
    return " ".join(words) if len(words) > 1 else None


def _issuer(text: str, pos: int) -> tuple[int, str] | None:
    """Return (position, phrase) of the issuer of the latest statement named before pos (None
    when that statement's issuer is no name or organisation: 'she said in a statement')."""
    events: list[tuple[int, str | None]] = []
    for m in _ISSUED.finditer(text, 0, pos):
        left = text[max(0, m.start() - 80) : m.start()]
        left = left[left.rfind(". ") + 2 :] if ". " in left else left
        got = _ISSUER.search(left)
        events.append((m.start(), got.group(0) if got else None))
    for pattern in (_FROM, _IN_A):
        for m in pattern.finditer(text, 0, pos):
            got = _AFTER.match(text, m.end())
            events.append((m.end(), _trim(got.group(0)) if got else None))
    if not events:
        return None
    at, phrase = max(events)
    if len(re.findall(r"\n+", text[at:pos])) > 1:
        return None  # the statement of an older paragraph
    return (at, phrase) if phrase else None
