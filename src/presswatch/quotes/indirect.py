"""Indirect (reported) speech: 'X said (that) …', '…, X said.', 'according to X, …'."""

from __future__ import annotations

import re
from dataclasses import dataclass

from presswatch.quotes import telling
from presswatch.quotes.chunker import joint_start
from presswatch.quotes.cues import clause_subject, verbs_in
from presswatch.quotes.describing import with_phrase
from presswatch.quotes.extents import subject_after, with_modifiers
from presswatch.quotes.groupwords import lead_start
from presswatch.quotes.leads import clause_head, lead_phrase, object_tail
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.nounphrase import noun_phrase_after
from presswatch.quotes.phrases import subject_before
from presswatch.quotes.subjects import relative_subject
from presswatch.quotes.words import APOSTROPHE, DETERMINERS, FUNCTION

# Verbs that report speech only when a 'that' clause follows ('she called that…' is rare).
_WORDS = lexicon().sets
_NEEDS_THAT = _WORDS["needs_that"]
_TIME_WORDS = _WORDS["time_words"]
_NOT_CLAUSE = frozenset(("goodbye", "hello", "yes", "no", "nothing", "something", "much", "little"))
_BARE = re.compile(r",\s*([a-z]{3,})\s*$")
_NOT_SUBJECT_AFTER = (" to", " of", " for", " with", " by", " from", " about", " than")
_TELL = frozenset({"told", "tells", "tell", "telling"})
_TRAIL = " .,;:\x00\t"
# verbs of assuring and informing: a clause after their object ('assured voters he would …')
_ASSURE = frozenset({"assured", "assures", "informed"})
# the clause starts at 'that' or a subject pronoun, right after the verb or its object, whose
# last word names people (no relative clause: 'informed a policy that we use', 'assured Ruiz a
# record she will treasure'); 'assured a room of weary party workers that …'
_OBJECT_CLAUSE = re.compile(
    r"\s*((?:[\w'’.-]+\s+){0,6}?)(?:that\s+()|((?:he|she|they|it|we|I|there)(?:['’][a-z]+)?\s))"
)
_DIRECT_ONLY = _WORDS["direct_only_cues"]  # '“…,” he affirmed', not 'affirmed the ruling'
_WARN = _WORDS["object_cues"]  # 'warned residents that …': the people warned are the object
_TOLD_TO = re.compile(r"\s*\S+\s+((?:not\s+)?to\s)")
_OBJECT_OF = re.compile(r"\b(?:for|of)\s+(?:the\s+)?$")
_WH = frozenset({"whether", "if", "why", "how", "what", "when", "who", "where"})
_TAIL_WORDS = 6  # at most this many words after a cue closing its sentence ('…, X said Monday.')
# a sentence's first 40 cue verbs are tried (each costs the sentence's length): a longer run is
# no prose but a page or list without full stops ('x said Roe, x said Roe, …')
_MAX_VERBS = 40


@dataclass(slots=True)
class Reported:
    """An indirect quote: content span, verb and subject spans (absolute offsets)."""

    start: int
    end: int
    verb: str
    verb_start: int
    subj_start: int
    subj_end: int


def _content_after(masked: str, pos: int, hi: int, verb: str) -> int | None:
    """Return where the reported clause starts after a verb ending at pos, or None."""
    seg = masked[pos : min(hi, pos + 90)]
    if verb in _ASSURE:  # 'assured voters he would', not 'assured themselves of a place'
        obj = _OBJECT_CLAUSE.match(seg)
        if obj is None or (obj.group(1) and not _addressee(obj.group(1).split()[-1])):
            return None
        return pos + (obj.end() if obj.group(2) is not None else obj.start(3))
    words = seg.split()
    if verb in _WARN and words and _person_object(words[0]):
        # 'warned residents that …', 'reminded them they …'; not 'warned residents on Sunday'
        obj = _OBJECT_CLAUSE.match(seg)
        if obj is None:
            told = _TOLD_TO.match(seg)  # 'warned him not to attack'
            return pos + told.start(1) if told else None
        return pos + (obj.end() if obj.group(2) is not None else obj.start(3))
    # a word that is 'that' in lower case puts 'that' in the lower-cased segment
    for n, w in enumerate(words[:9] if "that" in seg.lower() else ()):
        if w.lower().strip(",") == "that":
            return pos + _offset(seg, words, n) + len(w)
        if w[-1] in ".;:" and not w.endswith(("Mr.", "Mrs.", "Dr.")):
            break
    if words and verb.startswith("ask") and words[0].lower() in _WH:
        return pos + _offset(seg, words, 0)  # 'asked whether the plan …'
    if len(words) > 2 and verb.startswith("call") and words[0].lower() in ("for", "on"):
        return pos + _offset(seg, words, 0)  # 'called for an inquiry', 'called on the council to …'
    if verb in _NEEDS_THAT or verb in _TELL or not words:
        return None
    if (
        words[0].lower() in _TIME_WORDS
        and (found := telling.clause_after(seg, telling=False)) is not None
    ):
        return pos + found  # 'said in a statement the …', 'said on Tuesday night the …'
    k = 0
    while len(words) - k > 1 and words[k].strip(",").lower() in _TIME_WORDS:
        k += 1  # 'said Wednesday the ferry …'
    first = APOSTROPHE.split(words[k].strip(",").lower())[0]  # 'he’s', 'they're'
    if first in _TIME_WORDS:
        return None
    if first in FUNCTION and first not in ("it", "there", "this"):
        return None
    if first.replace("-", "").isalpha() and first not in _NOT_CLAUSE:  # 'said members will help'
        return pos + _offset(seg, words, k)
    if (
        first in DETERMINERS
        or first in ("he", "she", "they", "we", "i", "it", "there")
        or words[k][:1].isupper()
        or words[k][:1].isdigit()
    ):
        return pos + _offset(seg, words, k)
    return None


def _person_object(word: str) -> bool:
    """Return whether a lower-case word after a verb of warning is its object (people)."""
    word = APOSTROPHE.split(word.strip(",.;:"))[0]
    return word.islower() and (word in telling.OBJECT_PRONOUNS or word in telling.ADDRESSEES)


def _addressee(word: str) -> bool:
    """Return whether the last word of an object of 'assured'/'informed' names people."""
    if word[:1].isupper():  # 'assured Ana Ruiz she would'
        return True
    word = APOSTROPHE.split(word)[0]
    return word in telling.OBJECT_PRONOUNS or word in telling.ADDRESSEES or word in lexicon().titles


def _offset(seg: str, words: list[str], n: int) -> int:
    """Return where the n-th of seg's whitespace-separated words starts in seg."""
    at = 0
    for word in words[:n]:
        at = seg.find(word, at) + len(word)
    return seg.find(words[n], at)


def find_reported(masked: str, lo: int, hi: int) -> Reported | None:
    """Return the indirect quote of the sentence masked[lo:hi] (no quote marks inside), or None."""
    found = verbs_in(masked, lo, hi)
    for m in found[:_MAX_VERBS]:
        verb = m.group()
        if "_".join(verb.split()) in _DIRECT_ONLY:  # 'had written': had_written
            continue
        if (
            verb in _ASSURE
            and telling.TRAILER.search(masked, lo, found[-1].start())
            and len(masked[found[-1].end() : hi].split()) <= 3
        ):
            continue  # 'He assured that …, the office said.': the later cue reports it
        if verb.lower() == "according to":
            verb = "according to"
            subj = subject_after(masked, m.end() + 1, hi, group=True)
            if not subj:
                continue
            if masked[lo : m.start()].strip(_TRAIL):  # '…, according to X.'
                end = m.start()
                start = lo
            else:  # 'According to X, …'
                comma = masked.find(",", subj[1], hi)
                if comma < 0:
                    continue
                start, end = comma + 1, hi
            return _make(masked, start, end, verb, m.start(), subj)
        before = masked[lo : m.start()].rstrip()
        if before.endswith(","):
            # '…, said Jane Roe(, a professor …).': the phrase without its post-modifiers must
            # end the sentence ('…, criticized the party's platform on abortion.' is no cue)
            head = noun_phrase_after(masked, m.end() + 1, hi, group=True)
            rest = masked[head[1] : hi].strip(_TRAIL + "()") if head else ""
            if head and (not rest or masked[head[1]] == ","):
                subj = with_modifiers(masked, head, hi)
                return _make(masked, lo, lo + len(before) - 1, verb, m.start(), subj)
        inner = _parenthetical(masked, lo, hi, m)
        if inner:
            return inner
        content = _content_after(masked, m.end(), hi, verb)
        told = None  # no 'that': 'told reporters the sheds were …', 'warned the crews the …'
        if verb in telling.TELLING and (content is None or not masked[m.end() : content].strip()):
            people = _addressee if verb in _ASSURE else None
            told = telling.told_clause(masked, lo, m, hi, found[-1], people)
        content = told or content
        # with no clause after the verb, only '…, X said (a few words).' below can report: not
        # without a comma before the verb (so before the subject) or with more words after it
        if content is None and (
            masked.find(",", lo, m.start()) < 0
            or len(masked[m.end() : hi].strip(_TRAIL).split()) > _TAIL_WORDS
        ):
            continue
        subj = with_phrase(masked, lo, subject_before(masked, lo, m.start()), m.start())
        if subj and (start := joint_start(masked, lo, subj)) is not None:
            subj = start, subj[1]  # 'Ruiz and Reyes said the …': both of them
        if subj is None:  # 'The mayor, who was re-elected in May, said'
            subj = relative_subject(masked, lo, m.start())
        joined = False
        if subj is None:
            bare = _BARE.search(masked, lo, m.start())  # '…, police said.'
            if bare and bare.group(1) in ("and", "but"):  # 'Roe toured the farms, and said …'
                subj = clause_subject(masked, lo, bare.start(1))
                joined = subj is not None and content is not None
            elif bare and bare.group(1) == "who":  # "Roe, who said the …"
                subj = subject_before(masked, lo, bare.start())
                if subj and _OBJECT_OF.search(masked, max(lo, subj[0] - 12), subj[0]):
                    subj = None  # 'a lawyer for Jane Roe, who said …': the lawyer, maybe
                joined = subj is not None and content is not None
            else:
                subj = bare.span(1) if bare and bare.group(1) not in FUNCTION else None
        gap = masked[subj[1] : m.start()] if subj else ""
        if not subj or (len(gap) > 40 and not gap.lstrip().startswith(",") and not joined):
            continue
        person = told is not None or verb in telling.PERSON_SUBJECT_VERBS
        if person and not telling.person_subject(masked, subj):
            continue  # 'The smoke reminded residents (that) …'
        if joined:
            return _make(masked, content, hi, verb, m.start(), subj)
        tail = masked[m.end() : hi].strip(_TRAIL)
        if content is None and len(tail.split()) <= _TAIL_WORDS:
            subj = (lead_start(masked, lo, subj) or subj[0]), subj[1]  # '…, riot police said.'
        head = masked[lo : subj[0]]
        if head.rstrip().endswith(",") and len(tail.split()) <= _TAIL_WORDS:
            if object_tail(verb, tail, "" if content is None else masked[content:hi]):
                continue  # '…, lawmakers criticized the decision.': no cue
            comma = lo + len(head.rstrip()) - 1
            described = gap.strip() == ","  # 'The port chief, Jane Roe, said'
            if not described and not lead_phrase(head):  # '…, the senator said Monday.'
                return _make(masked, lo, comma, verb, m.start(), subj)
            # 'In a statement, the port said it would close.': a lead phrase or the description
            # of the subject is not content; a short clause after the verb is, when it ends the
            # sentence (not cut at a quote); with none, the head is when it is a clause ('At
            # least 40 people were killed, officials said.'), cut before a description
            if not masked[lo:hi].rstrip(" \x00\t\"”'’").endswith((".", "!", "?")):
                continue
            found = None if content is None else _make(masked, content, hi, verb, m.start(), subj)
            if found is None and described:  # '…, the harbour master, Jane Roe, said.'
                comma = masked.rfind(",", lo, comma)
            if found is None and comma > lo and clause_head(masked[lo:comma]):
                found = _make(masked, lo, comma, verb, m.start(), subj)
            if found is not None:
                return found
            continue
        if head.rstrip().lower().endswith(_NOT_SUBJECT_AFTER):
            continue  # the phrase is an object ('to Trump said'), not a subject
        if content is not None:
            return _make(masked, content, hi, verb, m.start(), subj)
    return None


def _parenthetical(masked: str, lo: int, hi: int, m: re.Match[str]) -> Reported | None:
    """Return the reported sentence around a cue set off by commas ('Still, Roe said, the …')."""
    if not masked.startswith(", ", m.end()) or m.group() in _TELL:
        return None
    subj = subject_before(masked, lo, m.start())
    if subj is None or not masked[lo : subj[0]].rstrip().endswith(","):
        bare = _BARE.search(masked, lo, m.start())  # '…, many economists say, because …'
        subj = bare.span(1) if bare and bare.group(1).endswith("s") else subj
        if subj is None or not masked[lo : subj[0]].rstrip().endswith(","):
            return None
    head = masked[lo : subj[0]].rstrip(" ,")
    start = m.end() + 2 if len(head.split()) <= 4 else lo  # 'In any case, Roe said, the …'
    return _make(masked, start, hi, m.group(), m.start(), subj)


def _make(
    masked: str, start: int, end: int, verb: str, vpos: int, subj: tuple[int, int]
) -> Reported | None:
    while start < end and masked[start] in _TRAIL:
        start += 1
    while end > start and masked[end - 1] in _TRAIL:
        end -= 1
    if len(masked[start:end].split()) < 3:
        return None
    return Reported(start, end, verb, vpos, subj[0], subj[1])
