"""Organisation descriptions resolved to the organisation the article named: 'the ministry',
'the agency', 'the statement' (its issuer), 'a spokesperson for the council' (the council)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from presswatch.quotes import agents
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.namecore import name_core
from presswatch.quotes.orgblock import latest
from presswatch.quotes.orgnames import CAPW, JOIN, Mention, kinds, scan, speaker_form
from presswatch.quotes.words import DETERMINERS, unicode_caps

if TYPE_CHECKING:
    from presswatch.quotes.speakers import DocSpeakers

Orgs = Callable[[str | None], list[Mention]]
_SPOKES = re.compile(r"(?i)^(?:an?|one) (?:(.+) )?spokes(?:man|woman|person)(?: for (.+))?$")
# a body named with 'the' and a capitalised head ('the Treasury', 'the Home Office')
_THE_NAMED = re.compile(r"[Tt]he (?:[A-Z][\w'’-]* )*[A-Z][\w'’-]*$")
# a person's name in apposition closing a clause ('…, Tom Reyes.', '…, Tom Reyes, said')
_APPOSED_NAME = re.compile(r", ([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)+)(?=[.,;]|$)")
_NOUNS = lexicon().sets["statement_nouns"]  # 'statement', 'note', 'post' …
_NOUN = "(?:" + "|".join(sorted(_NOUNS)) + ")"
_END = r"(?![\w-])"  # the noun ends the word: not 'post-match'
# the noun is lower case on purpose: 'the Harbour Post' and 'the Post' stay newspapers
_STATEMENT = re.compile(rf"^(?i:the|a|an) (?:\w+ )?({_NOUN})(?: (?:from|by) (.+))?$")
# 'the union's statement', 'Acme's new statement': the possessor issued it
_OWNED = re.compile(rf"^((?:[Tt]he )?[\w'’-]+(?: [\w'’-]+){{0,2}}?)['’]s (?:\w+ )?{_NOUN}$")
# 'X said in a statement', 'X informed, in a note,', 'X issued (a joint) statement', 'X made a
# written statement' ('made' only a statement or announcement: 'made a note of' is an idiom)
_ISSUED = re.compile(
    r"(?:(?: later| also| then| \w+ly)?(?: said| says| added| announced| wrote| confirmed| stated"
    r"| insisted| explained| noted| warned| informed)(?: \w+)?,? in an?|"
    rf" (?:issued|released|put out|published|posted|sent)(?: an?)?) (?:\w+ )?({_NOUN}){_END}"
    rf"| made an? (?:\w+ )?(statement|announcement){_END}"
)
# 'a statement from X'; the other nouns only before a name ('the note from Jo Roe'), as 'the
# release from custody', 'the announcement by the army' are no issued words
_FROM = re.compile(rf"(?i)\b({_NOUN})s? (?:from|by) ")
_FROM_ANY = frozenset({"statement", "communique"})
# 'In a statement on Monday, X', 'In a post on its Facebook page, X'
_IN_A = re.compile(rf"\b[Ii]n an? (?:\w+ )?({_NOUN})(?: on [^,.;\n]{{1,40}}| \w+day)?, ")


def _owner(doc: DocSpeakers, owner: str, pos: int) -> tuple[str | None, bool] | None:
    """Return (issuer, is a person) for the owner of a possessed statement, else None."""
    first, _, rest = owner.partition(" ")
    if first in ("A", "An") and rest.islower():
        return None, False  # 'A spokesman's statement': unnamed ('An Post' is a name)
    if not rest and len({f for _, f in doc.fulls.get(owner.lower(), [])}) > 1:
        return None, False  # 'Ruiz's statement' after Ana Ruiz and Marco Ruiz: either
    found = doc.resolve(owner, pos)  # 'the union's statement': the union
    if first in ("The", "the") and rest.islower() and (found[0] or "").lower() == owner.lower():
        return None, False  # 'The company's statement' and no company found: unnamed
    return found if found[0] else None


def wanted(surface: str) -> bool:
    """Return whether a speaker phrase is one this module may resolve (cheap test)."""
    low = surface.lower()
    return (
        low.rpartition(" ")[2] in _NOUNS
        or "statement" in low  # 'statements', 'a statement from the council'
        or "spokes" in low
        or agents.wanted(low)  # 'an aide to Jane Roe'
        or (low.startswith("the ") and low[4:] in kinds().words)
        or (low.startswith("the ") and low.rsplit(" ", 1)[-1] in kinds().by_word)
        or agents.whole(surface) is not None  # 'sources close to Ana Ruiz'
    )


def doc_orgs(doc: DocSpeakers, noun: str | None = None) -> list[Mention]:
    """Return the organisations the article names (of one noun's kind), scanned once per kind."""
    if noun not in doc.orgs:
        doc.orgs[noun] = scan(doc.text, noun)
    return doc.orgs[noun]


def speaker(doc: DocSpeakers, surface: str, pos: int) -> tuple[str | None, bool] | None:
    """Return (organisation or statement issuer, is a person) a description names, else None."""
    if agents.whole(surface) and agents.parts(surface) is None:
        return None, False  # 'sources close to Ana Ruiz': unnamed, never Ana Ruiz
    owned = _OWNED.match(surface)  # mid-sentence too: '“…,” the union's statement said'
    if owned and ((owner := owned.group(1))[:1].isupper() or owner.startswith("the ")):
        return _owner(doc, owner, pos)
    person: list[bool] = []
    orgs = functools.partial(doc_orgs, doc)

    def named(phrase: str, at: int) -> str | None:
        core = name_core(phrase)
        person.append(bool(core))
        return doc.full_name(core, at) if core else None

    agent = agents.wanted(surface.lower()) and "," not in surface and agents.parts(surface)
    if agent and (at := agents.apposed(doc.text, surface, pos)) and (name := named(at[1], at[0])):
        return name, True  # 'Tom Reyes, the lawyer for Ana Ruiz,' … 'the lawyer for Ana Ruiz'
    # 'said the spokesman for Saltvik Holdings, Tom Reyes.': the one spokesman, named (not 'an
    # aide to the mayor, Edvin Strand': the name may be the mayor's)
    after = _APPOSED_NAME.match(doc.text, pos + len(surface))
    definite = agent and agent[0] == "the" and agent[2].split()[-1][:1].isupper()
    if (
        definite
        and after
        and agents.speaks_for(surface)
        and (name := named(after.group(1), after.start(1)))
    ):
        return name, True
    # the person spoken for is never the speaker ('a spokeswoman for Vance' after 'Carly Vance')
    args = (doc.text, orgs, surface, pos, named)
    found = None if agent and agents.known_person(doc, agent[2]) else resolve(*args)
    if found:
        return found, bool(person and person[-1])
    if agent:  # 'a spokeswoman for Tesla', 'an aide to Jane Roe'
        return _agent(doc, orgs, surface, pos, agent[1], agent[2])
    return None


def _agent(
    doc: DocSpeakers, mentions: Orgs, surface: str, pos: int, lead: list[str], whom: str
) -> tuple[str, bool]:
    """Return (the organisation spoken for, or else the whole description, False) for an agent
    description ('a spokeswoman for Tesla', 'an aide to Jane Roe')."""
    # only a spokesperson speaks for a body, never a former or senior one ('a former aide to
    # Acme'), an adviser or an envoy; an organisation word makes a body whatever a later 'he'
    # suggests ('the Harbour Police Department'); when unsure, the description speaks
    body = (
        not lead
        and agents.speaks_for(surface)
        and (
            _org_word(whom.split()[-1])
            or _THE_NAMED.match(whom) is not None  # 'the Treasury', 'the Home Office'
            or (
                not agents.known_person(doc, whom)
                and agents.is_body(
                    doc.text, whom, (pos, pos + len(surface)), lambda o, p: _is_org(mentions, o, p)
                )
            )
        )
    )
    if body:
        return _org(doc.text, mentions, whom, pos) or whom, False
    words = surface.split()
    if words[0].lower() in DETERMINERS:  # 'A spokeswoman for Tesla said …': one spelling
        words[0] = words[0].lower()
    return " ".join(words), False


def resolve(
    text: str, mentions: Orgs, surface: str, pos: int, name: Callable[[str, int], str | None]
) -> str | None:
    """Return the organisation (or a statement's issuer) a phrase at pos stands for, else None."""
    # mentions: returns the organisations of the text; name: turns an issuer phrase at a position
    # into the speaker it names
    words = surface.split()
    low = surface.lower()
    if len(words) == 2 and low.startswith("the ") and words[1] in kinds().words:
        return latest(text, mentions(words[1]), words[1], pos)
    if "," in surface:  # 'a spokesperson for the council, Jane Roe': the name, resolved elsewhere
        tail = surface.rstrip(", ").rpartition(", ")[2]
        if (
            _SPOKES.match(surface.partition(",")[0])
            and tail[:4].lower() == "the "
            and tail[4:5].isupper()
        ):
            return speaker_form(tail) if _is_org(mentions, tail, pos) else None
        return None  # (but 'a spokesman for the regulator, the Water Authority,': the body)
    if len(words) > 2 and low.startswith("the ") and words[-1].lower() in kinds().by_word:
        return _longer(mentions(), surface[4:], pos)  # 'the Security Council'
    if m := _SPOKES.match(surface):
        org = m.group(2) or m.group(1)
        if not org:  # 'Galway Council said … In a statement, a spokesperson said'
            return _paragraph_subject(text, mentions(), pos)
        if (m.group(1) and m.group(2)) or not _is_org(mentions, org, pos):
            return None  # 'a Trump spokesman': not the person
        return _org(text, mentions, org, pos)
    if m := _STATEMENT.match(surface):
        issuer = (pos, m.group(2)) if m.group(2) else _issuer(text, pos, _plain(m.group(1)))
        if issuer is None:
            return None
        if _is_org(mentions, issuer[1], issuer[0]):
            return _org(text, mentions, issuer[1], issuer[0])
        return name(issuer[1], issuer[0])
    return None


def _paragraph_subject(text: str, found: list[Mention], pos: int) -> str | None:
    """Return the one organisation earlier in pos's paragraph when it is a subject, else None."""
    start = text.rfind("\n", 0, pos) + 1
    here = [m for m in found if start <= m.pos < pos]
    names = {m.name.removeprefix("the ").removeprefix("The ") for m in here}
    if len(names) != 1 or not any(m.subject for m in here):
        return None  # none, or two bodies ('Harbour Council and Tarrow Council met')
    return speaker_form(here[0].name)


def _longer(found: list[Mention], tail: str, pos: int) -> str | None:
    """Return the one longer name before pos that a short name ends ('UN Security Council')."""
    if not tail[:1].isupper():
        return None
    names = {m.name for m in found if m.pos < pos and m.name.endswith(" " + tail)}
    names = {n for n in names if n.removeprefix("the ").removeprefix("The ") != tail}
    by_key = {n.removeprefix("the ").removeprefix("The "): n for n in names}
    return speaker_form(by_key.popitem()[1]) if len(by_key) == 1 else None


def _org(text: str, mentions: Orgs, org: str, pos: int) -> str | None:
    """Return an organisation phrase as a speaker ('the council' resolved when it can be)."""
    words = org.split()
    if len(words) == 1 and org.islower():
        org = "the " + org  # 'a council spokesperson'
        words = org.split()
    if len(words) == 2 and words[0].lower() == "the" and words[1] in kinds().words:
        return latest(text, mentions(words[1]), words[1], pos) or speaker_form(org)
    if len(words) > 2 and words[0].lower() == "the":  # the issuer 'the Security Council'
        return _longer(mentions(), org[4:], pos) or speaker_form(org)
    return speaker_form(org)


def _org_word(word: str) -> bool:
    """Return whether a word is an organisation word or makes a name of an organisation kind."""
    last = word.lower().removesuffix("’s").removesuffix("'s")
    return last in lexicon().org_words or last in kinds().by_word


def _is_org(mentions: Orgs, org: str, pos: int) -> bool:
    """Return whether a phrase names an organisation."""
    # an organisation word, an acronym, or a name the text gave as one
    if _org_word(org.split()[-1]) or _org_word(org.partition(" of ")[0].split()[-1]):
        return True  # 'the Harbour Board', 'the Secretariat of Health of …'
    bare = org.removeprefix("the ").removeprefix("The ")
    return (bare.isupper() and len(bare) > 1) or any(
        m.name.removeprefix("the ") == bare for m in mentions() if m.pos < pos
    )


_ISSUER = re.compile(
    unicode_caps(rf"(?:[Tt]he (?:[a-z]+ ){{0,2}}[a-z]+|(?:[Tt]he )?{CAPW}(?:{JOIN} {CAPW})*)$")
)
_AFTER = re.compile(unicode_caps(rf"(?:[Tt]he )?{CAPW}(?:{JOIN} {CAPW})*|the(?: [a-z]+){{1,3}}"))


def _trim(phrase: str) -> str | None:
    """Return a phrase cut after its last organisation word when it is lower case, else as is."""
    phrase = phrase.rstrip(",.;:")
    if not phrase.islower():
        return phrase
    words = phrase.split()
    while len(words) > 1 and not _org_word(words[-1]):
        words.pop()
    return " ".join(words) if len(words) > 1 else None


def _issuer(text: str, pos: int, noun: str) -> tuple[int, str] | None:
    """Return (position, phrase) of the issuer of the latest such noun ('note') before pos."""
    # None when that statement's issuer is no name or organisation: 'she said in a statement';
    # only the same noun counts: 'the statement said' is not the note or post of another
    events: list[tuple[int, str | None]] = []
    spans: list[tuple[int, int]] = []
    for m in _ISSUED.finditer(text, 0, pos):
        spans.append(m.span())
        if _plain(m.group(1) or m.group(2)) != noun:
            continue
        left = text[max(0, m.start() - 80) : m.start()]
        left = left[left.rfind(". ") + 2 :] if ". " in left else left
        got = _ISSUER.search(left.rstrip(", "))  # 'A lawyer for Jo Roe, Ana Ruiz, said in …'
        events.append((m.start(), got.group(0) if got else None))
    for pattern in (_FROM, _IN_A):
        for m in pattern.finditer(text, 0, pos):
            if _plain(m.group(1)) != noun or any(a <= m.start() < b for a, b in spans):
                continue  # 'X informed, in a note, that …': the issuer is the verb's subject
            got = _AFTER.match(text, m.end())
            if pattern is _FROM and noun not in _FROM_ANY and not (got and _named(got.group(0))):
                continue
            events.append((m.end(), _trim(got.group(0)) if got else None))
    if not events:
        return None
    at, phrase = max(events)
    if len(re.findall(r"\n+", text[at:pos])) > 1:
        return None  # the statement of an older paragraph
    return (at, phrase) if phrase else None


def _plain(noun: str) -> str:
    """Return a statement noun in lower case without its accent ('communiqué': 'communique')."""
    return noun.lower().replace("é", "e")


def _named(phrase: str) -> bool:
    """Return whether a phrase is a capitalised name ('Jo Roe', 'the Harbour Council')."""
    return phrase.removeprefix("the ")[:1].isupper()
