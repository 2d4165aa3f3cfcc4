"""The name a description subject gives: 'known as Bob', a title run and name, a time phrase."""

from __future__ import annotations

from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.nounwords import REFLEXIVE, closed, plain
from presswatch.quotes.words import core, has_name, is_cap, name_like, personal

Toks = list[tuple[int, int, str]]
# words of a time phrase after which a name set off by commas is the subject's ('at the time, X')
TIMES_OF_DAY = lexicon().sets["time_words"] | frozenset({"time", "then"})


def naming_run(toks: Toks, j: int) -> int | None:
    """Return the index of the first word after a naming phrase at toks[j], else None."""
    # 'known as', 'identified by police as', 'calling himself', 'going by the handle'
    n = j + 1
    word = core(toks[j][2]).lower()
    if word == "known" or word == "identified":
        # 'known only as', 'identified by police as', 'known in the trade as'
        for k in range(n, min(len(toks), n + 4)):
            if toks[k][2] == "as":
                return k + 1
            if not toks[k][2].isalpha() or not toks[k][2].islower():
                return None
        return None
    if word == "calling":
        return n + 1 if n < len(toks) and toks[n][2] in REFLEXIVE else None
    if word == "going":
        if n >= len(toks) or toks[n][2] != "by":
            return None
        n += 1
        if n + 1 < len(toks) and toks[n][2] == "the" and plain(toks[n + 1][2]):
            n += 2  # 'the handle', 'the name'
        return n
    return None


def name_given(toks: Toks, first: int) -> tuple[int, int] | None:
    """Return the span of the person's name at toks[first] after a naming phrase, else None."""
    n = first
    while n < len(toks) and n - first < 4 and is_cap(toks[n][2]):
        if closed(toks[n][2]):
            n += 1
            break
        n += 1
    run = [w for _, _, w in toks[first:n]]
    if n == first or not has_name(toks[first:n]):
        return None
    if any(core(w).endswith(("'s", "’s")) or w.rstrip(",;:.").endswith(("'", "’")) for w in run):
        return None  # 'known as Tom Reyes’ cousin': someone else's
    if not closed(run[-1]) and n < len(toks) and plain(toks[n][2]):
        return None  # 'known as Dunmore residents'
    end = toks[n - 1][0] + len(toks[n - 1][2].rstrip(",;:.!?)”\"'’"))
    return toks[first][0], end


def title_and_name(toks: list[tuple[int, int, str]]) -> int | None:
    """Return the index of the last word of a title run and name after 'and' at toks[0]."""
    # 'Gov. and party Chairman Jo Roe'
    titles = lexicon().titles
    n = 1
    while n < len(toks) and n < 8 and (name_like(toks[n][2]) or toks[n][2] in ("and", "of")):
        if closed(toks[n][2]):
            break
        n += 1
    last = n if n < len(toks) and closed(toks[n][2]) else n - 1
    names = [w for _, _, w in toks[last - 1 : last + 1]]
    if last < 3 or not all(is_cap(w) and core(w).lower() not in titles for w in names):
        return None
    return last


def name_after_time(
    toks: list[tuple[int, int, str]], found: tuple[int, bool], heads: set[str]
) -> tuple[int, int] | None:
    """Return the span of a person's name after a time phrase and comma, else None."""
    # 'the envoy at the time, Jo Roe.'
    if not found[1] or not toks[found[0]][2].endswith(",") or not heads & TIMES_OF_DAY:
        return None
    names = []
    for _, _, word in toks[found[0] + 1 : found[0] + 5]:
        if not is_cap(word):
            return None
        names.append(word)
        if word[-1] in ",;" or (word.endswith(".") and len(core(word)) > 1):
            break
    else:
        return None
    if len(names) < 2 or not personal(names):
        return None
    first, last = toks[found[0] + 1], toks[found[0] + len(names)]
    return first[0], last[0] + len(last[2].rstrip(",;."))


def named_person(words: list[str]) -> bool:
    """Return whether a phrase ends in a person's name of two or more words."""
    run = 0
    for word in reversed(words):
        if not is_cap(word) or word.endswith("."):
            break
        run += 1
    return run >= 2 and personal(words[len(words) - run :])
