"""Word lists for quote extraction, loaded once from package data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files


@dataclass(frozen=True)
class Lexicon:
    """Reporting verbs with stance, titles, pronouns and organisation head words."""

    stance: dict[str, str]  # verb form or cue phrase -> stance
    titles: frozenset[str]
    pronouns: dict[str, str]  # pronoun -> person | group | relative | self
    org_words: frozenset[str]
    first_names: dict[str, str]  # given name -> 'm' | 'f' | 'u' (either; or a family name)
    occupations: dict[str, str]  # occupation noun ('welder', 'waitress') -> 'm' | 'f' | 'u'
    sets: dict[str, frozenset[str]]  # closed word classes from wordsets.txt
    verb_re: re.Pattern[str]  # any cue verb form as a whole word


def rows(name: str) -> list[list[str]]:
    """Return the tab-split lines of a rules file, blank lines and comments left out."""
    text = files("presswatch.rules.quotes").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and line[0] != "#"]


def _trie_pattern(words: list[str]) -> str:
    """Return a regex matching any of the words, with shared prefixes factored (much faster
    than a flat alternation of a few hundred verb forms)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if "" in node:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return build(trie)


@cache
def us_states() -> dict[str, str]:
    """Return each US state abbreviation of a party-state tag ('minn.', 'mn') with its name."""
    out: dict[str, str] = {}
    for row in rows("us_states.tsv"):
        for short in row[:2]:
            out[short.strip()] = row[2].strip()
    return out


@cache
def demonyms() -> dict[str, tuple[str, ...]]:
    """Return each country adjective ('turkish') with its country's names in news copy."""
    return {r[0].strip(): tuple(r[1].split()) for r in rows("demonyms.tsv")}


@cache
def state_names() -> frozenset[str]:
    """Return the lower-case names of the US states ('new york')."""
    return frozenset(us_states().values())


@cache
def place_names() -> frozenset[str]:
    """Return the lower-case names of countries in news copy and of the US states."""
    return state_names() | frozenset(c for names in demonyms().values() for c in names)


@cache
def title_abbreviations() -> dict[str, tuple[str, ...]]:
    """Return each abbreviated title ('sen.') with the words a description uses for it."""
    found = [(r[0].strip(), tuple(r[1].split())) for r in rows("title_abbreviations.tsv")]
    return {key: words for short, words in found for key in (short, short.rstrip("."))}


def _word_sets() -> dict[str, frozenset[str]]:
    sets: dict[str, list[str]] = {}
    current: list[str] = []
    for row in rows("wordsets.txt"):
        line = row[0].strip()
        if line.endswith(":") and " " not in line:
            if line[:-1] in sets:  # two blocks of one name would silently merge
                raise ValueError(f"rules/quotes/wordsets.txt: set {line[:-1]!r} defined twice")
            current = sets[line[:-1]] = []
        else:
            current.extend(line.split())
    return {name: frozenset(words) for name, words in sets.items()}


def _titles() -> frozenset[str]:
    """Return the title words, with each one-word title's "-elect" and "-designate" forms."""
    # "Governor-elect Jane Roe", "Prime Minister-designate Jane Roe": the office to come is a title
    base = {r[0].strip().lower() for r in rows("titles.txt")}
    coming = {f"{t}-{s}" for t in base if t.isalpha() for s in ("elect", "designate")}
    return frozenset(base | coming)


@cache
def lexicon() -> Lexicon:
    """Return the shared lexicon (read from src/presswatch/rules/quotes/ on first use)."""
    stance = {r[0].strip().lower(): r[1].strip() for r in rows("verbs.tsv")}
    forms = sorted(stance, key=len, reverse=True)
    verb_re = re.compile(r"\b" + _trie_pattern(forms) + r"\b")
    return Lexicon(
        stance=stance,
        titles=_titles(),
        pronouns={r[0].strip().lower(): r[1].strip() for r in rows("pronouns.tsv")},
        org_words=frozenset(r[0].strip().lower() for r in rows("organisations.txt")),
        first_names={r[0].strip(): r[1].strip() for r in rows("first_names.tsv")},
        occupations={r[0].strip(): r[1].strip() for r in rows("occupations.txt")},
        sets=_word_sets(),
        verb_re=verb_re,
    )


def alternation(name: str) -> str:
    """Return the words of a word set as a regex alternation ('_' joins a phrase's words)."""
    return "|".join(sorted(w.replace("_", r"\s+") for w in lexicon().sets[name]))


def capital_alternation(name: str) -> str:
    """Return the words of a word set as a regex alternation, each first letter in either case."""
    return "|".join(sorted(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in lexicon().sets[name]))


@lru_cache(maxsize=1 << 12)
def plural_title(word: str) -> bool:
    """Return whether a word is a plural title before a joint subject ('Senators')."""
    return word.endswith("s") and word[:-1].lower() in lexicon().titles


def office_title(word: str) -> bool:
    """Return whether word is a lower-case title that is no organisation word ('mayor')."""
    lex = lexicon()
    return word.isalpha() and word.islower() and word in lex.titles and word not in lex.org_words


def rank_words(words: list[str]) -> frozenset[str]:
    """Return the words of words that make another office of a title ('former', 'deputy')."""
    sets = lexicon().sets
    ranks = sets["title_qualifiers"] | sets["soft_title_qualifiers"]
    return frozenset(w if w in ranks else "ex" for w in words if w in ranks or w.startswith("ex-"))
