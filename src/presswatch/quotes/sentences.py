"""Paragraph and sentence boundaries on (masked) article text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.words import unicode_caps

_BOUNDARY = re.compile(r"[.!?][\x00\"”’')\]]*\s+(?=[A-Z\x00“\"‘(\[])")
# the same for a text without '!' or '?': a literal first character, which the regex engine
# finds much faster than one of a class
_FULL_STOP = re.compile(r"\.[\x00\"”’')\]]*\s+(?=[A-Z\x00“\"‘(\[])")
_WORDS = lexicon().sets
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")
ABBREVIATIONS = _WORDS["abbreviations"]
_GIVEN_ABBREVIATIONS = _WORDS["given_abbreviations"]
_FIRM_DOTS = _WORDS["firm_dots"]
_POSSESSIVE = ("'s", "’s", "s'", "s’")
# function words that open a sentence after a firm ('Acme Co. In a statement'); not 'May'
_OPENING_WORDS = (_WORDS["function"] | _WORDS["articles"]) - (
    _WORDS["time_words"] - _WORDS["prepositions"]
)


def paragraphs(text: str) -> Iterator[tuple[int, int, int]]:
    """Yield (index, start, end) of each non-blank line; all-space lines are skipped."""
    pos = 0
    idx = 0
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        if line.strip():
            while lo < hi and line[0].isspace():
                lo += 1
                line = line[1:]
            while hi > lo and text[hi - 1].isspace():
                hi -= 1
            yield idx, lo, hi
            idx += 1


def boundaries(masked: str, lo: int, hi: int) -> list[int]:
    """Return sentence start offsets in masked[lo:hi], with lo first and hi last."""
    out = [lo]
    plain = masked.find("!", lo, hi) < 0 and masked.find("?", lo, hi) < 0
    for m in (_FULL_STOP if plain else _BOUNDARY).finditer(masked, lo, hi):
        j = m.start()
        end = _ends_sentence(masked[masked.rfind(" ", lo, j) + 1 or lo : j])
        if end == 3:
            end = _firm_ends(masked, masked.rfind(" ", lo, j), m.end())
        if end and (end == 1 or not _given_abbreviation(masked, masked.rfind(" ", lo, j), m.end())):
            out.append(m.end())
    out.append(hi)
    return out


def _given_abbreviation(masked: str, space: int, nxt: int) -> bool:
    """Return whether the abbreviation after space opens a name ('Ma. Theresa')."""
    # no capitalised word before it ('said Jack Ma. Fan …' ends a sentence), a given name after
    before = masked[max(0, space - 30) : space].rsplit(" ", 1)[-1] if space > 0 else ""
    after = masked[nxt : nxt + 30].split(" ", 1)[0].lower()
    return not before[:1].isupper() and after in lexicon().first_names


def _firm_ends(masked: str, space: int, nxt: int) -> int:
    """Return 1 if a firm's 'Co.'/'Inc.' after space ends its sentence, else 0."""
    # after a firm's name, a function word ('Acme Co. In a statement, …') or a capitalised word
    # and a finite verb open a new sentence ('said Acme Co. Shares fell', 'by Acme Co. Ruiz
    # said'); not 'in Co. Cork', 'Ireland's Co. Kerry region', 'West Co. Cork group', 'Acme Co.
    # Ltd', 'Acme Co. Brevik plant manager Tom Berg'
    before = masked[max(0, space - 30) : space].rsplit(" ", 1)[-1] if space > 0 else ""
    after = masked[nxt : nxt + 60].split(None, 4)
    if not before[:1].isupper() or before.endswith(_POSSESSIVE) or len(after) < 2:
        return 0
    first = after[0]
    if before.lower() in _WORDS["place_heads"] or first.lower() in _WORDS["irish_counties"]:
        return 0
    lex = lexicon()
    if first.lower() in _OPENING_WORDS and first.lower() not in lex.first_names:
        return 1
    if first.lower() in lex.first_names:  # 'Acme Co. Ana Ruiz said': a name, then its verb
        while len(after) > 2 and after[1][:1].isupper():
            if after[1].endswith(","):
                return 1  # 'Acme Co. Ana Ruiz, a spokeswoman, said'
            del after[1]
    second = after[1].rstrip(",;:.!?")
    if not (first[:1].isupper() and first.isalpha()) or first.lower() in lex.org_words:
        return 0
    return int(_finite(second))


def _finite(word: str) -> bool:
    """Return whether a lower-case word is a finite verb ('said', 'fell', 'was', 'dropped')."""
    return (
        word in _WORDS["finite_auxiliaries"]
        or word in _WORDS["past_forms"]
        or (len(word) > 4 and word.endswith("ed") and word.isalpha() and word.islower())
        or lexicon().verb_re.fullmatch(word) is not None
    )


@lru_cache(maxsize=1 << 15)
def _ends_sentence(piece: str) -> int:
    """Return 1 if a mark after piece ends a sentence, 0 if not, 2 or 3 if what follows decides."""
    # piece: since the last space or the paragraph start; the letters and dots before the mark
    # are no abbreviation or initials (memoised: a pure test of piece)
    # the letters and dots before the mark: all of piece when they fill it, else its longest
    # tail of them (the walk back stops at piece's start: a space or the paragraph start)
    word = piece
    if not piece.replace(".", "").isalpha():
        k = len(piece)
        while k > 0 and (piece[k - 1].isalpha() or piece[k - 1] == "."):
            k -= 1
        word = piece[k:]
    word = word.lower()
    if word in _FIRM_DOTS:
        return 3  # 'Co.', 'Inc.': by the words after it (_firm_ends)
    if word in ABBREVIATIONS or ((len(word) < 2 or word[1] == ".") and _INITIALS.fullmatch(word)):
        return 0  # 'u.s', 'j'
    return 2 if word in _GIVEN_ABBREVIATIONS else 1  # 2: 'Ma.', by what follows


class LazyBounds:
    """A paragraph's sentence boundaries, worked out on first use (a paragraph without quote
    marks or cue verbs needs them only if its sentences' subjects are asked for later)."""

    __slots__ = ("args", "value")

    def __init__(self, masked: str, lo: int, hi: int, value: list[int] | None = None) -> None:
        self.args = (masked, lo, hi)
        self.value = value

    def get(self) -> list[int]:
        """Return the sentence starts of the paragraph, its start first and its end last."""
        if self.value is None:
            self.value = boundaries(*self.args)
        return self.value


# a wire dateline opening a paragraph (the lede): 'KAUNAS, Lithuania (Reuters) — ', 'BRUSSELS — ',
# 'SEOUL, Nov. 12 (Yonhap) -- ', '(AFP) - ': the place in capitals, a region or date, the agency
_DATELINE = re.compile(
    unicode_caps(
        r"\n(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][\w.'’-]*(?: [A-Z\d][\w.'’-]*){0,3})?"
        r" ?)?(?:\([A-Za-z .&-]{2,30}\) ?)?(?:--|[-—–]) "
    )
)


def skip_datelines(text: str, paras: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Return the paragraphs, one of the first four opening with a dateline started after it."""
    # the lede's first sentence then opens with its subject ('BERLIN (Reuters) - Jane Roe …')
    if len(paras) < 2:
        return paras
    for m in _DATELINE.finditer(text, paras[0][2], paras[min(4, len(paras)) - 1][2]):
        if m.end() - m.start() > 4 and text[m.end() : m.end() + 1].isupper():
            for n, (idx, lo, hi) in enumerate(paras[:4]):
                if lo == m.start() + 1:
                    return [*paras[:n], (idx, m.end(), hi), *paras[n + 1 :]]
    return paras
