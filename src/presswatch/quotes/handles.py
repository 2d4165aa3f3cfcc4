"""Social-media handles ('@SenAnnRoe') as cue subjects, and the speaker a handle names."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from presswatch.quotes.docindex import registry_lookup

if TYPE_CHECKING:
    from presswatch.quotes.speakers import DocSpeakers

_HANDLE = re.compile(r"@(\w{1,30})(?![\w@])(?!\.\w)")  # not '@acme.org', nor a longer run
# a word character, '.', '/', ':' or '@' before the '@': an e-mail address or a URL ('a@b', '/@x')
_NOT_BEFORE = frozenset("./:@-_+%=")
_MIN_KEY = 3  # surname letters a handle must hold to name a person ('Li' is too short to tell)
_PIECE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")  # 'SenAnnRoe', 'tom_bell_2024'


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
    prev = text[max(lo, at - 40) : at].rstrip()
    # an object ('replied to @X said', 'Follow @X'): a lower-case word before it
    if prev and (prev[-1].islower() or prev.endswith(("Follow", "Tag"))):
        return None
    return span


def handle_after(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the span of a handle that opens text[lo:hi] after its verb ('tweeted @Roe')."""
    pos = lo
    while pos < hi and text[pos] == " ":
        pos += 1
    return handle_at(text, pos, hi)


def _holds(name: str, low: str, key: str) -> bool:
    """Return whether the handle name holds key at a word edge ('AnnRoe', 'tom_bell'; not 'fleet'
    for 'lee')."""
    edges = {e for m in _PIECE.finditer(name) for e in m.span()}
    at = low.find(key)
    while at >= 0:
        if at in edges or at + len(key) in edges:
            return True
        at = low.find(key, at + 1)
    return False


def handle_speaker(doc: DocSpeakers, handle: str, pos: int) -> str:
    """Return the speaker a handle stands for: a registry actor listing it, the one person or
    body the article names whose surname its letters hold, else the handle itself."""
    actor = registry_lookup(handle)
    if actor and handle.lower() in (a.lower() for a in actor.aliases):
        return actor.name
    name = handle[1:]
    low = name.lower()
    keys = [k for k in doc.fulls if len(k) >= _MIN_KEY and k.isalpha() and _holds(name, low, k)]
    names = {full for k in keys for _, full in doc.fulls[k]}
    if len(names) > 1:  # 'Ann Roe' and 'Joe Roe': the one whose given name it holds too
        names = {n for n in names if n.split(" ", 1)[0].lower() in low}
    if len(keys) != 1 or len(names) != 1:
        return handle
    found, _ = doc.resolve(names.pop(), pos)  # noted as a pronoun antecedent, as a name would be
    return found or handle
