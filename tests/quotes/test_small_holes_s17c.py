"""Review of the four small speaker holes: a quote-naming frame and a causative object speak
only when the article makes them a person, a frame never outruns a carried speaker, and an
occupation is dropped only before a given name (invented articles)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quote_starting

HEAD = "Ferry notes\nThe island council met on Tuesday about the winter timetable.\n"


def _speaker(text: str, prefix: str) -> str | None:
    """Return the speaker of the direct quote opening with prefix (asserting it is found)."""
    return quote_starting(HEAD + text + "\n", prefix).speaker


@pytest.mark.parametrize(
    "text",
    [
        "“We will keep the ferry running.” That quote from Gull Lights, the 1979 film, still"
        " hangs in the ticket office.",
        "“Nobody rows alone on this water.” The line belongs to Silver Tide, a folk song from"
        " the 1960s.",
        "“Welcome home, sailors of the bay.” Those words, from Pier Street, carried across the"
        " harbour.",
        "“Sail away, sail away with me.” Those lines from Blue Harbor, the band’s only hit, were"
        " sung on the quay.",
        "“Hold fast, the storm will pass.” That comment from City Hall surprised nobody.",
        "“No ferry, no island, no future.” The phrase came from North Harbor, where the protest"
        " began.",
        "“We sail at dawn for the mainland.” The line came from Port Ivesk at noon, by radio.",
        "“Next stop, Vik Island, last stop.” The line belongs to Harbor Line Ferries, which bought"
        " the route in 2020.",
        "“Next stop, Vik Island, last stop.” That line from Vik Island to the mainland carries 900"
        " people a day.",
    ],
)
def test_a_frame_naming_a_place_work_or_company_gives_no_speaker(text: str) -> None:
    assert _speaker(text, text[1:8]) is None


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        (
            "Tom Reyes said the count was close. He added: “We lost.”\n“We will be back next"
            " year.” That statement from Ana Ruiz, the winner, came an hour later.",
            "We will be back",
        ),
        (
            "Tom Reyes spoke after the count. “We lost, but we will be back.” Those words from"
            " Ana Ruiz four years ago were almost the same.",
            "We lost, but",
        ),
    ],
)
def test_a_frame_leaves_a_carried_speaker_alone(text: str, prefix: str) -> None:
    assert _speaker(text, prefix) == "Tom Reyes"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“The ferry is our lifeline.” Those words, from Ana Ruiz, were printed on posters.",
            "Ana Ruiz",
        ),
        (
            "“No ferry, no island, no future.” This quote by Mark Twain is often misattributed.",
            "Mark Twain",
        ),
    ],
)
def test_a_frame_naming_a_person_still_speaks(text: str, speaker: str) -> None:
    assert _speaker(text, text[1:8]) == speaker


def test_a_causative_object_that_is_a_street_gives_no_speaker() -> None:
    assert (
        _speaker("The strike led Harbor Street to note: “We are closed for the week.”", "We")
        is None
    )


@pytest.mark.parametrize(
    "text",
    [
        "The strike led Ana Ruiz to note: “We are closed for the week.”",
        "Ana Ruiz runs the café.\nThe strike led Ruiz to note: “We are closed for the week.”",
    ],
)
def test_a_causative_object_that_is_a_person_speaks(text: str) -> None:
    assert _speaker(text, "We are closed") == "Ana Ruiz"


@pytest.mark.parametrize(
    "name",
    [
        "Cook Islands Tourism",
        "Merchant Navy Veterans",
        "Visitor Centre Harbor",
        "Source Code Labs",
        "Pilot Ridge Airways",
        "Student Loans Harbor",
        "Fan Li Wei",
    ],
)
def test_an_occupation_word_opening_an_organisation_or_surname_stays(name: str) -> None:
    assert _speaker(f"{name} said: “Visitors are coming back this summer.”", "Visitors") == name


def test_a_surname_first_name_after_its_quote_stays_whole() -> None:
    text = (
        "“We need a bigger boat,” said Fan Jia Hui, a ferry captain. Fan, 52, has sailed for years."
    )
    assert _speaker(text, "We need") == "Fan Jia Hui"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Baker Tom Reyes said: “I bake at dawn for the boat.”", "Tom Reyes"),
        ("Farmer Jane Roe said: “The ferry carries my sheep.”", "Jane Roe"),
    ],
)
def test_an_occupation_before_a_given_name_is_dropped(text: str, speaker: str) -> None:
    assert _speaker(text, text[text.index("“") + 1 :][:6]) == speaker
