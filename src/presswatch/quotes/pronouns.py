"""He and she: a name's gender in one article and the antecedent a gendered pronoun takes."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from presswatch.quotes.docindex import word_spans
from presswatch.quotes.namecore import SUFFIXES, after_complement
from presswatch.quotes.roles import PATRONYMIC, given_gender

# he|his|him|she|her|hers in any case, spelt out as re.IGNORECASE matches them (faster)
GENDERED = re.compile(
    r"[HhSsſ](?<!\w.)(?:(?<=[Hh])(?:[Ee](?:[Rr][Ssſ]?)?|[Iiİı][SsſMm])|(?<=[Ssſ])[Hh][Ee])\b"
)
GENDER_REACH = 2  # distinct people passed over for a gender match before an unknown one wins
MALE = frozenset({"he", "his", "him", "mr.", "mr"})
FEMALE = frozenset({"she", "her", "hers", "mrs.", "ms.", "mrs", "ms"})


_OBJECT_LEAD = frozenset({"of", "in", "at", "from", "to", "for", "with", "by", "the"})
_DIN = frozenset({"el-din", "al-din", "ad-din", "ud-din", "ed-din", "eddine", "uddin"})


def _patronymic(middle: list[str]) -> str | None:
    """Return 'm' or 'f' when a middle name is an East Slavic patronymic, else None."""
    for word in middle:
        low = word.lower()
        if len(low) > 6 and low.endswith((*PATRONYMIC, "ich")):
            return "f" if low.endswith("na") else "m"  # '-ovna', '-ivna' are a woman's
    return None


@dataclass
class Genders:
    """The genders of one article's names, from given names and the pronouns after mentions."""

    text: str
    _genders: dict[str, str] = field(default_factory=dict)
    _pron: list[tuple[int, str]] | None = None  # gendered pronouns, built on first use
    _pron_starts: list[int] = field(default_factory=list)

    def of(self, name: str) -> str | None:
        """Return 'm' or 'f' for a name, else None."""
        words = name.split()
        given = given_gender(words[0].lower()) if len(words) > 1 else None
        if given is None and len(words) > 2 and (words[0].endswith(".") or len(words[0]) < 3):
            given = given_gender(words[1].lower())  # 'Ma. Cristina Dela Cruz', 'J. Robert Hale'
        if given in ("m", "f"):  # 'u': either gender, so the pronouns after it decide
            return given
        if len(words) > 2 and words[1].lower() in _DIN:
            return "m"  # 'Nour El-Din Mostafa', 'Salah ad-Din …': a man's compound name
        if len(words) > 2 and (by := _patronymic(words[1:-1])):
            return by  # 'Vitaliy Hryhorovych Moroz', 'Olena Petrivna Koval'
        surname = words[-2] if len(words) > 1 and words[-1].lower() in SUFFIXES else words[-1]
        if surname in self._genders:
            return self._genders[surname] or None
        score = 0
        if self._pron is None:
            self._pron = [(m.start(), m.group().lower()) for m in GENDERED.finditer(self.text)]
            self._pron_starts = [p for p, _ in self._pron]
        starts = self._pron_starts
        for start, end in word_spans(self.text, surname):
            lead = self.text[max(0, start - 5) : start].lower().strip()
            if lead.rsplit(" ", 1)[-1] in _OBJECT_LEAD:
                continue  # 'the University of Indonesia … she said': she is not Indonesia
            if lead in MALE or lead in FEMALE:
                score += 3 if lead in MALE else -3
            k = bisect.bisect_left(starts, end)
            if k < len(starts) and starts[k] - end < 160:
                score += 1 if self._pron[k][1] in MALE else -1
        g = "m" if score > 0 else "f" if score < 0 else ""
        self._genders[surname] = g
        return g or None

    def disagrees(self, name: str, at: int, end: int) -> bool:
        """Return whether the first gendered pronoun in text[at:end] is of name's other gender."""
        m = GENDERED.search(self.text, at, min(end, at + 100))
        person = " ".join(after_complement(name.split())) or name  # 'Coach Ana Ruiz': as speakers
        g = self.of(person) if m else None
        return g is not None and g != ("m" if m.group().lower() in MALE else "f")

    def antecedent(
        self, pronoun: str, pos: int, cands: tuple[list[tuple[int, str]], ...]
    ) -> str | None:
        """Return the name a gendered pronoun at pos refers to, from (position, name) lists."""
        want = "m" if pronoun in MALE else "f"
        for names in cands:
            k = bisect.bisect_left(names, (pos, ""))
            unknown = None
            seen: set[str] = set()
            for _, name in reversed(names[max(0, k - 60) : k]):
                g = self.of(name)
                if g == want:
                    return name
                if g is None and unknown is None:
                    unknown = name
                seen.add(name)
                # a person of unknown gender wins over a match further back than a few people
                if unknown is not None and len(seen) > GENDER_REACH:
                    return unknown
            if unknown is not None:
                return unknown
        return None
