"""Segmentation rules loaded once from the data files in presswatch.rules.segment."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from presswatch.segment.regexes import RegexClass, distinct_needs, present_needs

_PUNCT = re.compile(r"[^\w\s]+")
_DIGITS = re.compile(r"\d+")
_WORDS = re.compile(r"\w+")
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
# ASCII lines take byte tables: lower case, punctuation to a space, every digit to "0" (a run
# of zeros is then one digit run), and everything but word characters to a space
_ASCII_KEY = bytes.maketrans(
    bytes(range(128)),
    bytes(
        32 if _PUNCT.match(chr(c)) else 48 if _DIGITS.match(chr(c)) else ord(chr(c).lower())
        for c in range(128)
    ),
)
_ZERO_RUN = re.compile(r"00+")
_ASCII_NON_WORD = bytes.maketrans(
    bytes(range(128)), bytes(c if _WORDS.match(chr(c)) else 32 for c in range(128))
)

# Regexes limited to fewer words apply to a few short lines: tested per line, not per text.
NARROW_MIN_WORDS = 100
NARROWED_LIMIT = 4096  # distinct sets of present needs kept
# The word limit of regexes without one (`max_words = "any"` in lines.toml): lines of any length.
ANY_LENGTH = 1_000_000
# Prefix rules only fire on short lines; prose that merely starts with "By" stays prose.
PREFIX_MAX_WORDS = 9
# Arrows pointing down the page: a trailer heading with one is an in-page jump link.
_JUMP = re.compile(r"[↓⬇▼▾⇓⇩⤵🔽]")
# Credit shape after a shaped prefix: a colon, slash, © or "by", or capitalised names only.
_SHAPED_MAX_WORDS = 6
_CREDIT_MARK = re.compile(r"\s*(?:[:/©|]|by\b|via\b)", re.IGNORECASE)
_WORD_SPLIT = re.compile(r"[\s/,&]+")
# ASCII whitespace str.split() splits at besides the space (a line holds no newline)
_CONTROL_SPACES = "\t\r\x0b\x0c\x1c\x1d\x1e\x1f"


def furniture_key(line: str) -> str:
    """Return the normalised form of a line: lower case, digits folded to 0, no punctuation."""
    if line.isascii():  # NFKC leaves ASCII alone; punctuation one char at a time, then collapsed
        text = line.encode().translate(_ASCII_KEY).decode()
        if "00" in text:
            text = _ZERO_RUN.sub("0", text)
    else:
        # 'İ'.lower() is 'i' plus a combining dot, which would split the word ('ÖNERİLEN')
        low = unicodedata.normalize("NFKC", line).lower().replace("\u0307", "")
        text = _DIGITS.sub("0", _PUNCT.sub(" ", low))
    # split/join collapses the same whitespace as \s+ and strips the ends
    return " ".join(text.split())


@cache
def load_rules(name: str) -> dict:
    """Return the parsed TOML data file `name` from presswatch.rules.segment (read once)."""
    path = resources.files("presswatch.rules") / "segment" / name
    return tomllib.loads(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class LineRules:
    """Compiled line rules: exact keys, prefixes and one combined regex per length class."""

    exact: dict[str, str]
    # first word -> (prefix, kind, needs credit shape), longest first
    prefixes: dict[str, tuple[tuple[str, str, bool], ...]]
    limited: tuple[RegexClass, ...]  # loosest first
    barriers: frozenset[str]
    needs: tuple[str, ...]  # the regexes' needs, each once
    walls: re.Pattern[str]  # menu controls ("Open submenu"): no body run spans one
    long: tuple[RegexClass, ...]  # the regexes marked `long = true`: the only ones for long lines
    weak: frozenset[str]  # keys that keep their kind inside the body only beside a like line
    buttons: frozenset[str]  # keys of shop and widget buttons under a list item
    button_re: re.Pattern[str]  # the button regexes
    # the narrowed classes per set of needs present: a few sets cover most texts
    narrowed: dict[frozenset[str], tuple[RegexClass, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def within(self, text: str) -> tuple[RegexClass, ...]:
        """Return the regex classes keeping only the regexes that can match some line of text."""
        present = frozenset(present_needs(self.needs, text))
        narrowed = self.narrowed.get(present)
        if narrowed is None:
            if len(self.narrowed) >= NARROWED_LIMIT:
                self.narrowed.clear()
            narrowed = self.narrowed[present] = tuple(
                group.within(present) if group.max_words >= NARROW_MIN_WORDS else group
                for group in self.limited
            )
        return narrowed

    def kind_of(
        self, line: str, key: str, n_words: int, limited: tuple[RegexClass, ...] | None = None
    ) -> str | None:
        """Return the block kind a rule assigns to a line, or None."""
        # `limited` may be `within(text)` of the text the line comes from.
        kind = self.exact.get(key)
        if kind is not None:
            if kind in self.barriers and _JUMP.search(line):
                return "navigation"
            return kind
        if n_words <= PREFIX_MAX_WORDS and key:
            for prefix, kind, shaped in self.prefixes.get(key.split(" ", 1)[0], ()):
                if key.startswith(prefix) and (len(key) == len(prefix) or key[len(prefix)] == " "):
                    if shaped and not _credit_shape(line, prefix.count(" ") + 1, n_words):
                        continue
                    return kind
        low = line.lower()
        for group in self.limited if limited is None else limited:
            if n_words > group.max_words:
                break
            # Searched one by one: an alternation would lose the regex engine's literal scan.
            # A regex whose needed literal is absent cannot match: most lines skip most regexes.
            for literal, search, kind in group.checks:
                if literal in low and search(low):
                    return kind
        return None

    def is_button(self, line: str) -> bool:
        """Return True for a shop or widget button line ("Check price", "Jump to details")."""
        key = furniture_key(line)
        return key in self.buttons or self.button_re.search(line.lower()) is not None


def _credit_shape(line: str, prefix_words: int, n_words: int) -> bool:
    """Return True when a line opening with a credit word reads as a credit, not a sentence."""
    if n_words > _SHAPED_MAX_WORDS + prefix_words:
        return False
    rest = line.lstrip(" (").split(None, prefix_words)
    tail = rest[prefix_words] if len(rest) > prefix_words else ""
    if not tail or "/" in tail or _CREDIT_MARK.match(tail):
        return True
    if line.split(None, prefix_words)[prefix_words - 1][-1:] in ":/|":
        return True
    # only names after the word: every token capitalised or an initial ("Credit Jane Doe")
    return all(w[:1].isupper() or not w[:1].isalpha() for w in _WORD_SPLIT.split(tail) if w)


def _word_limit(value: int | str) -> int:
    """Return a `max_words` setting as a number of words ("any": no limit)."""
    return ANY_LENGTH if value == "any" else int(value)


@cache
def line_rules() -> LineRules:
    """Return the compiled line rules from lines.toml."""
    data = load_rules("lines.toml")
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str, bool]] = []
    limited: dict[int, list[tuple[str, str]]] = {}
    barriers = set()
    walls: list[str] = []
    long: list[tuple[str, str]] = []
    weak: set[str] = set()
    buttons: set[str] = set()
    button_re: list[str] = []
    for kind, table in data.items():
        weak.update(furniture_key(p) for p in table.get("weak", []))
        buttons.update(furniture_key(p) for p in table.get("button", []))
        for phrase in table.get("exact", []) + table.get("weak", []) + table.get("button", []):
            exact.setdefault(furniture_key(phrase), kind)
        prefixes.extend((furniture_key(p), kind, False) for p in table.get("prefix", []))
        prefixes.extend((furniture_key(p), kind, True) for p in table.get("shaped_prefix", []))
        most = _word_limit(table.get("max_words", "any"))
        for entry in table.get("regex", []):
            # An entry is a regex, or {re = ..., max_words = N or "any", long = true, wall = true}.
            if isinstance(entry, dict):
                limit = _word_limit(entry.get("max_words", most))
                limited.setdefault(limit, []).append((entry["re"], kind))
                if entry.get("long"):
                    long.append((entry["re"], kind))
                if entry.get("wall"):
                    walls.append(entry["re"])
                if entry.get("button"):
                    button_re.append(entry["re"])
            else:
                limited.setdefault(most, []).append((entry, kind))
        if table.get("barrier"):
            barriers.add(kind)
    prefixes.sort(key=lambda item: -len(item[0]))
    by_word: dict[str, list[tuple[str, str, bool]]] = {}
    for item in prefixes:
        by_word.setdefault(item[0].split(" ", 1)[0], []).append(item)
    classes = tuple(
        RegexClass.build(most, parts) for most, parts in sorted(limited.items(), reverse=True)
    )
    return LineRules(
        exact,
        {word: tuple(items) for word, items in by_word.items()},
        classes,
        frozenset(barriers),
        distinct_needs(tuple(c for c in classes if c.max_words >= NARROW_MIN_WORDS)),
        re.compile("|".join(f"(?:{w})" for w in walls) or "(?!)"),
        (RegexClass.build(1_000_000, long),),
        frozenset(weak),
        frozenset(buttons),
        re.compile("|".join(f"(?:{b})" for b in button_re) or "(?!)"),
    )


@dataclass(frozen=True)
class DomRules:
    """DOM signals: tag name -> kind, and class/id token rules in priority order."""

    tags: dict[str, str]
    tokens: dict[str, int]  # exact class token -> rule index
    contains: tuple[tuple[str, ...], ...]  # substrings per rule index
    any_contains: re.Pattern[str]
    kinds: tuple[str, ...]  # kind per rule index

    def kind_of(self, tag: str, attrs: str) -> str | None:
        """Return the kind signalled by an element's tag or class/id string, or None."""
        if attrs:
            low = attrs.lower()
            best = min((self.tokens.get(t, 99) for t in _TOKEN_SPLIT.split(low)), default=99)
            if self.any_contains.search(low):
                for index in range(min(best, len(self.contains))):
                    if any(c in low for c in self.contains[index]):
                        best = index
                        break
            if best < 99:
                return self.kinds[best]
        return self.tags.get(tag)


@cache
def dom_rules() -> DomRules:
    """Return the compiled DOM rules from dom.toml."""
    data = load_rules("dom.toml")
    tokens: dict[str, int] = {}
    for index, c in enumerate(data["classes"]):
        for token in c.get("exact", []):
            tokens.setdefault(token, index)
    contains = tuple(tuple(c.get("contains", [])) for c in data["classes"])
    any_contains = re.compile("|".join(re.escape(t) for group in contains for t in group))
    kinds = tuple(c["kind"] for c in data["classes"])
    return DomRules(dict(data["tags"]), tokens, contains, any_contains, kinds)


@dataclass(frozen=True)
class WidgetRules:
    """Recommendation-widget signatures per provider, and disclosure cue texts."""

    hosts: tuple[tuple[str, str], ...]
    classes: tuple[tuple[str, str], ...]
    texts: tuple[tuple[str, str], ...]
    cues: tuple[str, ...]


@cache
def widget_rules() -> WidgetRules:
    """Return the widget signatures from widgets.toml."""
    data = load_rules("widgets.toml")
    hosts, classes, texts = [], [], []
    for name, sig in data["providers"].items():
        hosts += [(h.lower(), name) for h in sig.get("hosts", [])]
        classes += [(c.lower(), name) for c in sig.get("classes", [])]
        texts += [(t.lower(), name) for t in sig.get("texts", [])]
    cues = tuple(sorted((t.lower() for t in data["cues"]["texts"]), key=len, reverse=True))
    return WidgetRules(tuple(hosts), tuple(classes), tuple(texts), cues)


def single_spaced(text: str) -> bool:
    """Return True for ASCII text without tabs or other control spaces (see `word_count`)."""
    return text.isascii() and not any(c in text for c in _CONTROL_SPACES)


def word_count(line: str, spaced: bool = False) -> int:
    """Return the word tokens of a stripped line (spaced: its text is `single_spaced`)."""
    if len(line) < 120:
        if line.isascii():  # the runs of word characters, split apart by a byte table
            return len(line.encode().translate(_ASCII_NON_WORD).split())
        return len(_WORDS.findall(line))
    if spaced and "  " not in line:
        # a stripped line whose only whitespace is single spaces: what split() would count
        return max(line.count(" ") + 1, len(line) // 8)
    # Scripts without spaces (Chinese, Japanese) still count as long.
    return max(len(line.split()), len(line) // 8)
