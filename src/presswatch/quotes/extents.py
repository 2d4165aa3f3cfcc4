"""The whole extent of a description subject: its post-modifiers ('a person close to the
talks'), the words after an abbreviation inside it ('a former U.S. trade official') and the
name it gives ('a man calling himself Jo Roe')."""

from __future__ import annotations

import re

from presswatch.quotes.lexicon import lexicon
from presswatch.quotes.nounwords import (
    ABBREVIATIONS,
    CONTACT,
    REFLEXIVE,
    TIME_AFTER,
    closed,
    noun_phrase,
    plain,
)
from presswatch.quotes.phrases import noun_phrase_after
from presswatch.quotes.words import (
    DETERMINERS,
    FUNCTION,
    core,
    has_name,
    is_cap,
    name_like,
    personal,
    tokens,
    verbish,
)

_SETS = lexicon().sets
# prepositions that open a post-modifier of a description ('a source on the panel'), and
# adjectives that take one ('a person close to the talks', 'an aide familiar with the plan')
_POST_PREPS = _SETS["postmodifier_prepositions"]
_POST_ADJECTIVES = _SETS["postmodifier_adjectives"]
# nouns of a phrase that goes with the verb, not with the noun: 'said the mayor in a statement',
# 'said the official on Tuesday'; time words ('last', 'week') too
_ADJUNCTS = _SETS["adjunct_nouns"] | _SETS["statement_nouns"] | _SETS["time_words"] | _SETS["skip"]
# participles and words that give the name of the person described: 'known as', 'calling
# himself', 'going by the handle', 'named'
_NAMING = _SETS["naming_words"]
_TIMES = _SETS["time_words"] | frozenset({"time", "then"})
_OWNERS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
_OF_WORDS = frozenset({"of", "for", "to"})  # a role's complement ('the head of the court')
# ('site' is a place as often as a website: 'The site on Dock Road was a “temporary” car park')
_SPEAKING = (_SETS["speaking_nouns"] - {"site"}) | lexicon().titles | lexicon().org_words
_OPENERS = frozenset("\x00“\"«‘'")  # masked quoted words or an opening mark
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_NEXT_WORD = re.compile(r" +([^\s\x00]+)")
# first words after a phrase that can open its post-modifier or the name it gives
_OPENING = _POST_PREPS | _POST_ADJECTIVES | _NAMING | {"and"}
_LIMIT = 15  # words of a description at most
_WINDOW = 140  # characters after the subject that can hold its post-modifiers


def _name_given(toks: list[tuple[int, int, str]], j: int) -> tuple[int, int] | None:
    """Return the span of the name a naming phrase at toks[j] gives ('known as Bob', 'calling
    himself Jo Roe', 'going by the handle Vantor'), else None."""
    n = j + 1
    word = core(toks[j][2]).lower()
    if word == "known" or word == "identified":
        if n < len(toks) and toks[n][2] == "only":
            n += 1
        if n >= len(toks) or toks[n][2] != "as":
            return None
        n += 1
    elif word == "calling":
        if n >= len(toks) or toks[n][2] not in REFLEXIVE:
            return None
        n += 1
    elif word == "going":
        if n >= len(toks) or toks[n][2] != "by":
            return None
        n += 1
        if n + 1 < len(toks) and toks[n][2] == "the" and plain(toks[n + 1][2]):
            n += 2  # 'the handle', 'the name'
    first = n
    while n < len(toks) and n - first < 4 and is_cap(toks[n][2]):
        if closed(toks[n][2]):
            n += 1
            break
        n += 1
    if n == first or not has_name(toks[first:n]):
        return None
    end = toks[n - 1][0] + len(toks[n - 1][2].rstrip(",;:.!?)”\"'’"))
    return toks[first][0], end


def _title_and_name(toks: list[tuple[int, int, str]]) -> int | None:
    """Return the index of the last word of a title run and name after 'and' at toks[0]
    ('Gov. and party Chairman Jo Roe'), else None."""
    titles = lexicon().titles
    n = 1
    while n < len(toks) and n < 8 and (name_like(toks[n][2]) or toks[n][2] in ("and", "of")):
        if closed(toks[n][2]):
            break
        n += 1
    last = n if n < len(toks) and closed(toks[n][2]) else n - 1
    names = [w for _, _, w in toks[last - 1 : last + 1]]
    if last < 3 or not all(is_cap(w) and core(w).lower() not in titles for w in names):
        return None
    return last


def _name_after_time(
    toks: list[tuple[int, int, str]], found: tuple[int, bool], heads: set[str]
) -> tuple[int, int] | None:
    """Return the span of a person's name set off after a time phrase that ends at a comma
    ('the envoy at the time, Jo Roe.'), else None."""
    if not found[1] or not toks[found[0]][2].endswith(",") or not heads & _TIMES:
        return None
    names = []
    for _, _, word in toks[found[0] + 1 : found[0] + 5]:
        if not is_cap(word):
            return None
        names.append(word)
        if word[-1] in ",;" or (word.endswith(".") and len(core(word)) > 1):
            break
    else:
        return None
    if len(names) < 2 or not personal(names):
        return None
    first, last = toks[found[0] + 1], toks[found[0] + len(names)]
    return first[0], last[0] + len(last[2].rstrip(",;."))


def _named_person(words: list[str]) -> bool:
    """Return whether a phrase ends in a person's name of two or more words ('the farmer Ali
    Hassan')."""
    run = 0
    for word in reversed(words):
        if not is_cap(word) or word.endswith("."):
            break
        run += 1
    return run >= 2 and personal(words[len(words) - run :])


def _contact_clause(
    text: str, span: tuple[int, int], toks: list[tuple[int, int, str]]
) -> tuple[int, int]:
    """Return the span of a description and the clause after it up to its comma ('The editor I
    was talking to,'), so the name after that comma is the subject; else the span as it was."""
    for k in range(min(len(toks), 8)):
        word = toks[k][2]
        if word[-1] in ".;:!?" or (k == 0 and not word.isalpha()):
            return span
        if word.endswith(","):
            return span[0], toks[k][1] - 1
    return span


def extend(
    text: str,
    span: tuple[int, int],
    hi: int,
    subject: bool,
    source: bool = False,
    described: bool = True,
) -> tuple[int, int]:
    """Return the span of a description subject with its post-modifiers up to a verb, a clause
    or the limit, or the span of the name it gives; subject: the phrase opens its clause (a
    verb follows it), source: it follows 'according to' (it runs to its comma); either way a
    phrase after it is no adjunct of the cue before it; described false (a phrase opened by a
    modifier, 'former Gov.'): only a title run and name joined by 'and' go on it."""
    start, end = span
    if end >= hi or text[end] != " ":
        return span
    if (cut := text.rfind(" ", start, end)) > 0 and text[cut + 1 : end] in _NAMING:
        end = cut  # 'the chief known' → 'known as Bob'
        span = start, end
    last = core(text[start:end].rsplit(None, 1)[-1])
    nxt = _NEXT_WORD.match(text, end, hi)
    after = core(nxt.group(1)).lower() if nxt else ""
    if not (
        after in _OPENING
        or after.endswith("ed")
        or text[end - 1] == "."
        or last.lower() in CONTACT
        or (is_cap(last) and plain(nxt.group(1) if nxt else ""))
    ):
        return span  # most phrases: a verb or a clause follows (a cheap test before tokens)
    stop = text.find("\x00", end, min(hi, end + _WINDOW))  # never into or past a quote
    toks = tokens(text, end, stop if stop > 0 else min(hi, end + _WINDOW))
    if not toks:
        return span
    words = len(text[start:end].split())
    n = 0
    if subject and last.lower() in CONTACT and len(text[start:end].split()) > 2:
        return _contact_clause(text, span, toks)
    titled = last.lower() in lexicon().titles or last.lower() in ABBREVIATIONS
    if titled and toks[0][2] == "and" and (m := _title_and_name(toks)) is not None:
        return start, toks[m][0] + len(toks[m][2].rstrip(",;:."))
    if not described or _named_person(text[start:end].split()):
        return span  # 'the farmer Ali Hassan from Basra': the name, its affiliation stays out
    if text[end - 1] == "." or (is_cap(last) and plain(toks[0][2])):
        # 'a former U.S.' → 'law enforcement official'; 'an army of Acme' → 'workers'
        found = noun_phrase(toks, 0, lead=last)
        if found is None or core(toks[0][2]).lower() in DETERMINERS:
            return span
        n, done = found[0] + 1, found[1]
        end = toks[found[0]][0] + len(toks[found[0]][2].rstrip(",;:."))
        if done:
            return start, end
    # a clause's subject counts as a speaker when it holds a capitalised word: a phrase after an
    # unnamed one ('The site on Dalkeith Place was') must not make it one
    # (unless its head speaks: a text, a title or a body, 'A memo on the Acme website says')
    named = not subject or any(w[:1].isupper() for w in text[start:end].split()[1:])
    named = named or last.lower() in _SPEAKING
    while n < len(toks) and words + n < _LIMIT:
        word = core(toks[n][2]).lower()
        if word in _NAMING and (name := _name_given(toks, n)):
            return name  # 'the base chief known as Bob'
        if word in _POST_ADJECTIVES and n + 1 < len(toks) and toks[n + 1][2] in _POST_PREPS:
            n += 1  # 'a person close to the talks'
            word = toks[n][2]
        elif word.endswith("ed") and word == toks[n][2] and n + 1 < len(toks):
            nxt = core(toks[n + 1][2]).lower()
            k = n + 1
            while k < len(toks) and k - n <= 3 and core(toks[k][2]).lower() in TIME_AFTER:
                k += 1
            if k > n + 1:  # 'the order released Friday', 'a report published last week'
                end = toks[k - 1][0] + len(toks[k - 1][2].rstrip(",;:."))
                break
            if nxt != "by":
                break
            n += 1
            word = "by"  # 'a study published by …'
        if word not in _POST_PREPS or toks[n][2] != word:
            break
        if word == "to" and is_cap(toks[n - 1][2] if n else last):
            break  # after a name 'to' joins as an org joint decides ('Commission to Parliament')
        found = noun_phrase(toks, n + 1, names=True)
        if found is None:
            break
        opener = toks[n + 1][2]
        if word == "to" and not (core(opener).lower() in DETERMINERS or is_cap(opener)):
            break  # an infinitive: 'The bias begins to show'
        if found[0] == n + 2 and _ORDINAL.fullmatch(core(toks[found[0]][2])):
            break  # a date: 'the office on the 21st'
        if words + found[0] >= _LIMIT:
            return span  # too long to be one description: as it was, not cut anew
        heads = {core(w).lower() for _, _, w in toks[n + 1 : found[0] + 1]}
        owned = core(toks[n + 1][2]).lower() in _OWNERS  # 'said the board in its report'
        if not (subject or source) and word not in _OF_WORDS and (owned or heads & _ADJUNCTS):
            # 'said the mayor in a statement'; 'wrote the envoy at the time, Jo Roe.': the name
            return _name_after_time(toks, found, heads) or (start, end)
        if not named and any(w[:1].isupper() for _, _, w in toks[n + 1 : found[0] + 1]):
            break
        n, done = found[0] + 1, found[1]
        end = toks[found[0]][0] + len(toks[found[0]][2].rstrip(",;:."))
        if done:
            break
    if end > span[1] and text[end : end + 4].lstrip(" ")[:1] in _OPENERS:
        return span  # the phrase runs into a quote: 'calls the issue of security “a priority”'
    if subject and end > span[1] and text.startswith((" and ", " or "), end):
        return span  # a subject joined to another ('the row between Mr. Roe and the board')
    return start, end


def subject_after(
    text: str, lo: int, hi: int, subject: bool = False, source: bool = False, whole: bool = True
) -> tuple[int, int] | None:
    """Return the span of the noun phrase that starts text[lo:hi] (after an inverted verb, or
    opening a clause when subject is true, or after 'according to' when source is true), a
    description with all its post-modifiers (whole false: without them)."""
    span = noun_phrase_after(text, lo, hi)
    if span is None or not whole:
        return span
    first = text[span[0] : span[0] + 12].split(" ", 1)[0]
    if first.lower() in DETERMINERS and first.lower() != "that":  # not 'that Mrs. Roe hid'
        return extend(text, span, hi, subject, source)
    if first.isalpha() and first.islower() and first not in FUNCTION and not verbish(first):
        return extend(text, span, hi, subject, source, described=False)  # 'former Gov. and …'
    return span
