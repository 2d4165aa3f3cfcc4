"""Sidebar and shop headings over a table, and the word lists of data/tables.toml."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import NamedTuple

from presswatch.segment.marks import load_data
from presswatch.segment.story import word_stems
from presswatch.segment.text import Line

# Up to this many short lines above a table's header are its title and source (or a heading).
TITLE_LINES = 3
_PUNCT = re.compile(r"[^\w\s]+")


class TableData(NamedTuple):
    """The word lists of data/tables.toml, compiled."""

    headings: frozenset[str]
    whole: frozenset[str]
    dated: re.Pattern[str]
    popular: re.Pattern[str]
    pointer: re.Pattern[str]
    source: re.Pattern[str]
    calendar: frozenset[str]
    price: re.Pattern[str]
    list_pointer: re.Pattern[str]


@cache
def table_data() -> TableData:
    """Return the sidebar headings, date, popularity, pointer, price and list-pointer patterns."""
    data = load_data("tables.toml")
    months = " ".join(load_data("dates.toml")["english"]).split()
    words = "|".join(sorted(set(months) | set(data["date_words"]), key=len, reverse=True))
    flags = re.IGNORECASE
    calendar = word_stems(" ".join(months + data["weekdays"]).title())
    signs = "".join(data["currency_signs"])
    codes = "|".join(data["currency_codes"])
    return TableData(
        frozenset(data["sidebar_headings"]),
        frozenset(data["whole_headings"]),
        re.compile(rf"\b(?:{words})\b", flags),
        re.compile(load_data("story.toml")["popular"], flags),
        re.compile("|".join(data["pointers"]), flags),
        re.compile(rf"^(?:{'|'.join(data['sources'])})\b", flags),
        calendar,
        re.compile(rf"[{signs}]\s?\d|\d\s?(?:[{signs}]|(?:{codes})\b)", flags),
        re.compile("|".join(data["list_pointers"]), flags),
    )


def on_topic(groups: Iterable[set[str]], topic: set[str], stems: int, hits: int) -> bool:
    """Return whether the groups share `stems` stems with the topic, from `hits` groups."""
    shared: set[str] = set()
    n = 0
    for group in groups:
        common = group & topic
        n += bool(common)
        shared |= common
    return len(shared) >= stems and n >= hits


def is_sidebar_heading(text: str) -> bool:
    """Return whether a line is a sidebar or shop heading ("Standings", "Westmere weather")."""
    if len(text.split()) > 4:
        return False
    data = table_data()
    joined = " ".join(_PUNCT.sub(" ", text.casefold()).split())
    # "Most read", "Trending" (story.toml); an ambiguous word only as the whole heading
    popular = data.popular.match(joined)
    if joined in data.whole or (popular and (popular.group(0) != "popular" or joined == "popular")):
        return True
    # a listed heading anywhere in a short line ("Westmere weather", "Nimbus Pro deals")
    padded = f" {joined} "
    return any(f" {heading} " in padded for heading in data.headings)


def drop_sidebars(lines: Sequence[Line], table: list[bool]) -> list[bool]:
    """Return the table flags without the tables that open under a sidebar heading."""
    if not any(table):
        return table
    # a league table of figures under "Standings" is the site's, even beside a match report
    out = list(table)
    i = 0
    while i < len(lines):
        if not table[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and (table[j] or lines[j].blank):
            j += 1
        above, k = [i], i - 1
        while k >= 0 and len(above) <= TITLE_LINES:
            if not lines[k].blank:
                above.append(k)
            k -= 1
        if any(is_sidebar_heading(lines[k].text) for k in above):
            out[i:j] = [False] * (j - i)
        i = j
    return out
