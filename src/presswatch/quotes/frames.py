"""Frames after a quote that stands alone and name its speaker ('That is the view of Ana Ruiz.')."""

from __future__ import annotations

import re

from presswatch.quotes.cue import Cue
from presswatch.quotes.extents import subject_after
from presswatch.quotes.lexicon import rows

# the speaker of a frame with words after it ('how Ana Ruiz puts it'): up to six words
_SPEAKER = r"(?P<speaker>(?:[\w'’.-]+ ){0,5}?[\w'’.-]+)"
_NEXT_START = re.compile(r"\s*")


def _compile(words: str, slots: dict[str, str]) -> re.Pattern[str]:
    """Return the pattern of one frame: its noun, manner verb or last word as group 'verb'."""
    parts = words.split()
    keyed = [w for w in parts if w in slots] or [parts[parts.index("SPEAKER") - 1]]
    out = []
    for word in parts:
        alt = _SPEAKER if word == "SPEAKER" else f"(?:{slots.get(word, word)})"
        out.append(f"(?P<verb>{alt})" if word == keyed[0] else alt)
    if parts[-1] == "SPEAKER":  # the speaker's phrase is read after the match
        out[-1] = ""
    joined = r"\s+".join(out) + r"\b" if out[-1] else r"\s+".join(out[:-1]) + r"\s+"
    return re.compile(joined, re.I)


def _frames() -> dict[str, list[re.Pattern[str]]]:
    """Return the frame patterns by where they stand ('next' sentence or the quote's 'tail')."""
    table = rows("attribution_frames.txt")
    words = {row[0]: row[1].strip() for row in table}
    slots = {"NOUN": words["nouns"], "MANNER": words["manner"]}
    out: dict[str, list[re.Pattern[str]]] = {"next": [], "tail": []}
    for row in table:
        if row[0] in out:
            out[row[0]].append(_compile(row[1].strip(), slots))
    return out


_FRAMES = _frames()
_TAIL_START = re.compile(r",?\s+")


def _match(masked: str, lo: int, hi: int, where: str) -> Cue | None:
    """Return the cue of a frame of kind where that starts masked[lo:hi], else None."""
    for frame in _FRAMES[where]:
        m = frame.match(masked, lo, hi)
        if m is None:
            continue
        if "speaker" in m.groupdict():  # 'how Ana Ruiz puts it': the whole run is one phrase
            s_lo, s_hi = m.span("speaker")
            subj = subject_after(masked, s_lo, s_hi)
            if subj is None or subj[1] != s_hi:
                continue
        else:
            subj = subject_after(masked, m.end(), hi)
            if subj is None:
                continue
        if "\x00" in masked[subj[0] : subj[1]]:
            continue
        return Cue(m.start("verb"), m.end("verb"), subj[0], subj[1], m.group("verb"))
    return None


def frame_after(masked: str, close_at: int, s_hi: int, hi: int, alone: bool) -> Cue | None:
    """Return the cue a frame after a quote closing at close_at gives it ('“…,” is how Ana Ruiz
    puts it.'; '“…” So says Ana Ruiz.'), the next sentence's or paragraph's when alone."""
    tail = _TAIL_START.match(masked, close_at, s_hi)
    if tail and (cue := _match(masked, tail.end(), s_hi, "tail")):
        return cue
    if not alone:
        return None
    start = _NEXT_START.match(masked, s_hi).end()
    if s_hi < hi:  # the next sentence of the paragraph
        end = hi
    else:  # the quote ends its paragraph: the next one's opening
        end = masked.find("\n", start)
        end = len(masked) if end < 0 else end
    return _match(masked, start, end, "next")
