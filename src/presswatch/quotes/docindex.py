"""Per-document lookups computed once instead of re-scanning the text for every question."""

from __future__ import annotations

import re
from functools import lru_cache

from presswatch.actors.registry import Actor, default_registry


@lru_cache(maxsize=32768)
def registry_lookup(name: str) -> Actor | None:
    """Return the shipped registry's actor for a name, or None (memoised: the registry is fixed)."""
    return default_registry().lookup(name)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # the characters that regex \w matches


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
