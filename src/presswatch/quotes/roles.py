"""Role words and name forms of wire and translated copy: 'the minister' after 'The Minister of
Education, Jane Roe', 'Igor Petrovich' for 'Igor Petrovich Sokolov', 'the 38-year-old'."""

from __future__ import annotations

import bisect
import re
import unicodedata

from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.namecore import after_complement
from presswatch.quotes.words import DETERMINERS, FUNCTION, PREPOSITIONS, role_word, verbish

# 'the 38-year-old said': news style for the person the story is about, like a pronoun
AGED = re.compile(r"the (\d{1,3})-year-old")
_AGE_GIVEN = re.compile(r", \d{1,3}, ")
_SENTENCE_END = re.compile(r"\b[a-z]+[.!?]\s+[A-Z“\"]")  # a lower-case word ends it, not 'Mrs.'
# a role word, its complement and the comma before a name: 'Minister of National Education, '
# (capitalised words and of/the/and/for, or one lower-case noun after 'the': 'of the city ';
# not 'of State Antony Blinken met Foreign Minister ')
_ROLE_LEAD = re.compile(
    r"\b([A-Za-z]+) of ((?:the [a-z]+ )?(?:(?:[A-Z][\w'’-]*|of|the|and|for),? ){0,5})$"
)
# ('Minister of Digital Development of …': up to three capitalised words after the 'of')
_OF_BACK = re.compile(r"\b([A-Za-z]+) of (?:the )?(?:[A-Z][\w'’-]* ){0,3}$")
_OF_LEAD = re.compile(r"\b([A-Za-z]+) of (?:the )?(?:[A-Z][\w'’-]* (?:and|&) )?$")
# a capitalised word, one or two lower-case words (a role) and a name, with or without an age,
# before a verb open the sentence ('Rovers head coach Ana Ruiz was …', 'Site manager Jo Roe, 61,')
ROLE_OPENING = re.compile(
    r"\s*([A-Z][\w'’-]*) ([a-z]+(?: [a-z]+)?) ((?:[A-Z][\w'’-]*+ ){1,3}[A-Z][\w'’-]*+)"
    r"(?:, \d{1,3},)? [a-z]"
)
# words that open a phrase, not a sentence's subject ('In a Des Moines Register poll …')
_PRONOUNS = set(lexicon().pronouns)  # 'She met Ines Duarte …': a subject, no role lead
_NOT_ROLE_LEAD = (
    lexicon().sets["clause_openers"] | PREPOSITIONS | FUNCTION | DETERMINERS | _PRONOUNS
) - {
    "his",
    "her",
    "their",
    "its",
    "our",
}  # 'His captain Tom Reyes said …' opens with its subject
_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss"})
PATRONYMIC = tuple(lexicon().sets["patronymic_endings"])
_GIVEN = lexicon().first_names
_NOT_PERSON = lexicon().sets["event_words"] | lexicon().org_words  # words of events, bodies


def person_after_title(text: str, start: int, full: str) -> str:
    """Return the person's name of a run after a title and 'of', else full unchanged."""
    # 'Minister of Agriculture Igor Roe' -> 'Igor Roe', from the first given name on
    lead = _OF_LEAD.search(text, max(0, start - 40), start)
    for _ in range(2):  # 'Minister of Infrastructure of Ukraine Oleksandr Petrenko'
        if lead is None or lead.group(1).lower() in lexicon().titles or lead.group(1).islower():
            break
        lead = _OF_BACK.search(text, max(0, lead.start(1) - 60), lead.start(1))
    if lead is None or lead.group(1).lower() not in lexicon().titles:
        return full
    return " ".join(after_complement(full.split())) or full


def person_core(surface: str, core: list[str]) -> list[str]:
    """Return the person's name words of a phrase whose title takes an 'of', else core."""
    # 'Deputy Minister of Agriculture Igor Roe' -> [Igor, Roe]
    parts = surface.split(" of ")  # 'Minister of Health of Norvia Ana Ruiz': the first 'of'
    if not any(p.split() and p.split()[-1].lower() in lexicon().titles for p in parts[:-1]):
        return core
    return after_complement(core)


def role_head(words: list[str]) -> str | None:
    """Return the role word of 'the minister' or 'the head of the administration', when a title."""
    head = words[1].lower() if len(words) > 1 else ""
    if len(words) == 2 or (len(words) > 3 and words[2] == "of"):
        return head if head in lexicon().titles else None
    return None


def titled_name(
    text: str, fulls: list[tuple[int, str]], role: str, complement: list[str], pos: int
) -> tuple[int, str] | None:
    """Return the latest (position, full name) before pos that the role leads into, else None."""
    # 'Mayor of Utuado Jane Roe', 'Head of the Council Jane Roe'; fulls: mentions in text order
    k = bisect.bisect_left(fulls, (pos, ""))
    for p, full in reversed(fulls[max(0, k - 30) : k]):
        if text.find(" of ", p - 90 if p > 90 else 0, p) < 0:
            continue
        lead = _ROLE_LEAD.search(text, max(0, p - 90), p)
        if lead is None or lead.group(1).lower() != role:
            continue
        end = text.find(full, p, p + len(full) + 60)
        run = text[lead.end(1) : end + len(full)].lower() if end >= 0 else ""
        # a complement between ('of Education, Jane Roe'), or a run too long for a place
        # ('Secretary of State Antony Blinken'); 'the minister of finance' names its complement
        if (lead.group(2) or text.count(" ", p, end + len(full)) > 1) and all(
            w in run for w in complement
        ):
            return p, full
    return None


def patronymic_full(core: list[str], fulls: list[tuple[int, str]]) -> str | None:
    """Return the latest full name opening with a given name and patronymic, else None."""
    # 'Igor Petrovich' -> 'Igor Petrovich Sokolov' (not 'the Dmitri Shostakovich Festival')
    lead = f"{core[0]} {core[1]} "
    longer = [full for _, full in fulls if full.startswith(lead) and _named(full, len(lead))]
    return longer[-1] if longer else None


def _named(full: str, at: int) -> bool:
    """Return whether the word of full at offset at is a name, not an event's or body's word."""
    return full[at:].split(" ", 1)[0].lower() not in _NOT_PERSON


def given_gender(word: str) -> str | None:
    """Return the gender of a lower-case given name, else None."""
    # looked up as written, then without its accents ('ayşe' as 'ayse', 'łukasz' as 'lukasz')
    found = _GIVEN.get(word)
    if found is None and not word.isascii():
        plain = unicodedata.normalize("NFKD", word.translate(_FOLD))
        found = _GIVEN.get("".join(c for c in plain if not unicodedata.combining(c)))
    return found


def aged(
    text: str, fulls: list[tuple[int, str]], named: list[tuple[int, str]], age: str, pos: int
) -> str | None:
    """Return the person that 'the N-year-old' at pos names, else None."""
    # the one person given that age before pos ('Sam Harlow, 38,', '38-year-old Sam Harlow');
    # the name ends right at ', 38' ('Jane Roe, 45, and her son Tom, 17,' gives Roe no 17)
    people = set()
    for m in re.finditer(rf"(?:, {age}\b|\({age}\)|\b{age}-year-old )", text[:pos]):
        k = bisect.bisect_left(fulls, (m.start(), ""))
        if m.group().endswith(" "):  # the name follows ('the 38-year-old goalkeeper Sam Harlow')
            if k < len(fulls) and fulls[k][0] - m.end() < 40:
                people.add(fulls[k][1])
        elif k and _ends_run(text[fulls[k - 1][0] : m.start()], fulls[k - 1][1]):
            people.add(fulls[k - 1][1])
        elif k and (full := _by_surname(text, fulls[:k], m.start())):
            people.add(full)  # 'Tolhurst, 38,' after 'Graeme Tolhurst'
    if people:
        return people.pop() if len(people) == 1 else None
    if _AGE_GIVEN.search(text, max(0, pos - 300), pos):
        return None  # a nearby mention has another age ('Sam Harlow, 38, …' and the 19-year-old)
    # else the latest person named since the last quote's subject ('Leo Park signed … “…,” the
    # 19-year-old said', 'Jef Roe said he … “…,” the 29-year-old told')
    return named[-1][1] if named else None


def _by_surname(text: str, fulls: list[tuple[int, str]], at: int) -> str | None:
    """Return the one full name whose surname is the word that ends right at at, else None
    (none when two people share it: 'Keir Halvorsen' and his son 'Ola Halvorsen')."""
    before = text[max(0, at - 40) : at].rsplit(None, 1)
    word = before[-1] if before else ""
    found = {f for _, f in fulls if " " in f and f.rsplit(" ", 1)[-1] == word}
    return found.pop() if len(found) == 1 else None


def _ends_run(run: str, full: str) -> bool:
    """Return whether a mention's run ends with the full name ('Goalkeeper Sam Harlow')."""
    return run.endswith(full) and not any(c in run for c in ",;\n")


def latest_people(
    text: str, subjects: list[tuple[int, str]], fulls: list[tuple[int, str]], lo: int, pos: int
) -> list[tuple[int, str]]:
    """Return the people a description after the last quote may name."""
    # the sentence subjects, with the last mention outside the quote added when a sentence ends
    # between them (an unnoted subject: 'Tom Reyes spoke. The candidate's wife Ana Ruiz gave …'),
    # else those mentions when no subject was noted ('Roe, who starred …, posted', not '“What if
    # Jane Roe …?” the 43-year-old asked')
    mentions = [m for m in fulls if lo <= m[0] < pos and outside_quote(text, m[0], pos)]
    if not subjects or not mentions:
        return subjects or mentions
    at, last = subjects[-1][0], mentions[-1][0]
    ends = list(_SENTENCE_END.finditer(text, at, last)) if last > at else []
    if ends and _opens_sentence(text[ends[-1].end() - 1 : last]):
        return [*subjects, mentions[-1]]
    return subjects


def _opens_sentence(lead: str) -> bool:
    """Return whether a mention is part of its sentence's subject."""
    # the words before it in its sentence hold no verb or pronoun ('The candidate's wife Ana Ruiz
    # gave', not 'He had attacked Jane Roe')
    return not any(w in _PRONOUNS or verbish(w) for w in re.findall(r"[a-z][\w'’-]*", lead.lower()))


def outside_quote(text: str, at: int, pos: int) -> bool:
    """Return whether at is outside the quote that closes before pos (marks between: even)."""
    return sum(map(text[at:pos].count, '“”"')) % 2 == 0


def _verb_subject(word: str) -> bool:
    """Return whether a capitalised word is a plural, so that a verb's base form may follow it
    ('Residents thank engineer Leo Vos'; a title word may: 'Rovers assistant manager …')."""
    return word.endswith("s") and not word.endswith("ss")


def role_opening(m: re.Match[str]) -> tuple[str, int] | None:
    """Return the person's name and position of a ROLE_OPENING match, else None."""
    # a role noun (no determiner) after a word that opens no phrase ('In a … poll') and a run of
    # two or three words naming no event or body ('Local farmer Kwabena Asante lost …')
    *mods, role = m.group(2).split()
    run = m.group(3)
    if (
        all(role_word(w) and w not in DETERMINERS for w in mods)
        and not (mods and _verb_subject(m.group(1)) and mods[0] not in lexicon().titles)
        and role not in DETERMINERS
        and m.group(1).lower() not in _NOT_ROLE_LEAD
        and role_word(role)
        and run.count(" ") < 3
        and not any(w.lower() in _NOT_PERSON for w in run.split())
    ):
        return run, m.start(3)
    return None
