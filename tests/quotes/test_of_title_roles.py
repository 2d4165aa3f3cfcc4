"""A 'the Title of …' description is a role: its titled holder or no one, never a body."""

from __future__ import annotations

import pytest

from presswatch.quotes.namecore import after_complement
from tests.quotes.helpers import attributions_of

HELD = "Minister of Fisheries Oda Strand toured the harbour on Monday.\n\n"
UNHELD = "The harbour levy was raised on Monday.\n\n"


@pytest.mark.parametrize(
    "quote",
    [
        "“The quota stands,” said the Minister of Fisheries.",
        "“The quota stands,” the Minister of Fisheries said.",
        "The Minister of Fisheries's reply: “The quota stands.”",
        "The Minister of Fisheries’s reply: “The quota stands.”",
    ],
)
def test_of_title_description_names_its_holder(quote: str) -> None:
    assert attributions_of(HELD + quote)[0][0] == "Oda Strand"


@pytest.mark.parametrize(
    "quote",
    [
        "“The quota stands,” said the Minister of Fisheries.",
        "“The quota stands,” said the Director of Harbours.",
        "The Minister of Fisheries's reply: “The quota stands.”",
    ],
)
def test_unheld_of_title_description_is_no_organisation(quote: str) -> None:
    speaker, surface = attributions_of(UNHELD + quote)[0]
    assert speaker is None
    assert surface is not None and surface.lower().startswith("the ")


def test_other_of_title_holder_is_not_taken() -> None:
    text = (
        "Director of Harbours Pal Eide spoke.\n\n"
        "“The quota stands,” said the Minister of Fisheries."
    )
    assert attributions_of(text)[0][0] is None


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        ("“The rate holds,” said the Bank of Norvia.", "the Bank of Norvia"),
        ("“The rate holds,” the Ministry of Fisheries said.", "the Ministry of Fisheries"),
        ("“The rate holds,” said the Department of Harbours.", "the Department of Harbours"),
    ],
)
def test_bodies_with_of_stay_organisations(quote: str, speaker: str) -> None:
    assert attributions_of(UNHELD + quote)[0][0] == speaker


def test_secretary_of_state_holder_kept() -> None:
    text = (
        "Secretary of State Oda Strand spoke.\n\n“The quota stands,” said the Secretary of State."
    )
    assert attributions_of(text)[0][0] == "Oda Strand"


def test_named_of_title_description_is_the_name() -> None:
    found = attributions_of("“The quota stands,” said the Minister of Fisheries Oda Strand.")
    assert found[0][0] == "Oda Strand"


@pytest.mark.parametrize(
    "quote",
    [
        "“The quota stands,” said her rival, Secretary of State Oda Strand.",
        "“The quota stands,” said the Green nominee, Secretary of State Oda Strand.",
        "“The quota stands,” said his rival, Speaker of the Assembly Oda Strand.",
    ],
)
def test_of_title_name_set_off_after_description(quote: str) -> None:
    assert attributions_of(quote)[0][0] == "Oda Strand"


@pytest.mark.parametrize(
    "quote",
    [
        "“The quota stands,” said the official, Minister of Coastal Affairs, before leaving.",
        "“The quota stands,” said her rival, Secretary of State.",
    ],
)
def test_of_title_without_name_after_description_is_no_person(quote: str) -> None:
    assert attributions_of(quote)[0][0] is None


@pytest.mark.parametrize(
    ("core", "person"),
    [
        (["Athletics", "Jo", "Vik"], ["Jo", "Vik"]),
        (["Harbours", "Yv", "Eide"], ["Yv", "Eide"]),
        (["Energy", "J.", "R.", "Brask"], ["J.", "R.", "Brask"]),
        (["Energy", "K", "Brask"], ["Energy", "K", "Brask"]),
        (["Norvia", "Aoife", "Ní", "Dhuibh"], ["Aoife", "Ní", "Dhuibh"]),
    ],
)
def test_two_letter_given_name_is_no_initial(core: list[str], person: list[str]) -> None:
    assert after_complement(core) == person


def test_two_letter_given_name_speaks() -> None:
    text = "“The pool is open,” said Director of Athletics Yv Eide."
    assert attributions_of(text)[0][0] == "Yv Eide"
