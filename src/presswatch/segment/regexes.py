"""Line-rule regexes with the literal text each needs, so most lines and texts skip most regexes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from re import _constants, _parser  # type: ignore[attr-defined]

# A need with more alternatives than this costs more to test than the regex it guards.
MAX_ALTERNATIVES = 3


@dataclass(frozen=True)
class Rule:
    """One regex rule: its kind and the strings one of which every match contains."""

    pattern: re.Pattern[str]
    kind: str
    needs: tuple[str, ...]  # empty: no cheap test, always searched
    literal: str  # the need when it is one string, else "" (tested per line)
    keep: bool  # a need holds a sigma (lower case depends on context): never ruled out by text


@dataclass(frozen=True)
class RegexClass:
    """The regexes for lines up to `max_words` words, in rule order."""

    max_words: int
    rules: tuple[Rule, ...]
    # (literal, search, kind) per rule: the loop over lines reads no attributes
    checks: tuple[tuple[str, Callable[[str], object], str], ...] = field(
        init=False, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        checks = tuple((r.literal, r.pattern.search, r.kind) for r in self.rules)
        object.__setattr__(self, "checks", checks)

    @classmethod
    def build(cls, max_words: int, parts: list[tuple[str, str]]) -> RegexClass:
        """Return the class of (regex, kind) rules in rule order."""
        rules = []
        for source, kind in parts:
            tree = _parser.parse(source)
            needs = _needs(tree.data) if tree.state.flags == re.UNICODE else ()
            if len(needs) > MAX_ALTERNATIVES:
                needs = ()
            literal = needs[0] if len(needs) == 1 else ""
            keep = not needs or any("σ" in n or "ς" in n for n in needs)
            rules.append(Rule(re.compile(source), kind, needs, literal, keep))
        return cls(max_words, tuple(rules))

    def within(self, present: set[str]) -> RegexClass:
        """Return the class without the rules none of whose needs is in `present`."""
        return RegexClass(
            self.max_words,
            tuple(r for r in self.rules if r.keep or not present.isdisjoint(r.needs)),
        )


def distinct_needs(classes: tuple[RegexClass, ...]) -> tuple[str, ...]:
    """Return every need of the classes' rules once, in rule order."""
    return tuple(dict.fromkeys(n for group in classes for r in group.rules for n in r.needs))


def present_needs(needs: tuple[str, ...], text: str) -> set[str]:
    """Return the needs that occur in the lower-cased text."""
    # A line's lower case is a slice of its text's (final sigma aside, see `Rule.keep`).
    low = text.lower()
    # a need with other characters cannot occur in ASCII text
    return {n for n, mark in _marks(needs, low.isascii()) if mark in low and n in low}


@cache
def _marks(needs: tuple[str, ...], ascii_only: bool) -> tuple[tuple[str, str], ...]:
    """Return each need (only ASCII ones if ascii_only) with its first mark character, or ""."""
    # a character that is no letter, digit or blank is found by one fast scan, and most texts
    # lack the rarer ones ("[", "("): then the need cannot occur either
    return tuple(
        (n, next((c for c in n if not c.isalnum() and not c.isspace()), ""))
        for n in needs
        if not ascii_only or n.isascii()
    )


def _needs(items: list) -> tuple[str, ...]:
    """Return the fewest, longest strings one of which every match of a parsed sequence contains."""
    found: list[tuple[str, ...]] = []
    chars: list[str] = []
    for op, arg in _inline(items):
        if op is _constants.LITERAL:
            chars.append(chr(arg))
            continue
        if chars:
            found.append(("".join(chars),))
            chars = []
        if op is _constants.IN and all(o is _constants.LITERAL for o, _ in arg):
            found.append(tuple(chr(a) for _, a in arg))
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and arg[0] >= 1:
            found.append(_needs(arg[2].data))
        elif op is _constants.BRANCH:
            alternatives = [_needs(branch.data) for branch in arg[1]]
            if all(alternatives):
                found.append(tuple(n for alt in alternatives for n in alt))
    if chars:
        found.append(("".join(chars),))
    # a need of blanks only (`\w+ \d+` needs " ") is in nearly every line: it rules out nothing
    found = [need for need in found if need and all(n and not n.isspace() for n in need)]
    if not found:
        return ()
    return min(found, key=lambda need: (len(need), -min(map(len, need))))


def _inline(items: list) -> list:
    """Return a parsed sequence with flag-free groups spliced in (a concatenation either way)."""
    out = []
    for op, arg in items:
        if op is _constants.SUBPATTERN and not arg[1] and not arg[2]:
            out.extend(_inline(arg[3].data))
        else:
            out.append((op, arg))
    return out
