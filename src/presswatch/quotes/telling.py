"""A reported clause with no 'that' after an addressee or a time phrase ('told reporters the …')."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from presswatch.quotes.agents import POSTMODIFIERS
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.words import APOSTROPHE, CLAUSE_HEADS, DETERMINERS, FUNCTION, PREPOSITIONS

_WORDS = lexicon().sets
TELLING = _WORDS["telling_verbs"]
_ADJUNCT_PREPS = _WORDS["clause_adjunct_prepositions"]
_TIMES = _WORDS["clause_time_words"] | _WORDS["time_words"] - PREPOSITIONS
_FINITE = _WORDS["finite_auxiliaries"]
_PAST = _WORDS["past_forms"]
_GROUP_WORDS = _WORDS["verb_group_words"]
ADDRESSEES = _WORDS["addressees"] | _WORDS["group_nouns"] | lexicon().org_words
# heads of a subject that may tell (besides names and `speaker_pronouns`): people and bodies
_SPEAKERS = (
    ADDRESSEES
    | lexicon().titles
    | _WORDS["speaking_nouns"]
    | _WORDS["people_heads"]
    | _WORDS["bare_body_nouns"]
    | _WORDS["people_plurals"]
)
PERSON_SUBJECT_VERBS = _WORDS["person_subject_verbs"]
_SPEAKER_PRONOUNS = _WORDS["speaker_pronouns"]
# words after a subject's head: a preposition or a speaker post-modifier ('familiar with')
_AFTER_HEAD = PREPOSITIONS | {p[0] for p in POSTMODIFIERS}
OBJECT_PRONOUNS = _WORDS["object_pronouns"]
_QUANTIFIERS = _WORDS["quantifier_addressees"]
_SUBJECT_PRONOUNS = _WORDS["clause_pronouns"]
_QUESTION_WORDS = _WORDS["embedded_question_words"]
_NOT_NOUNS = (
    FUNCTION | DETERMINERS | PREPOSITIONS | CLAUSE_HEADS | _SUBJECT_PRONOUNS | _QUESTION_WORDS
)
_TOLD_THINGS = _WORDS["told_things"]
# heads of a phrase after 'said in/on/at …' that make it a time or occasion ('in a statement',
# 'at the time'), not the verb's complement ('hinted at the niche …')
_OCCASIONS = (
    _WORDS["adjunct_nouns"]
    | _WORDS["statement_nouns"]
    | _WORDS["occasion_nouns"]
    | _WORDS["time_nouns"]
    | _WORDS["clause_time_words"]
)
_OPENERS = _WORDS["phrase_openers"]
_TIME_DETERMINERS = _WORDS["time_determiners"]
_LINKS = _WORDS["occasion_links"]
_TOKEN = re.compile(r"\S+")
_ENDS = re.compile(r"[.;:!?\x00\"“”()]")
_ABBREVIATION = re.compile(r"(?:[a-z]\.){2,}|[A-Z][a-z]?\.|Mr?s?\.|Dr\.")
_SPAN = 12  # words looked at after the verb
# a trailing cue's subject after the last comma: '…, the Harbour Post reported.'
_RELATIVES = _WORDS["clause_relatives"]
TRAILER = re.compile(r",\s+((?:[\w'’.-]+\s+){1,4})$")


def told_clause(
    masked: str,
    lo: int,
    verb: re.Match[str],
    hi: int,
    last: re.Match[str],
    people: Callable[[str], bool] | None,
) -> int | None:
    """Return where the clause after a telling verb's addressee starts in masked[lo:hi], or None."""
    sentence = masked[lo:hi].split()
    if masked[lo:hi].rstrip(" .\x00\t").endswith("?") or sentence[0].lower() in _FINITE:
        return None  # a question: 'Why did Roe tell …?', 'Has Roe told …'
    if _before_trailer(masked, lo, hi, verb.start(), last):
        return None  # '…, the Post reported.': main's reading of the sentence stays
    found = clause_after(masked[verb.end() : hi], telling=True, people=people)
    return None if found is None else verb.end() + found


def person_subject(masked: str, subj: tuple[int, int]) -> bool:
    """Return whether a cue's subject span is a name, a speaking pronoun, a person or body noun."""
    words = [w.strip(",") for w in masked[subj[0] : subj[1]].split()]
    # the head: the last word, or the word before a post-modifier ('a source familiar with …')
    heads = [w for k, w in enumerate(words) if k + 1 == len(words) or words[k + 1] in _AFTER_HEAD]
    for head in (APOSTROPHE.split(w.lower())[0] for w in heads):
        if head in _SPEAKER_PRONOUNS or head in _SPEAKERS or head[:-1] in _SPEAKERS:
            return True
    return any(
        w[:1].isupper() and w.lower() not in _NOT_NOUNS for w in words
    )  # 'Ana Ruiz', not 'It'


def _before_trailer(masked: str, lo: int, hi: int, at: int, last: re.Match[str]) -> bool:
    """Return whether a later cue closing the sentence reports the clause of the verb at `at`."""
    if last.start() <= at or len(masked[last.end() : hi].split()) > 3:
        return False
    trail = TRAILER.search(masked, lo, last.start())
    # not a clause of the told words' own ('…, because he thought it', '…, which showed')
    words = trail.group(1).lower().split() if trail else ["which"]
    return words[0] not in CLAUSE_HEADS and not _RELATIVES.intersection(words)


def clause_after(
    seg: str, telling: bool, people: Callable[[str], bool] | None = None
) -> int | None:
    """Return where a reported clause starts in seg (the text after a reporting verb), or None."""
    if not seg[:1].isspace():
        return None  # 'tell-tale'
    toks = _tokens(seg)
    starts = _addressee_ends(toks) if telling else iter((0,))
    for j in starts:
        if people is not None and not people(toks[j - 1][1]):
            continue  # 'informed the debate we are having': no one informed
        if telling and _word(toks, j).lower() in _QUESTION_WORDS:
            return None  # 'told the council whether …': a question, no claim
        for p in _after_adjuncts(toks, j, telling):
            if (telling or p > 0) and _is_clause(toks, p):
                if p == 1 and _contact_relative(toks):
                    return None  # 'told everyone she knew the …'
                return toks[p][0]
    return None


def _contact_relative(toks: list[tuple[int, str]]) -> bool:
    """Return whether a quantifier addressee has a subject pronoun next ('everyone she knew')."""
    return toks[0][1].lower() in _QUANTIFIERS and _word(toks, 1).lower() in _SUBJECT_PRONOUNS


def _tokens(seg: str) -> list[tuple[int, str]]:
    """Return the first words of seg with their offsets, up to a sentence break or a comma."""
    out: list[tuple[int, str]] = []
    for m in _TOKEN.finditer(seg):
        word = m.group()
        if len(out) >= _SPAN or (_ENDS.search(word) and not _ABBREVIATION.fullmatch(word)):
            out.append((m.start(), word.rstrip('.;:!?"”)')))  # the clause may end here
            break
        out.append((m.start(), word))
        if word.endswith(","):
            break
    return out


def _word(toks: list[tuple[int, str]], i: int) -> str:
    """Return the i-th word, or '' past the end or after a comma."""
    if i >= len(toks) or any(w.endswith(",") for _, w in toks[:i]):
        return ""
    return toks[i][1]


def _addressee_ends(toks: list[tuple[int, str]]) -> Iterator[int]:
    """Yield the word indexes where an addressee after a telling verb may end ('the BBC')."""
    first = _word(toks, 0)
    low = first.lower()
    if low in OBJECT_PRONOUNS:
        yield 1
    elif first[:1].isupper() or low in _OPENERS:
        head = 1 if low in _OPENERS else 0
        capital = not head  # a name ('AFP', 'Ana Ruiz'), else any words ('the Post', 'a news …')
        ends: list[int] = []
        for n in range(head + 1, min(head + 4, len(toks)) + 1):
            word = _word(toks, n - 1)
            if not _noun_word(word, capital=capital):
                break
            if word not in _TOLD_THINGS:  # 'a news conference', not 'the news'
                ends.append(n)
        yield from reversed(ends)  # the longest first: 'the Lindholm Gazette Reyes was …'
    elif _noun_word(first, capital=False):
        if low in ADDRESSEES or low.endswith("s"):
            yield 1  # 'reporters', 'lawmakers'
        second = _word(toks, 1)
        if _noun_word(second, capital=False) and (second in ADDRESSEES or second.endswith("s")):
            yield 2  # 'foreign diplomats'


def _noun_word(word: str, capital: bool) -> bool:
    """Return whether a word may be part of a noun phrase (capitalised in a name run)."""
    low = APOSTROPHE.split(word.lower())[0]
    if not word or low in _NOT_NOUNS or low in _FINITE or word.endswith(","):
        return False
    if capital:
        return word[:1].isupper() or word[:1].isdigit()
    return word.replace("-", "").isalpha()


def _after_adjuncts(toks: list[tuple[int, str]], j: int, telling: bool) -> list[int]:
    """Return the word indexes reachable from j past time or occasion phrases, nearest first."""
    out, todo = [j], [j]
    while todo:
        p = todo.pop(0)
        word = _word(toks, p).lower()
        nxt: list[int] = []
        if word in _TIMES or word[:1].isdigit():
            nxt.append(p + 1)  # 'Tuesday', 'night', '9', 'a.m.'
        elif word in _TIME_DETERMINERS and _word(toks, p + 1).lower() in _OCCASIONS:
            nxt.append(p + 2)  # 'this weekend', 'last week'
        elif word in _ADJUNCT_PREPS:
            obj = _word(toks, p + 1)
            if obj.lower() in _OPENERS or obj[:1].isupper() or obj[:1].isdigit():
                for n in range(1, 7):
                    inner = _word(toks, p + n)
                    if n > 1 and inner.lower() in _LINKS:
                        continue  # 'in an interview with the Post'
                    if _word(toks, p + n - 1).lower() in _LINKS and inner in _OPENERS:
                        continue
                    if n > 1 and not _noun_word(inner, capital=False) and not inner[:1].isdigit():
                        break
                    if (n > 1 or obj.lower() not in _OPENERS) and (telling or _occasion(inner)):
                        nxt.append(p + 1 + n)
        for q in nxt:
            if q not in out and q < len(toks):
                out.append(q)
                todo.append(q)
    return out


def _occasion(word: str) -> bool:
    """Return whether a word may end a time or occasion phrase after 'said in/on/at …'."""
    low = APOSTROPHE.split(word.lower())[0]
    return low in _OCCASIONS or low in _TIMES or word[:1].isupper() or word[:1].isdigit()


def _is_clause(toks: list[tuple[int, str]], p: int) -> bool:
    """Return whether the words from p open a clause: a subject, then a finite verb."""
    first = _word(toks, p)
    low = first.lower()
    if not first:
        return False
    parts = APOSTROPHE.split(low)
    if parts[0] in _SUBJECT_PRONOUNS:
        if len(parts) > 1 and parts[1] in ("s", "d", "ll", "re", "ve"):
            return True  # 'she'd', 'they're'
        return _finite(toks, p + 1, pronoun=True)
    if low in _OPENERS - {"last"} or first[:1].isupper():
        capital = first[:1].isupper() and low not in _OPENERS
        if capital and _finite(toks, p + 1, pronoun=False):
            return True  # 'Reyes was'
        for n in range(1, 4):
            if not _noun_word(_word(toks, p + n), capital=capital):
                break
            if _finite(toks, p + n + 1, pronoun=False):
                return True
        return False
    if _noun_word(first, capital=False) and low not in _TIMES:  # 'prices would'
        return _finite(toks, p + 1, pronoun=False) or (
            _noun_word(_word(toks, p + 1), capital=False) and _finite(toks, p + 2, pronoun=False)
        )
    return False


def _finite(toks: list[tuple[int, str]], i: int, pronoun: bool) -> bool:
    """Return whether the i-th word (past 'not', 'also' …) is a finite verb."""
    word = _word(toks, i).lower()
    if word in _GROUP_WORDS:
        word = _word(toks, i + 1).lower()
    if word in _FINITE or word in _PAST:
        return True
    # after a pronoun any past or present form: 'she needed', 'it needs'
    return pronoun and word.isalpha() and word.endswith(("ed", "s")) and word not in FUNCTION
