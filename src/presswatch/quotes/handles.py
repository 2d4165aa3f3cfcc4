"""Social-media handles ('@SenAnnRoe') as cue subjects, and the speaker a handle names."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from presswatch.quotes.docindex import registry_lookup
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.nounwords import TIME_AFTER
from presswatch.quotes.orgrefs import doc_orgs
from presswatch.quotes.words import FUNCTION, PREPOSITIONS

if TYPE_CHECKING:
    from presswatch.quotes.speakers import DocSpeakers

_HANDLE = re.compile(r"@(\w{1,30})(?![\w@])(?!\.\w)")  # not '@acme.org', nor a longer run
# a word character, '.', '/', ':' or '@' before the '@': an e-mail address or a URL ('a@b', '/@x')
_NOT_BEFORE = frozenset("./:@-_+%=")
_MIN_KEY = 3  # letters a handle must hold to name anyone ('@Li' is too short to tell)
_PIECE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")  # 'SenAnnRoe', 'tom_bell_2024'
_NUMBERED = re.compile(r"(?:_*\d+)+_*$")  # 'tom_bell_2024', 'TomBell24'
# a word after a handle that ends its phrase ('tweeted @Roe on Monday', '@Roe posted')
_CLOSING = FUNCTION | PREPOSITIONS | TIME_AFTER
_OBJECT_VERBS = lexicon().sets["handle_object_verbs"]  # 'Follow @X', 'Tag @x on Instagram'


def handle_at(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """Return the span of the handle that starts at text[pos] (within hi), else None."""
    if not text.startswith("@", pos) or pos + 1 >= hi:
        return None
    if pos and (text[pos - 1].isalnum() or text[pos - 1] in _NOT_BEFORE):
        return None  # 'press@acme.org', 'x.com/@acme'
    m = _HANDLE.match(text, pos, hi)
    return m.span() if m else None


def handle_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the span of a handle that ends text[lo:hi] as a verb's subject ('@Roe wrote')."""
    at = text.rfind("@", max(lo, hi - 40), hi)  # (most windows hold none: no slice made)
    if at < 0 or (span := handle_at(text, at, hi)) is None or text[span[1] : hi].strip():
        return None
    prev = text[max(lo, at - 40) : at].split()
    # an object ('replied to @X said', 'Follow @X'): a lower-case word before it, in its sentence
    word = prev[-1] if prev else ""
    ends = word[-1:] in tuple('.,!?:;”"')  # 'Ruiz said. @X disputed that: “…”'
    if word and ((word[0].islower() and not ends) or word.lower() in _OBJECT_VERBS):
        return None
    return span


def handle_after(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the span of a handle that is the whole phrase opening text[lo:hi], else None."""
    # 'tweeted @Roe' is one; 'said @Acme's Ana Ruiz', 'said @Acme host Ana Ruiz' are not
    pos = lo
    while pos < hi and text[pos] == " ":
        pos += 1
    span = handle_at(text, pos, hi)
    return span if span is not None and _closed(text, span[1], hi) else None


def _closed(text: str, end: int, hi: int) -> bool:
    """Return whether nothing of a noun phrase follows a handle ending at end."""
    rest = text[end : min(hi, end + 40)]
    if not rest.startswith(" "):
        return not rest.startswith(("'", "’"))  # a mark or the end: whole; a possessive: not
    word = rest.split(None, 1)[0] if rest.strip() else ""
    if not word or not word[0].isalpha():
        return True  # ' — ', ' (…)'
    low = word.rstrip(",.;:!?").lower()
    return low in _CLOSING or low.endswith("ly") or bool(lexicon().verb_re.match(low))


def _keys(name: str) -> set[str]:
    """Return the letter keys a handle name may spell a name with."""
    # all its letters, and without a leading title part ('SenAnnRoe': 'annroe'); never
    # trailing numbers ('tom_bell_2024')
    parts = _PIECE.findall(_NUMBERED.sub("", name))
    keys = {"".join(parts).lower()}
    if len(parts) > 1 and parts[0].lower() in lexicon().titles:
        keys.add("".join(parts[1:]).lower())
    return {k for k in keys if len(k) >= _MIN_KEY}


def _letters(words: str) -> str:
    """Return the lower-case letters of a name ("O'Neil" -> 'oneil')."""
    return "".join(c for c in words.lower() if c.isalnum())


def _named(doc: DocSpeakers, keys: set[str]) -> set[str]:
    """Return the persons (full names) and organisations the article names that the keys spell."""
    # a key equals a surname, given name and surname, initial and surname, or whole name
    found = set()
    for key, mentions in doc.fulls.items():
        if not key.isalpha() or not any(k.endswith(key) for k in keys):
            continue  # (most keys end no handle: no forms built)
        for _, full in mentions:
            given = _letters(full.split(" ", 1)[0])
            if keys & {key, given + key, given[:1] + key}:
                found.add(full)
    for org in doc_orgs(doc):
        bare = org.name[4:] if org.name.lower().startswith("the ") else org.name
        if keys & {_letters(bare), *(_letters(a) for a in org.aliases)}:
            found.add(org.name)
    return found


def handle_speaker(doc: DocSpeakers, handle: str, pos: int) -> str:
    """Return the speaker a handle stands for, else the handle itself."""
    # a registry actor listing it, else the one person or organisation its letters spell
    actor = registry_lookup(handle)
    if actor and handle.lower() in (a.lower() for a in actor.aliases):
        return actor.name
    names = _named(doc, _keys(handle[1:]))
    if len(names) != 1:
        return handle
    found, _ = doc.resolve(names.pop(), pos)  # noted as a pronoun antecedent, as a name would be
    return found or handle
