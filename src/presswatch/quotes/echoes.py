"""Headline quotes in single marks that echo a body quote ('Traders fear ‘ghost town’' over
'“It will be a ghost town,” said Jo Roe'): speech, whatever the headline's capitals, by the
speaker of the body quote that repeats the words."""

from __future__ import annotations

import re

from presswatch.quotes.agents import known_person
from presswatch.quotes.inherit import Item
from presswatch.quotes.marks import find_spans
from presswatch.quotes.speakers import DocSpeakers

_WORD = re.compile(r"\w+")
# the headline may inflect the last word otherwise than the body ('‘Triple’' for 'tripled')
_INFLECTION = r"(?:s|es|d|ed|ing)?"
# the clause before the words gives them to someone else: 'She says she is …', 'They will …'
_CLAUSE_ENDS = ".!?;:,"
_OTHERS = frozenset({"he", "she", "they", "says", "said", "claims", "claimed", "told"})
_NAMED = re.compile(r"(?:the |The )?[A-Z]")  # a name or 'the Foundation …', not 'a class of …'


def _echo(quote: str) -> re.Pattern[str] | None:
    """Return the pattern of a headline quote's words in a body quote, None for too few letters."""
    words = _WORD.findall(quote.lower())
    if sum(len(w) for w in words) < 4:
        return None
    body = r"\W+".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w){body}{_INFLECTION}(?!\w)", re.IGNORECASE)


def _speech(quote: str, pattern: re.Pattern[str]) -> bool:
    """Return whether a body quote repeats the words as speech, not as a name or title."""
    for m in pattern.finditer(quote):
        cut = max(quote.rfind(c, 0, m.start()) for c in _CLAUSE_ENDS) + 1
        if _OTHERS.intersection(_WORD.findall(quote[cut : m.start()].lower())):
            continue
        words = m.group().split()
        if not all(w[:1].isupper() for w in words):
            return True
        # 'we loved “The Harbour Years”', 'in Benghazi': capitals the body keeps, a name;
        # one capitalised word opening a sentence is speech ('“Tripled,” she said')
        if len(words) == 1 and quote[: m.start()].rstrip()[-1:] in ("", ".", "!", "?"):
            return True
    return False


def _unresolved(text: str, doc: DocSpeakers, it: Item) -> bool:
    """Return whether a headline item has no speaker, or only its own description's words."""
    if it.speaker is None:
        return True
    if it.surface is None or it.speaker.lower() != text[it.surface[0] : it.surface[1]].lower():
        return False
    return not known_person(doc, it.speaker)  # 'Housing report', 'villagers'; not 'Roe'


def echo_speakers(text: str, doc: DocSpeakers, items: list[Item], lo: int, hi: int) -> None:
    """Give the single-marked quotes of the headline text[lo:hi] the one named speaker of the
    body quotes echoing them, when the headline names no one; add those the rules dropped."""
    # the headline's spans again, titles too: title case says nothing of a title
    singles = [s for s in find_spans(text, lo, hi, True) if s.single]
    if not singles:
        return
    body = [it for it in items if it.para and it.kind == "direct" and it.speaker]
    body = [it for it in body if _NAMED.match(it.speaker)]
    quoted = [text[it.start : it.end] for it in body]
    heads = [it for it in items if it.para == 0]
    for s in singles:
        pattern = _echo(text[s.start : s.end])
        if pattern is None:
            continue
        found = {b.speaker: b for b, q in zip(body, quoted, strict=True) if _speech(q, pattern)}
        if len(found) != 1:
            continue
        source = next(iter(found.values()))
        it = next((h for h in heads if h.start < s.end and s.start < h.end), None)
        if it is None:  # a title-case span taken for a title, or too short to keep unattributed
            conf = min(source.confidence, 0.6)
            items.append(Item(s.start, s.end, "direct", 0, None, None, None, conf, "echo"))
            it = items[-1]
        elif it.kind != "direct" or it.start != s.start or not _unresolved(text, doc, it):
            continue  # 'Roe tells crowd ‘…’': the headline's own speaker
        it.speaker, it.surface, it.rule = source.speaker, source.surface, "echo"
