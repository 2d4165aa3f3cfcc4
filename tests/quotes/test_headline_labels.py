"""Headline labels before a colon: a title names its one holder in the article, a body speaks."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quotes_of

BODY = "\nInterior Minister Samira Haddad said on Monday the crossing would not close."


def _first(text: str) -> tuple[str, str | None]:
    """Return the text and speaker of the first direct quote."""
    q = quotes_of(text)[0]
    return q.text, q.speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Minister: “The border stays open”" + BODY, "Samira Haddad"),
        (
            "PM: “Our ferries will sail on time”\nPrime Minister Aroha Ngata spoke on Tuesday.",
            "Aroha Ngata",
        ),
        (
            "Coach: 'We showed our level'\nFC Varna coach Dimitar Kolev praised the team.",
            "Dimitar Kolev",
        ),
        (
            "Police: “Stay away from the flooded river”\nOfficers in Dunmore spoke on Sunday.",
            "Police",
        ),
    ],
)
def test_label_names_the_holder_of_its_title(text: str, speaker: str) -> None:
    assert _first(text)[1] == speaker


def test_two_holders_of_the_title_leave_the_quote_unattributed() -> None:
    text = (
        "Minister: “The border will stay open to all trade”\nInterior Minister Samira Haddad and "
        "Trade Minister Omar Farouk met on Monday."
    )
    assert _first(text) == ("The border will stay open to all trade", None)


def test_no_holder_of_the_title_leaves_the_quote_unattributed() -> None:
    text = "PM: “Our ferries will sail on time this winter”\nThe timetable is due on Tuesday."
    assert _first(text) == ("Our ferries will sail on time this winter", None)


@pytest.mark.parametrize("label", ["Analysis", "Watch", "Breaking", "Verdict"])
def test_a_label_that_is_no_title_names_no_one(label: str) -> None:
    text = f"{label}: “The border will stay open to all trade”" + BODY
    assert _first(text) == ("The border will stay open to all trade", None)
