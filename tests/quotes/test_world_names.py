"""Given names of international copy at work in the quote rules (invented sentences)."""

from __future__ import annotations

import pytest

from presswatch.quotes.lexicon import lexicon
from tests.quotes.helpers import by_text

HEAD = "Harbour dispatch: the ferry fares at Kettlevik\n"
QUOTE = "The fares will have to rise,"


def _speaker(body: str, quote: str = QUOTE) -> str | None:
    return by_text(HEAD + body)[quote].speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Dewi Lestari, an economist at the port board, met Tomas Brandt on Monday. "
            "“The fares will have to rise,” she said.",
            "Dewi Lestari",
        ),
        (
            "Wanjiru Mbeki and Takumi Sato toured the quay on Monday. "
            "“The fares will have to rise,” she said.",
            "Wanjiru Mbeki",
        ),
    ],
)
def test_a_pronoun_takes_the_antecedent_of_its_gender(body: str, speaker: str) -> None:
    assert _speaker(body) == speaker


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Health Minister of Norvia Ana Ruiz", "Ana Ruiz"),
        ("Mayor of Kettlevik Harbour Siobhán Doyle", "Siobhán Doyle"),
        ("Deputy Minister of Fisheries Oleksiy Hrytsenko", "Oleksiy Hrytsenko"),
    ],
)
def test_a_title_and_place_are_cut_off_before_a_given_name(lead: str, speaker: str) -> None:
    body = f"{lead} said “the fares will not rise this year.”"
    assert _speaker(body, "the fares will not rise this year.") == speaker


def test_the_name_list_is_clean() -> None:
    given = lexicon().first_names
    assert all(g in ("m", "f", "u") for g in given.values())
    assert all(name == name.lower() and " " not in name for name in given)
    # words of news text, places, months and titles are no given names
    for word in ("said", "may", "georgia", "milan", "jan", "sheikh", "amir", "marina", "moon"):
        assert word not in given
