"""Frames after a quote that stands alone and name its speaker ('That is the view of Ana Ruiz.')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from presswatch.quotes import groupwords as gw
from presswatch.quotes.cue import Cue
from presswatch.quotes.cues import speaker_after
from presswatch.quotes.extents import subject_after
from presswatch.quotes.lexicon import alternation, lexicon, rows
from presswatch.quotes.namecore import name_core
from presswatch.quotes.sentences import boundaries
from presswatch.quotes.telling import person_subject
from presswatch.quotes.words import APOSTROPHE, PREPOSITIONS, personal

if TYPE_CHECKING:
    from presswatch.quotes.inherit import Item
    from presswatch.quotes.speakers import DocSpeakers

# the speaker of a frame with words after it ('how Ana Ruiz puts it'): up to six words
_SPEAKER = r"(?P<speaker>(?:[\w'’.-]+ ){0,5}?[\w'’.-]+)"
_SPACE = re.compile(r"\s*")
_TAIL_START = re.compile(r",?\s+")  # '“…,” is how …': the rest of the quote's sentence
_NUMBER = rf"(?:{alternation('frame_time_numbers')}|\d+)"
# a time phrase ends the speaker phrase ('the jury a year ago', 'critics last year')
_TIME = re.compile(
    rf"\s+(?:{_NUMBER}\s+(?:{alternation('frame_time_units')})\s+(?:{alternation('frame_time_ends')})"
    rf"|(?:{alternation('frame_time_leads')})\s+(?:{alternation('clause_time_words')})"
    rf"|{alternation('frame_time_words')})\b",
    re.I,
)
# 'That is the view of her deputy, too.': a shared view, before any relative clause
_SHARED = re.compile(rf"\b(?:{alternation('frame_shared_words')})\b", re.I)
_RELATIVE = re.compile(r",?\s+(?:who|whose|whom|which)\b")
_NON_SPEAKERS = lexicon().sets["frame_non_speakers"]
_BODIES = lexicon().sets["frame_bodies"]
_AFTER = PREPOSITIONS | {"who", "whose", "that", "which"}
# rules whose speaker the article must make a person (a given name, a title, a he/she): a
# quote-naming frame ('That quote from Harbor Lights, the film') and a causative's object
_PERSONS_ONLY = ("quoted", "caused")
Held = tuple[Cue | None, str | None, tuple[int, int] | None, float]


def _compile(words: str, slots: dict[str, str]) -> re.Pattern[str]:
    """Return the pattern of one frame: its noun, manner verb or last word as group 'verb'."""
    parts = words.split()
    keyed = [w for w in parts if w in slots] or [parts[parts.index("SPEAKER") - 1]]
    out = []
    for word in parts:
        alt = _SPEAKER if word == "SPEAKER" else f"(?:{slots.get(word, word)})"
        out.append(f"(?P<verb>{alt})" if word == keyed[0] else alt)
    # a comma may set the speaker's phrase apart ('Those words, from Ana Ruiz, …')
    if parts[-1] == "SPEAKER":  # a closing speaker phrase is read after the match, to hi
        return re.compile(r",?\s+".join(out[:-1]) + r",?\s+", re.I)
    return re.compile(r",?\s+".join(out) + r"\b", re.I)


def _frames() -> dict[str, list[tuple[re.Pattern[str], bool]]]:
    """Return the frame patterns by place ('next' or 'tail'), each with a full-name flag."""
    # a QUOTED frame ('That quote from X') must name its speaker in full
    table = rows("attribution_frames.txt")
    words = {row[0]: row[1].strip() for row in table}
    slots = {"NOUN": words["nouns"], "MANNER": words["manner"], "QUOTED": words["quoted"]}
    out: dict[str, list[tuple[re.Pattern[str], bool]]] = {"next": [], "tail": []}
    for row in table:
        if row[0] in out:
            out[row[0]].append((_compile(row[1].strip(), slots), "QUOTED" in row[1]))
    return out


_FRAMES = _frames()


def _speaks(masked: str, subj: tuple[int, int]) -> bool:
    """Return whether a frame's speaker span names a person, a group or a body."""
    words = [APOSTROPHE.split(w.strip(",.").lower())[0] for w in masked[subj[0] : subj[1]].split()]
    # the head: the word before a post-modifier ('a new study by the bank') or the last
    head = next(w for k, w in enumerate(words) if k + 1 == len(words) or words[k + 1] in _AFTER)
    if head in _NON_SPEAKERS:
        return False
    return (
        person_subject(masked, subj)
        or gw.people_noun(head)
        or gw.bare_plural(head)
        or head in _BODIES
        or head in lexicon().org_words
    )


def _full_name(phrase: str) -> bool:
    """Return whether a speaker phrase ends in a name of two words or more."""
    words = name_core(phrase)
    return len(words) > 1 and phrase.rstrip(" ,.").endswith(words[-1])


def _closing_speaker(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the speaker span a frame's closing phrase gives in masked[lo:hi], else None."""
    if time := _TIME.search(masked, lo, hi):
        hi = time.start()
    subj = subject_after(masked, lo, hi, group=True)
    if subj is None:
        return None
    subj = speaker_after(masked, subj, hi)
    rest = _RELATIVE.search(masked, subj[1], hi)
    if _SHARED.search(masked, subj[1], rest.start() if rest else hi):
        return None  # '… of her deputy, too': another shares the quote's view
    return subj


def _match(masked: str, lo: int, hi: int, where: str) -> tuple[Cue, bool] | None:
    """Return the cue of a frame of kind where opening masked[lo:hi] and if it names the quote."""
    for frame, named in _FRAMES[where]:
        m = frame.match(masked, lo, hi)
        if m is None:
            continue
        if "speaker" in m.groupdict():  # 'how Ana Ruiz puts it': the whole run is one phrase
            s_lo, s_hi = m.span("speaker")
            subj = subject_after(masked, s_lo, s_hi)
            if subj is None or subj[1] != s_hi:
                continue
        elif (subj := _closing_speaker(masked, m.end(), hi)) is None:
            continue
        if "\x00" in masked[subj[0] : subj[1]] or not _speaks(masked, subj):
            continue
        # a phrase read before the sentence's verb ends badly ('from the mayor still hangs'):
        # only a full name ending it counts ('That quote from Ana Ruiz appeared …')
        if named and not _full_name(masked[subj[0] : subj[1]]):
            continue
        return Cue(m.start("verb"), m.end("verb"), subj[0], subj[1], m.group("verb")), named
    return None


def tail_frame(masked: str, close_at: int, s_hi: int) -> Cue | None:
    """Return the cue of a frame ending the quote's own sentence ('“…,” is how X puts it.')."""
    tail = _TAIL_START.match(masked, close_at, s_hi)
    found = _match(masked, tail.end(), s_hi, "tail") if tail else None
    return found[0] if found else None


def next_frame(masked: str, s_hi: int, end: int, hi: int) -> tuple[Cue, bool] | None:
    """Return the cue of a frame opening masked[s_hi:end] or the next paragraph, and if named."""
    if s_hi < hi:
        start = _SPACE.match(masked, s_hi, end).end()
    else:  # the quote ends its paragraph: the next one's first sentence
        start = _SPACE.match(masked, s_hi).end()
        line = masked.find("\n", start)
        bounds = boundaries(masked, start, len(masked) if line < 0 else line)
        end = bounds[1] if len(bounds) > 1 else start
    return _match(masked, start, end, "next")


def hold_unproven(doc: DocSpeakers, direct: list[Item]) -> Held | None:
    """Return the speaker state a person-naming frame gave the first quote, taken off it."""
    # a speaker carried from before comes first; a speaker the article makes no person goes
    held = None
    for n, it in enumerate(direct):
        if it.rule not in _PERSONS_ONLY:
            continue
        if it.speaker and _person(doc, it.speaker):
            if it.rule == "caused" or n:
                continue
            held = it.cue, it.speaker, it.surface, it.confidence
            it.cue = None  # a carried speaker may come first
        # an unproven cue stays, so no neighbour's speaker enters a quote its sentence credits
        it.speaker, it.surface, it.confidence, it.rule = None, None, 0.4, "unproven"
    return held


def _person(doc: DocSpeakers, name: str) -> bool:
    """Return whether the article makes a name a person's (given name, title, he/she)."""
    words = name.split()
    if personal(words) or doc.gender(name):
        return True
    fulls = doc.fulls.get(words[0].lower(), []) if len(words) == 1 else []
    return any(personal(full.split()) for _, full in fulls)


def restore_held(direct: list[Item], held: Held | None) -> None:
    """Give a held frame's speaker back to the first quote if nothing before gave it one."""
    if held and direct[0].speaker is None and not direct[0].surface:
        it = direct[0]
        it.cue, it.speaker, it.surface, it.confidence = held
        it.rule = "frame"
