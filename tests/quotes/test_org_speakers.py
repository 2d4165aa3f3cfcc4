"""Organisations as speakers: 'the ministry', 'the agency', 'the statement' and unnamed
spokespeople resolve to the organisation the article named (invented text)."""

from __future__ import annotations

import pytest

from presswatch.quotes import orgrefs
from tests.quotes.helpers import by_text

QUOTE = "We have done what we could"


def _speaker(text: str, quote: str = QUOTE) -> str | None:
    return by_text(text)[quote + ","].speaker


@pytest.mark.parametrize(
    ("lead", "cue", "name"),
    [
        (
            "The transport ministry said in a written note that its new bridge would open soon.",
            "the ministry said",
            "the transport ministry",
        ),
        (
            "The Pan-Baltic Health Organization said it was flying nurses to the islands.",
            "the agency said",
            "the Pan-Baltic Health Organization",
        ),
        (
            "The Norvik Food Authority withdrew two brands of smoked trout on Friday.",
            "the authority said",
            "the Norvik Food Authority",
        ),
        (
            "Lisbon-based startup Tessaly doubled its staff this year.",
            "the company said",
            "Tessaly",
        ),
        ("Harrowgate Pumps Ltd lowered its outlook.", "the firm said", "Harrowgate Pumps Ltd"),
        (
            "The Global Reserve Fund (GRF) cut its forecast. The GRF blamed weak trade.",
            "the fund said",
            "the Global Reserve Fund",
        ),
        (
            "Second-tier club Brenholm Rovers FC parted ways with its coach.",
            "the club said",
            "Brenholm Rovers FC",
        ),
        (
            "The Bank of Lantrovia Governor Ida Varga spoke on Monday.",
            "the bank said",
            "the Bank of Lantrovia",
        ),
        (  # two ministries: the nearest that was a subject
            "The farm ministry and the water ministry met on Monday. The water ministry"
            " said the dam would be raised.",
            "the ministry said",
            "the water ministry",
        ),
    ],
)
def test_an_organisation_description_takes_the_named_organisation(
    lead: str, cue: str, name: str
) -> None:
    assert _speaker(f"{lead} “{QUOTE},” {cue}.") == name


@pytest.mark.parametrize(
    ("lead", "cue"),
    [
        ("Prices of bread rose again in March.", "the company said"),  # no company named
        ("The justice ministry drafted the rules.", "the court said"),  # another kind
        ("The Southern Development Bank lent the money.", "the ministry said"),
        ("Jane Roe, the chief executive, spoke in Tarvik.", "the company said"),  # a person
        (  # two ministries and neither a subject
            "Officials from the farm ministry and the water ministry met.",
            "the ministry said",
        ),
        (  # a nearer acronym subject of unknown kind
            "The Pan-Baltic Health Organization sent kits. The PBA approved them.",
            "the agency said",
        ),
    ],
)
def test_no_organisation_of_that_kind_leaves_the_description(lead: str, cue: str) -> None:
    speaker = _speaker(f"{lead} “{QUOTE},” {cue}.")
    assert speaker == cue.removesuffix(" said")


def test_the_court_is_no_person_in_its_name() -> None:
    text = f"Supreme Court Justice Tom Reyes wrote the ruling. “{QUOTE},” the court said."
    assert _speaker(text) == "Supreme Court"


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("The Harbour Board issued a statement on Monday.", "the Harbour Board"),
        ("Jane Roe said in a statement that she would stand down.", "Jane Roe"),
        ("In a statement, the Tarvik Rowing Club thanked its members.", "the Tarvik Rowing Club"),
        ("A statement from the Lisk Water Company apologised.", "the Lisk Water Company"),
        ("A statement from the water ministry came late.", "the water ministry"),
        ("The farm ministry spoke. A statement from the ministry came late.", "the farm ministry"),
    ],
)
def test_the_statement_is_its_issuer(lead: str, name: str) -> None:
    assert _speaker(f"{lead} “{QUOTE},” the statement read.") == name


@pytest.mark.parametrize(
    "lead",
    [
        "Prices rose in March.",  # no issuer in the text
        "She said in a statement that she would stand down.",  # an issuer that is no name
        "The Harbour Board issued a statement.\n\nRain fell.\n\nThe ferry was late.",
    ],
)
def test_a_statement_with_no_issuer_nearby_stays(lead: str) -> None:
    assert _speaker(f"{lead} “{QUOTE},” the statement read.") == "the statement"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"Tenants protested. “{QUOTE},” a spokesperson for the council said.", "the council"),
        (
            f"Tenants picketed Vannaby City Council. “{QUOTE},” a council spokesperson said.",
            "Vannaby City Council",
        ),
        (f"The striker is out. “{QUOTE},” a Brenholm United spokesman said.", "Brenholm United"),
        (  # a named spokesperson stays the person
            f"“{QUOTE},” a spokesperson for the council, Jane Roe, said.",
            "Jane Roe",
        ),
        (  # a person's spokesperson is not the person
            f"Tom Reyes was silent. “{QUOTE},” a Reyes spokeswoman said.",
            "a Reyes spokeswoman",
        ),
    ],
)
def test_an_unnamed_spokesperson_is_the_organisation(text: str, name: str) -> None:
    assert _speaker(text) == name


def test_a_former_spokesman_speaks_for_himself() -> None:
    text = f"“{QUOTE},” a former spokesman for the Tarvik Rowing Club said."
    assert _speaker(text) != "the Tarvik Rowing Club"


def test_mentions_cut_at_a_time_word_a_full_stop_and_an_opener() -> None:
    text = (
        "The Lisk City Council on Monday voted. It cited the Tessaly Group. Tarvik cheered. While"
        " the Harbour Department waited, rain fell."
    )
    names = [m.name for m in orgrefs.scan(text)]
    assert "the Lisk City Council" in names
    assert "the Tessaly Group" in names
    assert "the Harbour Department" in names
