"""Descriptions a text establishes for a name ('Jane Roe, the Ukrainian leader,'), so that a
later 'the Ukrainian leader said' can be resolved to the person."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from presswatch.quotes.holders import same_sentence
from presswatch.quotes.lexicon import demonyms, lexicon, rows, us_states
from presswatch.quotes.roles import outside_quote
from presswatch.quotes.words import unicode_caps

if TYPE_CHECKING:
    from presswatch.quotes.speakers import DocSpeakers

# runs are possessive ('++'): what follows each is never in its class, so the matches are the
# same and a failing position gives up without backtracking through the word
# (the first word written out: the regex engine then skips ahead to the next capital letter)
_NAME = unicode_caps(r"([A-Z][\w'’.-]++ (?:[A-Z][\w'’.-]++ ){0,2}[A-Z][\w'’-]++)")
_DESC = r"((?:[\w'’-]++ ){0,5}?[a-z][\w-]++)"
_NAME_RE = re.compile(_NAME)
# after a name: ', the head of the delegation,'; before one: 'the head of the delegation, Jane Roe,'
# (and a place or body after 'of'/'in'/'at'/'for': ', the mayor of Dunmore,')
_PLACE = r"(?: (?:of|in|at|for|from) (?:the )?[A-Z][\w'’-]++(?: [A-Z][\w'’-]++){0,2})?"
_DESC_AFTER = re.compile(r", (?:the|a|an) (" + _DESC[1:-1] + _PLACE + r")[,.;]")
# '\b' before 'The' checked after its first letter ('(?<!\w.)'): the engine skips ahead to a T
_HONORIFICS = r"(?:(?:Rt\.?|Hon\.?|Dr\.?|Prof\.?|Chief|Alhaji|Sir|Dame|Mr\.?|Mrs\.?|Ms\.?) )*"
_BEFORE_NAME = re.compile(r"[Tt](?<!\w.)he " + _DESC + r", " + _HONORIFICS + _NAME + r"[,.;]")
# a capitalised title set off before the name: 'the Speaker, Rt. Hon. Jane Roe,'
_TITLE_BEFORE = re.compile(r"[Tt](?<!\w.)he ([A-Z][a-z]++), " + _HONORIFICS + _NAME + r"[,.;]")
_QUALIFIERS = lexicon().sets["title_qualifiers"]
_PARTY_TAG = re.compile(r"(?:, | \()([RDI])-([A-Z][A-Za-z.]{1,5})(?=[,)]|\s|$)")
# 'Jo Roe, a Republican,' / 'Jo Roe, a Democrat from Ohio,'; 'Republican Sen. Jo Roe'
_PARTY_AFTER = re.compile(
    r", an? (Republican|Democrat|Independent)(?: (?:from|of) ([A-Z][a-z]+))?[,.;]"
)
_PARTY_BEFORE = re.compile(r"\b(Republican|Democratic|Independent) (?:[A-Z][\w.]* ){0,2}$")
_PARTIES = {"R": "republican", "D": "democrat", "I": "independent"}
_CUT = frozenset({"who", "which", "that", "and", "but", "said", "says", "told"})


def key_words(description: str) -> list[str]:
    """Return the lower-case words of a description without its determiner."""
    words = description.lower().replace("’", "'").split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return words


def _head(words: list[str]) -> str | None:
    """Return the head noun of a description: the word before 'of'/'for', else the last one."""
    for k, w in enumerate(words):
        if w in ("of", "for", "at", "in", "from") and k:
            return words[k - 1]
    return words[-1] if words else None


def _party(text: str, m: re.Match[str]) -> list[tuple[int, list[str], str]]:
    """Return the party descriptions a name's tag, appositive or title gives it."""
    # 'Sen. Jo Roe, D-Minn.,' is the Minnesota Democrat; 'Jo Roe, a Republican from Ohio,' the
    # Ohio Republican; 'Republican Sen. Jo Roe' the Republican
    out = []
    tag = _PARTY_TAG.match(text, m.end())
    state = us_states().get(tag.group(2).lower()) if tag else None
    if tag and state:
        out.append((m.start(), [*state.split(), _PARTIES[tag.group(1)]], m.group(1)))
    if after := _PARTY_AFTER.match(text, m.end()):
        place = after.group(2).lower().split() if after.group(2) else []
        out.append((m.start(), [*place, after.group(1).lower()], m.group(1)))
    first = m.group(1).split(" ", 1)[0]
    if first in ("Republican", "Democratic", "Independent"):  # the run holds it
        out.append((m.start(), [_PARTIES[first[0]]], m.group(1)))
    elif before := _PARTY_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        out.append((m.start(), [_PARTIES[before.group(1)[0]]], m.group(1)))
    return out


def establish(text: str) -> list[tuple[int, list[str], str]]:
    """Return (position, description words, name) for every description tied to a name."""
    titles = lexicon().titles
    found: list[tuple[int, list[str], str]] = []
    for m in _NAME_RE.finditer(text):
        after = _DESC_AFTER.match(text, m.end())
        if after:
            found.append((m.start(), key_words(after.group(1)), m.group(1)))
        lead = text[max(0, m.start() - 40) : m.start()].split()
        if lead and lead[-1] in titles:  # 'Ukrainian leader Jane Roe', 'spokesperson Jane Roe'
            role = lead[-2:] if len(lead) > 1 and lead[-2][:1].isupper() else lead[-1:]
            found.append((m.start(), key_words(" ".join(role)), m.group(1)))
        found.extend(_party(text, m))
    for m in _BEFORE_NAME.finditer(text):
        found.append((m.start(), key_words(m.group(1)), m.group(2)))
    for m in _TITLE_BEFORE.finditer(text):
        if m.group(1).lower() in titles:
            found.append((m.start(), key_words(m.group(1)), m.group(2)))
    out = []
    for pos, words, name in found:
        if words and not any(w in _CUT for w in words):
            out.append((pos, words, name))
    out.sort(key=lambda t: t[0])
    return out


def match(
    established: list[tuple[int, list[str], str]], surface: str, pos: int, text: str
) -> tuple[int, str] | None:
    """Return (position, name) of the latest description before pos that the surface repeats:
    the same words, or the same head noun with no word the established one lacks."""
    words = key_words(surface)
    head = _head(words)
    if not words or head is None or surface.split()[0].lower() != "the":
        return None
    found = []
    for at, known, name in established:
        if at >= pos:
            break
        same = known == words or (_head(known) == head and set(words) <= set(known))
        # not 'the mayor' for 'Jo Roe, the former mayor of …'
        if same and not any(w in _QUALIFIERS and w not in words for w in known):
            found.append((at, name))
    if not found:
        return None
    best = found[-1]  # the latest; none when another name fits in the same sentence
    if any(n != best[1] and same_sentence(text, at, best[0]) for at, n in found):
        return None
    return best


_PERSON_NOUNS = {r[0].strip(): r[1].strip() for r in rows("person_nouns.tsv")}
_CONTRAST = lexicon().sets["contrast_words"]
_WORDS = re.compile(r"[a-z][\w'’-]*")


@cache
def _introduced(head: str) -> re.Pattern[str]:
    """Return the pattern of an indefinite description with this head ('an elderly woman')."""
    return re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:[\w'’-]+ ){{0,3}}{re.escape(head)}\b")


def _kind(words: list[str]) -> tuple[str, str] | None:
    """Return (head, gender 'm'/'f'/'u', or 'title') of a description of a person, else None."""
    words = [w.split("-of-", 1)[0] for w in words]  # 'mother-of-three'
    if "of" in words:  # 'grandmother of four'
        words = words[: words.index("of")]
    if not words or any(w in _CONTRAST for w in words):
        return None
    head = words[-1]
    if head in _PERSON_NOUNS:
        return head, _PERSON_NOUNS[head]
    # 'the Romanian', 'the Iraqi': a singular person ('the French', 'the British' are a people)
    if len(words) == 1 and head in demonyms() and head.endswith(("an", "i")):
        return head, "u"
    lex = lexicon()  # ('the Sanders campaign': a body, though 'campaign' opens a title)
    return (head, "title") if head in lex.titles and head not in lex.org_words else None


def refer(doc: DocSpeakers, words: list[str], pos: int) -> tuple[int, str] | None:
    """Return (position, name) of the person a description at pos points back at, else None."""
    # news style, as a pronoun: 'the woman said', 'the Romanian said', 'the official stressed'
    # name the latest person named as a subject or speaker in this or the previous paragraph;
    # not when the text introduced someone unnamed so ('a woman', 'an official'), a title's
    # holders are named ('Officer Jo Roe': their rule decides) or a title's words are not said of
    # the person ('the deputy minister' after 'Deputy Minister … Jo Roe')
    desc = key_words(" ".join(words))
    found = _kind(desc)
    text = doc.text
    if found is None or doc.roles.get(found[0]) or _introduced(found[0]).search(text, 0, pos):
        return None
    gender = found[1]
    doc.settle()
    prev = text.rfind("\n", 0, pos)
    lo = text.rfind("\n", 0, prev) + 1 if prev > 0 else 0
    people = [m for m in doc.antecedents if lo <= m[0] < pos][::-1]
    if gender in ("m", "f"):  # then a mention outside the quotes ('resident Ana Ruiz told …')
        mentions = sorted(m for ms in doc.fulls.values() for m in ms if lo <= m[0] < pos)
        people += [m for m in reversed(mentions) if outside_quote(text, m[0], pos)]
    for at, name in people:
        if gender == "title" and not _said_of(doc, name, desc, pos):
            continue
        if gender in ("u", "title") or doc.gender(name) in (gender, None):
            return at, name
    return None


def _said_of(doc: DocSpeakers, name: str, words: list[str], pos: int) -> bool:
    """Return whether every word of a description is in the title run before a mention of name."""
    # the words since the clause began: not 'Vice President Jo Roe said Tom Reyes …' for Reyes
    text, surname = doc.text, name.rsplit(" ", 1)[-1]
    for p, _ in doc.fulls.get(surname.lower(), []):
        end = text.find(surname, p, pos)
        if end < 0:
            continue
        lead = text[max(0, p - 100) : end]
        cut = max(lead.rfind(c) for c in (",", ";", ":", ". ", "\n"))
        verbs = list(lexicon().verb_re.finditer(lead, cut + 1))
        run = _WORDS.findall(lead[verbs[-1].end() if verbs else cut + 1 :].lower())
        if all(w in run for w in words):
            return True
    return False
