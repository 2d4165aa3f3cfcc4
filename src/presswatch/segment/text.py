"""Segmentation of flattened article text: one block per line, editorial run found by scoring."""

from __future__ import annotations

import re
from dataclasses import dataclass

from presswatch.records import Block
from presswatch.segment.rules import furniture_key, line_rules, single_spaced, word_count

TERMINAL = frozenset(".!?。！？\"'”’»):;")
TRUNCATED = ("…", "...")
# "3. Title", "4) Title": a numbered item's number and mark.
NUMBERED = re.compile(r"(\d{1,3})([.)])\s")
# Chinese and Japanese sentences end in full-width marks and carry about three Latin characters'
# worth of text per glyph; Korean uses spaces and Latin marks, so word counts already work.
_WIDE_STOP = frozenset("。！？」』")
WIDE_FACTOR = 3
_WIDE_FIRST = "\u2e80"  # CJK radicals onwards
# A UTF-8 no-break space read as cp1252/Latin-1 shows as "Â" (before a stripped "\xa0"): at a
# line's end it hides the sentence's end mark ("… gets in the way.Â").
_MOJIBAKE_SPACE = "Â"
# Line weights for the best-scoring editorial run (maximum-sum subarray over lines).
BARRIER_WEIGHT = -600.0
RULE_WEIGHT = -20.0
SHORT_WEIGHT = -15.0
MEDIUM_WEIGHT = -4.0
LONG_FACTOR = 0.5  # long lines without end punctuation: teaser titles as often as body
# A long line without any punctuation whose words nearly all start with a capital is a list of
# names (a dropdown's options, a tag cloud), not a sentence.
NAME_LIST_SHARE = 0.8
# A dropdown or menu flattened without separators glues its options: "Select countryAustria
# BelgiumCanada…", "$0 - $9,999$10,000 - $24,999". At least GLUED_MIN joints, one per four words.
# (a lower-case letter or ")", then a capital and a lower-case letter; or a price glued to a
# price), not counting #hashtags and @handles ("#LoveKettleBay")
_GLUED = re.compile(r"[a-z)][A-Z][a-z]|\d[$£€]\d")
_TAGS = re.compile(r"[#@]\w+")
GLUED_MIN = 3
GLUED_WORDS = 4
# Exact rules and furniture only concern short lines; longer ones skip normalisation.
KEY_MAX_WORDS = 16
# Short lines recur (furniture, teaser titles): their features are kept per line text.
SHORT_CHARS = 120
LONG_CHARS = 400  # longer lines are tested only against the `long = true` rules
SHORT_LIMIT = 50_000  # at most a few MB of short lines
_SHORT: dict[str, tuple[int, str, str | None]] = {}
_COUNTED: dict[str, tuple[int, str]] = {}  # short lines build_furniture counted, until split


@dataclass(slots=True)  # not frozen: a frozen dataclass is several times slower to build
class Line:
    """One line of text with its offsets and the features segmentation uses (never mutated)."""

    start: int
    end: int  # end of the line's text, before the newline
    text: str  # stripped text
    words: int
    rule: str | None  # kind assigned by a line rule or outlet furniture

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(
    text: str, furniture: frozenset[str] = frozenset(), skip: list[bool] | None = None
) -> list[Line]:
    """Return the lines of a text with offsets, word counts and rule kinds."""
    # `skip[i]` true leaves line i's rule unset (callers that already know the line is body).
    rules = line_rules()
    # narrowing scans the whole text: not worth it when most lines are skipped
    limited = rules.within(text) if skip is None else None
    spaced = single_spaced(text)
    mojibake = _MOJIBAKE_SPACE in text
    kind_of, short = rules.kind_of, _SHORT
    lines: list[Line] = []
    append = lines.append
    pos = 0
    for i, raw in enumerate(text.split("\n")):
        end = pos + len(raw)
        stripped = raw.strip()
        if mojibake and stripped.endswith(_MOJIBAKE_SPACE):
            stripped = stripped.rstrip(_MOJIBAKE_SPACE).rstrip()
        if not stripped:
            append(Line(pos, end, "", 0, None))
            pos = end + 1
            continue
        if skip is not None and skip[i]:
            append(Line(pos, end, stripped, 0, None))
            pos = end + 1
            continue
        size = len(stripped)
        hit = short.get(stripped) if size < SHORT_CHARS else None  # longer lines are not kept
        if hit is not None:
            words, key, rule = hit
        else:
            counted = _COUNTED.pop(stripped, None) if size < SHORT_CHARS else None
            if counted is None:
                words = word_count(stripped, spaced)
                key = furniture_key(stripped) if words <= KEY_MAX_WORDS else ""
            else:
                words, key = counted
            # a long line is tested only against the rules marked for it (a copyright notice
            # with its year, a language picker): the others' words are prose in a paragraph
            rule = kind_of(stripped, key, words, limited if size < LONG_CHARS else rules.long)
            if size < SHORT_CHARS:
                if len(short) >= SHORT_LIMIT:
                    short.clear()
                short[stripped] = words, key, rule
        if rule is None and key in furniture:
            rule = "navigation" if words < 5 else "boilerplate"
        append(Line(pos, end, stripped, words, rule))
        pos = end + 1
    return lines


def short_counts(line: str) -> tuple[int, str]:
    """Return the words and furniture key ('' over KEY_MAX_WORDS) of a stripped short line."""
    hit = _SHORT.get(line)
    if hit is not None:
        return hit[0], hit[1]
    counted = _COUNTED.get(line)
    if counted is None:
        words = word_count(line)
        counted = words, furniture_key(line) if words <= KEY_MAX_WORDS else ""
        if len(_COUNTED) >= SHORT_LIMIT:
            _COUNTED.clear()
        _COUNTED[line] = counted
    return counted


def clear_line_cache() -> None:
    """Forget the cached features of short lines (benchmarks time cold passes with it)."""
    _SHORT.clear()
    _COUNTED.clear()


def text_size(line: Line) -> int:
    """Return a line's length in Latin-script characters (a CJK sentence counts three a glyph)."""
    text = line.text
    # the end mark follows a wide glyph (an English line may end in a full-width "！")
    if len(text) > 1 and text[-1] in _WIDE_STOP and text[-2] >= _WIDE_FIRST:
        return len(text) * WIDE_FACTOR
    return len(text)


def is_prose(line: Line) -> bool:
    """Return True when a line reads like a sentence of running text."""
    size = text_size(line)
    return (line.words >= 8 or size >= 60) and line.text[-1:] in TERMINAL


def prose_chars(lines: list[Line], first: int, last: int) -> int:
    """Return the characters of prose lines in lines[first..last] (0 for an empty run)."""
    if first < 0:
        return 0
    return sum(len(line.text) for line in lines[first : last + 1] if is_prose(line))


def line_weight(line: Line, barriers: frozenset[str]) -> float:
    """Return the score a line adds to an editorial run (negative for junk-looking lines)."""
    if line.rule is not None:
        if line.rule in barriers:
            return BARRIER_WEIGHT
        rules = line_rules()
        if line.rule == "navigation" and rules.walls.search(line.text.lower()):
            return BARRIER_WEIGHT
        # a shop button under a product weighs like a short unmarked line: a product list stays
        return SHORT_WEIGHT if rules.is_button(line.text) else RULE_WEIGHT
    text = line.text
    size = text_size(line)
    if text.endswith(TRUNCATED):
        return MEDIUM_WEIGHT
    if (line.words >= 8 or size >= 60) and text[-1] in TERMINAL:  # is_prose, size known
        return float(size)
    if size >= 80:
        # one long token (a bare URL, a file path, a hash) is no sentence
        if (" " not in text and text.isascii()) or _name_list(text) or glued_list(line):
            return MEDIUM_WEIGHT
        return size * LONG_FACTOR
    if line.words >= 4 or size >= 25:
        return MEDIUM_WEIGHT
    return SHORT_WEIGHT


def _name_list(text: str) -> bool:
    """Return True for an unpunctuated line whose words nearly all start with a capital."""
    if any(mark in text for mark in ",.;:!?"):
        return False
    words = text.split()
    capital = sum(1 for word in words if word[0].isupper() or word[0].isdigit())
    return capital >= NAME_LIST_SHARE * len(words)


def glued_list(line: Line) -> bool:
    """Return True for a line of options glued together without separators (not code, not prose)."""
    text = _TAGS.sub(" ", line.text)
    joints = len(_GLUED.findall(text))
    if joints < GLUED_MIN or joints * GLUED_WORDS < line.words:
        return False
    if any(word.isdigit() for word in text.split()):
        return False  # options glue their numbers too; "iPhoneAir 999 euros" is a sentence
    # a code line names camelCase identifiers; a prose list of brands separates them by commas
    return not any(mark in text for mark in "{}=;") and 2 * text.count(", ") < joints


def item_number(text: str) -> tuple[int, str] | None:
    """Return a numbered item's number and mark ("3. …" -> (3, ".")), else None."""
    match = NUMBERED.match(text)
    return (int(match.group(1)), match.group(2)) if match else None


def best_run(lines: list[Line]) -> tuple[int, int]:
    """Return [first, last] indexes of the highest-scoring run of lines, or (-1, -1)."""
    barriers = line_rules().barriers
    best, best_span = 0.0, (-1, -1)
    total, start = 0.0, 0
    listing = False  # after a trailer heading, until the next sentence: its list of titles
    for i, line in enumerate(lines):
        if not line.text:  # blank
            continue
        if total <= 0:
            total, start = 0.0, i
        weight = line_weight(line, barriers)
        if line.rule in barriers:
            listing = True
        elif listing and line.rule is None:
            if is_prose(line):
                listing = False
            else:
                weight = min(weight, MEDIUM_WEIGHT)
        total += weight
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def tile(
    lines: list[Line], kinds: list[str | None], length: int, joins: list[bool] | None = None
) -> list[Block]:
    """Return blocks, one per non-blank line (or joined run of lines), tiling [0, length)."""
    # a block ends where the next one starts (the last at `length`): joined lines only extend it
    blocks: list[Block] = []
    start, open_kind = 0, None
    for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        if kind is None:
            continue
        if open_kind is None:
            open_kind = kind
        elif joins is None or not joins[i]:
            blocks.append(Block(start, line.start, open_kind))
            start, open_kind = line.start, kind
    if open_kind is None:
        return [Block(0, length, "boilerplate")] if length else []
    blocks.append(Block(start, length, open_kind))
    return blocks
