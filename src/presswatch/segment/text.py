"""Segmentation of flattened article text: one block per line, editorial run found by scoring."""

from __future__ import annotations

from dataclasses import dataclass

from presswatch.records import Block
from presswatch.segment.rules import furniture_key, line_rules, word_count

_TERMINAL = frozenset(".!?。！？\"'”’»):;")
_TRUNCATED = ("…", "...")
# Line weights for the best-scoring editorial run (maximum-sum subarray over lines).
BARRIER_WEIGHT = -600.0
RULE_WEIGHT = -20.0
SHORT_WEIGHT = -15.0
MEDIUM_WEIGHT = -4.0
LONG_FACTOR = 0.5  # long lines without end punctuation: teaser titles as often as body
# Exact rules and furniture only concern short lines; longer ones skip normalisation.
KEY_MAX_WORDS = 16


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text with its offsets and the features segmentation uses."""

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
    """Return the lines of a text with offsets, word counts and rule kinds.

    `skip[i]` true leaves line i's rule unset (callers that already know the line is body).
    """
    rules = line_rules()
    lines = []
    pos = 0
    for i, raw in enumerate(text.split("\n")):
        end = pos + len(raw)
        stripped = raw.strip()
        if stripped and skip is not None and skip[i]:
            lines.append(Line(pos, end, stripped, 0, None))
        elif stripped:
            words = word_count(stripped)
            key = furniture_key(stripped) if words <= KEY_MAX_WORDS else ""
            rule = rules.kind_of(stripped, key, words) if len(stripped) < 400 else None
            if rule is None and key in furniture:
                rule = "navigation" if words < 5 else "boilerplate"
            lines.append(Line(pos, end, stripped, words, rule))
        else:
            lines.append(Line(pos, end, "", 0, None))
        pos = end + 1
    return lines


def is_prose(line: Line) -> bool:
    """Return True when a line reads like a sentence of running text."""
    size = len(line.text)
    return (line.words >= 8 or size >= 60) and line.text[-1] in _TERMINAL


def line_weight(line: Line, barriers: frozenset[str]) -> float:
    """Return the score a line adds to an editorial run (negative for junk-looking lines)."""
    if line.rule is not None:
        return BARRIER_WEIGHT if line.rule in barriers else RULE_WEIGHT
    size = len(line.text)
    if line.text.endswith(_TRUNCATED):
        return MEDIUM_WEIGHT
    if is_prose(line):
        return float(size)
    if size >= 80:
        return size * LONG_FACTOR
    if line.words >= 4 or size >= 25:
        return MEDIUM_WEIGHT
    return SHORT_WEIGHT


def best_run(lines: list[Line]) -> tuple[int, int]:
    """Return [first, last] indexes of the highest-scoring run of lines, or (-1, -1)."""
    barriers = line_rules().barriers
    best, best_span = 0.0, (-1, -1)
    total, start = 0.0, 0
    for i, line in enumerate(lines):
        if line.blank:
            continue
        if total <= 0:
            total, start = 0.0, i
        total += line_weight(line, barriers)
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def _title_like(line: Line) -> bool:
    return line.rule is None and 3 <= line.words <= 30 and line.text[-1] not in ".!?:;"


def label_lines(lines: list[Line]) -> list[str | None]:
    """Return a block kind per line (None for blank lines)."""
    barriers = line_rules().barriers
    first, last = best_run(lines)
    kinds: list[str | None] = [None] * len(lines)
    heading: str | None = None
    for i, line in enumerate(lines):
        if line.blank:
            continue
        if first <= i <= last:
            kinds[i] = line.rule or "body"
            continue
        if line.rule is not None:
            kinds[i] = line.rule
            if line.rule in barriers and i > last:
                heading = line.rule
            continue
        if i > last and heading is not None:
            kinds[i] = "comments" if heading == "comments" else "teaser"
        else:
            kinds[i] = "navigation" if line.words < 5 else "boilerplate"
    if first >= 0:
        _mark_head(lines, kinds, first, last)
    return kinds


def _mark_head(lines: list[Line], kinds: list[str | None], first: int, last: int) -> None:
    """Label the run's leading lines: a title on the text's first line is the headline."""
    opening = next(i for i, line in enumerate(lines) if not line.blank)
    before = [i for i in range(opening, first) if not lines[i].blank]
    if before == [opening] and _title_like(lines[opening]) and is_prose(lines[first]):
        kinds[opening] = "headline"
        return
    for i in range(first, last + 1):
        line = lines[i]
        if line.blank or kinds[i] != "body":
            continue
        if is_prose(line):
            return
        if i == opening and _title_like(line):
            kinds[i] = "headline"
        else:
            kinds[i] = "navigation" if line.words < 5 else "boilerplate"


def teaser_joins(lines: list[Line], kinds: list[str | None]) -> list[bool]:
    """Return per line whether it joins the block before it: teaser debris under its headline."""
    joins = [False] * len(lines)
    prev = -1
    for i, line in enumerate(lines):
        if kinds[i] is None:
            continue
        if (
            prev >= 0
            and line.rule == "teaser"
            and kinds[prev] == "teaser"
            and lines[prev].rule != "teaser"
        ):
            joins[i] = True
        prev = i
    return joins


def tile(
    lines: list[Line], kinds: list[str | None], length: int, joins: list[bool] | None = None
) -> list[Block]:
    """Return blocks, one per non-blank line (or joined run of lines), tiling [0, length)."""
    blocks: list[Block] = []
    pending_start = 0
    for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        if kind is None:
            continue
        if blocks and joins is not None and joins[i]:
            prev = blocks[-1]
            blocks[-1] = Block(prev.start, line.end, prev.kind, prev.provider, prev.confidence)
        elif blocks:
            prev = blocks[-1]
            blocks[-1] = Block(prev.start, line.start, prev.kind, prev.provider, prev.confidence)
            blocks.append(Block(line.start, line.end, kind))
        else:
            blocks.append(Block(pending_start, line.end, kind))
    if not blocks:
        return [Block(0, length, "boilerplate")] if length else []
    last = blocks[-1]
    blocks[-1] = Block(last.start, length, last.kind, last.provider, last.confidence)
    return blocks
