"""A grid of staff or adviser cards inside the page: name, bio, the same contact button each."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from presswatch.segment.marks import load_data
from presswatch.segment.rules import furniture_key
from presswatch.segment.text import Line, is_prose

# A contact prompt at the same step (cards of this many lines) this many times in a row.
GRID_CARDS = 6
CARD_LINES = (3, 8)
PROMPT_WORDS = 6  # the longest prompt of data/cards.toml


@cache
def _contacts() -> frozenset[str]:
    """Return the normalised contact prompts of card grids (data/cards.toml)."""
    return frozenset(furniture_key(text) for text in load_data("cards.toml")["contact"])


def card_grid(lines: list[Line]) -> list[int]:
    """Return the indexes of the lines of card grids: cards each closed by one contact prompt."""
    # The prompt recurs at one step; each card (the lines since the last prompt) holds a
    # sentence of its own (the bio), and the grid runs from the first card's first line.
    contacts = _contacts()
    spots = [i for i, line in enumerate(lines) if line.text]
    at: dict[str, list[int]] = defaultdict(list)
    for k, i in enumerate(spots):
        line = lines[i]
        prompt = line.rule is None and line.words <= PROMPT_WORDS
        if prompt and furniture_key(line.text) in contacts:
            at[line.text].append(k)
    out: list[int] = []
    for seen in at.values():
        run = seen[:1]
        for k in seen[1:]:
            if len(run) > 1 and k - run[-1] != run[1] - run[0]:
                out += _cards(lines, spots, run)
                run = run[-1:]
            run.append(k)
        out += _cards(lines, spots, run)
    return out


def _cards(lines: list[Line], spots: list[int], seen: list[int]) -> list[int]:
    """Return the line indexes of a grid whose prompts stand at non-blank positions `seen`."""
    if len(seen) < GRID_CARDS:
        return []
    step = seen[1] - seen[0]
    if not CARD_LINES[0] <= step <= CARD_LINES[1]:
        return []
    cards = [spots[k - step + 1 : k + 1] for k in seen if k - step + 1 >= 0]
    if len(cards) < len(seen) or not all(any(is_prose(lines[i]) for i in card) for card in cards):
        return []
    return [i for card in cards for i in card]
