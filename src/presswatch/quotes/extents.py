"""The whole extent of a description subject, its post-modifiers and the name it gives."""

from __future__ import annotations

import re

from presswatch.quotes.agents import POSTMODIFIERS
from presswatch.quotes.describing import (
    MAX_PHRASES,
    identifying,
    note_head,
    unnamed_head,
    verbs_noun,
)
from presswatch.quotes.groupwords import post_head
from presswatch.quotes.handles import handle_after
from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.namegiven import (
    Toks,
    name_after_time,
    name_given,
    named_person,
    naming_run,
    title_and_name,
)
from presswatch.quotes.nounphrase import noun_phrase_after
from presswatch.quotes.nounwords import (
    ABBREVIATIONS,
    CONTACT,
    TIME_AFTER,
    noun_phrase,
    plain,
)
from presswatch.quotes.words import (
    DETERMINERS,
    FUNCTION,
    ORDINAL,
    OWNERS,
    core,
    is_cap,
    tokens,
    verbish,
)

_SETS = lexicon().sets
# prepositions that open a post-modifier of a description ('a source on the panel'), and
# adjectives that take one ('a person close to the talks', 'an aide familiar with the plan')
_POST_PREPS = _SETS["postmodifier_prepositions"]
_POST_ADJECTIVES = _SETS["postmodifier_adjectives"]
# an object pronoun ending a post-modifier ('close to him'; 'her' also opens 'her family')
_OBJECTS = frozenset(w + p for w in _SETS["object_pronouns"] for p in ("", ".", ",", ";")) - {"her"}
# the speaker post-modifiers a preposition opens ('an official with direct knowledge of the talks')
# or ending in one ('officials briefed on the plan')
_POST_PHRASES = [p for p in POSTMODIFIERS if p[0] in _POST_PREPS or p[-1] in _POST_PREPS]
# nouns of a phrase that goes with the verb, not with the noun: 'said the mayor in a statement',
# 'said the official on Tuesday'; time words ('last', 'week') too
_ADJUNCTS = (
    _SETS["adjunct_nouns"] | _SETS["statement_nouns"] | _SETS["time_words"] | TIME_AFTER
) | _SETS["skip"]
# participles and words that give the name of the person described: 'known as', 'calling
# himself', 'going by the handle', 'named'
_NAMING = _SETS["naming_words"]
# the prepositions of a role's complement ('the head of the court', 'an aide to the mayor'): the
# only ones that join a description after a cue verb ('said the mayor in Dunmore': the verb's)
_COMPLEMENTS = frozenset({"of", "for", "to"})
_PROPER_JOINTS = _COMPLEMENTS | {"the", "and"}  # 'the Court of Appeals for the 3rd Circuit'
# ('site' is a place as often as a website: 'The site on Dock Road was a “temporary” car park')
_SPEAKING = (_SETS["speaking_nouns"] - {"site"}) | lexicon().titles | lexicon().org_words
_OPENERS = frozenset("\x00“\"«‘'")  # masked quoted words or an opening mark
_NEXT_WORD = re.compile(r" +([^\s\x00]+)")
# first words after a phrase that can open its post-modifier or the name it gives
_OPENING = _POST_PREPS | _POST_ADJECTIVES | _NAMING | {"and"}
_LIMIT = 15  # words of a description at most
_WINDOW = 140  # characters after the subject that can hold its post-modifiers


def _contact_clause(span: tuple[int, int], toks: Toks) -> tuple[int, int]:
    """Return the span of a description and its clause up to a comma ('The editor I met,')."""
    for k in range(min(len(toks), 8)):
        word = toks[k][2]
        if word[-1] in ".;:!?" or (k == 0 and not word.isalpha()):
            return span
        if word.endswith(","):
            return span[0], toks[k][1] - 1
    return span


def _no_modifier(text: str, end: int, hi: int, last: str) -> bool:
    """Return whether the word after text[:end] opens no post-modifier (a cheap test)."""
    nxt = _NEXT_WORD.match(text, end, hi)
    after = core(nxt.group(1)).lower() if nxt else ""
    return not (
        after in _OPENING
        or after.endswith("ed")
        or text[end - 1] == "."
        or last.lower() in CONTACT
        or (is_cap(last) and plain(nxt.group(1) if nxt else ""))
    )


def _end(tok: tuple[int, int, str]) -> int:
    """Return the end offset of a token without its closing punctuation."""
    return tok[0] + len(tok[2].rstrip(",;:."))


def _org_name(toks: Toks, first: int, last: int) -> bool:
    """Return whether toks[first : last + 1] is an organisation's name ('the Acme Institute')."""
    words = [core(w) for _, _, w in toks[first : last + 1]]
    if words and words[0].lower() == "the":
        words = words[1:]
    org_words = lexicon().org_words
    return (
        bool(words) and all(is_cap(w) for w in words) and any(w.lower() in org_words for w in words)
    )


def _words(toks: Toks, n: int, count: int) -> list[str]:
    """Return the count words from toks[n] on."""
    return [w for _, _, w in toks[n : n + count]]


def _participle(toks: Toks, n: int) -> int | None:
    """Return the index after a participle's time words ('released Friday') or its 'by'."""
    k = n + 1
    while k < len(toks) and k - n <= 3 and core(toks[k][2]).lower() in TIME_AFTER:
        k += 1
    if k > n + 1:
        return k
    return n + 1 if k < len(toks) and core(toks[k][2]).lower() == "by" else None


def _modifiers(
    text: str, span: tuple[int, int], toks: Toks, n: int, subject: bool, source: bool
) -> tuple[int, int]:
    """Return the span of a description with the post-modifiers from toks[n] on, or its name."""
    free = subject or source  # no cue verb before the phrase
    start, end = head = span
    words = len(text[start:end].split())
    # a clause's subject counts as a speaker when it holds a capitalised word: a phrase after an
    # unnamed one ('The site on Dalkeith Place was') must not make it one
    # (unless its head speaks: a text, a title or a body, 'A memo on the Acme website says')
    last = core(text[start:end].rsplit(None, 1)[-1])
    named = not subject or any(w[:1].isupper() for w in text[start:end].split()[1:])
    named = named or last.lower() in _SPEAKING
    verbs = False  # past a phrase of the verb: only a name given may follow
    unnamed, extra = not free and unnamed_head(text, start, end), 0
    while n < len(toks) and words + n < _LIMIT:
        word = core(toks[n][2]).lower()
        if verbs and word not in _NAMING:
            break
        joined = False
        if word in _NAMING and (first := naming_run(toks, n)) is not None:
            if name := name_given(toks, first):
                return name  # 'the base chief known as Bob'
            if verbs:
                break
            found = noun_phrase(toks, first, names=True)  # 'a gunman known as the Butcher'
            if found is None or found[1]:
                end = _end(toks[found[0]]) if found else end
                break
            n, end = found[0] + 1, _end(toks[found[0]])
            continue  # 'calling himself a victim' → 'of the war'
        if phrase := next((p for p in _POST_PHRASES if _words(toks, n, len(p)) == p), None):
            n, joined = n + len(phrase) - 1, True  # 'an official with knowledge of the talks'
            word = toks[n][2]
        elif word in _POST_ADJECTIVES and n + 1 < len(toks) and toks[n + 1][2] in _POST_PREPS:
            n, joined = n + 1, True  # 'a person close to the talks'
            word = toks[n][2]
        elif word.endswith("ed") and word == toks[n][2] and n + 1 < len(toks):
            k = _participle(toks, n)
            if k is None:
                break
            if k > n + 1 or core(toks[n + 1][2]).lower() != "by":
                end = _end(toks[k - 1])  # 'the order released Friday'
                break
            n, word = n + 1, "by"  # 'a study published by …'
        if word not in _POST_PREPS or toks[n][2] != word:
            break
        if word == "to" and is_cap(toks[n - 1][2] if n else last):
            break  # after a name 'to' joins as an org joint decides ('Commission to Parliament')
        if joined and n + 1 < len(toks) and toks[n + 1][2] in _OBJECTS:
            end = _end(toks[n + 1])  # 'sources close to him.'
            break
        found = noun_phrase(toks, n + 1, names=True)
        if found is None:
            break
        opener = toks[n + 1][2]
        if word == "to" and not (core(opener).lower() in DETERMINERS or is_cap(opener)):
            break  # an infinitive: 'The bias begins to show'
        if found[0] == n + 2 and ORDINAL.fullmatch(core(toks[found[0]][2])):
            break  # a date: 'the office on the 21st'
        if words + found[0] >= _LIMIT:
            return span  # too long to be one description: as it was, not cut anew
        phrase = [w for _, _, w in toks[n + 1 : found[0] + 1]]
        heads = {core(w).lower() for w in phrase}
        if free and word not in _COMPLEMENTS and verbs_noun(phrase, occasion_only=True):
            # 'according to an interview with the Post at the time': the time is the verb's
            return name_after_time(toks, found, heads) or (start, end)
        if not free and word not in _COMPLEMENTS and not joined:
            # after a cue verb a place, time or manner phrase is the verb's ('said the mayor in
            # Dunmore', 'in a statement'); 'wrote the envoy at the time, Jo Roe.': the name
            owned = core(opener).lower() in OWNERS  # 'said the board in its report'
            if owned or heads & _ADJUNCTS:
                return name_after_time(toks, found, heads) or (start, end)
            org = _org_name(toks, n + 1, found[0])
            after = toks[found[0] + 1][2] if found[0] + 1 < len(toks) else None
            if unnamed and extra < MAX_PHRASES and identifying(word, phrase, org, after):
                extra += 1  # 'said one source on the panel': it tells who the source is
            elif found[1] or not org:
                # ('said an analyst at the Acme Institute': the body's name goes on); a name
                # given after the verb's phrase still counts ('a reader from Aarhus known as')
                verbs, n = True, found[0] + 1
                continue
        if not named and any(w[:1].isupper() for _, _, w in toks[n + 1 : found[0] + 1]):
            break
        n, end = found[0] + 1, _end(toks[found[0]])
        if found[1]:
            break
    if end > span[1] and text[end : end + 4].lstrip(" ")[:1] in _OPENERS:
        return span  # the phrase runs into a quote: 'calls the issue of security “a priority”'
    if subject and end > span[1] and text.startswith((" and ", " or "), end):
        return span  # a subject joined to another ('the row between Mr. Roe and the board')
    if all(is_cap(w) or w in _PROPER_JOINTS or w[0].isdigit() for w in text[start:end].split()[1:]):
        return start, end  # a name of its own, not a head and modifiers: 'the Board of Pilots'
    return note_head(text, (start, end), head[1])


def extend(
    text: str,
    span: tuple[int, int],
    hi: int,
    subject: bool,
    source: bool = False,
    described: bool = True,
) -> tuple[int, int]:
    """Return the span of a description subject with its post-modifiers, or of its name."""
    # subject: the phrase opens its clause, source: it follows 'according to' (either way a
    # phrase after it is no adjunct of a cue verb before it); described false (a phrase opened
    # by a modifier, 'former Gov.'): only a title run and name joined by 'and' go on it
    start, end = span
    if end >= hi or text[end] != " ":
        return span
    if (cut := text.rfind(" ", start, end)) > 0 and text[cut + 1 : end] in _NAMING:
        end = cut  # 'the chief known' → 'known as Bob'
        span = start, end
    last = core(text[start:end].rsplit(None, 1)[-1])
    if _no_modifier(text, end, hi, last):
        return span  # most phrases: a verb or a clause follows
    stop = text.find("\x00", end, min(hi, end + _WINDOW))  # never into or past a quote
    toks = tokens(text, end, stop if stop > 0 else min(hi, end + _WINDOW))
    if not toks:
        return span
    if subject and last.lower() in CONTACT and len(text[start:end].split()) > 2:
        return _contact_clause(span, toks)
    titled = last.lower() in lexicon().titles or last.lower() in ABBREVIATIONS
    if titled and toks[0][2] == "and" and (m := title_and_name(toks)) is not None:
        return start, _end(toks[m])
    if not described or named_person(text[start:end].split()):
        return span  # 'the farmer Ali Hassan from Basra': the name, its affiliation stays out
    n = 0
    if text[end - 1] == "." or (is_cap(last) and plain(toks[0][2])):
        # 'a former U.S.' → 'law enforcement official'; 'an army of Acme' → 'workers'
        found = noun_phrase(toks, 0, lead=last)
        if found is None or core(toks[0][2]).lower() in DETERMINERS:
            return span
        n, end = found[0] + 1, _end(toks[found[0]])
        if found[1]:
            return start, end
    return _modifiers(text, (start, end), toks, n, subject, source)


def subject_after(
    text: str, lo: int, hi: int, subject: bool = False, source: bool = False, group: bool = False
) -> tuple[int, int] | None:
    """Return the span of the noun phrase that starts text[lo:hi] with its post-modifiers."""
    # after an inverted verb, opening a clause (subject) or after 'according to' (source);
    # group: an article-less group closing its clause counts ('said riot police.')
    span = handle_after(text, lo, hi) or noun_phrase_after(text, lo, hi, group)  # 'wrote @Roe'
    return None if span is None else with_modifiers(text, span, hi, subject, source)


def with_modifiers(
    text: str, span: tuple[int, int], hi: int, subject: bool = False, source: bool = False
) -> tuple[int, int]:
    """Return a bare noun phrase's span extended by its post-modifiers up to hi."""
    first = text[span[0] : span[0] + 12].split(" ", 1)[0]
    if first.lower() in DETERMINERS and first.lower() != "that":  # not 'that Mrs. Roe hid'
        return extend(text, span, hi, subject, source)
    if first.isalpha() and first.islower() and first not in FUNCTION and not verbish(first):
        # 'former Gov. and …'; a bare group takes its post-modifier ('sources close to Ana Ruiz')
        one = span[1] - span[0] == len(first)
        described = one and post_head(tokens(text, span[0], min(hi, span[0] + 60))) == span
        return extend(text, span, hi, subject, source, described=described)
    return span
