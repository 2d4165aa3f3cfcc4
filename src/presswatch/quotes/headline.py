"""Headline quotes whose speaker is a role ('…, assures the governor', 'Japan coach …: “…”'):
the person the article's body names in that role."""

from __future__ import annotations

from presswatch.quotes.holders import LABEL_TITLES, label_holder, qualified
from presswatch.quotes.inherit import Item
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.speakers import DocSpeakers
from presswatch.quotes.words import personal


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
