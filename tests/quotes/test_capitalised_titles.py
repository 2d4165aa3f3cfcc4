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
    ("cue", "speaker"),
    [
        # an aide to a titled person is not that person (the phrase stays whole)
        (
            "said the former top aide to President Ana Lima.",
            "the former top aide to President Ana Lima",
        ),
        # organisations whose names hold a title or a party word stay whole
        ("said the Democratic Harbour Convention.", "the Democratic Harbour Convention"),
        ("said the Governor General Fund.", "the Governor General Fund"),
        ("said the Nordland State Highway Patrol.", "the Nordland State Highway Patrol"),
        ("said the General Dredging Co.", "the General Dredging Co"),  # one spelling per firm
        ("said the Admiral Ferry Holdings.", "the Admiral Ferry Holdings"),
        ("said the Coach House Theatre.", "the Coach House Theatre"),
    ],
)
def test_organisations_and_aides_stay_what_they_are(cue: str, speaker: str | None) -> None:
    assert _speaker(cue) == speaker
