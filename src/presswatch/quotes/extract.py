"""Direct and indirect quote extraction with speaker attribution for one article."""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from presswatch.quotes.antecedents import asked_person, opening_subject
from presswatch.quotes.askers import ASKED, PASSIVE_AUX
from presswatch.quotes.carried import LastSubject, colon_intro, narrative_subject
from presswatch.quotes.cue import Cue
from presswatch.quotes.cues import clause_subject
from presswatch.quotes.describing import described_speaker, forget_heads
from presswatch.quotes.docindex import cue_sentences, doc_names, verbless
from presswatch.quotes.echoes import echo_speakers
from presswatch.quotes.frames import hold_unproven, restore_held
from presswatch.quotes.holders import label_holder
from presswatch.quotes.indirect import find_reported
from presswatch.quotes.inherit import Item, inherit, words_of
from presswatch.quotes.ledes import roles_named
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.marks import Span, dash_spans, find_spans, mark_list, mask
from presswatch.quotes.possessed import addressee
from presswatch.quotes.roles import ROLE_OPENING, role_opening
from presswatch.quotes.scarequotes import looks_like_title
from presswatch.quotes.sentences import LazyBounds, boundaries, paragraphs, skip_datelines
from presswatch.quotes.signoff import label_lines
from presswatch.quotes.spancue import cue_for_span, opening_clause_main
from presswatch.quotes.speakers import DocSpeakers
from presswatch.quotes.words import DOC_NAMES
from presswatch.records import Quote

_WORDS = lexicon().sets
_LABELS = _WORDS["labels"]
_STANCE = lexicon().stance
# a cue verb after a dialogue dash, alone or after 'he'/'she'/'they' or 'the' and a noun
# ('— …, — stressed Roe.', '— …, — she said.', '— …, — Ivanov said.'; not 'we reported')
_CUE_WORD = re.compile(
    r"(?:(?:he|she|they|the [a-z]+|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) )?"
    + lexicon().verb_re.pattern.removeprefix(r"\b")
)

# a leading phrase and its comma, then a (lightly modified) capitalised word
_LEAD_PHRASE = re.compile(r"\s*[^,\x00\n]{2,120}, ((?:[a-z]+ ){0,3}[A-Z])")
_TRANSCRIPT = re.compile(r"([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)?):\s")

_PROMINENCE = ("headline", "lede", "lede", "lede")  # by paragraph index, then 'body'


def extract_quotes(text: str) -> list[Quote]:
    """Return the article's direct and indirect quotes, sorted by start and non-overlapping."""
    if not isinstance(text, str) or not text.strip():
        return []
    paras = skip_datelines(text, list(paragraphs(text)))
    marks = mark_list(text)
    starts = [i for i, _ in marks]
    spans_by_para = []
    for i, lo, hi in paras:
        k = bisect.bisect_left(starts, lo)
        j = bisect.bisect_left(starts, hi, k)
        found = find_spans(text, lo, hi, i == 0, marks[k:j]) if i == 0 or k < j else []
        if not found and text[lo] in "—–":
            found = dash_spans(text, lo, hi, _CUE_WORD)
        spans_by_para.append([s for s in found if not looks_like_title(text, s, lo)])
    parts: list[str] = []
    pos = 0
    for (_, lo, hi), spans in zip(paras, spans_by_para, strict=True):
        if spans:  # a paragraph without quotes stays as it is
            parts.append(text[pos:lo])
            parts.append(mask(text, lo, hi, spans))
            pos = hi
    parts.append(text[pos:])
    masked = "".join(parts)
    names = doc_names(text)  # 'Theresa May': 'May' is a name everywhere in this article
    token = DOC_NAMES.set(names) if names else None
    try:
        return _extract(text, paras, spans_by_para, masked)
    finally:
        forget_heads()  # the article's noted heads: kept alive by the thread otherwise
        if token is not None:
            DOC_NAMES.reset(token)


def _extract(
    text: str, paras: list[tuple[int, int, int]], spans_by_para: list[list[Span]], masked: str
) -> list[Quote]:
    """Return the quotes of an article whose quote marks are paired and masked."""
    doc = DocSpeakers(text)
    items: list[Item] = []
    carry: Item | LastSubject | None = None  # speaker carried into the next paragraph
    carry_open = False
    open_back: list[Item] = []  # speakerless quotes left open, continued by the next paragraph
    for n, ((idx, lo, hi), spans) in enumerate(zip(paras, spans_by_para, strict=True)):
        if not spans and verbless(masked, lo, hi) and masked.find("According to", lo, hi) < 0:
            # no quote and no cue verb: nothing to extract, only subjects to note on demand
            bounds = LazyBounds(masked, lo, hi)
            doc.later(functools.partial(_note_subjects, masked, doc, bounds))
            direct = []
        else:
            bounds = LazyBounds(masked, lo, hi, boundaries(masked, lo, hi))
            para_items = _paragraph(text, masked, doc, idx, bounds.get(), spans, carry, carry_open)
            items.extend(para_items)
            direct = [it for it in para_items if it.kind == "direct"]
            label_lines(masked, doc, paras, spans_by_para, n, direct)  # '- Jane Roe.'
        open_back = _fill_back(open_back, direct, spans, lo)
        if direct:
            carry, carry_open = direct[-1], not spans[-1].closed
            last = direct[-1]
            if carry_open and last.speaker is None and last.cue is None and not _told(text, last):
                open_back.append(last)
        elif masked[hi - 1] == ":":  # as masked[lo:hi].rstrip(): a paragraph ends in no space
            carry, carry_open = colon_intro(masked, doc, idx, bounds.get()), True
        else:
            carry, carry_open = LastSubject(masked, doc, idx, bounds), False
            doc.later(carry)
    doc.drop_later()
    roles_named(text, doc, items, paras)  # repeated lines, the lede's and headline's roles
    if paras and paras[0][0] == 0:
        echo_speakers(text, doc, items, paras[0][1], paras[0][2])
    kept: list[Item] = []
    for it in sorted(items, key=lambda it: (it.start, it.kind != "direct")):
        if it.end > it.start and (not kept or it.start >= kept[-1].end):
            kept.append(it)
    return [_to_quote(text, it) for it in kept]


# ', union leader Jane Roe told', ', the drivers said', ', said …': a cue after a comma
_TOLD_BY = re.compile(r",\s+(?:[\w'’.-]+\s+){0,5}$")


def _told(text: str, it: Item) -> bool:
    """Return True when an open quote holds its own cue ('…, union leader Jane Roe told …')."""
    # a closing mark left out: the rest of the paragraph is narrative, not the next speaker's
    seg = text[it.start : it.end]
    for m in lexicon().verb_re.finditer(seg):
        if _TOLD_BY.search(seg, max(0, m.start() - 60), m.start()):
            return True
    return False


def _fill_back(waiting: list[Item], direct: list[Item], spans: list[Span], lo: int) -> list[Item]:
    """Give a quote run over paragraphs the speaker its last paragraph names; return those left."""
    # '“First part …' / '“… and the rest,” said Jane Roe.': one quote, one speaker
    if not waiting or not direct or not spans or spans[0].open_at != lo:
        return []
    first = direct[0]
    if first.start != spans[0].start:
        return []
    if first.speaker is None:
        return waiting  # the chain goes on: a later paragraph may name the speaker
    for it in waiting:
        it.speaker, it.surface, it.cue = first.speaker, first.surface, first.cue
        it.confidence, it.rule = min(first.confidence, 0.6), "continued-back"
    return []


def _note_subjects(masked: str, doc: DocSpeakers, bounds: list[int] | LazyBounds) -> None:
    """Note the named subject of each sentence of a paragraph as a pronoun antecedent."""
    if isinstance(bounds, LazyBounds):
        bounds = bounds.get()
    for b_lo, b_hi in itertools.pairwise(bounds):
        _note_subject(masked, doc, b_lo, b_hi)


def _note_subject(masked: str, doc: DocSpeakers, b_lo: int, b_hi: int) -> None:
    """Note the named subject of the sentence masked[b_lo:b_hi] as a pronoun antecedent."""
    if asked := asked_person(masked, b_lo, b_hi):  # 'asking Roe whether he …'
        doc.note_subject(asked.group(1), asked.start(1))
    comma = masked.find(", ", b_lo, b_hi) >= 0
    subj, desc, person = opening_subject(masked, b_lo, b_hi, comma)
    noted = subj is not None and doc.note_subject(subj.group(1), subj.start(1), person=person)
    if noted or (desc and doc.described(*desc, True)):
        return  # (described() only when needed: it may build the article's descriptions)
    if (role := ROLE_OPENING.match(masked, b_lo, b_hi)) and (named := role_opening(role)):
        noted = doc.note_subject(*named)  # 'Benfica coach Rui Santos was …'
    if not noted and comma and (lead := _LEAD_PHRASE.match(masked, b_lo, b_hi)):
        # 'After the harbour vote, board chair Jane Roe was …'
        span = clause_subject(masked, lead.start(1), min(b_hi, b_lo + 200))
        if span:
            doc.note_subject(masked[span[0] : span[1]], span[0])
    elif not noted and (span := opening_clause_main(masked, b_lo, b_hi)):  # after 'In a clip that'
        doc.note_subject(masked[span[0] : span[1]], span[0])


def _paragraph(
    text: str,
    masked: str,
    doc: DocSpeakers,
    idx: int,
    bounds: list[int],
    spans: list[Span],
    carry: Item | LastSubject | None,
    carry_open: bool,
) -> list[Item]:
    """Return the quote items of one paragraph, speakers resolved in text order."""
    lo, hi = bounds[0], bounds[-1]
    direct: list[Item] = []
    for n, span in enumerate(spans):
        cue, conf, rule = cue_for_span(text, masked, bounds, spans, n, hi)
        # (no speaker or surface yet; by position: dataclass keywords cost a third more)
        if rule == "frame" and n == 0 and carry_open and isinstance(carry, Item) and carry.surface:
            cue, conf = None, 0.4  # a quote continued from the paragraph before keeps its speaker
        item = Item(span.start, span.end, "direct", idx, cue, None, None, conf, rule)
        speaker = _TRANSCRIPT.match(text, span.start, span.end)
        # a capitalised label and a colon opening the quote names its speaker, unless a word of
        # it is a generic line label (a news-desk heading, not a person)
        if speaker and not _LABELS.intersection(speaker.group(1).lower().split()):
            item.cue = Cue(speaker.end(1), speaker.end(), span.start, speaker.end(1), ":")
            item.rule = "transcript"
        direct.append(item)
    reported: list[Item] = []
    doc.later(functools.partial(_note_subjects, masked, doc, bounds))
    for b_lo, b_hi in cue_sentences(masked, bounds):  # not those without a cue verb
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
            reported.append(Item(rep.start, rep.end, "indirect", idx, cue, None, None, 0.5))
    cued = [it for it in direct + reported if it.cue]
    if len(cued) > 1:
        cued.sort(key=lambda it: it.cue.subj_start)
    for it in cued:
        if masked.startswith("(", it.cue.subj_start):  # '(Jane Roe, who …, once said, “…”)'
            it.cue.subj_start += 1
        surface = masked[it.cue.subj_start : it.cue.subj_end]
        weak = it.cue.verb == "" or it.cue.verb.endswith("ing") or it.cue.verb == ":"
        if weak and " " not in surface.strip() and surface[:1].isupper() and not doc.known(surface):
            if it.cue.verb == ":" and (label := _label_speaker(doc, surface)):
                it.speaker, it.surface = label, (it.cue.subj_start, it.cue.subj_end)
                continue  # 'PM: “…”' when one prime minister is named; 'Police: “…”'
            it.cue, it.confidence = None, 0.4  # 'Pressure is building …': not a name
            continue
        whole = it.cue.subj_start, it.cue.subj_end  # an extended description: by its head
        it.speaker, it.surface = described_speaker(doc, masked, whole, whole[0] > it.cue.verb_start)
        it.surface = doc.pronoun_of.get(it.cue.subj_start, it.surface)  # ('he': 'a reporter')
        if to := addressee(masked, it.cue):  # 'Roe's reply to Doe: “…” He said': Doe is latest
            doc.resolve(masked[to[0] : to[1]], to[0])
        if it.cue.verb in ASKED and it.cue.subj_start > it.cue.verb_start:
            # 'Roe was asked by Doe whether “…”': Roe, who answers, stays the one 'he' means
            k = bisect.bisect_right(bounds, it.cue.verb_start) - 1
            start = bounds[max(k, 0)]
            lead = ""  # the asked is four words at most: a long lead is none (nor scanned)
            if it.cue.verb_start - start <= 80:
                lead = PASSIVE_AUX.sub("", masked[start : it.cue.verb_start])  # 'She was'
            if lead.strip() and len(lead.split()) <= 4:
                name, _ = doc.resolve(lead.strip(), start)  # 'She' before Doe was named
                if name:
                    doc.note_name(it.cue.subj_end, name)
    held = hold_unproven(doc, direct)  # 'That quote from X' fills no carried speaker's quote
    if isinstance(carry, LastSubject):
        carry = carry.item() if direct and direct[0].cue is None else None  # else unread
    if direct and direct[0].cue is None:  # 'Roe spoke next. “…”': the sentence before
        carry = narrative_subject(masked, doc, idx, bounds, spans[0]) or carry
    inherit(text, direct, spans, carry, carry_open, lo)
    restore_held(direct, held)
    return [
        it for it in direct if it.surface or len(words_of(text[it.start : it.end])) > 4
    ] + reported


def _label_speaker(doc: DocSpeakers, label: str) -> str | None:
    """Return the speaker a one-word label before a colon names (a title's holder, a body)."""
    if label.lower().strip(" .:") in lexicon().org_words:
        return label.strip(" .:")
    return label_holder(doc.text, doc.roles, doc.fulls, label)


def _to_quote(text: str, it: Item) -> Quote:
    s_lo, s_hi = it.surface if it.surface else (None, None)
    surface = text[s_lo:s_hi] if s_lo is not None else None
    verb = it.cue.verb if it.cue else None
    # the fields in order: a frozen dataclass built from keywords costs a quarter more
    return Quote(
        it.start,
        it.end,
        text[it.start : it.end],
        it.kind,
        it.speaker,
        surface,  # speaker_surface, speaker_start, speaker_end
        s_lo,
        s_hi,
        verb,  # cue
        _STANCE.get((verb or "").lower(), "neutral"),  # stance
        it.para,  # paragraph
        _PROMINENCE[it.para] if it.para < 4 else "body",  # prominence
        it.confidence if it.speaker else min(it.confidence, 0.5),  # confidence
    )
