"""Direct and indirect quote extraction with speaker attribution for one article."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from presswatch.quotes.cues import Cue, clause_subject, cue_before, cue_for_span, stance_of
from presswatch.quotes.indirect import find_reported
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.marks import Span, find_spans, mask
from presswatch.quotes.sentences import boundaries, paragraphs
from presswatch.quotes.speakers import DocSpeakers
from presswatch.records import Quote

_WORDS = lexicon().sets
_SMALL = _WORDS["small"]
_TITLE_LEAD = re.compile(
    r"(?:\b(?:show|book|film|movie|song|album|program|programme|series|titled|entitled|"
    r"headlined|nicknamed|dubbed|so-called|known as|term|phrase|word|slogan|hashtag|"
    r"ad|video|column|op-ed|article|episode|podcast)|’s|'s)\s*$",
    re.IGNORECASE,
)


# a leading phrase and its comma, then a (lightly modified) capitalised word
_LEAD_PHRASE = re.compile(r"\s*[^,\x00\n]{2,80}, ((?:[a-z]+ ){0,3}[A-Z])")
_NAME_WHO = re.compile(r"\s*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*), who\b")
_ALNUM = re.compile(r"[^\W_]")  # a letter or digit: what str.isalnum accepts
_TRANSCRIPT = re.compile(r"([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)?):\s")
# A sentence opening with a capitalised name and then a verb-like word ('Roe said', 'Roe has').
_SUBJECT = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*),?\s+(?:[a-z]+\s+){0,2}[a-z]+(?:ed|s)\b"
)


@dataclass(slots=True)
class _Item:
    """A quote candidate while its speaker is worked out."""

    start: int
    end: int
    kind: str
    para: int
    cue: Cue | None = None
    speaker: str | None = None
    surface: tuple[int, int] | None = None
    confidence: float = 0.9


def _words(text: str) -> list[str]:
    return [w for w in text.split() if _ALNUM.search(w)]


def _looks_like_title(text: str, span: Span, lo: int) -> bool:
    """Return whether a quoted span is a title or scare quote rather than speech."""
    words = _words(text[span.start : span.end])
    before = text[max(lo, span.open_at - 30) : span.open_at].split()
    if (
        len(words) <= 2
        and text[span.end - 1].isalnum()
        and before
        and before[-1][:1].isupper()
        and text[span.close_at + 1 : span.close_at + 2].isupper()
    ):
        return True  # a nickname: Marcia "Cia" Price
    if text[span.end - 1] in ".!?" and len(words) > 4:
        return False
    if len(words) <= 6 and _TITLE_LEAD.search(text, max(lo, span.open_at - 40), span.open_at):
        return True
    caps = [w for w in words if w.lower() not in _SMALL]
    return len(words) >= 2 and len(words) <= 7 and all(w[0].isupper() for w in caps)


def _prominence(para: int) -> str:
    return "headline" if para == 0 else "lede" if para <= 3 else "body"


def extract_quotes(text: str) -> list[Quote]:
    """Return the article's direct and indirect quotes, sorted by start and non-overlapping."""
    if not isinstance(text, str) or not text.strip():
        return []
    paras = list(paragraphs(text))
    spans_by_para = [
        [
            s
            for s in find_spans(text, lo, hi, headline=(i == 0))
            if not _looks_like_title(text, s, lo)
        ]
        for i, lo, hi in paras
    ]
    parts: list[str] = []
    pos = 0
    for (_, lo, hi), spans in zip(paras, spans_by_para, strict=True):
        parts.append(text[pos:lo])
        parts.append(mask(text, lo, hi, spans))
        pos = hi
    parts.append(text[pos:])
    masked = "".join(parts)
    doc = DocSpeakers(text)
    items: list[_Item] = []
    carry: _Item | None = None  # speaker carried into the next paragraph
    carry_open = False
    for (idx, lo, hi), spans in zip(paras, spans_by_para, strict=True):
        bounds = boundaries(masked, lo, hi)
        para_items = _paragraph(text, masked, doc, idx, bounds, spans, carry, carry_open)
        items.extend(para_items)
        direct = [it for it in para_items if it.kind == "direct"]
        if direct:
            carry, carry_open = direct[-1], not spans[-1].closed
        elif masked[lo:hi].rstrip().endswith(":"):
            carry, carry_open = _colon_intro(masked, doc, idx, bounds), True
        else:
            carry, carry_open = _last_subject(masked, doc, idx, bounds), False
    kept: list[_Item] = []
    for it in sorted(items, key=lambda it: (it.start, it.kind != "direct")):
        if it.end > it.start and (not kept or it.start >= kept[-1].end):
            kept.append(it)
    return [_to_quote(text, it) for it in kept]


def _colon_intro(masked: str, doc: DocSpeakers, idx: int, bounds: list[int]) -> _Item | None:
    """Return a speaker-only item for a paragraph ending 'The Times reports:'."""
    hi = bounds[-1]
    cue = cue_before(masked, bounds[-2], hi) if len(bounds) >= 2 else None
    if cue is None and len(bounds) >= 2:  # 'Roe made the following comment:'
        subj = clause_subject(masked, bounds[-2], hi)
        if subj:
            cue = Cue(subj[1], subj[1], subj[0], subj[1], "")
    if cue is None:
        return None
    item = _Item(hi, hi, "direct", idx, cue)
    item.speaker, _ = doc.resolve(masked[cue.subj_start : cue.subj_end], cue.subj_start)
    item.surface = (cue.subj_start, cue.subj_end)
    return item


def _last_subject(masked: str, doc: DocSpeakers, idx: int, bounds: list[int]) -> _Item | None:
    """Return a speaker-only item for the named subject of a paragraph's last sentence."""
    subj = clause_subject(masked, bounds[-2], bounds[-1])
    if subj is None:
        return None
    surface = masked[subj[0] : subj[1]]
    if " " not in surface.strip() and not doc.known(surface):
        return None
    name, _ = doc.resolve(masked[subj[0] : subj[1]], subj[0])
    if name is None:
        return None
    item = _Item(
        -1,
        -1,
        "direct",
        idx,
        Cue(subj[1], subj[1], subj[0], subj[1], ""),
        name,
        (subj[0], subj[1]),
        0.5,
    )
    return item


def _paragraph(
    text: str,
    masked: str,
    doc: DocSpeakers,
    idx: int,
    bounds: list[int],
    spans: list[Span],
    carry: _Item | None,
    carry_open: bool,
) -> list[_Item]:
    """Return the quote items of one paragraph, speakers resolved in text order."""
    lo, hi = bounds[0], bounds[-1]
    direct: list[_Item] = []
    for n, span in enumerate(spans):
        cue, conf = cue_for_span(masked, bounds, spans, n, hi)
        item = _Item(span.start, span.end, "direct", idx, cue, confidence=conf)
        speaker = _TRANSCRIPT.match(text, span.start, span.end)
        if speaker:  # '"PENCE: Well, look, …"'
            item.cue = Cue(speaker.end(1), speaker.end(), span.start, speaker.end(1), ":")
        direct.append(item)
    reported: list[_Item] = []
    for b_lo, b_hi in itertools.pairwise(bounds):
        subj = _SUBJECT.match(masked, b_lo, b_hi) or _NAME_WHO.match(masked, b_lo, b_hi)
        # 'Solvik, who toured the town, rejected …': 'who' says it is a person
        noted = subj is not None and doc.note_subject(
            subj.group(1), subj.start(1), person=masked.startswith(", who ", subj.end(1))
        )
        if not noted and (lead := _LEAD_PHRASE.match(masked, b_lo, b_hi)):
            # 'In a statement on Monday, presidential nominee Jane Roe was …'
            span = clause_subject(masked, lead.start(1), min(b_hi, b_lo + 200))
            if span:
                doc.note_subject(masked[span[0] : span[1]], span[0])
        cut = masked.find("\x00", b_lo, b_hi)
        if cut >= 0:  # reported speech may run up to the first quote of the sentence
            cut = masked.rfind(" ", b_lo, cut)
            b_hi = max(cut, b_lo)
            if len(masked[b_lo:b_hi].split()) < 7:
                continue
        rep = find_reported(masked, b_lo, b_hi)
        if rep:
            cue = Cue(
                rep.verb_start,
                rep.verb_start + len(rep.verb),
                rep.subj_start,
                rep.subj_end,
                rep.verb,
            )
            reported.append(_Item(rep.start, rep.end, "indirect", idx, cue, confidence=0.5))
    cued = sorted((it for it in direct + reported if it.cue), key=lambda it: it.cue.subj_start)
    for it in cued:
        surface = masked[it.cue.subj_start : it.cue.subj_end]
        weak = it.cue.verb == "" or it.cue.verb.endswith("ing") or it.cue.verb == ":"
        if weak and " " not in surface.strip() and surface[:1].isupper() and not doc.known(surface):
            it.cue, it.confidence = None, 0.4  # 'Pressure is building …': not a name
            continue
        it.speaker, _ = doc.resolve(surface, it.cue.subj_start)
        it.surface = (it.cue.subj_start, it.cue.subj_end)
    _inherit(text, direct, spans, carry, carry_open, lo)
    return [
        it for it in direct if it.surface or len(_words(text[it.start : it.end])) > 4
    ] + reported


def _inherit(
    text: str,
    direct: list[_Item],
    spans: list[Span],
    carry: _Item | None,
    carry_open: bool,
    para_lo: int,
) -> None:
    """Give cue-less quotes the speaker of a neighbouring quote (news convention)."""
    # next_cued[n]: the first quote after n with a cue (one backward pass: linear, not quadratic)
    next_cued: list[_Item | None] = [None] * len(direct)
    following: _Item | None = None
    for n in range(len(direct) - 1, -1, -1):
        next_cued[n] = following
        if direct[n].cue:
            following = direct[n]
    for n, it in enumerate(direct):
        if it.cue:
            continue
        whole = spans[0].open_at == para_lo and len(spans) == 1 and it.start == spans[0].start
        source = None
        if n and direct[n - 1].surface:
            source = direct[n - 1]
        elif (
            n == 0
            and carry is not None
            and carry.surface
            and carry.start >= 0
            and (
                carry_open
                or not text[carry.end : it.start].strip(' \n"”’.,')
                or len(_words(text[it.start : it.end])) > 4
            )
        ):
            source = carry
        elif n == 0 and carry is not None and carry.start >= 0 and carry.surface and whole:
            source = carry  # a paragraph that is one quote, after a quoted paragraph
            it.confidence = 0.5
        elif (
            n == 0
            and carry is not None
            and carry.start < 0
            and spans[0].open_at == para_lo
            and len(_words(text[it.start : it.end])) > 4
        ):
            source = carry  # a quote paragraph after 'Trump speculated that …'
            it.confidence = 0.5
        else:
            source = next_cued[n]
        if source is not None and source.surface:
            it.speaker, it.surface, it.cue = source.speaker, source.surface, source.cue
            it.confidence = min(it.confidence, 0.7)
        else:
            it.confidence = 0.4


def _to_quote(text: str, it: _Item) -> Quote:
    s_lo, s_hi = it.surface if it.surface else (None, None)
    surface = text[s_lo:s_hi] if s_lo is not None else None
    verb = it.cue.verb if it.cue else None
    return Quote(
        start=it.start,
        end=it.end,
        text=text[it.start : it.end],
        kind=it.kind,
        speaker=it.speaker,
        speaker_surface=surface,
        speaker_start=s_lo,
        speaker_end=s_hi,
        cue=verb,
        stance=stance_of(verb),
        paragraph=it.para,
        prominence=_prominence(it.para),
        confidence=it.confidence if it.speaker else min(it.confidence, 0.5),
    )
