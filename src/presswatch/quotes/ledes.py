"""Delayed identification: a lede's unnamed official ('The leader of Acme Council has said …')
named in the next paragraphs ('Tom Reyes, who has led the council since 2022, told …')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from presswatch.quotes.holders import title_run
from presswatch.quotes.inherit import Item
from presswatch.quotes.lexicon import lexicon, rows
from presswatch.quotes.pronouns import GENDERED, MALE
from presswatch.quotes.words import FUNCTION

if TYPE_CHECKING:
    from presswatch.quotes.speakers import DocSpeakers

_ROWS = {r[0]: frozenset(w.strip() for w in r[1:]) for r in rows("role_verbs.tsv")}
_OFFICE = _ROWS.pop("*")  # 'who held the post'
# a role and its 'of'/'for' before a subject that is the role's body ('The chief constable of
# Harbour Police': the subject found is 'Harbour Police')
_ROLE_OF = re.compile(r"\b([Tt]he|[Aa]n?) ((?:[a-z-]+ ){0,3}[a-z-]+) (?:of|for) (?:the )?$")
_DETERMINERS = frozenset({"the", "a", "an"})
_APPOSITIVE = re.compile(r",? ([^,;.\n“”\"]{3,90})[,;.]")
_WORD = re.compile(r"[a-z][\w-]*")
_END = frozenset(".!?")
_REACH = 2  # paragraphs after the lede that may name the person


def _role(words: list[str]) -> str | None:
    """Return the role head of a singular description ('a former defence minister': minister),
    or None when the phrase is no official's description."""
    lex = lexicon()
    if len(words) < 2 or words[0].lower() not in _DETERMINERS:
        return None
    low = [w.lower().strip(",") for w in words[1:]]
    cut = next((k for k, w in enumerate(low) if w in ("of", "for", "at", "in")), len(low))
    if cut == 0 or any(not w.isalpha() or w != w.lower() for w in words[1 : cut + 1]):
        return None  # 'the Harbour Board', 'the mayor’s office'
    head = low[cut - 1]
    return head if head in lex.titles and head not in lex.org_words else None


def _lede(text: str, paras: list[tuple[int, int, int]]) -> int:
    """Return the position in paras of the lede: the first paragraph unless it is a headline."""
    _, lo, hi = paras[0]
    last = text[lo:hi].rstrip().rstrip("\"”’'")  # a sentence ends '… “very close”.' or '… well.”'
    return 0 if last[-1:] in _END and len(text[lo:hi].split()) > 6 else 1


def _same_role(words: list[str], role: str, described: set[str]) -> bool:
    """Return whether words hold the role with no modifier the description lacks before it
    ('council leader' for 'the leader of Acme Council'; not 'opposition leader')."""
    if role not in words:
        return False
    k = words.index(role)
    before = words[k - 1] if k else ""  # ('said Judge Ana Ruiz': a verb is no modifier)
    lex = lexicon()
    if not before or before in described or before in _DETERMINERS or before in FUNCTION:
        return True
    return lex.verb_re.fullmatch(before) is not None


def _fits(text: str, at: int, full: str, role: str, described: set[str], lo: int) -> bool:
    """Return whether the mention of full at position at says it holds role: by its title,
    its appositive, or (for a definite description) as the bare subject of a cue verb opening
    its paragraph (lo)."""
    run_text = title_run(text, at, full).split(full.split()[0].lower(), 1)[0]
    run = _WORD.findall(re.split(r"\n|[.!?] ", run_text)[-1])  # this sentence's words only
    if role in run:
        return _same_role(run, role, described)  # 'Chief Constable Lina Berg'
    end = text.find(full, at, at + 80)
    end = end + len(full) if end >= 0 else at + len(full)
    if text.startswith(",", end) and (app := _APPOSITIVE.match(text, end)):
        said = _WORD.findall(app.group(1).lower())
        if role in said:
            return _same_role(said, role, described)  # 'Tom Reyes, the council leader,'
        return bool(set(said) & (_ROWS.get(role, frozenset()) | _OFFICE))  # 'who has led'
    # 'Lina Berg said …' opening the paragraph, with no title of another role
    verb = lexicon().verb_re.match(text, end + 1)
    # ('A senior official said …' then 'Tom Reyes said …': an unnamed source stays unnamed)
    bare = "the" in described and text.startswith(full, at) and not text[lo:at].strip()
    return bare and text[end : end + 1] == " " and verb is not None


def _gender(text: str, lo: int, hi: int) -> str | None:
    """Return 'm' or 'f' for the first gendered pronoun in text[lo:hi], else None."""
    m = GENDERED.search(text, lo, hi)
    return None if m is None else "m" if m.group().lower() in MALE else "f"


def delayed_names(
    text: str, doc: DocSpeakers, items: list[Item], paras: list[tuple[int, int, int]]
) -> None:
    """Name the lede's description speakers by the one person the next paragraphs give that role."""
    k = _lede(text, paras) if paras else 0
    if k + 1 >= len(paras):
        return
    idx, lo, hi = paras[k]
    for it in items:
        if it.para != idx or it.surface is None:
            continue
        start, end = it.surface
        surface = text[start:end]
        if it.speaker is not None and it.speaker.lower() != surface.lower():
            continue  # resolved to someone by the rules before
        lead = _ROLE_OF.search(text, max(lo, start - 60), start)
        if lead:  # 'The chief constable of Harbour Police'
            start = lead.start()
        role = _role(text[start:end].split())
        if role is None:
            continue
        described = set(_WORD.findall(text[start:end].lower()))  # 'the' only when definite
        if text[start] in "Aa":
            described.discard("the")
        named = _named(text, doc, role, described, paras[k + 1 : k + 1 + _REACH])
        gender = _gender(text, end, hi)
        if named and (gender is None or doc.gender(named) in (None, gender)):
            it.speaker, it.surface, it.rule = named, (start, end), "delayed"


def _named(
    text: str,
    doc: DocSpeakers,
    role: str,
    described: set[str],
    after: list[tuple[int, int, int]],
) -> str | None:
    """Return the one person first named in the paragraphs after that holds the role."""
    fits: set[str] = set()
    first = after[0][1] if after else 0
    for _, lo, hi in after:
        for at, full in doc.mentions(lo, hi):
            if " " not in full or doc.mentioned_before(full, first):
                continue  # a person named before the lede's next paragraph is no new one
            if _fits(text, at, full, role, described, lo):
                fits.add(full)
    return fits.pop() if len(fits) == 1 else None
