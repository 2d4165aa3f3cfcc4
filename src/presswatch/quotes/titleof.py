"""Titles with an 'of' complement before a name: 'Secretary of State Ana Ruiz'."""

from __future__ import annotations

from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.namecore import org_word
from presswatch.quotes.words import PARTICLES, PUNCT, core, is_cap

_OF_TITLES = lexicon().sets["of_titles"]
_INNER = {"of": 2, "and": 1, "&": 1, "for": 1}  # join a complement after at most that many words


def of_title_bridge(toks: list[tuple[int, int, str]], k: int) -> int | None:
    """Return the index of the last word of a title, complement and name run at k, else None."""
    # 'Minister of Finance Ana Ruiz', 'Head of the Council Jo Roe'; not 'the Bank of England',
    # 'Secretary of State said' (no name after it), 'Friends of the Earth'
    run, last = _complement_run(toks, k)
    # the run ends in a name, not a body's word ('Head of Research Harbour Trust')
    return last if run >= 3 and not org_word(core(toks[last][2])) else None


def of_title_phrase(toks: list[tuple[int, int, str]], k: int) -> tuple[int, int] | None:
    """Return the span of a title run at toks[k] ('the Secretary of State, Ana Ruiz'), else None."""
    run, last = _complement_run(toks, k)
    if not run or toks[last][2].rstrip(",.;:").endswith(("'s", "’s")):
        return None  # a possessor: 'the Minister of Finance's adviser Tom Lee' is read whole
    return toks[k][0], toks[last][0] + len(core(toks[last][2]))


def _complement_run(toks: list[tuple[int, int, str]], k: int) -> tuple[int, int]:
    """Return the count of capitalised words after a title's 'of' at k and the last one's index."""
    word = toks[k][2]
    if word[-1:] in PUNCT or not word[:1].isupper() or core(word).lower() not in _OF_TITLES:
        return 0, k
    j = k + 2
    if j >= len(toks) or toks[k + 1][2] != "of":
        return 0, k
    if toks[j][2] == "the":
        j += 1
    run, last = 0, k
    for n in range(j, min(j + 8, len(toks))):
        word = toks[n][2]
        # inside the complement ('Governor of the Bank of England Tom Reyes', 'Secretary of
        # Trade and Industry'), not after a name ('Ana Ruiz and Sen. Tom Reyes'); a particle
        # anywhere ('Mirja ter Brask')
        inner = 0 < run <= _INNER.get(word, 0) or (run > 0 and word in PARTICLES)
        if inner and n + 1 < len(toks) and is_cap(toks[n + 1][2]):
            continue
        if not is_cap(word) or word[:1] in "([":
            break  # ('Ana Ruiz (Labour)': a party, no part of the name)
        run, last = run + 1, n
        if word[-1:] in PUNCT and not (len(word) == 2 and word[0].isupper()):
            break  # an initial goes on ('Minister of Energy J. R. Brask')
    return run, last


def of_titled(words: list[str]) -> bool:
    """Return whether a description's words are 'the Title of …' ('the Minister of Finance')."""
    return len(words) > 3 and words[1].lower() in _OF_TITLES and words[2] == "of"


def of_role(words: list[str], core: list[str]) -> list[str] | None:
    """Return a 'the Title of …' role's words (no possessive), when no person's nor body's."""
    # 'the Minister of Finance' (core [Finance]) and 'the Minister of Finance's'; not 'the Minister
    # of Finance Lev Orlan', 'the Secretary of State Ana Ruiz' (a name ends the run), 'the Head of
    # Planning's deputy Jo Roe' nor 'the Bank of England'
    if words[0].lower() != "the" or not of_titled(words) or len(core) > 2:
        return None
    last = words[-1].removesuffix("'s").removesuffix("’s")
    rest = [*words[3:-1], last]
    if any(not is_cap(w) and w not in _INNER and w != "the" for w in rest) or any(
        w.endswith(("'s", "’s")) for w in rest
    ):
        return None
    if of_title_bridge([(0, 0, w) for w in [*words[1:-1], last]], 0) is not None:
        return None
    return [*words[:-1], last] if core or last != words[-1] else None
