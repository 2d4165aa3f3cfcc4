"""Translated copy names a person after a long description without a comma."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quotes_of


def speaker(text: str) -> str | None:
    """Return the speaker of the text's one quote."""
    (quote,) = quotes_of(text)
    return quote.speaker


@pytest.mark.parametrize(
    "text",
    [
        "“We will not give up,” said the head of the regional administration Oleh Kiper.",
        "“We will not give up,” emphasized the head of the regional military administration "
        "Oleh Kiper.",
        "“We will not give up,” the head of the regional administration Oleh Kiper said.",
    ],
)
def test_the_name_after_a_titled_description_is_the_speaker(text: str) -> None:
    assert speaker(text) == "Oleh Kiper"


@pytest.mark.parametrize(
    "text",
    [
        "“We are solvent,” said the chief of the bank Credit Suisse.",
        "“We won,” said the coach of the club Dynamo Kyiv.",
    ],
)
def test_an_organisation_after_its_kind_word_is_no_person(text: str) -> None:
    assert speaker(text) not in ("Credit Suisse", "Dynamo Kyiv")
