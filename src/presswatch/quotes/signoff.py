"""A line beside a paragraph that is one quote names its speaker ('- Jane Roe.', 'Jane Roe, X.')."""

from __future__ import annotations

import re

from presswatch.quotes.cue import Cue
from presswatch.quotes.inherit import Item
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.marks import Span
from presswatch.quotes.speakers import DocSpeakers

# a dash, a run of capitalised words and an optional comma description: '- Jane Roe.',
# '— Tom Reyes, in a debate on Monday.' (not '– A long night –.', '- Jane Roe looks back …')
_SIGN_OFF = re.compile(
    r"\s*([-–—―]) ?((?:[A-Z][\w.'’-]*\s){0,4}[A-Z][\w'’-]*)(?:, [^\n\x00]{1,80}?)?\.?\s*"
)
# a name line: two to four capitalised words, a comma and a description, nothing else
# ('Ana Ruiz, Tarn Policy Institute.', 'Tom Reyes, 51, teacher')
_NAME_LINE = re.compile(
    r"\s*((?:[A-Z][\w.'’-]*\s){1,3}[A-Z][\w'’-]*), ([^\n\x00]{2,80}?)\.?([\"”]?)\s*"
)
# words no name line's description holds: a clause ('who …'), an address ('Tom, you …'), a caption
_NOT_IN_LINE = lexicon().sets["name_line_stopwords"]
# a tail that is no description of the speaker: an address or list ('@', ';'), a second sentence
# ('7. Strong in the air.'), a rating number before text ('8 Two goals')
_NOT_DESCRIPTION = re.compile(r"[@;]|[.!?] +[A-Z]|, \d+\.? +[A-Za-z]")
_PRESS = lexicon().sets["press_words"]
_PAST = lexicon().sets["past_forms"]


def lone_quote(masked: str, lo: int, hi: int, spans: list[Span]) -> bool:
    """Return whether the paragraph masked[lo:hi] is one closed quote and nothing else."""
    if len(spans) != 1 or not spans[0].closed:
        return False
    span = spans[0]
    return not masked[lo : span.open_at].strip() and not masked[span.close_at : hi].strip(" .")


def label_lines(
    masked: str,
    doc: DocSpeakers,
    paras: list[tuple[int, int, int]],
    spans_by_para: list[list[Span]],
    n: int,
    direct: list[Item],
) -> None:
    """Give a lone quote paragraph n's cue-less quotes the speaker a sign-off or name line names."""
    if not direct:
        return
    lo, hi = paras[n][1], paras[n][2]
    if not lone_quote(masked, lo, hi, spans_by_para[n]):
        if _open_lone(masked, lo, spans_by_para[n]) and n + 1 < len(paras):
            # a quote left open above its name line, the mark closing after it: '“… / Ana Ruiz, X.”'
            found = _name_line(masked, doc, paras[n + 1], closing=True)
            _credit(direct, found)
        return
    if n + 1 < len(paras):
        sign_off(masked, doc, paras[n + 1][1], paras[n + 1][2], direct)  # '- Jane Roe.'
    if all(it.speaker is not None for it in direct):
        return
    # name lines and lone quotes alternating, two quotes or more: a run opening with a name line
    # has them above each quote ('Ana Ruiz, X.' / quote), one closing with a name line below
    memo: dict[int, tuple[str, int, int] | None] = {}

    def line(i: int) -> tuple[str, int, int] | None:  # each paragraph resolved once
        if i not in memo:
            memo[i] = _name_line(masked, doc, paras[i])
        return memo[i]

    k = j = n
    while k >= 2 and line(k - 1) and _lone(masked, paras, spans_by_para, k - 2):
        k -= 2
    while j + 2 < len(paras) and line(j + 1) and _lone(masked, paras, spans_by_para, j + 2):
        j += 2
    above = k >= 1 and line(k - 1) is not None
    below = j + 1 < len(paras) and line(j + 1) is not None
    if j == k or above == below:
        return  # one quote, or no side clear ('Tom Reyes, Lisk' byline above a signed run)
    found = line(n - 1 if above else n + 1)
    _credit(direct, found)


def _credit(direct: list[Item], found: tuple[str, int, int] | None) -> None:
    """Give the speakerless quotes the speaker of a name line, if one was found."""
    if found:
        speaker, s, e = found
        for it in direct:
            if it.speaker is None and it.cue is None and it.surface is None:
                it.cue = Cue(s, e, s, e, "—")
                it.speaker, it.surface, it.confidence, it.rule = speaker, (s, e), 0.7, "name line"


def _open_lone(masked: str, lo: int, spans: list[Span]) -> bool:
    """Return whether a paragraph is one quote, opened at its start and left open."""
    return len(spans) == 1 and not spans[0].closed and not masked[lo : spans[0].open_at].strip()


def _lone(
    masked: str, paras: list[tuple[int, int, int]], spans_by_para: list[list[Span]], k: int
) -> bool:
    """Return whether paragraph k is one closed quote and nothing else."""
    return lone_quote(masked, paras[k][1], paras[k][2], spans_by_para[k])


def _name_line(
    masked: str, doc: DocSpeakers, para: tuple[int, int, int], closing: bool = False
) -> tuple[str, int, int] | None:
    """Return (speaker, start, end) of a paragraph that is a person's name and a description."""
    m = _NAME_LINE.fullmatch(masked, para[1], para[2])
    if m is None or bool(m.group(3)) != closing:
        return None
    if _byline(", " + m.group(2)) or not _NOT_IN_LINE.isdisjoint(re.findall(r"\b[a-z]+\b", m[2])):
        return None
    s, e = m.span(1)
    speaker, person = doc.resolve(masked[s:e], s)
    return (speaker, s, e) if speaker and person else None


def sign_off(masked: str, doc: DocSpeakers, lo: int, hi: int, direct: list[Item]) -> None:
    """Give the cue-less quotes the speaker a sign-off line masked[lo:hi] names, if it is one."""
    m = _SIGN_OFF.fullmatch(masked, lo, hi)
    if m is None:
        return
    s, e = m.span(2)
    speaker, person = doc.resolve(masked[s:e], s)
    if not person or _byline(masked[e : m.end()]):
        return  # '— Reuters', '— Tom Reyes, Staff Writer': a credit, not the quote's speaker
    for it in direct:
        if it.speaker is None:  # a quote's own or carried speaker stays
            it.cue = Cue(m.start(1), m.end(1), s, e, "—")
            it.speaker, it.surface, it.confidence, it.rule = speaker, (s, e), 0.8, "sign-off"


def _byline(tail: str) -> bool:
    """Return whether the text after a sign-off's name makes the line a byline or a sentence."""
    # '— Tom Reyes, Staff Writer', '— Jane Roe, a retired teacher, lives in Lisk.',
    # '— Tom Reyes, the opposition leader, disagreed and walked out.'
    if _NOT_DESCRIPTION.search(tail):
        return True
    words = re.findall(r"[\w'’]+", tail.lower())
    if any(w in _PRESS for w in words):
        return True
    return any(_finite(seg.split()) for seg in tail.split(","))


def _finite(words: list[str]) -> bool:
    """Return whether a comma segment opens with a finite verb ('lives', 'writes', 'walked')."""
    w = words[0] if words else ""
    if not w.isalpha() or not w.islower():
        return False  # 'a retired teacher', 'in a debate', 'Harbour Post'
    if w in _PAST or (len(w) > 4 and w.endswith("ed")):
        return True
    # an '-s' verb, not a plural noun before 'of' ('friends of the harbour')
    return w.endswith("s") and not w.endswith(("ss", "us", "is")) and words[1:2] != ["of"]
