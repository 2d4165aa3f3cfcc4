"""In-document speaker resolution: names, surnames, roles, pronouns and organisations."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from presswatch.quotes.descriptions import establish, match
from presswatch.quotes.docindex import alone_mid_sentence, registry_lookup, word_spans
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.words import (
    DOC_NAMES,
    NOT_NAMES,
    PARTICLES,
    PLACE_PREPS,
    PREPOSITIONS,
    is_place_at,
    personal,
)

# '\b' before a letter is checked after it ('(?<!\w.)'): same matches, the engine skips ahead;
# the runs are possessive ('*+'): what follows them is never in their class, so giving back a
# character cannot help and a lone capitalised word fails without backtracking through it
_CAP_RUN = re.compile(
    r"[A-Z](?<!\w.)[\w'’.-]*+"
    r"(?:[ \t]++(?:[A-Z][\w'’.-]*+|(?:de|van|von|bin|al|da|del|la|le)\b))+"
)
# he|his|him|she|her|hers in any case, spelt out as re.IGNORECASE matches them (faster)
_GENDERED = re.compile(
    r"[HhSsſ](?<!\w.)(?:(?<=[Hh])(?:[Ee](?:[Rr][Ssſ]?)?|[Iiİı][SsſMm])|(?<=[Ssſ])[Hh][Ee])\b"
)
_OPENERS = lexicon().sets["clause_openers"]
_GENDER_REACH = 2  # distinct people passed over for a gender match before an unknown one wins
_PLACE_HEADS = lexicon().sets["place_heads"]
_INDEFINITE = lexicon().sets["indefinite"]
_MALE = frozenset({"he", "his", "him", "mr.", "mr"})
_FEMALE = frozenset({"she", "her", "hers", "mrs.", "ms.", "mrs", "ms"})


def _is_place(core: list[str] | tuple[str, ...]) -> bool:
    """Return whether two name words are a place: 'South Ivesk', 'North Korea' (not 'West')."""
    return len(core) == 2 and core[0].lower() in _PLACE_HEADS


def _clean(word: str) -> str:
    return word.strip(',;:()[]"“”')


def name_core(surface: str) -> list[str]:
    """Return the person-name words at the end of a speaker phrase (titles, possessives dropped)."""
    return list(_name_core(surface, DOC_NAMES.get()))


@lru_cache(maxsize=65536)
def _name_core(surface: str, names: frozenset[str]) -> tuple[str, ...]:
    """Return name_core's words as a tuple (memoised: a pure function of the phrase and the
    article's common words used as names)."""
    titles = lexicon().titles
    words = [_clean(w) for w in surface.split()]
    core: list[str] = []
    for w in reversed(words):
        low = w.lower()
        if not w or w.endswith(("'s", "’s")) or low in titles:
            break
        if low in NOT_NAMES and w not in names:
            break
        if not (w[0].isupper() or low in PARTICLES):
            break
        core.append(w if len(w) == 2 and w.endswith(".") else w.rstrip("."))
    if len(core) < len(words) and words[len(words) - len(core) - 1].lower() in PLACE_PREPS:
        return ()  # 'The delegate from Nordland', 'dockers at Port Ivesk': the name is a place
    core.reverse()
    while core and core[0].lower() in PARTICLES:
        core.pop(0)
    return tuple(core)


def _cut_at_sentence_end(run: str) -> str:
    """Return a capitalised run up to a word that ends a sentence ('Point. Carson' -> 'Point')."""
    words = run.split(" ")
    for k, w in enumerate(words[:-1]):
        if w.endswith(".") and len(w) > 2 and w.lower() not in lexicon().titles:
            return " ".join(words[: k + 1])
    return run


@lru_cache(maxsize=1 << 15)
def _run_parts(group: str, names: frozenset[str]) -> tuple[int, str, str, tuple[str, ...]] | None:
    """Return (length, surname key, full name, leading titles) of a capitalised run that names a
    person, else None (memoised: a pure function of the run; names, the article's doc names
    that name_core reads, is part of the key)."""
    run = _cut_at_sentence_end(group)
    words = run.split()
    core = name_core(run)
    if len(core) < 2 or core[-1].lower() in lexicon().org_words or _is_place(core):
        return None
    lead = [w.lower().rstrip(".") for w in words[: len(words) - len(core)]]
    titles = lexicon().titles
    return len(run), core[-1].lower(), " ".join(core), tuple(t for t in lead if t in titles)


def _person_before_of(surface: str) -> str:
    """Return the person of 'Aris Roe of the Armenian Patriarchate' or 'Mr. Roe of the Sierra
    Club' (two name words, or a title and one), else the surface unchanged."""
    head, sep, _ = surface.partition(" of ")
    if not sep:
        return surface
    core = name_core(head)
    words = head.split()
    titled = len(words) > len(core) and words[-len(core) - 1].lower() in lexicon().titles
    return head if len(core) >= 2 or (core and titled) else surface


def _role_name(words: list[str], core: list[str]) -> bool:
    """Return whether 'the economist Jane Roe' names a person: a lower-case role word before a
    name of two or more words ('the New York Times' has only the determiner before it)."""
    if len(core) < 2 or len(words) <= len(core) + 1:
        return False
    role = words[-len(core) - 1]
    return role.isalpha() and role.islower() and (role in lexicon().titles or personal(list(core)))


def _org_name(surface: str) -> str:
    """Return an organisation's name as a speaker: 'The Kremlin' -> 'the Kremlin'."""
    surface = " ".join(surface.split())
    return "the" + surface[3:] if surface.startswith("The ") else surface


@dataclass
class DocSpeakers:
    """Names seen in one article and the speakers attributed so far (in text order)."""

    text: str
    fulls: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # surname -> mentions
    roles: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # title -> names
    # persons that were speakers or sentence subjects, sorted by position (pronoun antecedents)
    antecedents: list[tuple[int, str]] = field(default_factory=list)
    _genders: dict[str, str] = field(default_factory=dict)
    _pron: list[tuple[int, str]] | None = None  # gendered pronouns, built on first use
    _pron_starts: list[int] = field(default_factory=list)
    _known: dict[str, bool] = field(default_factory=dict)
    _all_fulls: list[tuple[int, str]] = field(default_factory=list)
    _described: list[tuple[int, list[str], str]] | None = None
    # work whose only effect is noting antecedents, queued in text order and run before the next
    # pronoun is resolved (most articles resolve none after most of their sentences)
    _later: list[Callable[[], object]] = field(default_factory=list)
    _settling: bool = False

    def __post_init__(self) -> None:
        text = self.text
        names = DOC_NAMES.get()  # a key of the memo: 'May' is a name only in some articles
        for m in _CAP_RUN.finditer(text):
            parts = _run_parts(m.group(), names)
            if parts is None:
                continue
            size, key, full, titles = parts
            start = m.start()
            if is_place_at(text, start, start + size):
                continue  # 'at Port Ivesk': a place, never a person
            self.fulls.setdefault(key, []).append((start, full))
            for title in titles:
                self.roles.setdefault(title, []).append((start, full))
        self._all_fulls = sorted(m for ms in self.fulls.values() for m in ms)

    def gender(self, name: str) -> str | None:
        """Return 'm' or 'f' from the pronouns that follow mentions of the name, else None."""
        words = name.split()
        if len(words) > 1 and words[0].lower() in lexicon().first_names:
            return lexicon().first_names[words[0].lower()]
        surname = words[-1]
        if surname in self._genders:
            return self._genders[surname] or None
        score = 0
        if self._pron is None:
            self._pron = [(m.start(), m.group().lower()) for m in _GENDERED.finditer(self.text)]
            self._pron_starts = [p for p, _ in self._pron]
        starts = self._pron_starts
        for start, end in word_spans(self.text, surname):
            lead = self.text[max(0, start - 5) : start].lower().strip()
            if lead in _MALE or lead in _FEMALE:
                score += 3 if lead in _MALE else -3
            k = bisect.bisect_left(starts, end)
            if k < len(starts) and starts[k] - end < 160:
                score += 1 if self._pron[k][1] in _MALE else -1
        g = "m" if score > 0 else "f" if score < 0 else ""
        self._genders[surname] = g
        return g or None

    def full_name(self, core: list[str], pos: int) -> str:
        """Return the best full name in the document for a name (surname -> 'First Last')."""
        if len(core) >= 2:
            return " ".join(core)
        cands = self.fulls.get(core[-1].lower(), [])
        before = [full for p, full in cands if p <= pos]
        if before:
            return before[-1]
        if cands:
            return cands[0][1]
        actor = registry_lookup(core[-1])
        if actor and actor.kind == "person":
            return actor.name
        return core[-1]

    def resolve(self, surface: str, pos: int) -> tuple[str | None, bool]:
        """Return (speaker name or None, is a person) for a subject phrase at position pos."""
        lex = lexicon()
        low = surface.lower().strip()
        kind = lex.pronouns.get(low)
        if kind == "person":
            name = self._pronoun(low, pos)
            if name:
                self._remember(pos, name)
            return name, True
        if kind:
            return None, False
        surface = _person_before_of(surface)
        words = surface.split()
        if words[0].lower().strip(",") in _OPENERS:  # 'Instead, …', 'Following the debate Roe'
            rest = surface[len(words[0]) :].strip()
            return self.resolve(rest, pos) if rest[:1].isupper() else (None, False)
        head = _clean(words[-1]).lower() if words else ""
        found = None
        if words[-1][:1].islower() and words[0].lower() == "the":
            if self._described is None:  # built on first use: most articles never need it
                self._described = establish(self.text)
            found = match(self._described, surface, pos)
        if found:  # 'the Ukrainian leader' after 'Jane Roe, the Ukrainian leader,'
            core = name_core(found[1])
            if core:
                name = self.full_name(core, found[0])
                self._remember(pos, name)
                return name, True
        core = name_core(surface)
        if head in lex.org_words or (
            words[0].lower() == "the" and words[-1][:1].isupper() and not _role_name(words, core)
        ):
            return _org_name(surface), False
        if _is_place(core):
            return _org_name(surface), False  # 'North Ivesk said': a state, not a person
        if core and words[0].lower() in _INDEFINITE and len(words) > len(core):
            # 'one senior Democrat', 'an aide to Jane Roe': a description, not the name in it;
            # 'an angry Roe' (a surname of this document, no preposition) is the person
            lead = words[: len(words) - len(core)]
            if any(w.lower() in PREPOSITIONS for w in lead) or (
                len(core) == 1 and core[0].lower() not in self.fulls
            ):
                return None, False
        if core:
            if len(core) == 1:
                actor = registry_lookup(core[0])
                if actor and actor.kind == "organisation":
                    return _org_name(surface), False
            name = self.full_name(core, pos)
            self._remember(pos, name)
            return name, True
        if head in lex.titles:
            cands = [full for p, full in self.roles.get(head, []) if p <= pos]
            if cands:
                self._remember(pos, cands[-1])
                return cands[-1], True
        return None, False

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

    def note_subject(self, surface: str, pos: int, person: bool = False) -> bool:
        """Remember a person named at the start of a sentence (pronoun antecedent); return
        whether the phrase ends in a person's name. person: the text says it is one ('X, who')."""
        core = name_core(surface)
        if not core or core[-1].lower() in lexicon().org_words or _is_place(core):
            return False
        if is_place_at(self.text, pos, pos + len(surface.rstrip())):
            return False
        if len(core) == 1 and core[0].lower() not in self.fulls and not person:
            actor = registry_lookup(core[0])
            if actor is None or actor.kind != "person":
                return True
        actor = registry_lookup(core[-1]) if len(core) == 1 else None
        if actor is None or actor.kind == "person":
            self._remember(pos, self.full_name(core, pos))
        return True

    def later(self, work: Callable[[], object]) -> None:
        """Queue work that only notes antecedents; it runs before the next pronoun is resolved."""
        self._later.append(work)

    def drop_later(self) -> None:
        """Drop the queued work unrun: the article is done and no pronoun is left to resolve
        (the queue refers back to this object: cleared, the whole goes with its last reference)."""
        self._later.clear()

    def settle(self) -> None:
        """Run the queued antecedent work, oldest first (a pronoun inside it sees the older)."""
        if self._settling or not self._later:
            return
        self._settling = True
        try:
            for work in self._later:
                work()
            self._later.clear()
        finally:
            self._settling = False

    def _remember(self, pos: int, name: str) -> None:
        bisect.insort(self.antecedents, (pos, name))

    def _pronoun(self, pronoun: str, pos: int) -> str | None:
        self.settle()
        want = "m" if pronoun in _MALE else "f"
        for cands in (self.antecedents, self._all_fulls):
            k = bisect.bisect_left(cands, (pos, ""))
            unknown = None
            seen: set[str] = set()
            for _, name in reversed(cands[max(0, k - 60) : k]):
                g = self.gender(name)
                if g == want:
                    return name
                if g is None and unknown is None:
                    unknown = name
                seen.add(name)
                # a person of unknown gender wins over a match further back than a few people
                if unknown is not None and len(seen) > _GENDER_REACH:
                    return unknown
            if unknown is not None:
                return unknown
        return None
