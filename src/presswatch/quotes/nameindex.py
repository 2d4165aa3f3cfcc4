"""The names one article mentions: full names by surname, titled names by title, and genders."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from presswatch.quotes import roles as role_rules
from presswatch.quotes.descriptions import PARTY_NOUNS
from presswatch.quotes.docindex import alone_mid_sentence, registry_lookup
from presswatch.quotes.lexicon import lexicon, title_abbreviations
from presswatch.quotes.namecore import SUFFIXES, cap_runs, org_word, run_parts, sentence_pieces
from presswatch.quotes.pronouns import FEMALE, MALE, Genders, subject_pronoun
from presswatch.quotes.shortforms import person_beside, place_word, product_name
from presswatch.quotes.words import DOC_NAMES, is_place_at, personal

_ABBREVIATIONS = title_abbreviations()
_REGNAL = lexicon().sets["regnal_titles"]
_GIVEN = lexicon().first_names  # 'u' also marks a family name that opens a name ('Li Qiang')
_PIECE_WORDS = 6  # a name piece after a sentence end has at most this many words
_INDUSTRY = lexicon().sets["industry_heads"]
_LINKS = lexicon().sets["prepositions"] | {"and", "or", "the", "a", "an"}


def _pieces(text: str, runs: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Yield each capitalised run and the name-like pieces after the sentence ends inside it."""
    titles = lexicon().titles
    for start, end in runs:
        yield start, end  # 'Oslo. Tom Reyes spoke': 'Oslo.' here, 'Tom Reyes' below
        if text.find(". ", start, end) < 0:
            continue  # most runs hold no full stop
        pieces = sentence_pieces(text[start:end])
        for (prev_lo, cut_end), (lo, hi) in pairwise(pieces):
            piece = text[start + lo : start + hi]
            cut = text[start + prev_lo : start + cut_end].rsplit(" ", 1)[-1]
            words = [w.rstrip(".").lower() for w in piece.split(" ")]
            # a given name or title among its first two words ('Clinton. Majority Leader Ana Roe',
            # 'Fla. Gov. Ana Reyes'; not 'Trump. One California delegate'), no short abbreviation
            # before it ('St. Louis Cardinals') and no headline ('Tom Reyes Warns Of Chaos')
            if (
                len(words) < 2
                or len(words) > _PIECE_WORDS
                or piece.isupper()
                or any(w in _LINKS for w in words[1:])
                or (len(cut) < 4 and words[0] not in titles)  # 'St.' + 'Louis'
                or not any(w in _GIVEN or w in titles for w in words[:2])
                or any(  # two people in a row: 'Oslo. Tom Reyes Ana Ruiz and …'
                    w in _GIVEN and words[k - 1] not in _GIVEN and words[k - 1] not in titles
                    for k, w in enumerate(words[2:], 2)
                )
            ):
                continue
            yield start + lo, start + hi


def _title_case_headline(text: str) -> int:
    """Return the end of a title-case headline line that opens the text, else 0."""
    end = text.find("\n")
    line = text[:end].rstrip().removesuffix(".")  # a headline may end in a full stop
    if end < 0 or not line or line[-1] in '.!?:"”' or ". " in line or line.startswith("By "):
        return 0  # (a byline, 'By Jo Roe', is no headline)
    long = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return end if len(long) >= 3 and all(w[0].isupper() for w in long) else 0


def _given_led(words: list[str]) -> bool:
    """Return whether name words are a known given name and one or two more ('Rita Moss')."""
    # not a title-case run as long as 'Maria Lopez Could Win'
    return 1 < len(words) <= 3 and words[0].lower() in _GIVEN


def _headline_name(text: str, head: int, full: str) -> str | None:
    """Return the name a title-case headline's run stands for, else None: a known given name
    and surname ('Ana Roe Wins Vote': Ana Roe), or the run when the body repeats its last word."""
    words = full.split()
    if words[0].lower() in _GIVEN:
        return " ".join(words[:2])  # (a headline holds no '. ': no 'Jo F. Roe')
    last = words[-1].strip("'’")
    return full if any(text.find(last + c, head) >= 0 for c in (" ", ",", ".", "'", "’")) else None


@dataclass
class NameIndex:
    """The names mentioned in one article, scanned on first use (DocSpeakers extends it)."""

    text: str
    _genders: Genders | None = None  # built on first use
    _known: dict[str, bool] = field(default_factory=dict)
    # the name scan, run on first use (most articles resolve no speaker): surname -> mentions,
    # title -> names, every mention in text order
    _fulls: dict[str, list[tuple[int, str]]] | None = None
    _roles: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    _abbreviated: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    _all_fulls: list[tuple[int, str]] = field(default_factory=list)
    _pronoun_fulls: list[tuple[int, str]] | None = None  # built on first use
    _bare: set[str] = field(default_factory=set)  # one-word names a sentence showed a person
    _names: frozenset[str] = frozenset()
    _head: int = -1  # the end of a title-case headline line (0: none), found on first use

    def __post_init__(self) -> None:
        self._names = DOC_NAMES.get()  # a key of the memo: 'May' is a name only in some articles

    @property
    def fulls(self) -> dict[str, list[tuple[int, str]]]:
        """Return the document's full-name mentions by surname (scanned on first use)."""
        return self._scan() if self._fulls is None else self._fulls

    @property
    def headline_end(self) -> int:
        """Return the end of the article's title-case headline line, else 0."""
        if self._head < 0:
            self._head = _title_case_headline(self.text)
        return self._head

    def headline_garbage(self, pos: int, full: str) -> bool:
        """Return whether a name at pos is a title-case headline's run that names no one."""
        return pos < (head := self.headline_end) and _headline_name(self.text, head, full) is None

    @property
    def roles(self) -> dict[str, list[tuple[int, str]]]:
        """Return the document's titled names by title (scanned on first use)."""
        self._ensure_scanned()
        return self._roles

    def _ensure_scanned(self) -> None:
        if self._fulls is None:
            self._scan()

    def _scan(self) -> dict[str, list[tuple[int, str]]]:
        text, names = self.text, self._names
        if DOC_NAMES.get() is not names:  # the rules below read the names of the context too
            token = DOC_NAMES.set(names)
            try:
                return self._scan()
            finally:
                DOC_NAMES.reset(token)
        self._fulls = fulls = {}
        head = self.headline_end
        for start, end in _pieces(text, cap_runs(text)):
            parts = run_parts(text[start:end], names)
            if parts is None or (text[end - 1] in "'’" and text[end - 2] != "s"):
                continue  # (a run that a closing single mark ends is a quoted title)
            size, key, full, titles = parts
            if start < head and (name := _headline_name(text, head, full)) != full:
                if name is None:
                    continue  # 'Critics Fume Over Roe's Budget Triumph': title case, no name
                full, key = name, name.rsplit(" ", 1)[-1].lower()
            if key in PARTY_NOUNS:
                continue  # 'the Oregon Democrat': a description, no person's name
            full = full.rstrip("'’")  # 'Bernie Sanders' campaign'
            if full.count(" ") > 1 and text.find(" of ", max(0, start - 40), start) > 0:
                full = role_rules.person_after_title(text, start, full)  # 'Minister of … Roe'
            if is_place_at(text, start, start + size):
                continue  # 'at Port Ivesk': a place, never a person
            fulls.setdefault(key, []).append((start, full))
            # 'Jon Reed Jr' … 'Reed added'; a pope's or king's number follows a given name
            if key in SUFFIXES and full.count(" ") > 1 and not _REGNAL.intersection(titles):
                fulls.setdefault(full.rsplit(" ", 2)[1].lower(), []).append((start, full))
            first = full.split(" ", 1)[0].lower()
            if _GIVEN.get(first) == "u" and first != key:  # 'Wang Yi' … 'Wang added'
                fulls.setdefault(first, []).append((start, full))
            for title in titles:
                self._roles.setdefault(title, []).append((start, full))
                for word in _ABBREVIATIONS.get(title, ()):  # 'Sen. Roe' … 'the senator'
                    self._abbreviated.setdefault(word, []).append((start, full))
        self._all_fulls = sorted(m for ms in fulls.values() for m in ms)
        return fulls

    def pronoun_fulls(self) -> list[tuple[int, str]]:
        """Return the (position, full name) mentions a he/she may take: not only in a headline."""
        if self._pronoun_fulls is None:
            head = self.headline_end  # 'Over Roe's School Choice Win': a title-case phrase
            fulls = self.fulls.values()
            kept = (ms for ms in fulls if any(self._body_or_given(m, head) for m in ms))
            self._pronoun_fulls = sorted({m for ms in kept for m in ms})
        return self._pronoun_fulls

    def person_word(self, word: str, person: bool) -> bool:
        """Return whether one name word is a person here: a full name's, or shown so before."""
        if person:
            self._bare.add(word)  # 'Roe, for her part, did not …' … 'Roe, asked about it, shrugged'
        return person or word.lower() in self.fulls or word in self._bare

    def headline_only(self, core: list[str], pos: int) -> bool:
        """Return whether name words at pos stand in the headline and nowhere in the body."""
        head = self.headline_end
        if not head or pos > head:
            return False
        if _given_led(name := (_headline_name(self.text, head, " ".join(core)) or "").split()):
            return name != core  # 'Rita Moss, Mayor': a name; 'Rita Moss Wins': a run
        mentions = self.fulls.get(core[-1].lower(), ())
        return not any(self._body_or_given(m, head) for m in mentions)

    @staticmethod
    def _body_or_given(mention: tuple[int, str], head: int) -> bool:
        """Return whether a full-name mention is after the headline or a given-name-led name."""
        # (with no headline, head is 0: a run that opens the text and never recurs is no one,
        # 'Title-Case Words Of A First Sentence.')
        return mention[0] > head or _given_led(mention[1].split())

    def mentions(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """Return the (position, full name) mentions in text[lo:hi], in text order."""
        self._ensure_scanned()
        found = self._all_fulls
        return found[bisect.bisect_left(found, (lo,)) : bisect.bisect_left(found, (hi,))]

    def mentioned_before(self, full: str, pos: int) -> bool:
        """Return whether a name of full's surname is mentioned before pos."""
        return any(at < pos for at, _ in self.fulls.get(full.rsplit(" ", 1)[-1].lower(), []))

    def gender(self, name: str) -> str | None:
        """Return 'm' or 'f' for a name in this article, else None."""
        return self._gendered().of(name)

    def full_name(self, core: list[str], pos: int, title: str = "") -> str:
        """Return the best full name in the document for a name (surname -> 'First Last')."""
        if len(core) >= 2:
            joined = " ".join(core)
            if len(core) == 2 and core[1].lower().endswith(role_rules.PATRONYMIC):
                self._ensure_scanned()  # 'Igor Petrovich': the full name that opens so
                return role_rules.patronymic_full(core, self._all_fulls) or joined
            if len(core) == 2 and core[1].lower() in SUFFIXES:  # 'Trump Jr' … 'Donald Trump Jr'
                same = [f for _, f in self.fulls.get(core[1].lower(), []) if f.endswith(joined)]
                return max(same, key=len, default=joined)
            return joined
        cands = self.fulls.get(core[-1].lower(), [])
        if cands and (title in MALE or title in FEMALE):  # 'Mr. Li' is not 'Mary Li'
            other = "f" if title in MALE else "m"  # by given name: pronouns mix the family
            cands = [(p, f) for p, f in cands if _GIVEN.get(f.split()[0].lower()) != other]
            if not cands:
                return core[-1]
        elif len(cands) > 1 and not title and (by := subject_pronoun(self.text, pos)):
            # '“…,” Roe said. He …' after 'Tom Roe' and 'Ana Roe': the family member he names
            kept = [(p, f) for p, f in cands if _GIVEN.get(f.split()[0].lower()) == by]
            cands = kept if any(p <= pos for p, _ in kept) else cands
        before = [full for p, full in cands if p <= pos]
        plain = [f for f in before if f.rsplit(" ", 1)[-1].lower() not in SUFFIXES]
        if plain and len(plain) < len(before):  # 'King' is Ann King, not a cited M. L. King Jr.
            return plain[-1]
        if before:
            return before[-1]
        if cands:
            return cands[0][1]
        actor = registry_lookup(core[-1])
        if actor and actor.kind == "person":
            return actor.name
        return self._long_form(core[-1], pos) or core[-1]

    def _long_form(self, word: str, pos: int) -> str | None:
        """Return the one company name that opens with word, named before pos, else None."""
        # 'Pinecrest, in a statement, said' after 'Pinecrest Data Systems': the company
        if word.lower() in _GIVEN or person_beside(self.text, word, pos):
            return None  # 'Kessler, the firm's founder, said': a person
        self._ensure_scanned()
        opening = word + " "
        longer = [(p, f) for p, f in self._all_fulls if f.startswith(opening)]  # in text order
        if not longer or longer[0][0] > pos or any(f != longer[0][1] for _, f in longer):
            return None
        if place_word(self.text, word):
            return None  # 'Qatar said' after 'Qatar Airways': the country
        full = longer[0][1]
        last = full.rsplit(" ", 1)[-1]
        if not (last.lower() in _INDUSTRY or org_word(last)) or personal(full.split()):
            return None  # 'Lou' … 'Lou Jiwei': a person, left to the surname rules
        if self.gender(full) or product_name(self.text, full):
            return None  # a he or she follows its mentions; 'the Corvane Audio headphones'
        # the word alone before the company's name in the body ('Karrow said … Karrow Energy'),
        # or before another capitalised word ('Velmont Systems and the Velmont Foundation')
        second = full.split(" ", 2)[1]
        line = self.text.find("\n") + 1  # a headline's short form is no other ('Acme pill …')
        body = line if line and self.text[: line - 1].rstrip()[-1:] not in '.!?”"' else 0
        if self.text.find(word, body) < self.text.find(full, body) or any(
            m.group(1) != second
            for m in re.compile(rf"\b{re.escape(word)} ([A-Z][\w'’-]*)").finditer(self.text, body)
        ):
            return None
        return full

    def known(self, word: str) -> bool:
        """Return whether a single capitalised word is a name in this document."""
        key = word.strip(",.;:’'").removesuffix("’s").removesuffix("'s")
        hit = self._known.get(key)
        if hit is None:
            # or mid-sentence on its own, not as part of a longer name ('the Port Ivesk strike')
            hit = (
                key.lower() in self.fulls
                or registry_lookup(key) is not None
                or alone_mid_sentence(self.text, key)
            )
            self._known[key] = hit
        return hit

    def _gendered(self) -> Genders:
        if self._genders is None:
            self._genders = Genders(self.text)
        return self._genders
