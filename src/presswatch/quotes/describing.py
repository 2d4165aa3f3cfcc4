"""Prepositional phrases that identify an unnamed description ('a narrator in the ad')."""

from __future__ import annotations

import bisect
import re
import threading
from typing import TYPE_CHECKING

from presswatch.quotes import agents
from presswatch.quotes.handles import handle_at, handle_speaker
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.nounwords import TIME_AFTER
from presswatch.quotes.phrases import subject_before
from presswatch.quotes.words import PREPOSITIONS as WORD_PREPOSITIONS
from presswatch.quotes.words import core, is_cap

if TYPE_CHECKING:
    from presswatch.quotes.speakers import DocSpeakers

_SETS = lexicon().sets
# prepositions whose phrase may identify an unnamed speaker even after a cue verb ('said one
# source on the panel'), unless it holds a time, occasion or manner noun ('in a statement',
# 'at the rally', 'with a smile'): those go with the verb
PREPOSITIONS = _SETS["description_prepositions"]
_WHEN = (
    _SETS["time_words"]
    | _SETS["time_nouns"]
    | _SETS["occasion_nouns"]
    | _SETS["manner_nouns"]
    | TIME_AFTER
) - WORD_PREPOSITIONS
_VERBS_NOUNS = _WHEN | _SETS["adjunct_nouns"] | _SETS["statement_nouns"]
_SET_PHRASES = _SETS["verb_set_phrases"]  # 'on_the_condition', 'in_the_wake'
_PLACES = _SETS["place_nouns"] | _SETS["place_heads"] | _SETS["place_words"]
_PLACE_PREPS = _SETS["place_phrase_prepositions"]  # where one stands: 'in the capital'
_ARTICLES = _SETS["object_articles"]
_UNNAMED_LEADS = _SETS["articles"]  # a, an, the, one, another
# words that may follow a whole noun phrase: a preposition or a relative ('on the panel who')
_AFTER_PHRASE = WORD_PREPOSITIONS | _SETS["other_prepositions"] | _SETS["relative_breaks"]
_WORD = re.compile(r"[^\s,;:.!?()]+")
_TOKEN = re.compile(r"\S+")
_ARTICLE = re.compile(r"(?<= )(?:the|a|an|this|that) ")  # opening an object ('from the valley')
MAX_PHRASES = 2  # identifying phrases after a cue verb, at most
# the end of the head phrase of each description extended in the text read last: (start, end) of
# the whole phrase -> (end of its head, whether an identifying phrase before its verb made it)
# (per thread: documents analysed in parallel threads must not share it)
_READ = threading.local()


def verbs_noun(words: list[str], occasion_only: bool = False) -> bool:
    """Return whether a phrase's words hold a time, occasion or manner noun or a number."""
    nouns = _WHEN if occasion_only else _VERBS_NOUNS  # occasion_only: not 'report', 'video'
    for k, word in enumerate(words):
        if word[:1].isdigit():  # a number, not one in a name ('at 10 Downing Street')
            after = words[k + 1] if k + 1 < len(words) else ""
            if not after[:1].isupper() or core(after).lower() in nouns:
                return True
        elif word[:1].islower() and core(word).lower() in nouns:
            return True
    return False


def _set_phrase(prep: str, words: list[str]) -> bool:
    """Return whether prep and words open a set phrase of the verb ('in the wake of')."""
    key = "_".join([prep, *(core(w).lower() for w in words)])
    return any(key == p or key.startswith(p + "_") for p in _SET_PHRASES)


def _whole(words: list[str], after: str | None) -> bool:
    """Return whether a phrase's words end its noun phrase (after: the next word, if any)."""
    return after is None or words[-1][-1:] in ",.;:!?" or core(after).lower() in _AFTER_PHRASE


def identifying(prep: str, words: list[str], org: bool, after: str | None = None) -> bool:
    """Return whether a phrase (prep and its noun phrase's words) identifies the noun before it."""
    # an article and a lower-case head noun ('on the panel', 'in the Clinton ad'), a publication
    # or organisation's name ('in The Harbour Post'), or any agent of 'by' ('by economists at …');
    # a bare noun ('in court'), a place ('in Brussels', 'in the capital'), a set phrase ('on the
    # condition of anonymity') or a noun phrase cut short ('in a written' of '… reply') is not
    if prep not in PREPOSITIONS or not words or verbs_noun(words) or not _whole(words, after):
        return False
    if _set_phrase(prep, words):
        return False
    head = [core(w).lower() for w in words]
    head = head[: next((k for k, w in enumerate(head) if w in WORD_PREPOSITIONS), len(head))]
    if prep in _PLACE_PREPS and head and head[-1] in _PLACES:
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


def note_head(
    text: str, whole: tuple[int, int], head: int, before: bool = False
) -> tuple[int, int]:
    """Return the whole span of a description after noting where its head phrase ends."""
    if getattr(_READ, "text", None) is not text:
        _READ.text, _READ.heads = text, {}
    if head < whole[1]:
        _READ.heads[whole] = head, before
    return whole


def head_end(text: str, start: int, end: int, inverted: bool = True) -> int:
    """Return the end of the head phrase of an extended description at text[start:end]."""
    # (before its verb only an identifying phrase between the two counts)
    if getattr(_READ, "text", None) is not text:
        return end
    head, before = _READ.heads.get((start, end), (end, True))
    return head if inverted or before else end


def forget_heads() -> None:
    """Drop the heads noted for the text read last (and so the reference to that text)."""
    _READ.__dict__.clear()


def described_speaker(
    doc: DocSpeakers, text: str, whole: tuple[int, int], inverted: bool
) -> tuple[str | None, tuple[int, int]]:
    """Return (speaker, surface span) of a cue's subject at whole, resolved by its head."""
    # ('the judge' of 'the judge in the case against Tom Reyes'); an unnamed head that is its own
    # speaker ('a spokesman') takes its whole phrase, as does a pronoun that refers to it later
    if handle_at(text, *whole) == whole:  # '@SenAnnRoe': Ann Roe; not '@Acme editor Ana Ruiz'
        return handle_speaker(doc, text[whole[0] : whole[1]], whole[0]), whole
    head = head_end(text, *whole, inverted)
    if agents.whole(text[whole[0] : whole[1]]):
        head = whole[1]  # 'said a source close to the Kremlin': unnamed, as before its verb
    speaker, _ = doc.resolve(text[whole[0] : head], whole[0])
    if speaker is None:
        _widen(doc, whole, head, None)
        return None, whole
    tail = text[head : whole[1]].split()
    if tail and tail[0].endswith("ed") and all(core(w).lower() in TIME_AFTER for w in tail[1:]):
        return speaker, (whole[0], head)  # 'a poll released Monday': the poll
    own = speaker.lower() == text[whole[0] : head].lower()
    if own and head < whole[1] and unnamed_head(text, whole[0], head):
        speaker += text[head : whole[1]]  # 'a spokesman on the panel', not 'a spokesman'
        _widen(doc, whole, head, speaker)
        return speaker, whole
    return speaker, (whole[0], head)


def _widen(doc: DocSpeakers, whole: tuple[int, int], head: int, speaker: str | None) -> None:
    """Note the whole phrase of an unnamed subject noted by its head, for a pronoun after it."""
    k = bisect.bisect_left(doc.unnamed, (whole[0],))
    if head < whole[1] and k < len(doc.unnamed) and doc.unnamed[k][:2] == (whole[0], head):
        doc.unnamed[k] = whole[0], whole[1], speaker or doc.unnamed[k][2], doc.unnamed[k][3]


def _opens(masked: str, lo: int, start: int) -> bool:
    """Return whether only marks, quoted words and dashes stand in masked[lo:start]."""
    return not masked[lo:start].strip(" \x00\t—–-")


def with_phrase(
    masked: str, lo: int, subj: tuple[int, int] | None, verb: int
) -> tuple[int, int] | None:
    """Return the span of an unnamed subject with the phrase that identifies it before its verb."""
    # ('a narrator in the ad says', 'a study by economists at Acme found'), else subj
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
            return note_head(masked, (subj[0], subj[1] + len(gap.rstrip())), subj[1], True)
        return subj
    return _joined_back(masked, lo, subj) or subj


def _joined_back(masked: str, lo: int, subj: tuple[int, int]) -> tuple[int, int] | None:
    """Return the span of an unnamed description and the phrase whose object subj is, else None."""
    # ('economists at Acme', 'two economists' of 'a study by two economists'): up to three
    # words back to its preposition
    if masked[subj[0] - 1 : subj[0]] != " ":
        return None
    lead = list(_TOKEN.finditer(masked, max(lo, subj[0] - 80), subj[0]))
    words = []
    while lead and len(words) < 4 and lead[-1].group() not in PREPOSITIONS:
        word = lead.pop().group()
        if not ((word.isalnum() and word[:1].islower()) or word.isdigit()):
            return None
        words.append(word)
    if not lead:
        return None
    prep, at = lead[-1].group(), lead[-1].start()
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
    return note_head(masked, (desc[0], subj[1]), desc[1], True)


def _named(words: list[str]) -> bool:
    """Return whether a noun phrase's head (its words before a preposition) holds a name."""
    head = []
    for word in words:
        if word in PREPOSITIONS or word in WORD_PREPOSITIONS:
            break
        head.append(word)
    return any(is_cap(w) for w in head[1:]) or (bool(head) and head[0] != "The" and is_cap(head[0]))
