"""Per-document lookups computed once instead of re-scanning the text for every question."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise, repeat
from operator import add

from presswatch.actors.registry import Actor, default_registry
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.words import NOT_NAMES, PREPOSITIONS

_VERB_RE = lexicon().verb_re
_VERB_FINDITER = _VERB_RE.finditer
_START = re.Match.start


# the ASCII non-word characters other than the space and quote-mask filler '\x00', each to a
# space (a match never holds one), as a bytes table: the text is scanned as bytes (the same
# offsets; bytes.translate is cheap); filler runs are long, each of its spaces a failed try
_TO_SPACE = bytes(c if chr(c).isalnum() or chr(c) in "_ \x00" else 32 for c in range(128))
_TO_SPACE += bytes(128)  # translate needs 256 entries; the data is ASCII, so these are unused
_FILLER = re.compile(rb"\x00\x00*")  # a literal first byte: the engine skips to each run
_END = re.Match.end


@lru_cache(maxsize=1)
def _scanner() -> re.Pattern[bytes] | None:
    """Return a bytes pattern that finds the verb matches from the space before each in a text
    made bytes with every other non-word character a space; None when the verb forms do not
    allow it."""
    forms = list(lexicon().stance)
    first = {form.split()[0] for form in forms}
    later = {word for form in forms for word in form.split()[1:]}
    pattern = _VERB_RE.pattern
    # every match starts with a letter after a non-word character (or at the text's start),
    # and no match can start inside another ('went on': no form starts with 'on'), so the
    # matches found from each kind of character before are the plain scan's, in any order
    if (
        first & later
        or not all(c == " " or "a" <= c <= "z" for form in forms for c in form)
        or not (pattern.startswith(r"\b") and pattern.endswith(r"\b"))
    ):
        return None
    # a literal first character lets the regex engine jump to each candidate
    return re.compile((" " + pattern[2:]).encode("ascii"))


def scan_verbs(text: str) -> list[re.Match[str]]:
    """Return the cue-verb matches of the whole text, as `_VERB_RE.finditer(text)` finds them."""
    scanner = _scanner()  # compiled on first use: `import presswatch.quotes` stays cheap
    if scanner is None:
        return list(_VERB_FINDITER(text))
    # one byte per character (a non-ASCII one as '?'), every non-word ASCII one but the filler a
    # space: the scan finds the character before every match not after filler (and some after
    # a non-ASCII letter, which the verb regex rejects below)
    data = text.encode() if text.isascii() else text.encode("ascii", "replace")
    data = data.translate(_TO_SPACE)
    # each verb starts one character after its scan match (mapped in C, no Python loop)
    starts = list(map(add, map(_START, scanner.finditer(data)), repeat(1)))
    if b"\x00" in data:  # or where a run of filler ends
        starts += map(_END, _FILLER.finditer(data))
        starts.sort()
    found = filter(None, map(_VERB_RE.match, repeat(text), starts))
    first = _VERB_RE.match(text)  # a match at the very start has no character before it
    return [first, *found] if first else list(found)


@lru_cache(maxsize=32768)
def registry_lookup(name: str) -> Actor | None:
    """Return the shipped registry's actor for a name, or None (memoised: the registry is fixed)."""
    return default_registry().lookup(name)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # the characters that regex \w matches


def _ends_in_word(text: str, hi: int) -> bool:
    """Return whether a window ending at hi cuts a word ('\\w' on both sides of hi)."""
    return 0 < hi < len(text) and _is_word(text[hi - 1]) and _is_word(text[hi])


def alone_mid_sentence(text: str, key: str) -> bool:
    """Return whether key occurs after a lower-case letter or comma and a space, as a whole word
    not followed by another capitalised word: `re.search(r"[a-z,] KEY\\b(?! [A-Z])", text)`."""
    if not key:
        return re.search(r"[a-z,] \b(?! [A-Z])", text) is not None
    needle = " " + key
    size = len(text)
    i = text.find(needle, 1)
    while i >= 0:
        prev = text[i - 1]
        if prev == "," or "a" <= prev <= "z":
            e = i + len(needle)
            if _is_word(text[e - 1]) != (e < size and _is_word(text[e])) and not (
                e + 1 < size and text[e] == " " and "A" <= text[e + 1] <= "Z"
            ):
                return True
        i = text.find(needle, i + 1)
    return False


def word_spans(text: str, word: str) -> list[tuple[int, int]]:
    """Return the (start, end) of every whole-word occurrence of word in text, as
    `re.finditer(r"\\b" + re.escape(word) + r"\\b", text)` finds them (word non-empty)."""
    out = []
    size, n = len(text), len(word)
    first, last = _is_word(word[0]), _is_word(word[-1])
    i = text.find(word)
    while i >= 0:
        e = i + n
        if (i > 0 and _is_word(text[i - 1])) != first and (e < size and _is_word(text[e])) != last:
            out.append((i, e))
            i = text.find(word, e)
        else:
            i = text.find(word, i + 1)
    return out


# capitalised common words that are surnames after a known given name ('Theresa May')
_COMMON = sorted(w.capitalize() for w in lexicon().sets["surname_words"])
_SURNAME_GIVENS = lexicon().sets["surname_word_givens"]  # 'Al From'
# function words that are also given names inside a longer name ('Nguyen Van An said')
_HOMOGRAPHS = sorted(w.capitalize() for w in lexicon().sets["name_homographs"])


def _inside_name(text: str, start: int, end: int) -> bool:
    """Return whether the capitalised word text[start:end] continues a name."""
    # it follows a capitalised name word (no punctuation between, not a cue verb) and a
    # lower-case word or a comma follows it ('Nguyen Van An said', not the title case of 'Port
    # Faces An Inquiry')
    if end < len(text) and text[end] not in " ,;:.)":
        return False
    nxt = text[end : end + 3].lstrip(" ")
    if nxt[:1].isupper():
        return False
    before = text[max(0, start - 30) : start - 1].rsplit(None, 1)
    prev = before[-1] if before else ""
    return (
        prev[:1].isupper()
        and prev.isalpha()
        and prev.lower() not in NOT_NAMES
        and lexicon().verb_re.fullmatch(prev.lower()) is None
    )


def doc_names(text: str) -> frozenset[str]:
    """Return the common words that a text uses as surnames after a known given name
    ('Theresa May', 'George Will') or as the last part of a longer name ('Nguyen Van An'):
    names in this text wherever they stand."""
    first = lexicon().first_names
    found = set()
    body = text.find("\n") + 1  # not the headline: its title case capitalises every word
    for word in _HOMOGRAPHS:
        start = text.find(" " + word, body) + 1
        while start > 0:
            end = start + len(word)
            if _inside_name(text, start, end):
                found.add(word)
                break
            start = text.find(" " + word, end) + 1
    for word in _COMMON:
        start = text.find(word, 2)
        while start >= 0:  # str.find per word: much faster than a regex over the whole text
            end = start + len(word)
            if text[start - 1] == " " and not (end < len(text) and text[end].isalnum()):
                # the word before, also at a paragraph's start ('\n\nJane Long spoke')
                given = (text[max(0, start - 30) : start - 1].rsplit(None, 1) or [""])[-1]
                # a preposition is no surname before a capitalised word ('Tom From Oslo')
                place = word.lower() in PREPOSITIONS and text[end + 1 : end + 2].isupper()
                known = given.lower() in first or given.lower() in _SURNAME_GIVENS
                if given[:1].isupper() and known and not place:
                    found.add(word)
                    break
            start = text.find(word, end)
    return frozenset(found)


# the cue-verb matches of the last text asked about (one scan per article, not one per window):
# (text, match starts, match ends, matches)
_DOC_VERBS: tuple[str, list[int], list[int], list[re.Match[str]]] = ("", [], [], [])


def _doc_verbs(masked: str) -> tuple[str, list[int], list[int], list[re.Match[str]]]:
    """Return the text's cue-verb matches with their starts and ends (scanned once per text)."""
    global _DOC_VERBS
    doc = _DOC_VERBS
    if doc[0] is not masked:
        found = scan_verbs(masked)
        doc = _DOC_VERBS = (masked, [m.start() for m in found], [m.end() for m in found], found)
    return doc


def verbless(masked: str, lo: int, hi: int) -> bool:
    """Return whether `verb_matches(masked, lo, hi)` is certainly empty, from one bisect (False
    when a whole-text match starts in the window or the window scan could differ from it)."""
    doc = _DOC_VERBS if _DOC_VERBS[0] is masked else _doc_verbs(masked)
    starts, ends = doc[1], doc[2]
    i = bisect.bisect_left(starts, lo)
    return (
        (i == len(starts) or starts[i] >= hi)
        and not (i and ends[i - 1] > lo)
        and not _ends_in_word(masked, hi)
    )


def cue_sentences(masked: str, bounds: list[int]) -> list[tuple[int, int]]:
    """Return the sentences (start, end) between bounds that may report speech (one bisect)."""
    # those `verbless` does not clear and those holding 'According to'
    doc = _DOC_VERBS if _DOC_VERBS[0] is masked else _doc_verbs(masked)
    starts, ends = doc[1], doc[2]
    n = len(starts)
    i = bisect.bisect_left(starts, bounds[0])
    according = masked.find("According to", bounds[0], bounds[-1]) >= 0
    out = []
    for lo, hi in pairwise(bounds):
        while i < n and starts[i] < lo:  # bounds ascend: i stays bisect_left(starts, lo)
            i += 1
        if (
            (i < n and starts[i] < hi)
            or (i and ends[i - 1] > lo)
            or _ends_in_word(masked, hi)
            or (according and masked.find("According to", lo, hi) >= 0)
        ):
            out.append((lo, hi))
    return out


_SHORT = 400  # characters under which another text is searched directly, not scanned whole


def verb_matches(masked: str, lo: int, hi: int) -> Iterable[re.Match[str]]:
    """Return the cue-verb regex matches in masked[lo:hi], as `finditer(masked, lo, hi)` finds
    them, taken from one scan of the whole text."""
    if hi - lo < _SHORT and _DOC_VERBS[0] is not masked:
        return _VERB_FINDITER(masked, lo, hi)  # a short other text keeps the article's scan
    _, starts, ends, found = _DOC_VERBS if _DOC_VERBS[0] is masked else _doc_verbs(masked)
    i = bisect.bisect_left(starts, lo)
    j = bisect.bisect_left(starts, hi, i)
    # the whole-text matches are the window's unless one crosses an end of the window, or the
    # window ends inside a word (where '\b' holds only in the window)
    if (i and ends[i - 1] > lo) or (j and ends[j - 1] > hi) or _ends_in_word(masked, hi):
        return _VERB_FINDITER(masked, lo, hi)
    return found[i:j]
