"""In-document speaker resolution: names, surnames, roles, pronouns and organisations."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from presswatch.quotes import groupwords, holders, orgrefs, partymembers, salient
from presswatch.quotes import roles as role_rules
from presswatch.quotes.anaphors import refer, unnamed_person
from presswatch.quotes.askers import asks_question
from presswatch.quotes.chunker import joint_name
from presswatch.quotes.descriptions import PARTY_NOUNS, establish, match
from presswatch.quotes.docindex import registry_lookup
from presswatch.quotes.lexicon import alternation, capital_alternation, lexicon
from presswatch.quotes.namecore import (
    clean,
    is_place,
    name_core,
    named_in_apposition,
    org_name,
    person_before_of,
    role_name,
)
from presswatch.quotes.nameindex import NameIndex
from presswatch.quotes.orgnames import undotted
from presswatch.quotes.placeroles import place_speaker
from presswatch.quotes.pronouns import MALE
from presswatch.quotes.sentences import boundaries
from presswatch.quotes.titleof import of_role
from presswatch.quotes.words import PREPOSITIONS, has_org_joint, is_doc_name, is_place_at

__all__ = ["DocSpeakers", "name_core"]

_OPENERS = lexicon().sets["clause_openers"]
_INDEFINITE = lexicon().sets["indefinite"]
_CAPITALISED = re.compile(r"\b[A-Z][\w-]*(?:['’](?!s\b)[\w-]+)*")  # 'Hart's office': Hart
# kept apart from orgblock/announce _QUOTED: curly marks only, an unclosed one runs to the end
_QUOTED = re.compile(r"“[^“”]*”?")
# a clause opening with a definite, possessive or named subject ('The mayor was unmoved', 'Hart's
# office did not respond', 'before the mayor interrupted')
_OTHER_SUBJECT = re.compile(
    rf"(?:^|[.!?]\s+|\n|\b(?:{alternation('other_subject_links')}) )(?:(?:"
    rf"{capital_alternation('other_subject_determiners')}) |[A-Z][\w-]*['’]s |[A-Z][\w'’-]* [A-Z])"
)
_UNNAMED_REACH = 1500  # characters a pronoun looks back for an unnamed speaker


@dataclass
class DocSpeakers(NameIndex):
    """Names seen in one article and the speakers attributed so far (in text order)."""

    # persons that were speakers or sentence subjects, sorted by position (pronoun antecedents)
    antecedents: list[tuple[int, str]] = field(default_factory=list)
    # work whose only effect is noting antecedents, queued in text order and run before the next
    # pronoun is resolved (most articles resolve none after most of their sentences)
    _later: list[Callable[[], object]] = field(default_factory=list)
    _settling: bool = False
    cue_subjects: list[int] = field(default_factory=list)  # where cues' subjects were resolved
    orgs: dict[str | None, list[orgrefs.Mention]] = field(default_factory=dict)  # by kind
    # subjects that introduced one unnamed person ('a reporter for Nordic Wire'): (start, end,
    # speaker, gender); and the span of the one a pronoun at a position took
    unnamed: list[tuple[int, int, str | None, str]] = field(default_factory=list)
    pronoun_of: dict[int, tuple[int, int]] = field(default_factory=dict)

    def resolve(self, surface: str, pos: int) -> tuple[str | None, bool]:
        """Return (speaker name or None, is a person) for a subject phrase at position pos."""
        if " and " in surface and (joint := joint_name(surface, self.text, pos, self._resolve)):
            return joint, False  # a joint statement: all of them ('Ana Ruiz and Tom Reyes')
        found = self._resolve(undotted(surface), pos)  # 'said Kelp Ltd.': Kelp Ltd
        if found[0] in (None, surface.strip()):  # 'Orvane said … “…,” the company said'
            found = salient.resolve(self, surface, pos) or found
        if found[0] and not found[1]:  # 'an Acme Inc. spokesman': Acme Inc
            found = undotted(found[0]), False
        if not found[1] and (gender := unnamed_person(surface)):
            end = pos + len(surface.rstrip())
            if not asks_question(self.text, pos, end):
                bisect.insort(self.unnamed, (pos, end, found[0], gender))
        return found

    def described(self, surface: str, pos: int, holders_too: bool = False) -> str | None:
        """Return the person a 'the …' description at pos names (noted there), else None."""
        words = surface.split()
        found = None
        if words[0].lower() == "the" and (
            words[-1][:1].islower() or len(words) == 2 or words[-1].lower() in PARTY_NOUNS
        ):  # 'the Ukrainian leader', 'the Speaker', 'the Minnesota Democrat'
            found = match(establish(self.text), surface, pos, self.text) or refer(self, words, pos)
        if found and (core := name_core(found[1])):  # after 'Jane Roe, the Ukrainian leader,'
            if self.headline_garbage(found[0], name := self.full_name(core, found[0])):
                return None  # a title-case headline's run names no one
            self._remember(pos, name)
            return name
        head, lex = words[-1], lexicon()  # holders: an opening subject ('Later the mayor was …')
        if not holders_too or head not in lex.titles or head in lex.org_words:
            return None
        return self._holder(words, head, pos)

    def _resolve(self, surface: str, pos: int) -> tuple[str | None, bool]:
        lex = lexicon()
        low = surface.lower().strip()
        bisect.insort(self.cue_subjects, pos)
        kind = lex.pronouns.get(low)
        if kind == "person" and (desc := self._unnamed_before(low, pos)):
            self.pronoun_of[pos] = desc[:2]  # 'said a reporter. “…,” he said': the reporter
            return desc[2], False
        if kind == "person":
            if name := self._pronoun(low, pos):
                self._remember(pos, name)
            return name, True
        if kind or partymembers.member_description(surface):  # 'one Republican': no one
            return None, False
        if groupwords.outlet(low):  # 'state media', 'local radio': the outlet is its kind
            return surface.strip(), False
        if orgrefs.wanted(surface.strip()) and (org := orgrefs.speaker(self, surface, pos)):
            return org
        if low.endswith("-year-old") and (aged := role_rules.AGED.fullmatch(low)):
            if name := self._aged(aged.group(1), pos):
                self._remember(pos, name)
            return name, True
        surface = person_before_of(named_in_apposition(surface) or surface)
        if has_org_joint(surface):  # 'Reporters Without Borders', 'Doctors for Peace'
            return org_name(surface), False
        words = surface.split()
        # 'Instead, …', 'Following the debate Roe' (not 'From said' after 'Tom From')
        if words[0].lower().strip(",") in _OPENERS and not is_doc_name(surface):
            rest = surface[len(words[0]) :].strip()
            return self._resolve(rest, pos) if rest[:1].isupper() else (None, False)
        head = clean(words[-1]).lower() if words else ""
        if found := place_speaker(self, surface, words, pos):  # 'the mayor of Dunmore'
            return found
        core = name_core(surface)
        role_of = of_role(words, core)  # 'the Minister of Finance('s)': a role, never a body
        if len(core) > 2 and " of " in surface:  # 'Minister of Agriculture Igor Roe': Igor Roe
            core = role_rules.person_core(surface, core)
        role = role_rules.role_head(words) if words[0].lower() == "the" else None
        if role and (role_of or not core) and (name := self._titled(role_of or words, role, pos)):
            return name, True  # 'the minister' after 'The Minister of Education, Jane Roe,'
        if role_of:
            return None, False  # no one holder: the description, unresolved
        if not core and holders.country_title(words):  # (a cheap test before the name scan)
            self._ensure_scanned()  # 'the Turkish minister': 'Minister … of Türkiye Jo Roe'
            if name := holders.by_country(self.text, self._all_fulls, self._roles, words, pos):
                self._remember(pos, name)
                return name, True
        if head in lex.org_words or (
            words[0].lower() == "the"
            and words[-1][:1].isupper()
            and not role_name(words, core)
            and not holders.titled_the(self.text, self.roles.get(head, []), words, pos)
        ):
            return org_name(surface), False
        if is_place(core):
            return org_name(surface), False  # 'North Ivesk said': a state, not a person
        if core and words[0].lower() in _INDEFINITE and len(words) > len(core):
            # 'one senior Democrat', 'an aide to Jane Roe': a description, not the name in it;
            # 'an angry Roe' (a surname of this document, no preposition) is the person
            lead = words[: len(words) - len(core)]
            if any(w.lower() in PREPOSITIONS for w in lead) or (
                len(core) == 1 and core[0].lower() not in self.fulls
            ):
                return None, False
        if core:
            actor = registry_lookup(core[0]) if len(core) == 1 else None
            if actor and actor.kind == "organisation":
                return org_name(surface), False
            title = words[-len(core) - 1].lower() if len(words) > len(core) else ""
            if self.headline_garbage(pos, name := self.full_name(core, pos, title)):
                return None, False
            self._remember(pos, name)
            return name, True
        name = self._holder(words, head, pos) if head in lex.titles else None
        return (name, True) if name else (None, False)

    def _holder(self, words: list[str], head: str, pos: int) -> str | None:
        """Return the holder of the title head a description at pos names (noted), else None."""
        fit = holders.fitting(self.text, self.roles.get(head, []), words, pos)
        # an abbreviated title ('Sen. Jane Roe' … 'the senator') only with every modifier
        fit = fit or holders.fitting(
            self.text, self._abbreviated.get(head, []), words, pos, strict=True
        )
        if name := holders.holder(self.text, fit, self.antecedents, pos, head, self.gender):
            self._remember(pos, name)
        return name

    def _unnamed_before(self, pronoun: str, pos: int) -> tuple[int, int, str | None] | None:
        """Return (start, end, speaker) of the unnamed person a he/she at pos names, else None."""
        # the latest subject, in this or the previous paragraph, of no other gender, and no other
        # subject or named person since its sentence ('said a reporter. “…,” he said')
        k = bisect.bisect_left(self.unnamed, (pos,))
        if not k:
            return None
        start, end, speaker, gender = self.unnamed[k - 1]
        if gender == ("f" if pronoun in MALE else "m"):
            return None
        if pos - end > _UNNAMED_REACH:
            return None  # (far back: also bounds the scans below)
        breaks = len(re.findall(r"\n+", self.text[end:pos]))
        if breaks > 1:
            return None  # an older paragraph
        j = bisect.bisect_right(self.cue_subjects, start)
        k = bisect.bisect_left(self.cue_subjects, pos)
        # another subject between ('“…,” the mayor said. “…,” he said'); in its own paragraph a
        # 'he said' that took the description is none
        if any(breaks or self.pronoun_of.get(p) != (start, end) for p in self.cue_subjects[j:k]):
            return None
        between = _QUOTED.sub(lambda m: " " * len(m.group()), self.text[end:pos])
        if _OTHER_SUBJECT.search(between):
            return None
        self.settle()
        self._ensure_scanned()
        lo = boundaries(self.text, max(0, start - 300), start + 1)[-2]  # its sentence's start
        for named in (self.antecedents, self._all_fulls):  # not one inside it ('an aide to Roe')
            cut = [bisect.bisect_left(named, (p,)) for p in (lo, start, end, pos)]
            if cut[0] < cut[1] or cut[2] < cut[3]:
                return None
        outside = f"{self.text[lo:start]} {self.text[end:pos]}"  # or a surname ('Clinton, an aide')
        if any(w.lower() in self.fulls for w in _CAPITALISED.findall(outside)):
            return None
        return start, end, speaker

    def _aged(self, age: str, pos: int) -> str | None:
        """Return the person 'the N-year-old' at pos names, else None."""
        self.settle()
        k = bisect.bisect_left(self.cue_subjects, pos)  # since the subject of the quote before
        named = self.recent(self.cue_subjects[k - 1] if k else 0, pos)
        return role_rules.aged(self.text, self._all_fulls, named, age, pos)

    def recent(self, lo: int, pos: int, mentions: bool = True) -> list[tuple[int, str]]:
        """Return whom a description at pos may name: the subjects and speakers since lo."""
        self.settle()
        self._ensure_scanned()
        named = [m for m in self.antecedents if lo <= m[0] < pos]
        if mentions:  # or the names outside the quote; not one a later pronoun contradicts
            named = role_rules.latest_people(self.text, named, self._all_fulls, lo, pos)
        return [(p, n) for p, n in named if not self._gendered().disagrees(n, p, pos)]

    def _titled(self, words: list[str], role: str, pos: int) -> str | None:
        """Return the person 'the minister (of …)' at pos names by a titled 'of' name (noted)."""
        self._ensure_scanned()
        complement = [w.lower() for w in words[3:] if w.lower() not in ("the", "and")]
        found = role_rules.titled_name(self.text, self._all_fulls, role, complement, pos)
        if found is None or any(found[0] < p <= pos for p, _ in self._roles.get(role, [])):
            return None  # a nearer 'Health Minister Tom Reyes' (the role lookup below)
        self._remember(pos, found[1])
        return found[1]

    def note_subject(self, surface: str, pos: int, person: bool = False) -> bool:
        """Note a sentence-opening person as an antecedent; return whether it ends in a name."""
        core = role_rules.person_core(surface, name_core(surface))  # 'Minister of Energy Jo Roe'
        if not core or core[-1].lower() in lexicon().org_words or is_place(core):
            return False
        end = pos + len(surface.rstrip())  # (a headline's title-case run names nobody)
        if is_place_at(self.text, pos, end) or self.headline_only(core, pos):
            return False
        if len(core) == 1 and not self.person_word(core[0], person):  # 'X, who', 'X, for her part'
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
        """Drop the queued work unrun: the article is done and no pronoun is left to resolve."""
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

    def note_name(self, pos: int, name: str) -> None:
        """Note a resolved name as the latest antecedent at pos."""
        bisect.insort(self.antecedents, (pos, name))

    _remember = note_name

    def _pronoun(self, pronoun: str, pos: int) -> str | None:
        self.settle()
        cands = (self.antecedents, self.pronoun_fulls())
        return self._gendered().antecedent(pronoun, pos, cands)
