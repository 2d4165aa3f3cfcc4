"""Prepositional phrases that identify an unnamed description ('a narrator in the ad')."""

from __future__ import annotations

import re
import threading

from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.nounwords import TIME_AFTER
from presswatch.quotes.phrases import subject_before
from presswatch.quotes.words import PREPOSITIONS as WORD_PREPOSITIONS
from presswatch.quotes.words import core, is_cap

_SETS = lexicon().sets
# prepositions whose phrase may identify an unnamed speaker even after a cue verb ('said one
# source on the panel'), unless it holds a time, occasion or manner noun ('in a statement',
# 'at the rally', 'with a smile'): those go with the verb
PREPOSITIONS = _SETS["description_prepositions"]
_WHEN = (
    _SETS["time_words"] | _SETS["occasion_nouns"] | _SETS["manner_nouns"] | TIME_AFTER
) - WORD_PREPOSITIONS
_VERBS_NOUNS = _WHEN | _SETS["adjunct_nouns"] | _SETS["statement_nouns"]
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_UNNAMED_LEADS = _SETS["singular_indefinite"] | {"the"}
_WORD = re.compile(r"[^\s,;:.!?()]+")
_ARTICLE = re.compile(r"(?<= )(?:the|a|an|this|that) ")  # opening an object ('from the valley')
MAX_PHRASES = 2  # identifying phrases after a cue verb, at most
# (start, end) of each subject extended before its verb in the text read last -> end of its head
# (per thread, as extents' heads)
_READ = threading.local()


def verbs_noun(words: list[str], occasion_only: bool = False) -> bool:
    """Return whether a phrase's lower-case words hold a time, occasion or manner noun, or a
    number (the verb's phrase; occasion_only: not the wider adjunct nouns, 'report', 'video')."""
    nouns = _WHEN if occasion_only else _VERBS_NOUNS
    return any(w[:1].isdigit() or (w[:1].islower() and core(w).lower() in nouns) for w in words)


def identifying(prep: str, words: list[str], org: bool) -> bool:
    """Return whether a phrase (prep and its noun phrase's words) identifies the noun before it."""
    # an article and a lower-case head noun ('on the panel', 'in the Clinton ad'), a publication
    # or organisation's name ('in The Harbour Post'), or any agent of 'by' ('by economists at …');
    # a bare noun ('in court', 'in parliament') or a place ('in Brussels') is the verb's
    if prep not in PREPOSITIONS or not words or verbs_noun(words):
        return False
    if prep == "by" or org:
        return True
    if words[0] == "The" and len(words) > 1 and all(is_cap(w) for w in words[1:]):
        return True  # a title in capitals: 'in The Dunmore Herald'
    return core(words[0]).lower() in _ARTICLES and len(words) > 1 and core(words[-1])[:1].islower()


def unnamed_head(text: str, start: int, end: int) -> bool:
    """Return whether text[start:end] is an unnamed description with a lower-case head noun."""
    words = text[start:end].split()
    return len(words) > 1 and words[0].lower() in _UNNAMED_LEADS and core(words[-1])[:1].islower()


def noted_head(text: str, start: int, end: int) -> int:
    """Return the end of the head of a subject extended before its verb, else end."""
    return _READ.heads.get((start, end), end) if getattr(_READ, "text", None) is text else end


def forget() -> None:
    """Drop the heads noted for the text read last."""
    _READ.__dict__.clear()


def whole_surface(
    text: str, span: tuple[int, int], head: int, speaker: str | None
) -> tuple[str | None, tuple[int, int]]:
    """Return (speaker, surface span) of a subject whose head text[span[0]:head] resolved to
    speaker: an unnamed head ('a 2019 study', itself its speaker) keeps its whole phrase."""
    if speaker is None:
        return None, span
    tail = text[head : span[1]].split()
    if tail and tail[0].endswith("ed") and all(core(w).lower() in TIME_AFTER for w in tail[1:]):
        return speaker, (span[0], head)  # 'a poll released Monday': the poll
    own = speaker.lower() == text[span[0] : head].lower()  # the head is its own speaker
    if own and head < span[1] and unnamed_head(text, span[0], head):
        return None, span  # 'a spokesman on the panel', not 'a spokesman'
    return speaker, (span[0], head)


def _note(masked: str, whole: tuple[int, int], head: int) -> tuple[int, int]:
    """Return the whole span of a subject after noting where its head ends."""
    if getattr(_READ, "text", None) is not masked:
        _READ.text, _READ.heads = masked, {}
    _READ.heads[whole] = head
    return whole


def _opens(masked: str, lo: int, start: int) -> bool:
    """Return whether only marks, quoted words and dashes stand in masked[lo:start]."""
    return not masked[lo:start].strip(" \x00\t—–-")


def with_phrase(
    masked: str, lo: int, subj: tuple[int, int] | None, verb: int
) -> tuple[int, int] | None:
    """Return the span of an unnamed subject with the phrase that identifies it before its verb
    ('a narrator in the ad says', 'a study by economists at Acme found'), else subj."""
    if subj is None:  # 'a farmer from the valley said': the phrase's object is no subject
        near = max(lo, verb - 60)
        found = [m for m in _ARTICLE.finditer(masked, near, verb)][-1:]
        end = near + len(masked[near:verb].rstrip())
        if not found or any(c in masked[found[0].start() : end] for c in ",;:.!?()\x00"):
            return None
        return _joined_back(masked, lo, (found[0].start(), end))
    gap = masked[subj[1] : verb]
    words = _WORD.findall(gap)
    if words and unnamed_head(masked, *subj):  # the phrase between the subject and the verb
        if (
            2 <= len(words) <= 8
            and not any(c in gap for c in ",;:()\x00")
            and identifying(words[0], words[1:], False)
            and sum(w in PREPOSITIONS for w in words) <= MAX_PHRASES
            and _opens(masked, lo, subj[0])
        ):
            return _note(masked, (subj[0], subj[1] + len(gap.rstrip())), subj[1])
        return subj
    return _joined_back(masked, lo, subj) or subj


def _joined_back(masked: str, lo: int, subj: tuple[int, int]) -> tuple[int, int] | None:
    """Return the span of an unnamed description and the phrase whose object subj is, else None."""
    # ('economists at Acme', 'two economists' of 'a study by two economists'): up to three
    # words back to its preposition
    lead = masked[max(lo, subj[0] - 80) : subj[0]].split(" ")[:-1]
    words = []
    while lead and len(words) < 4 and lead[-1] not in PREPOSITIONS:
        word = lead.pop()
        if not ((word.isalnum() and word[:1].islower()) or word.isdigit()):
            return None
        words.append(word)
    if not lead:
        return None
    prep = lead[-1]
    at = subj[0] - len(" ".join([prep, *reversed(words)])) - 1
    desc = subject_before(masked, lo, at)
    inner = [*reversed(words), *_WORD.findall(masked[subj[0] : subj[1]])]
    if (
        _named(inner)  # 'a projection by the firm Acme Economics found': Acme Economics speaks
        or desc is None
        or masked[desc[1] : at] != " "
        or not unnamed_head(masked, *desc)
        or not _opens(masked, lo, desc[0])
        or not identifying(prep, inner, False)
        or sum(w in PREPOSITIONS for w in inner) >= MAX_PHRASES
    ):
        return None
    return _note(masked, (desc[0], subj[1]), desc[1])


def _named(words: list[str]) -> bool:
    """Return whether a noun phrase's head (its words before a preposition) holds a name."""
    head = []
    for word in words:
        if word in PREPOSITIONS or word in WORD_PREPOSITIONS:
            break
        head.append(word)
    return any(is_cap(w) for w in head[1:]) or (bool(head) and head[0] != "The" and is_cap(head[0]))
