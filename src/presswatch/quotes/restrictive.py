"""A cue subject before a relative clause with no closing comma ('The senator who chairs the
panel said')."""

from __future__ import annotations

import re

from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.nounwords import closed
from presswatch.quotes.phrases import subject_before
from presswatch.quotes.subjects import is_named
from presswatch.quotes.words import DETERMINERS, FUNCTION, PREPOSITIONS, is_cap, role_word, verbish

# auxiliaries open a clause's verb group though they are function words ('who has led')
_NOT_VERBS = (FUNCTION | DETERMINERS | PREPOSITIONS) - lexicon().sets["finite_auxiliaries"]
_NOT_IN_CLAUSE = re.compile(
    r"[,;:!?()\x00“”\"—–\n]|\.(?:\s|$)| (?:" + "|".join(lexicon().sets["relative_breaks"]) + ") "
)
# ends of the clause before the subject; chunker.py's set leaves dashes out (a dateline's dash
# still opens a joint subject's clause), here a dash ends an aside before the subject
_CLAUSE_END = '.!?\x00“”"\n:;—–'
_LINKS = lexicon().sets["noun_links"]
_APPOSED = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}), (?:the|a|an) [a-z]")


def _finite(word: str) -> bool:
    """Return whether a word can open a relative clause's verb group ('chairs', 'shot')."""
    return word not in _NOT_VERBS  # (a pronoun opens an object relative: 'who he met')


def _noun_words(words: list[str]) -> bool:
    """Return whether words can form one noun phrase (no verb, clause word or pronoun)."""
    lex = lexicon()
    for i, w in enumerate(words):
        low = w.lower().strip(".,")
        if low in DETERMINERS:
            if i and words[i - 1] not in _LINKS:
                return False  # 'Lind praised the crews': a verb before the determiner
        elif is_cap(w) or low in _LINKS:
            continue
        elif low in FUNCTION or low in PREPOSITIONS or low in lex.pronouns or verbish(low):
            return False
    return True


def _inner_dot(masked: str, i: int) -> bool:
    """Return whether the full stop at i belongs to an abbreviation ('U.S.', 'Sen.')."""
    if masked[i] != ".":
        return False
    word = masked[masked.rfind(" ", 0, i) + 1 : i + 1]
    return not masked[i + 1 : i + 2].isspace() or not closed(word)


def restrictive_subject(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the subject span before a 'who' clause ending at the cue verb at hi, else None."""
    start = max(lo, hi - 200)
    who = masked.rfind(" who ", start, hi)
    if who < 0:
        return None
    clause = masked[who + 5 : hi]
    words = clause.split()
    if not 1 <= len(words) <= 12 or _NOT_IN_CLAUSE.search(clause):
        return None
    first = words[1] if words[0].endswith("ly") and len(words) > 1 else words[0]
    if not first.islower() or not _finite(first):
        return None
    k = who
    while k > start and (masked[k - 1] not in _CLAUSE_END or _inner_dot(masked, k - 1)):
        k -= 1
    if k == start and start > lo:
        return None
    chunk = masked[k:who]
    head = k + len(chunk) - len(chunk.lstrip(" ,\t-"))
    chunk = chunk.strip(" ,\t-")
    apposed = _APPOSED.match(chunk)
    if apposed and "," not in chunk[apposed.end("name") + 1 :]:
        desc = chunk[apposed.end("name") + 2 :].split()
        if len(desc) <= 8 and _noun_words(desc):  # 'Nate Lund, the analyst who …': the name
            return head, head + apposed.end("name")
        return None
    parts = chunk.split()
    if not 1 <= len(parts) <= 8 or "," in chunk or not _noun_words(parts):
        return None
    lead = parts[0].lower()
    if not (lead in DETERMINERS or is_cap(parts[0]) or lead.endswith("s")):
        return None
    return head, head + len(chunk)


_STOP = re.compile(r"[.!?]\s")
_WHO_VERB = re.compile(
    r"(?<=\w),\s+who\s+(?:(?:[a-z]+ly|later|then|also|since|has|had|have)\s+){0,2}$"
)


def who_antecedent(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the span of the name a 'who' right before the cue verb at hi stands for, else None."""
    who = _WHO_VERB.search(masked, max(lo, hi - 40), hi)
    quote = masked.find("\x00", hi)  # in the quote's sentence: not 'who had left. “…,” he said'
    if who and quote > 0 and _STOP.search(masked, hi, quote):
        return None
    subj = subject_before(masked, lo, who.start()) if who else None
    if not (who and subj and subj[1] == who.start()):
        return None
    words = masked[subj[0] : subj[1]].split(" ")  # the name alone: 'met Ana Ruiz in Kelp, who'
    cut = next((k for k, w in enumerate(words) if k and w in PREPOSITIONS), len(words))
    lead = next((k for k, w in enumerate(words) if w[:1].isupper()), len(words))
    # a named person right before the comma ('Tom Berg attacked Ana Ruiz, who called it'), also
    # after role words ('cheered skipper Lena Lind, who'; not 'the Chamber's chief aide, who')
    roles = all(w in DETERMINERS or role_word(w) for w in words[:lead])
    if lead >= cut or (lead and not (roles and all(w[:1].isupper() for w in words[lead:cut]))):
        return None
    span = subj[0] + len(" ".join(words[:lead])) + bool(lead), subj[0] + len(" ".join(words[:cut]))
    return span if is_named(masked, span) else None
