"""A capitalised title between 'the' and a name makes the phrase a person (invented text)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quotes_of

HEAD = "Harbour dispatch: the dredging dispute at Kettlevik\n"
QUOTE = "“The channel silts up every spring and nobody pays,” "


def _speaker(cue: str) -> str | None:
    return quotes_of(HEAD + QUOTE + cue)[0].speaker


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("said the outgoing Mayor Kettil Brandvold.", "Kettil Brandvold"),
        ("said the new Prime Minister Ana Lima.", "Ana Lima"),
        ("said the embattled Harbour Commissioner Tove Rask.", "Tove Rask"),
    ],
)
def test_the_name_after_a_capitalised_title_is_the_speaker(cue: str, speaker: str) -> None:
    assert _speaker(cue) == speaker


@pytest.mark.parametrize(
    "cue",
    [
        # an aide to a titled person is not that person
        "said the former top aide to President Ana Lima.",
        # organisations whose names hold a title or a party word
        "said the Democratic Harbour Convention.",
        "said the Mayor Fund of Kettlevik.",
        "said the Governor General Fund.",
        "said the Senate Harbour Committee.",
    ],
)
def test_organisations_and_aides_stay_what_they_are(cue: str) -> None:
    assert _speaker(cue) not in ("Ana Lima", "Harbour Convention", "General Fund")
