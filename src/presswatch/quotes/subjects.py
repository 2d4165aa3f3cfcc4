"""Subjects a cue takes from around it: a name after a description, a named span."""

from __future__ import annotations

import re

from presswatch.quotes.agents import owned
from presswatch.quotes.extents import subject_after
from presswatch.quotes.lexicon import alternation, lexicon
from presswatch.quotes.namecore import after_complement
from presswatch.quotes.openings import past_openings
from presswatch.quotes.phrases import subject_before
from presswatch.quotes.roles import given_gender
from presswatch.quotes.titleof import of_titled
from presswatch.quotes.words import (
    DETERMINERS,
    FUNCTION,
    OWNERS,
    PREPOSITIONS,
    VERBISH_NEXT,
    is_place_at,
    personal,
    role_word,
    unicode_caps,
)

NAME_COMMA = re.compile(r" (?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*,")  # ' Ola Dahl,'
_LIST_NEXT = re.compile(r",? (?:and|&|or) |, [A-Z]")
# articles that open the names of newspapers and places, never a person's
_ARTICLES = frozenset({"le", "la", "les", "el", "los", "las", "il", "lo", "l’", "l'"})
_GROUP = frozenset(w.lower() for w in lexicon().sets["group_nouns"])
_PEOPLE_NOUNS = (
    lexicon().titles
    | lexicon().org_words
    | _GROUP
    | lexicon().sets["addressees"]
    | lexicon().sets["speaking_nouns"]
)
# words that may open a sentence before its subject ('And then Roe went on the attack')
OPENERS = frozenset({"but", "and", "so", "yet", "however", "still", "or", "then"})
# 'Remember when …', 'Imagine if …': the clause after the imperative holds the subject
_IMPERATIVES = lexicon().sets["imperative_openers"]
_IMPERATIVE_CLAUSE = re.compile(rf"[A-Z][a-z]+ (?:{alternation('imperative_links')}) ")
_PAREN_TAG = re.compile(r" \([^()\x00]{1,16}\)")
# a description a name may follow ('said her lawyer, Jo Roe', 'said a veteran engineer, Jo Roe')
_INDEFINITE = lexicon().sets["singular_indefinite"]
_DESCRIBERS = _INDEFINITE | {"the", "his", "her", "its", "their", "our"}
_PERSON_NEXT = re.compile(r",? (?:who|\d{1,3})\b")  # ', Ole Nes, who …', ', Lars Holm, 54'
# ', Khaled Abdel-Moneim.' / ', John J. Roe,': two to five capitalised words a comma,
# semicolon or full stop closes
# a verb right after a relative pronoun belongs to the clause, not to a quote before it
IN_RELATIVE = re.compile(r", (?:who|which) (?:\w+ )?$")
# a cue verb, up to three adverb or time words and a comma, right before a participle
_TRAILING = re.compile(r"\b([a-z]{3,})(?:\s+[A-Za-z]+){0,3},\s+$")
# (a particle may stand before a capitalised word: ', José Carlos de Andrade Filho,')
_PARTICLES = "|".join(sorted(w for w in lexicon().sets["particles"] if w.isalpha()))
_HAS_PARTICLE = re.compile(rf" (?:{_PARTICLES}) ")
# ', Secretary of State Ana Ruiz,': an of-title before it, when a name ends the complement
_OF_LEAD = "|".join(sorted(w.capitalize() for w in lexicon().sets["of_titles"]))
_NAME_CLOSED = re.compile(
    unicode_caps(
        rf", ((?:(?:{_OF_LEAD}) of (?:the )?)?"
        rf"[A-Z][\w'’-]*+\.?(?: (?:(?:{_PARTICLES}) )?[A-Z][\w'’-]*+\.?){{1,4}})"
        r"(?=[,;]|(?<=\w\w\.)(?:\s|$))"
    )
)


def name_after(masked: str, subj: tuple[int, int], hi: int) -> tuple[int, int] | None:
    """Return the span of a name set off by commas after a description subject, else None."""
    # 'said her lawyer, Khaled Abdel-Moneim.'
    words = masked[subj[0] : subj[1]].split()
    if len(words) < 2:
        return None
    # "said Nordland's envoy to the UN, Ana Ruiz": a possessive agent description
    owner = len(words) > 2 and owned(words[0], words[1], words[2])
    # 'the Minister of Finance, Jo Roe': a capitalised last word only after an of-title
    described = words[0].lower() in _DESCRIBERS and (
        not words[-1][:1].isupper() or of_titled(words)
    )
    if not (owner or described):
        return None
    m = _NAME_CLOSED.match(masked, subj[1], hi)
    if m is None or _LIST_NEXT.match(masked, m.end(1)):
        return None  # 'said the players, Jane Roe, Tom Reyes and Ana Ruiz': a list
    start, end = m.span(1)
    _, of, rest = m.group(1).partition(" of ")
    person = after_complement(rest.split()) if of else m.group(1).split()
    if not person or (of and len(person) == len(rest.split())):
        return None  # 'the official, Minister of Foreign Affairs,': no name after the complement
    first = person[0].lower()
    if first in _ARTICLES or is_place_at(masked, start, end):
        return None  # 'the newspaper, Le Monde', 'the spokesman, Los Angeles': not a person
    if given_gender(first) is None and (
        _affiliation(masked, m.group(1).rstrip(".")) or _HAS_PARTICLE.search(m.group(1))
    ):  # ('the hotel, Casa del Mar', 'the city, Rio de Janeiro': a particle needs a given name)
        return None  # 'said the analyst, Goldman Sachs': the person's firm, not the person
    if masked[end - 1] == "." and end - start > 2 and masked[end - 3] != " ":
        end -= 1  # the full stop ends the sentence, not an initial ('J.')
    if words[0].lower() in _INDEFINITE and not _a_person(masked, words, m.group(1), m.end(1)):
        return None
    return start, end


def _a_person(masked: str, words: list[str], name: str, end: int) -> bool:
    """Return whether a name after an indefinite description is surely that person's."""
    # a given name, a title or a clause of a person must show it ('said a tenant, Lisk Housing
    # Trust' is no person)
    if any(w.lower() in PREPOSITIONS for w in words[1:]) and _staff_noun(words[-1].lower()):
        return False  # the inner noun's person ('an aide to the prime minister, Jo Roe')
    first = name.split(" ", 1)[0].lower()
    titles = lexicon().titles
    return (
        given_gender(first) is not None
        or first in titles
        or first.rstrip(".") in titles
        or _PERSON_NEXT.match(masked, end) is not None
    )


def _affiliation(masked: str, name: str) -> bool:
    """Return whether a name after a description reads as an organisation."""
    # it ends in an organisation word, or the article puts it after a role or plural noun and 'at'
    # ('an analyst at Goldman Sachs')
    if name.rsplit(" ", 1)[-1].lower() in lexicon().org_words:
        return True
    if " at " + name not in masked:
        return False
    # not 'at Jane Roe's house', 'at James Sachs' villa' (a place of theirs) nor 'looked at'
    at = re.compile(r"\b([A-Za-z]+) at " + re.escape(name) + r"\b(?!['’])")
    return any(_staff_noun(m.group(1).lower()) for m in at.finditer(masked))


def _staff_noun(word: str) -> bool:
    """Return whether a word is a role noun or a plural of people ('analysts', 'bankers')."""
    titles = lexicon().titles
    if word in titles or word in _GROUP or (word.endswith("s") and word[:-1] in titles):
        return True
    return word.endswith(("ers", "ists", "ians")) and len(word) > 5  # 'traders', 'historians'


def named_appositive(
    masked: str, subj: tuple[int, int], lo: int, hi: int
) -> tuple[int, int] | None:
    """Return the span masked[lo:hi] when it names the person the description subj describes."""
    # 'Acme's regional director, Mike Lund, wrote': the description has a lower-case word and
    # the span reads as a person's name between two commas
    words = masked[lo:hi].split()
    desc = masked[subj[0] : subj[1]].split()
    if not any(w[:1].islower() for w in desc) or not personal(words):
        return None
    return (lo, hi) if NAME_COMMA.match(masked, lo - 1, hi + 1) else None


def is_named(masked: str, subj: tuple[int, int]) -> bool:
    """Return whether a subject span holds a capitalised word after any determiner."""
    words = masked[subj[0] : subj[1]].split()
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return any(w[:1].isupper() for w in words)


def joined_roles(gap: str) -> bool:
    """Return whether a gap before a subject is lower-case role words ending in 'and'."""
    # '“…,” co-founder and CEO Jane Roe said': the roles belong to the subject
    words = gap.strip(" ,—–-\x00\t").split()
    return (
        len(words) >= 2
        and words[-1] in ("and", "&")
        and all(role_word(w) for w in words[:-1] if w not in ("and", "&"))
    )


# '“…,” the mayor, who was re-elected in May, said': a subject, then a relative clause that
# runs up to the cue verb; the subject opens the gap or follows a sentence end or a quote
_RELATIVE_TAIL = (
    r"(?P<subj>[\w’'-]+(?: [\w.’'-]+){0,5}), (?:who|which|whose|whom)\b[^.;:!?\x00“”\"]{1,150},\s*$"
)
_RELATIVE_WORD = re.compile(r", (?:who|which|whose|whom)\b")
_RELATIVE_AT = re.compile(r"[\s,\x00”\"]*" + _RELATIVE_TAIL)
_RELATIVE = re.compile(r"(?:[.!?]\s|[\x00”\"]\s*,?\s*)\s*" + _RELATIVE_TAIL)


def relative_subject(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the subject before a relative clause that ends at the cue verb at hi, else None."""
    start = max(lo, hi - 240)  # the clause and a six-word subject fit in this window
    tail = masked[start:hi]
    if not tail.rstrip().endswith(",") or _RELATIVE_WORD.search(tail) is None:
        return None
    m = (_RELATIVE_AT.match(masked, lo, hi) if start == lo else None) or _RELATIVE.search(
        masked, start, hi
    )
    if m is None:
        return None
    words = m.group("subj").split()
    first = words[0]
    if first.lower() in DETERMINERS:  # 'the mayor', 'a spokesman for the council'
        return m.start("subj"), m.end("subj")
    # 'Officials', 'Jane Roe'; not 'In Paris'
    low = first.lower()
    if all(w[:1].isupper() for w in words) and low not in FUNCTION and low not in PREPOSITIONS:
        return m.start("subj"), m.end("subj")
    return None


# 'Ruiz, who called it “…”', 'Ruiz, who later called', 'Ruiz, who has called': who, right before
# the cue verb, stands for the name before its comma
def trailing_cue_subject(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the subject span of a trailing cue before the participle at hi, else None."""
    # '…, Jane Roe said Friday, adding': the subject follows a comma or a quote, so the cue is
    # not inside a clause that opened the sentence ('Crews booed as Roe testified, calling …')
    tail = _TRAILING.search(masked, max(lo, hi - 40), hi)
    if tail is None:
        return None
    verb = lexicon().verb_re.fullmatch(tail.group(1))
    if verb is None or verb.group().endswith("ing"):
        return None
    subj = subject_before(masked, lo, tail.start(1))
    before = masked[max(lo, subj[0] - 3) : subj[0]].strip(" ")[-1:] if subj else ""
    return subj if before in (",", "\x00") else None


def owned_thing(surface: str) -> bool:
    """Return whether a subject is a possessive pronoun and a noun that names no person, body or
    text ('its count', 'their analysis'; not 'her lawyer', 'its board', 'his book')."""
    words = surface.lower().split()
    return (
        len(words) >= 2
        and words[0] in OWNERS
        and words[-1].isalpha()
        and words[-1] not in _PEOPLE_NOUNS
        and words[-1].removesuffix("s") not in _PEOPLE_NOUNS
    )


_OF_OR_PLACE = re.compile(r" (?:of|in|at|from) ")


def named_after_of(masked: str, at: int, hi: int) -> tuple[int, int] | None:
    """Return the name set off after a description's 'of' or place phrase, else None."""
    # 'The president of the Fishermen's Union of Kayar, Jo Ndour, welcomed …': Jo Ndour
    # (or a place phrase: 'The head of the Green Wings society in Daluk, Dr. Mara Osk, said …')
    if not _OF_OR_PLACE.match(masked, at):
        return None
    comma = masked.find(",", at, min(hi, at + 100))
    name = NAME_COMMA.match(masked, comma + 1) if comma > 0 else None
    if name is None or not VERBISH_NEXT.match(masked, name.end()):
        return None
    return name.start() + 1, name.end() - 1


def clause_subject(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the subject that opens masked[lo:hi], after up to three leading phrases ('At the
    debate, after a long day,'), when a verb follows it directly or after one appositive."""
    start = lo + len(masked[lo:hi]) - len(masked[lo:hi].lstrip(" \x00\t"))
    first = masked[start : start + 12].split(" ", 1)[0].lower().strip(",")
    if first in _IMPERATIVES and (m := _IMPERATIVE_CLAUSE.match(masked, start)):
        start, first = m.end(), masked[m.end() : m.end() + 12].split(" ", 1)[0].lower()
    nxt = start
    while first in OPENERS and nxt < hi:  # 'And then Roe went on the attack, saying'
        nxt = masked.find(" ", nxt, hi) + 1 or hi
        first = masked[nxt : nxt + 12].split(" ", 1)[0].lower().strip(",")
        if masked[nxt : nxt + 1].isupper():
            start = nxt
    opened = past_openings(masked, start, hi, first)  # 'In May, after Roe fell, Doe said …'
    if opened is None:
        return None
    start = opened
    for _ in range(3):
        subj = subject_after(masked, start, hi, subject=True)
        if subj and is_place_at(masked, *subj):  # 'in Brevik, Nordland, Roe said'
            subj = None
        if subj and masked[subj[1] - 2 : subj[1]] in ("'s", "’s"):
            return None  # 'Roe’s right-hand woman rallied …': not Roe
        if subj and subj[1] < hi and is_named(masked, subj):
            tag = _PAREN_TAG.match(masked, subj[1])  # 'Sen. Jane Roe (R-Pa.) refused'
            after = tag.end() if tag else subj[1]
            if VERBISH_NEXT.match(masked, after):
                return named_after_of(masked, after, hi) or subj
            if masked.startswith(", ", after):  # 'Jane Roe, the mayor's aide, issued'
                close = masked.find(", ", after + 2, min(hi, after + 80))
                if close > 0 and VERBISH_NEXT.match(masked, close + 1):
                    return named_appositive(masked, subj, after + 2, close) or subj
        comma = masked.find(",", start, min(hi, start + 120))
        # 'The line's chief planner, Ola Dahl, wrote': the name after a description goes on
        if comma < 0 or (
            subj is not None and (comma != subj[1] or not NAME_COMMA.match(masked, comma + 1))
        ):
            return None
        start = comma + 2
    return None
