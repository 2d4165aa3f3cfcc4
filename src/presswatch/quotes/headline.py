"""Headline quotes whose speaker is a role ('…, assures the governor', 'Japan coach …: “…”'):
the person the article's body names in that role; or whose words open a body quote."""

from __future__ import annotations

import re

from presswatch.quotes.holders import LABEL_TITLES, label_holder, qualified
from presswatch.quotes.inherit import Item
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.speakers import DocSpeakers
from presswatch.quotes.words import personal

_WORD = re.compile(r"\w+")
_HEAD_ARTICLES = frozenset({"a", "an", "the"})  # headlines drop them: 'look for compromise'
# the only words a body clause may hold before the headline's: the speaker's own voice ('We
# will …', 'And I …'); not 'She says she is …', 'They will …', 'They say …'
_OWN_LEAD = frozenset({"i", "we", "and", "but", "so"})
_CLAUSE_END = re.compile(r"(?<=[.!?…;,])\s+")  # '…, so we will build the stations first'


def _key(quote: str) -> str:
    """Return a quote's lower-case words without articles, joined and set off by spaces."""
    return " " + " ".join(w for w in _WORD.findall(quote.lower()) if w not in _HEAD_ARTICLES) + " "


def _opens(key: str, quote: str) -> bool:
    """Return whether the words of key open a clause of quote, after only _OWN_LEAD words."""
    sentences = _CLAUSE_END.split(quote)
    for n in range(len(sentences)):
        words = _key(" ".join(sentences[n:])).split()
        while words and words[0] in _OWN_LEAD and not key.startswith(f" {words[0]} "):
            words.pop(0)
        if f" {' '.join(words)} ".startswith(key):
            return True
    return False


def repeated_lines(text: str, items: list[Item]) -> None:
    """Give a cue-less headline quote the speaker of the one body quote that opens with it."""
    heads = [it for it in items if it.para == 0 and it.kind == "direct"]
    heads = [it for it in heads if not (it.cue and it.cue.verb)]  # 'X told …', resolved or not
    if not heads:
        return
    body = [it for it in items if it.para and it.kind == "direct" and it.speaker]
    quotes = [text[it.start : it.end] for it in body]
    keys = [_key(q) for q in quotes]
    for it in heads:
        key = _key(text[it.start : it.end])
        if key.count(" ") < 5:
            continue  # too short to tell a repeated line from a common phrase
        found = [
            b for b, k, q in zip(body, keys, quotes, strict=True) if key in k and _opens(key, q)
        ]
        if found and len({b.speaker for b in found}) == 1:
            it.speaker, it.surface, it.rule = found[0].speaker, found[0].surface, "repeated"


def headline_roles(text: str, doc: DocSpeakers, items: list[Item]) -> None:
    """Set the speaker of headline items named only by a role, from the body's items or titles."""
    for it in items:
        if it.para != 0 or it.surface is None:
            continue
        words = text[it.surface[0] : it.surface[1]].lower().split()
        if it.speaker is not None and (
            it.speaker.lower().split() != words or words[0] == "the" or personal(words)
        ):
            continue  # resolved to a name ('Julie Bishop'), not left as the role ('Australian PM')
        title = words[-1] if words else ""
        if len(words) > 3 or (title not in lexicon().titles and title not in LABEL_TITLES):
            continue
        mods = tuple(w for w in words[:-1] if w != "the")  # 'Japan coach': Japan's coach only
        # (not 'Warren Hammers Fargo CEO': a clause; 'PM' is 'prime minister' in the body)
        label, title = title, LABEL_TITLES.get(title, title)
        # the first body attribution whose subject holds the title with the label's modifiers
        # ('The governor of the state, Ricardo …', 'Japan head coach Takumi Ishikawa said'; not
        # 'the former governor', 'Australia coach …'), else its one holder
        for later in items:
            subject = text[later.surface[0] : later.surface[1]].lower() if later.surface else ""
            if (
                later.para
                and later.speaker
                and f" {title} " in f" {subject} "
                and all(m in subject for m in mods)
                and not qualified(subject.split(title)[0], set(mods), title.split()[-1])
            ):
                it.speaker = later.speaker
                break
        else:  # a role left as a name ('Australian PM') is kept when no holder is found
            it.speaker = label_holder(text, doc.roles, doc.fulls, label, mods) or it.speaker
