"""Organisations an article names ('Finnish Food Authority', 'startup Vokalis', 'the energy
ministry') and their kinds (orgblock picks the one a description 'the <noun>' takes)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from presswatch.quotes.lexicon import lexicon, rows
from presswatch.quotes.words import unicode_caps


@dataclass(frozen=True)
class Kinds:
    """Description nouns and the words that make a name of their kind (org_kinds.tsv)."""

    words: dict[str, frozenset[str]]  # 'agency' -> {'agency', 'organization', …}
    lower: frozenset[str]  # nouns whose lower-case mention with a modifier names one
    by_word: dict[str, frozenset[str]]  # 'organization' -> {'agency', 'organization', …}


@cache
def kinds() -> Kinds:
    """Return the organisation kinds, read once."""
    words, lower = {}, set()
    for cols in rows("org_kinds.tsv"):
        words[cols[0]] = frozenset(cols[1].split())
        if len(cols) > 2 and cols[2].strip() == "lower":
            lower.add(cols[0])
    by_word: dict[str, set[str]] = {}
    for noun, heads in words.items():
        for w in heads:
            by_word.setdefault(w, set()).add(noun)
    frozen = {w: frozenset(ns) for w, ns in by_word.items()}
    return Kinds(words, frozenset(lower), frozen)


CAPW = r"[A-Z][\w'’.&-]*"
JOIN = r"(?: (?:of|for|and|the|on|de|du|des|la|&))*"
RUN = re.compile(unicode_caps(rf"(?:\b[Tt]he )?{CAPW}(?:{JOIN} {CAPW})*(?: \(([A-Z]{{2,6}})\))?"))
_DOTTED = frozenset({"inc.", "ltd.", "corp.", "co.", "s.a.", "st.", "mt.", "ft."})
_JOINERS = frozenset({"of", "for", "and", "the", "on", "de", "du", "des", "la", "&"})
_OPENING = frozenset(
    {"while", "but", "and", "when", "if", "as", "after", "before", "since", "so", "later"}
    | {"earlier", "meanwhile", "separately", "also", "then", "now", "instead", "however"}
)
_LEADS_THE = frozenset({"of", "for", "on", "de", "du", "des", "la", "&"})
_NONE: frozenset[str] = frozenset()
_FUNCTION = frozenset({"a", "an", "and", "or", "of", "the", "its", "their", "to", "in", "on"})
VERBISH = re.compile(r",? (?:said|told|[a-z]+ed|[a-z]+s|has|had|is|was|will|would|could|may)\b")


def _of(word: str) -> frozenset[str]:
    """Return the description nouns a lower-case word of a name answers to."""
    return kinds().by_word.get(word, _NONE)


@dataclass
class Mention:
    """One organisation named in the text: where, its speaker form, its kinds, a subject or not."""

    pos: int
    name: str
    kinds: frozenset[str]
    subject: bool
    aliases: frozenset[str]  # 'IMF' for 'International Monetary Fund (IMF)', its initials


@cache
def _company_dots() -> frozenset[str]:
    """Return the company abbreviations whose dot is their own ('ltd', 'inc', 'co')."""
    sets = lexicon().sets
    dotted = {w.rstrip(".") for w in kinds().words["company"]}
    return sets["company_abbreviations"] | (sets["abbreviations"] & dotted)


def undotted(surface: str) -> str:
    """Return a speaker phrase without the dot of a closing company abbreviation ('Kelp Ltd.')."""
    last = surface.rstrip().rsplit(" ", 1)[-1]
    if last.endswith(".") and last[:-1].lower() in _company_dots():
        return surface.rstrip()[:-1]
    return surface


def speaker_form(name: str) -> str:
    """Return a name as a speaker: 'The Harbour Board' -> 'the Harbour Board'."""
    return "the" + name[3:] if name.startswith("The ") else name


def _subject(text: str, start: int, end: int) -> bool:
    """Return whether a mention opens its sentence or a verb follows it."""
    before = text[max(0, start - 3) : start].rstrip(" ")
    return not before or before[-1] in '.!?\n"”»' or bool(VERBISH.match(text, end))


def _opens(text: str, start: int) -> bool:
    """Return whether at most three words open the sentence before a position."""
    # 'Berlin-based startup Vokalis'
    head = text[max(0, start - 60) : start]
    cut = max(head.rfind(". "), head.rfind("\n"), head.rfind("? "), head.rfind("! "))
    return (cut >= 0 or start <= 60) and len(head[cut + 1 :].split()) <= 3


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


def run_words(run: str) -> list[str]:
    """Return the words of a capitalised run that belong to the name."""
    # without a clause opener before it ('While the …') and up to a word a full stop ends
    # ('Theranos. Forbes') or a time word ('… on Wednesday')
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


_LOWER_END = re.compile(unicode_caps(r"(?:\b[Tt]he|\b[A-Z]\w+['’]s) ((?:[a-z][\w-]* ){1,2})$"))


def _anchors(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Return the spans of the words in a text, any case, in text order."""
    # str.find: no pattern of a few hundred words to compile or run
    low = text.lower()
    if len(low) != len(text):  # a capital that lower-cases to two characters: offsets move
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    out = []
    for word in words:
        i = low.find(word)
        while i >= 0:
            j = i + len(word)
            if (not i or not low[i - 1].isalnum()) and (j == len(low) or not low[j].isalnum()):
                out.append((i, j))
            i = low.find(word, j)
    out.sort()
    return out


def _run_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the capitalised run around a kind word, else None."""
    # around a capitalised kind word, or the one a lower-case kind word introduces ('startup
    # Vokalis')
    if text[start].isupper():
        lo = max(text.rfind("\n", 0, start) + 1, start - 120)
        for m in RUN.finditer(text, lo, end + 80):
            if m.start() <= start < m.end():
                return m
        return None
    if text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
        return RUN.match(text, end + 1)
    return None


def scan(text: str, noun: str | None = None) -> list[Mention]:
    """Return the organisations the text names, in text order, with their kinds."""
    # only those of one description noun's kind when noun is given
    words = kinds().by_word if noun is None else kinds().words[noun]
    found: list[Mention] = []
    seen: set[int] = set()
    for start, end in _anchors(text, words):
        word = text[start:end]
        if word.islower() and word in kinds().lower:  # 'the energy ministry', 'Kenya’s …'
            lead = _LOWER_END.search(text, max(0, start - 60), start)
            if lead and not _FUNCTION.intersection(lead.group(1).split()):
                subject = _subject(text, lead.start(), end)
                name = speaker_form(text[lead.start() : end])
                found.append(Mention(lead.start(), name, _of(word), subject, frozenset()))
        m = _run_at(text, start, end)
        if m is None or m.start() in seen:
            continue
        seen.add(m.start())
        for lo, hi in _split(m):
            if mention := _mention(text, lo, hi, m.group(1) if hi == m.end() else None):
                found.append(mention)
    found.sort(key=lambda x: x.pos)
    return found


def _split(m: re.Match[str]) -> list[tuple[int, int]]:
    """Return the spans of the names a run holds."""
    # cut before an inner lower-case 'the' no 'of' leads into ('Later the Foreign Ministry') and
    # at an 'and' between two names that each hold a kind word ('Halvorsen Shipping Ltd and Brevik
    # Marine Ltd')
    toks = [
        (t.start(), t.end(), t.group(0)) for t in re.finditer(r"\S+", m.group(0).split(" (")[0])
    ]
    cuts: list[tuple[int, int]] = []  # (end of a name, start of the next)
    for i, (a, _, w) in enumerate(toks):
        if w == "the" and i and toks[i - 1][2] not in _LEADS_THE:
            cuts.append((toks[i - 1][1], a))
    bounds = [0] + [b for _, b in cuts] + [len(m.group(0))]
    for i, (a, b, w) in enumerate(toks):
        if w != "and":
            continue
        lo = max(x for x in bounds if x <= a)
        hi = min(x for x in bounds if x > a)
        left = [t[2] for t in toks[:i] if t[0] >= lo]
        right = [t[2] for t in toks[i + 1 :] if t[1] <= hi]
        and_ = [k for k, t in enumerate(toks) if t[2] == "and" and t[0] > a and t[1] <= hi]
        right = right[: and_[0] - i - 1] if and_ else right
        if _kinded(left) and _kinded(right):
            cuts.append((toks[i - 1][1], b + 1))
    cuts.sort()
    spans, start = [], 0
    for end, nxt in cuts:
        spans.append((m.start() + start, m.start() + end))
        start = nxt
    spans.append((m.start() + start, m.end()))
    return spans


def _kinded(words: list[str]) -> bool:
    """Return whether capitalised words hold a kind word ('Brevik Marine Ltd')."""
    return any(w[:1].isupper() and _of(w.lower().strip(",;:")) for w in words)


def _not_person(words: list[str]) -> bool:
    """Return whether a name after 'operator' or 'chain' is not shaped as a person's: one word
    ('Stagecoach') or ending in a plural ('Saltbridge Lines'; not 'Ilkka Marsh')."""
    last = words[-1].rstrip(",;:.")
    return len(words) == 1 or (last.endswith("s") and not last.endswith(("ss", "'s", "’s")))


def _mention(text: str, start: int, end: int, acronym: str | None) -> Mention | None:
    """Return the organisation a capitalised run (start to end) names, with its kinds, else None."""
    words = run_words(text[start:end].split(" (")[0])
    if not words:
        return None
    lead = text[max(0, start - 20) : start].split()[-1:]
    got: set[str] = set()
    name, single = words, False
    for k, w in enumerate(words):
        low = w.lower().strip(",;:.")
        low = low + "." if w.endswith(".") and low + "." in _DOTTED else low
        hits = _of(low)
        if hits and (k or len(words) > 1) and w[0].isupper():
            got |= hits
            name = _cut(words, k) if k < len(words) - 1 else words
    if lead and lead[0].islower() and words[0].lower() not in lexicon().first_names:
        single = bool(intro := _of(lead[0]))
        if lead[0] in lexicon().sets["people_kind_words"] and not _not_person(words):
            single, intro = False, _NONE  # 'radio operator Ilkka Marsh': a person
        got |= intro  # 'startup Vokalis'
    if not got or (not single and len([w for w in name if w.lower() != "the"]) < 2):
        return None
    form = speaker_form(" ".join(name).rstrip(",.;:"))
    initials = "".join(w[0] for w in name if w[0].isupper() and w.lower() != "the")
    aliases = {a for a in (acronym, initials) if a and len(a) > 1}
    subject = _subject(text, start, end) or (single and _opens(text, start))
    return Mention(start, form, frozenset(got), subject, frozenset(aliases))
