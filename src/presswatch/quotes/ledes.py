"""Delayed identification: a lede's unnamed official ('The leader of Acme Council has said …')
named in the next paragraphs ('Tom Reyes, who has led the council since 2022, told …')."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from presswatch.quotes.headline import headline_roles, repeated_lines
from presswatch.quotes.holders import title_run
from presswatch.quotes.inherit import Item
from presswatch.quotes.lexicon import lexicon, office_title, rank_words, rows
from presswatch.quotes.pronouns import GENDERED, MALE
from presswatch.quotes.words import FUNCTION, PREPOSITIONS

if TYPE_CHECKING:
    from presswatch.quotes.speakers import DocSpeakers

# per role: the verb forms of a holder now, and those of a former holder ('*': of an office noun)
_VERBS = {r[0]: (frozenset(r[1].split()), frozenset(r[2].split())) for r in rows("role_verbs.tsv")}
_OFFICES = lexicon().sets["office_nouns"]
_ENDS = lexicon().sets["holding_ends"]
_BODIES = lexicon().sets["body_nouns"]  # 'who has led the authority': any body's word
_CONTROLLED = ("-run", "-led", "-controlled")  # 'the Labour-run authority': its ruling party
# a role and its 'of'/'for' before a subject that is the role's body ('The chief constable of
# Harbour Police': the subject found is 'Harbour Police')
_ROLE_OF = re.compile(r"\b([Tt]he|[Aa]n?) ((?:[a-z-]+ ){0,3}[a-z-]+) (?:of|for) (?:the )?$")
_DETERMINERS = frozenset({"the", "a", "an"})
_LINKS = frozenset({"of", "for", "at"})
_APPOSITIVE = re.compile(r",? ([^,;.\n“”\"]{3,90})[,;.]")
_BEEN = re.compile(r"(?:who )?(?:is|has been|is now|now) ")  # 'who has been chief constable'
_DATES = re.compile(r"\bfrom \d{4} to\b|\bin the \d{4}s\b|\b\d{4}-\d{2,4}\b")
_WORD = re.compile(r"[a-z][\w-]*")
_OF = re.compile(r",? of (?:the )?([A-Z][\w'’-]+)")  # 'President Tom Reyes of Kelvia'
_END = frozenset(".!?")


@dataclass(frozen=True)
class _Role:
    """A lede's description: its role head, the words before it, and the body it is of."""

    role: str
    mods: tuple[str, ...]
    body: tuple[str, ...]  # 'Dunmore Borough Council' (original case), empty when none

    @property
    def words(self) -> frozenset[str]:
        """Return the description's lower-case words."""
        return frozenset(self.mods) | {w.lower() for w in self.body}


def _plain(word: str) -> str:
    """Return a word lower-cased with its possessive and punctuation cut ("Acme's": acme)."""
    return re.sub(r"['’]s$", "", word.strip(",.;:").lower())


def _parse(words: list[str]) -> _Role | None:
    """Return the role of a singular description ('a former defence minister'), else None."""
    if len(words) < 2 or words[0].lower() not in _DETERMINERS:
        return None
    cut = next((k for k, w in enumerate(words) if k and w.lower() in (*_LINKS, "in")), len(words))
    if cut == 1 or any(not w.isalpha() or w != w.lower() for w in words[1:cut]):
        return None  # 'the Harbour Board', 'the mayor’s office'
    if not office_title(words[cut - 1]):
        return None
    body = tuple(w for w in words[cut + 1 :] if w.lower() != "the")
    return _Role(words[cut - 1], tuple(words[1 : cut - 1]), body)


def _same_body(desc: _Role, words: list[str]) -> bool:
    """Return whether an 'of' complement fits the description's body (capitalised words agree)."""
    caps = {w for w in words if w[:1].isupper()}
    mine = {w for w in desc.body if w[:1].isupper()}
    lower = {w.lower() for w in words if not w[:1].isupper() and w != "the"}
    return (not caps or not mine or caps <= mine) and lower <= desc.words


def _head_fits(desc: _Role, words: list[str]) -> bool:
    """Return whether words are '(the) [mods] ROLE [of BODY]' fitting the description's role."""
    # the role heads the phrase, with no modifier the description lacks and the same rank
    # ('the council leader'; not 'the deputy leader', 'the mayor's chief of staff')
    low = [_plain(w) for w in words]
    start = 1 if low and low[0] in _DETERMINERS else 0
    cut = next((k for k in range(start, len(low)) if low[k] in (*_LINKS, "since")), len(low))
    if cut <= start or low[cut - 1] != desc.role:
        return False
    mods = low[start : cut - 1]
    if any(m not in desc.words for m in mods) or rank_words(mods) != rank_words(list(desc.mods)):
        return False
    if cut == len(low) or low[cut] == "since" or not desc.body:
        return True  # ('who has been chief constable since 2021')
    return _same_body(desc, [w.strip(",.") for w in words[cut + 1 :]])


def _verb_fits(desc: _Role, said: list[str]) -> bool:
    """Return whether 'who has led the council' says its person holds the described role."""
    # a holder now says 'leads', 'has led'; a past or bounded term ('who led … until 2019') fits
    # only 'the former leader'; the verb's object is the description's body ('the council')
    if len(said) < 3 or said[0] != "who":
        return False
    perfect = said[1] in ("has", "have")
    verb, rest = (said[2], said[3:]) if perfect else (said[1], said[2:])
    now, then = _VERBS.get(desc.role, (frozenset(), frozenset()))
    office_now, office_then = _VERBS["*"]
    former = "ex" in rank_words(list(desc.mods)) or "former" in desc.mods
    ended = bool(set(said) & _ENDS) or _DATES.search(" ".join(said)) is not None
    if verb in now | office_now or (perfect and verb in then | office_then):
        current = True
    elif verb in then | office_then:
        current = False
    else:
        return False
    if current == former or (ended and not former):
        return False
    obj = rest[1:] if rest[:1] in (["the"], ["its"]) else []
    stops = FUNCTION | PREPOSITIONS | _ENDS
    obj = obj[: next((k for k, w in enumerate(obj) if w in stops or w.isdigit()), len(obj))]
    if verb in office_now | office_then:
        return len(obj) == 1 and obj[0] in _OFFICES
    # 'the council', 'the Labour-run authority' (a word for any body); not 'the union'
    return (
        bool(obj)
        and all(w in desc.words or w.endswith(_CONTROLLED) for w in obj[:-1])
        and (obj[-1] in desc.words or obj[-1] in _BODIES)
    )


def _fits(text: str, at: int, full: str, desc: _Role) -> bool:
    """Return whether full's mention at at holds the described role by its title or appositive."""
    end = text.find(full, at, at + 80)
    end = end + len(full) if end >= 0 else at + len(full)
    run_text = title_run(text, at, full).split(full.split()[0].lower(), 1)[0]
    run = _WORD.findall(re.split(r"\n|[.!?] ", run_text)[-1])  # this sentence's words only
    if desc.role in run:  # 'Chief Constable Lina Berg', not 'President Tom Reyes of Kelvia'
        k = len(run) - 1
        while (
            k > 0
            and run[k - 1] not in _DETERMINERS | FUNCTION
            and not lexicon().verb_re.fullmatch(run[k - 1])
        ):
            k -= 1
        of = _OF.match(text, end)
        elsewhere = of is not None and desc.body and not _same_body(desc, [of.group(1)])
        return _head_fits(desc, run[k:]) and not elsewhere
    if not text.startswith(",", end) or not (app := _APPOSITIVE.match(text, end)):
        return False
    said = app.group(1).split()
    if said[0] == "who" and _verb_fits(desc, [_plain(w) for w in said]):
        return True
    been = _BEEN.match(app.group(1))
    return _head_fits(desc, app.group(1)[been.end() :].split() if been else said)


def _gender(text: str, lo: int, hi: int) -> str | None:
    """Return 'm' or 'f' for the first gendered pronoun in text[lo:hi], else None."""
    m = GENDERED.search(text, lo, hi)
    return None if m is None else "m" if m.group().lower() in MALE else "f"


def _lede(text: str, paras: list[tuple[int, int, int]]) -> int:
    """Return the position in paras of the lede: the first paragraph unless it is a headline."""
    _, lo, hi = paras[0]
    last = text[lo:hi].rstrip().rstrip("\"”’'")  # a sentence ends '… “very close”.' or '… well.”'
    return 0 if last[-1:] in _END and len(text[lo:hi].split()) > 6 else 1


def roles_named(
    text: str, doc: DocSpeakers, items: list[Item], paras: list[tuple[int, int, int]]
) -> None:
    """Set the speakers of repeated lines, the lede's description and the headline's role."""
    repeated_lines(text, items)
    delayed_names(text, doc, items, paras)
    headline_roles(text, doc, items)


def delayed_names(
    text: str, doc: DocSpeakers, items: list[Item], paras: list[tuple[int, int, int]]
) -> None:
    """Name the lede's description speakers by the one person the next paragraphs give that role."""
    k = _lede(text, paras) if paras else 0
    if k + 1 >= len(paras):
        return
    idx, lo, hi = paras[k]
    for it in items:
        if it.para != idx or it.surface is None:
            continue
        start, end = it.surface
        surface = text[start:end]
        if it.speaker is not None and it.speaker.lower() != surface.lower():
            continue  # resolved to someone by the rules before
        lead = _ROLE_OF.search(text, max(lo, start - 60), start)
        if lead:  # 'The chief constable of Harbour Police'
            start = lead.start()
        desc = _parse(text[start:end].split())
        if desc is None:
            continue
        named = _named(text, doc, desc, paras[k + 1 : k + 3])
        gender = _gender(text, end, hi)
        if named and (gender is None or doc.gender(named) in (None, gender)):
            it.speaker, it.surface, it.rule = named, (start, end), "delayed"


def _named(
    text: str, doc: DocSpeakers, desc: _Role, after: list[tuple[int, int, int]]
) -> str | None:
    """Return the one person first named in the paragraphs after that holds the role."""
    fits: set[str] = set()
    first = after[0][1] if after else 0
    for _, lo, hi in after:
        for at, full in doc.mentions(lo, hi):
            if " " not in full or doc.mentioned_before(full, first):
                continue  # a person named before the lede's next paragraph is no new one
            if _fits(text, at, full, desc):
                fits.add(full)
    return fits.pop() if len(fits) == 1 else None
