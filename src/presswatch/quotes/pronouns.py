"""He and she: a name's gender in one article and the antecedent a gendered pronoun takes."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from presswatch.quotes.antecedents import ASKED_BEFORE
from presswatch.quotes.docindex import word_spans
from presswatch.quotes.lexicon import alternation, lexicon
from presswatch.quotes.namecore import SUFFIXES, after_complement
from presswatch.quotes.roles import PATRONYMIC, given_gender

# he|his|him|she|her|hers in any case, spelt out as re.IGNORECASE matches them (faster)
GENDERED = re.compile(
    r"[HhSsſ](?<!\w.)(?:(?<=[Hh])(?:[Ee](?:[Rr][Ssſ]?)?|[Iiİı][SsſMm])|(?<=[Ssſ])[Hh][Ee])\b"
)
GENDER_REACH = 2  # distinct people passed over for a gender match before an unknown one wins
MALE = frozenset({"he", "his", "him", "mr.", "mr"})
FEMALE = frozenset({"she", "her", "hers", "mrs.", "ms.", "mrs", "ms"})


_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’.-]* \Z")  # a capitalised word right before a name
_CUES = alternation("closing_cues")
_APPOSITION = r"(?:, [^A-Z,.!?“”\"\n\x00]{1,40})"  # ', 17', ', a midfielder' (no other name)
# 'Roe says he …', 'Ashley, 17, says she …': the he/she on the name's own cue clause
_OWN_CLAUSE = re.compile(
    rf"\w+(?:-\w+)*(?!['’]){_APPOSITION}{{0,2}},?"
    rf"(?: (?:{alternation('group_adverbs')}|[a-z]+ly))? (?:{_CUES}) (he|she)\b"
)
# '“…,” Roe said. He …', 'said Jordan, 19. She …': the name ends its cue sentence
_CUE_END = re.compile(rf"\w+(?:-\w+)*( (?:{_CUES}))?{_APPOSITION}?[.!?] (He|She)\b")
_CUE_BEFORE = re.compile(rf"\b(?:{_CUES}) \Z")
_UNISEX = lexicon().sets["unisex_given_names"]
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
    _alone: dict[str, bool] = field(default_factory=dict)  # given names never after a capital
    _given: dict[str, str | None] = field(default_factory=dict)  # given names standing alone

    def of(self, name: str) -> str | None:
        """Return 'm' or 'f' for a name, else None."""
        words = name.split()
        first = given_gender(words[0].lower())
        given = first if len(words) > 1 else None
        if given is None and len(words) > 2 and (words[0].endswith(".") or len(words[0]) < 3):
            given = given_gender(words[1].lower())  # 'Ma. Cristina Dela Cruz', 'J. Robert Hale'
        listed = first if len(words) == 1 else None
        if listed in ("m", "f") and self._given_alone(words[0]):  # 'Nuala says': no surname here
            return self._given_word(words[0], listed)
        if given in ("m", "f"):  # 'u': either gender, so the pronouns after it decide
            return given
        if len(words) > 2 and words[1].lower() in _DIN:
            return "m"  # 'Nour El-Din Mostafa', 'Salah ad-Din …': a man's compound name
        if len(words) > 2 and (by := _patronymic(words[1:-1])):
            return by  # 'Vitaliy Hryhorovych Moroz', 'Olena Petrivna Koval'
        surname = words[-2] if len(words) > 1 and words[-1].lower() in SUFFIXES else words[-1]
        return self._scored(surname)

    def _scored(self, surname: str) -> str | None:
        """Return 'm' or 'f' for a surname by the pronouns at and after its mentions, else None."""
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
            if k < len(starts) and starts[k] - end < 160 and not self._asked(end, starts[k]):
                score += 1 if self._pron[k][1] in MALE else -1
        g = "m" if score > 0 else "f" if score < 0 else ""
        self._genders[surname] = g
        return g or None

    def _asked(self, end: int, start: int) -> bool:
        """Return whether the he/she at start is that of a question put to a name after end."""
        # 'asking Roe whether he …' (not 'Pell declined to say Monday whether she …')
        return ASKED_BEFORE.search(self.text, max(end, start - 80), start) is not None

    def _given_word(self, word: str, listed: str) -> str | None:
        """Return the gender of a given name standing alone: its own clause's, else the list's."""
        if word not in self._given:
            self._given[word] = self._given_evidence(word, listed)
        return self._given[word]

    def _given_evidence(self, word: str, listed: str) -> str | None:
        """Return a lone given name's gender from its own he/she, or its list's and pronouns'."""
        votes = [subject_pronoun(self.text, a) for a, _ in word_spans(self.text, word)]
        own = votes.count("m") - votes.count("f")
        if own:  # 'Ashley, 17, says he …': the text's own he/she beats the list
            return "m" if own > 0 else "f"
        if word.lower() in _UNISEX:  # 'Jordan': a weak list gender, after the pronouns after it
            return self._scored(word) or listed
        return listed

    def _given_alone(self, word: str) -> bool:
        """Return whether a given name never follows another capitalised word in the text."""
        if (alone := self._alone.get(word)) is None:
            spans = word_spans(self.text, word)  # 'LeBron James': James is a surname here
            alone = not any(_CAPITAL_BEFORE.search(self.text, max(0, a - 30), a) for a, _ in spans)
            self._alone[word] = alone
        return alone

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
                    return _full_of(name, cands[-1])
                if g is None and unknown is None:
                    unknown = name
                seen.add(name)
                # a person of unknown gender wins over a match further back than a few people
                if unknown is not None and len(seen) > GENDER_REACH:
                    return _full_of(unknown, cands[-1])
            if unknown is not None:
                return _full_of(unknown, cands[-1])
        return None


def subject_pronoun(text: str, pos: int) -> str | None:
    """Return 'm' or 'f' for the he/she that goes on the name at pos as its cue's subject."""
    m = _OWN_CLAUSE.match(text, pos, pos + 160)
    if m is None:
        m = _CUE_END.match(text, pos, pos + 100)
        if m is None or not (m.group(1) or _CUE_BEFORE.search(text, max(0, pos - 10), pos)):
            return None
        return "m" if m.group(2) == "He" else "f"
    return "m" if m.group(1) == "he" else "f"


def _full_of(name: str, fulls: list[tuple[int, str]]) -> str:
    """Return the one full name a bare given name opens ('Orla' -> 'Orla Fennelly'), else name."""
    if " " in name or given_gender(name.lower()) is None:
        return name
    same = {f for _, f in fulls if f.startswith(name + " ")}
    return same.pop() if len(same) == 1 else name
