"""A name opening a sentence after a capitalised word that ends the last is indexed (invented)."""

from __future__ import annotations

import pytest

from presswatch.quotes.nameindex import NameIndex
from tests.quotes.helpers import quotes_of

HEAD = "Harbour dispatch: the dredging dispute at Kettlevik\n"


@pytest.mark.parametrize("before", ["The council met on Monday.", "The pilots met in Oslo."])
def test_a_later_surname_finds_the_full_name(before: str) -> None:
    text = f"{before} Tom Reyes spoke first.\n“We will not back down,” Reyes said."
    assert [q.speaker for q in quotes_of(HEAD + text)] == ["Tom Reyes"]


def test_a_title_after_an_abbreviated_state_opens_the_name() -> None:
    text = "The talks went on with Fla. Gov. Ana Reyes and the pilots."
    assert NameIndex(text).fulls["reyes"] == [(text.index("Gov."), "Ana Reyes")]


@pytest.mark.parametrize(
    "text",
    [
        "Many pilots agree, thanks to Berg. One Nordland delegate said he would leave.",
        "The vote went to Kettlevik. Harbour Post-Morning Survey figures show a split.",
    ],
)
def test_no_name_without_a_given_name_or_title(text: str) -> None:
    assert NameIndex(text).fulls == {}


@pytest.mark.parametrize(
    "text",
    [
        # an abbreviation before a place or a club, a title-case headline, capitals, two people
        "The fans went to St. Louis Cardinals games all summer.",
        "Oslo Pilots Walk Out. Tom Reyes Warns Of Chaos",
        "PILOTS STRIKE IN OSLO. TOM REYES SPEAKS",
    ],
)
def test_pieces_that_are_no_names(text: str) -> None:
    fulls = [full for ms in NameIndex(text).fulls.values() for _, full in ms]
    assert not [full for full in fulls if "Louis" in full or "Reyes" in full or "REYES" in full]


def test_two_people_in_a_row_are_not_one() -> None:
    text = "The prizes went to Oslo. Tom Reyes Ana Ruiz and Ben Cole took them."
    assert "Tom Reyes Ana Ruiz" not in str(NameIndex(text).fulls)


def test_a_long_capitalised_text_is_indexed_in_linear_pieces() -> None:
    text = "Oslo. Tom Reyes. " * 20_000
    fulls = NameIndex(text).fulls
    assert len(fulls["reyes"]) == 20_000
    assert {full for _, full in fulls["reyes"]} == {"Tom Reyes"}
