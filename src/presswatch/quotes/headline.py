"""Headline quotes whose speaker is a role ('…, assures the governor', 'Japan coach …: “…”'):
the person the article's body names in that role."""

from __future__ import annotations

from presswatch.quotes.holders import label_holder, qualified
from presswatch.quotes.inherit import Item
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.speakers import DocSpeakers


def headline_roles(text: str, doc: DocSpeakers, items: list[Item]) -> None:
    """Set the speaker of headline items named only by a role, from the body's items or titles."""
    for it in items:
        if it.para != 0 or it.speaker is not None or it.surface is None:
            continue
        words = text[it.surface[0] : it.surface[1]].lower().split()
        title = words[-1] if words else ""
        if len(words) > 3 or title not in lexicon().titles:  # not 'Warren Hammers Fargo CEO'
            continue
        mods = tuple(w for w in words[:-1] if w != "the")  # 'Japan coach': Japan's coach only
        # the first body attribution whose subject holds the title with the label's modifiers
        # ('The governor of the state, Ricardo …', 'Japan head coach Takumi Ishikawa said'; not
        # 'the former governor', 'Australia coach …'), else its one holder
        for later in items:
            subject = text[later.surface[0] : later.surface[1]].lower() if later.surface else ""
            if (
                later.para
                and later.speaker
                and title in subject.split()
                and all(m in subject for m in mods)
                and not qualified(subject.split(title)[0], set(mods))
            ):
                it.speaker = later.speaker
                break
        else:
            it.speaker = label_holder(text, doc.roles, doc.fulls, title, mods)
