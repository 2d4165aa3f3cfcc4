"""Cue detection: the reporting verb next to a quote and the subject that goes with it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from presswatch.quotes import subjects
from presswatch.quotes.adjuncts import ADJUNCT, after_noun, before_adjunct
from presswatch.quotes.askers import ASKED_OPENING, asker
from presswatch.quotes.chunker import joint_after, joint_start, org_and, org_and_after, title_run
from presswatch.quotes.cue import Cue
from presswatch.quotes.cuechains import issued_with, state_cue, with_chain, written_elsewhere
from presswatch.quotes.describing import with_phrase
from presswatch.quotes.docindex import verb_matches
from presswatch.quotes.extents import subject_after
from presswatch.quotes.lexicon import alternation, lexicon, plural_title
from presswatch.quotes.openings import opened_subject
from presswatch.quotes.phrases import ADJECTIVAL, adjectival, kin_after, subject_before
from presswatch.quotes.restrictive import restrictive_subject, who_antecedent
from presswatch.quotes.subjects import OPENERS, clause_subject, is_named
from presswatch.quotes.words import DETERMINERS, FUNCTION

_NOT_CUE_AFTER = re.compile(r"\s+(?:off|up|in|out|into|back)\b")
_TELL = frozenset({"told", "tells", "tell", "telling", "reminded", "reminds"})  # no inversion
_COLON_INTRO = re.compile(r":\s*$")
# past participles that modify a noun when a preposition follows ('the process described in')
_PARTICIPLES = frozenset({"described", "outlined", "detailed", "published", "quoted", "cited"})
_PARTICIPLE_NEXT = re.compile(r" (?:in|by|at|on|during|earlier|last) ")
_LABEL = re.compile(r"\s*([A-Z][\w'’.-]*)\s*")  # one capitalised word before the colon
_COORDINATED = re.compile(r"\b(?:and|but)\s+(?:(?:also|then|later|has|had|have)\s+)*$")
_PAST = re.compile(r"\s+(?:(?:also|then|later)\s+)?([a-z]{3,}ed)\b")
_EMBEDDED = frozenset({"he", "she", "they", "we", "i", "it"})
_CLAUSE_OPENERS = lexicon().sets["clause_openers"]
# words that open a clause of their own after a quote ('…,” after Jane Roe praised'), no modifier
_NOT_MODIFIERS = FUNCTION | lexicon().sets["subordinators"] | lexicon().sets["clause_prepositions"]


_NOUN_BEFORE = re.compile(
    r"\b(?:[Tt]he|an|his|their|its|my|our|your|these|those)\s+$",
)
_NOUN_BEFORE_SEARCH = _NOUN_BEFORE.search
_NOUN_ENDS = "enrsy"  # the last letters of its words, one of which ends where the spaces start
_OF_BEFORE = re.compile(r"\bof\s+(?:[a-z]+-[\w-]+\s+)?$")
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s\s+$")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_AFTER_PREPOSITION = re.compile(r"\b(?:to|for|with|about|against|on|at)\s+(?:the\s+)?$")
_ACCORDING = re.compile(r"\bAccording to\b")
# 'with NP (adverb) -ing': an absolute construction whose NP is the participle's subject
_WITH_SUBJECT = re.compile(r"\bwith\s+((?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)\s+(?:[a-z]+ly\s+)?$")
# a participle or place phrase between a subject and its verb ('living near', 'outside')
_MODIFIER_PHRASE = re.compile(
    rf"(?:\b[a-z]{{3,}}(?:ing|ed)\s+(?:[a-z]+\s+)?(?:{alternation('modifier_prepositions')})"
    rf"|\b(?:{alternation('modifier_places')}))\s+(?:(?:the|a|an)\s+)?$"
)
_DASH = re.compile(r"[\s.,]*([―—–]|--?)\s*(?=[A-Z])")


def verbs_in(masked: str, lo: int, hi: int) -> list[re.Match[str]]:
    """Return the cue-verb matches in masked[lo:hi] that are used as reporting verbs."""
    out = []
    matches: Iterable[re.Match[str]] = verb_matches(masked, lo, hi)
    if masked.find("According to", lo, hi) >= 0:  # sentence-initial 'According to X, “…”'
        matches = sorted([*matches, *_ACCORDING.finditer(masked, lo, hi)], key=lambda m: m.start())
    for m in matches:
        start = m.start()
        if start > 0 and masked[start - 1] in "-'’":
            continue
        verb = m.group()
        if verb.startswith("call") and _NOT_CUE_AFTER.match(masked, m.end()):
            continue
        if verb in ADJECTIVAL and adjectival(masked, lo, start, m.end()):
            continue  # 'an informed source', 'was assured of'
        near = max(lo, start - 30)
        # the three patterns below end in spaces, so their last word ends where the spaces
        # before the verb start (space): each is searched for only where it could start
        space = near + len(masked[near:start].rstrip())
        if space == start:
            pass  # no space before the verb: none of them can match
        elif masked[space - 1] in _NOUN_ENDS and _NOUN_BEFORE_SEARCH(
            masked, max(near, space - 5), start
        ):
            continue  # 'the reports', 'Roe’s claims', 'late-night tweets': a noun, not a verb
        elif masked.find("of", near, space) >= 0 and _OF_BEFORE.search(masked, near, start):
            continue  # a plural noun after 'of' (a quantity or collective head): not a verb
        if space == near > lo:  # spaces fill the near window: find where they start
            space = lo + len(masked[lo:start].rstrip())
        if (
            space < start
            and verb.endswith("ed")
            and masked[space - 1] == "s"  # where the possessive must end
            and _POSSESSIVE_BEFORE.search(masked, max(lo, space - 3), start)
        ):
            nxt = _NEXT_WORD.match(masked, m.end())
            if nxt and nxt.group(1) not in FUNCTION and nxt.group(1) not in DETERMINERS:
                continue  # 'Roe’s proposed credit': a modifier ('Roe’s said that' is a verb)
        out.append(m)
    return out


def _with_subject(
    masked: str, m: re.Match[str], lo: int, hi: int, sent_lo: int | None = None
) -> Cue | None:
    """Return the cue for verb match m, its subject looked for before it, else after it."""
    before = masked[lo : m.start()].strip(" —–-\x00\t")
    according = m.group().lower() == "according to"
    if m.group().endswith("ing") and not according:
        sent = lo if sent_lo is None else sent_lo
        with_np = _WITH_SUBJECT.search(masked, max(lo, m.start() - 60), m.start())
        with_np = with_np or with_chain(masked, sent, m.start())
        # 'with their union leader calling it “…”': the participle's own subject (not 'responded
        # with a statement calling it “…”': the text of the response verb's subject)
        issuer = issued_with(masked, with_np, sent) if with_np else None
        if with_np and not issuer:
            return Cue(m.start(), m.end(), with_np.start(1), with_np.end(1), m.group())
        # '…, Roe said, adding “…”': the participle goes on the trailing cue before it
        subj = issuer or subjects.trailing_cue_subject(masked, sent, m.start())
        # a participle takes the subject of its sentence: 'Trump spoke, saying “…”'
        subj = subj or clause_subject(masked, sent, m.start())
        if subj or before.endswith(",") or not before:
            return Cue(m.start(), m.end(), subj[0], subj[1], m.group()) if subj else None
    if before.endswith(",") and not according and m.group() not in _TELL:
        # 'The trouble, says Jane Roe, an engineer, is that it was “…”': a parenthetical cue
        subj = subject_after(masked, m.end() + 1, hi)
        if (
            subj
            and not masked[m.end() : subj[0]].strip()
            and masked[subj[0]].isupper()
            and is_named(masked, subj)
            and masked.startswith(",", subj[1])
        ):
            return Cue(m.start(), m.end(), subj[0], subj[1], m.group())
    if rel := subjects.relative_subject(masked, lo, m.start()) or restrictive_subject(
        masked, lo, m.start()
    ):
        return Cue(m.start(), m.end(), rel[0], rel[1], m.group())
    if who := who_antecedent(masked, lo, m.start()):
        return Cue(m.start(), m.end(), who[0], who[1], m.group())
    before = before.strip(",")
    if before.lower() in OPENERS:  # 'But, said Solovey, “…”'
        before = ""
    if _COORDINATED.search(masked, lo, m.start()):  # 'Roe spoke briefly but said “…”'
        subj = clause_subject(masked, lo, m.start())
        return Cue(m.start(), m.end(), subj[0], subj[1], m.group()) if subj else None
    if before and not according:
        subj = subject_before(masked, lo, m.start())
        if (adj := ADJUNCT.search(masked, max(lo, m.start() - 70), m.start())) and (
            subj is None or (subj[0] > adj.start() and not after_noun(masked, subj))
        ):  # 'Roe during a rally on Sunday thanked', 'The mayor on Tuesday told'
            subj = before_adjunct(masked, lo, adj.start()) or subj
        subj = with_phrase(masked, lo, subj, m.start())  # 'a narrator in the ad says'
        if subj and (part := _MODIFIER_PHRASE.search(masked, max(lo, subj[0] - 40), subj[0])):
            # 'Residents living near the harbour chanted': the noun the phrase modifies
            subj = subject_before(masked, lo, part.start()) or subj
        if subj and (start := joint_start(masked, lo, subj)) is not None:
            subj = (start, subj[1])  # 'Ana Ruiz and Tom Reyes wrote': both of them
        if subj and masked[subj[0] : subj[1]] not in lexicon().stance:  # 'Roe claims affirmed'
            return Cue(m.start(), m.end(), subj[0], subj[1], m.group())
        return None
    if m.group() in _TELL:
        return None
    subj = subject_after(masked, m.end() + 1, hi, source=according, group=True)
    if subj and according and subjects.owned_thing(masked[subj[0] : subj[1]]):
        return None  # 'Roe said that according to its count, …': a count speaks for nobody
    if subj:
        subj = speaker_after(masked, subj, hi)
        return Cue(m.start(), m.end(), subj[0], subj[1], m.group())
    return None


def speaker_after(masked: str, subj: tuple[int, int], hi: int) -> tuple[int, int]:
    """Return the speaker span of a subject read after its verb or frame, up to hi."""
    # 'said the minister, Jo Roe,': the name; 'said Ana Ruiz and Tom Reyes': both; 'the mother of
    # three': the whole description
    subj = subjects.name_after(masked, subj, hi) or org_and_after(masked, subj, hi) or subj
    return kin_after(masked, joint_after(masked, subj, hi) or subj, hi)


def cue_after(masked: str, lo: int, hi: int) -> Cue | None:
    """Return the cue in the text just after a quote ('…,' she said / said the mayor)."""
    cue = _cue_after(masked, lo, hi)
    if cue is None:  # '“…,” Toomey fumed.': a name and a past-tense verb right after the quote
        subj = subject_after(masked, lo + len(masked[lo:hi]) - len(masked[lo:hi].lstrip(" ,")), hi)
        verb = _PAST.match(masked, subj[1], hi) if subj and is_named(masked, subj) else None
        if verb is None and (state := state_cue(masked, lo, hi)):
            return Cue(*state)
        # '“…,” after Jane Roe praised …': a clause of its own, not the quote's cue
        lead = masked[subj[0] : subj[0] + 12].split(" ", 1)[0] if verb else ""
        if verb and not masked[lo : subj[0]].strip(" ,\x00") and lead not in _CLAUSE_OPENERS:
            cue = Cue(verb.start(1), verb.end(1), subj[0], subj[1], verb.group(1))
    return cue


def _cue_after(masked: str, lo: int, hi: int) -> Cue | None:
    dash = _DASH.match(masked, lo, hi)
    if dash:  # '“…” ― Jane Roe'
        subj = subject_after(masked, dash.end(), hi)
        if subj:
            return Cue(dash.start(1), dash.end(1), subj[0], subj[1], "—")
    for m in verbs_in(masked, lo, min(hi, lo + 240)):
        gap = masked[lo : m.start()]
        if len(gap.split()) > 32:
            return None
        if m.group().lower() == "according to" and gap.strip(" ,—–-"):
            continue
        if subjects.IN_RELATIVE.search(gap):  # 'a resident, who asked not to be named, told'
            continue
        if gap.rstrip().endswith(",") and m.group() not in _TELL:  # '…” for the EU, said X'
            subj = subject_after(masked, m.end() + 1, hi)
            if subj and is_named(masked, subj):
                return Cue(m.start(), m.end(), subj[0], subj[1], m.group())
        cue = _with_subject(masked, m, lo, hi)
        if cue is None:
            return None
        # the subject must start the gap ('…,' Smith, a senator, said) unless the verb comes first
        gap = masked[lo : cue.subj_start]
        if cue.subj_start > m.start() or not gap.strip(" ,—–-\x00\t") or subjects.joined_roles(gap):
            return cue
        if plural_title(gap.strip(' ,—–-\x00\t”"')):
            return cue  # '“…,” Senators Ana Ruiz and Tom Reyes said': the pair, not the title
        # '… “…” by spring, Roe argued.': a cue closing the sentence
        if (
            masked[lo : cue.subj_start].rstrip().endswith(",")
            and len(masked[m.end() : hi].split()) <= 4
        ):
            return cue
        prefix = masked[lo : cue.subj_start].strip(" ,—–-\x00\t")
        if (
            len(prefix.split()) <= 3
            and not any(c in prefix for c in ",.;:!?()\x00")
            # ('…”, while retailers warned': a clause of its own, not a modifier)
            and not any(w.lower() in _NOT_MODIFIERS for w in prefix.split())
            # a pronoun subject takes no modifier words before it: such a cue sits inside a
            # relative clause after the quote, so the words before it are not a name
            and masked[cue.subj_start : cue.subj_end].lower() not in _EMBEDDED
        ):
            start = masked.index(prefix, lo)  # '“…,” ever-cautious Roe said'
            return Cue(cue.verb_start, cue.verb_end, start, cue.subj_end, cue.verb)
        subject = masked[cue.subj_start : cue.subj_end]
        if is_named(masked, (cue.subj_start, cue.subj_end)) and (
            title_run(prefix, subject) or org_and(prefix, subject)
        ):  # '“…,” the Post's editor Jo Roe said', 'Securities and Exchange Commission chair
            return Cue(
                cue.verb_start, cue.verb_end, masked.index(prefix, lo), cue.subj_end, cue.verb
            )
        words = prefix.split()
        if (
            words
            and (words[0].lower() in DETERMINERS or words[0].endswith(("'s", "’s")))
            and len(words) <= 8
            and (
                masked[lo : cue.subj_start].rstrip().endswith(",")
                # 'the head of the regional administration Oleh Kiper said' (translated copy)
                or (len(words) > 2 and words[1] in lexicon().titles and words[2] == "of")
            )
            and not any(c in prefix for c in ".;:!?()\x00")
        ):
            return cue  # '“…” the party's nominee, Jane Roe, tweeted' / 'Acme's chief, Jane Roe,'
        return None
    return None


def cue_before(
    masked: str, lo: int, hi: int, sent_lo: int | None = None, question: bool = False
) -> Cue | None:
    """Return the nearest cue before a quote ('she said, “…”'; question: its words end in '?')."""
    verbs = verbs_in(masked, lo, hi)
    last = verbs[-1] if verbs else ASKED_OPENING.match(masked, lo, hi)
    if last and masked.startswith("\x00", hi) and (found := asker(masked, last, hi, question)):
        return Cue(*found)
    for m in reversed(verbs):
        if m.group() in _PARTICIPLES and _PARTICIPLE_NEXT.match(masked, m.end()):
            continue  # 'Roe said the process described in the paper was “…”'
        if m.group() == "accused" and masked.startswith(" of ", m.end()):
            continue  # 'PM accused of ‘running down the clock’': the accusers speak
        if written_elsewhere(masked, m, hi):
            continue  # 'Roe has written a book in which she calls it “…”': not the quote's cue
        cue = _with_subject(masked, m, lo, hi, sent_lo)
        if cue:
            if masked[cue.subj_start : cue.subj_end].lower() in _EMBEDDED:
                # 'Roe told reporters she thought “…”': the outer speaker and cue win
                outer = cue_before(masked, lo, cue.subj_start)
                if outer and outer.verb != ":":
                    return outer
            return cue
    colon = _COLON_INTRO.search(masked, lo, hi)
    if colon:  # 'Trump, in a post on X: “…”' / '… doesn't surprise pollster Jane Roe: “…”'
        subj = subject_before(masked, lo, colon.start())
        if subj and _AFTER_PREPOSITION.search(masked, max(lo, subj[0] - 12), subj[0]):
            subj = clause_subject(masked, lo, colon.start())  # 'Roe sent a message to Doe:'
        if not (subj and is_named(masked, subj)):  # 'When Lind died, Berg issued this:'
            subj = clause_subject(masked, lo, colon.start()) or opened_subject(masked, lo, hi)
        if subj and masked[subj[0] : subj[0] + 12].split(" ", 1)[0] in _NOT_MODIFIERS:
            return None  # '… with “all his soul” that the quay would open:' names nobody
        if not subj and (label := _LABEL.fullmatch(masked, lo, colon.start())):
            subj = label.span(1)  # 'Minister: “…”': the caller resolves a title or drops it
        if subj:
            return Cue(hi, hi, subj[0], subj[1], ":")
    return None
