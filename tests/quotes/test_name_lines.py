"""A name line beside a lone quote names its speaker ('Ana Ruiz, Tarn Group.'); invented text."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import by_text, speakers_of

HEAD = "Economists split on the rate cut\n\nEconomists disagreed sharply about the cut.\n\n"
CUT = "A cut now would feed the housing bubble."
WAIT = "The bank should move before it is too late."


def test_a_name_line_under_each_quote_names_its_speaker() -> None:
    body = f"“{CUT}”\n\nAna Ruiz, Tarn Policy Institute.\n\n“{WAIT}”\n\nTom Berg, Harbor Group."
    assert speakers_of(HEAD + body) == ["Ana Ruiz", "Tom Berg"]


def test_a_name_line_above_each_quote_names_its_speaker() -> None:
    body = f"Ana Ruiz, Tarn Policy Institute.\n\n“{CUT}”\n\nTom Berg, Harbor Group.\n\n“{WAIT}”"
    assert speakers_of(HEAD + body) == ["Ana Ruiz", "Tom Berg"]


def test_a_quote_left_open_above_its_name_line_takes_it() -> None:
    # the closing mark typed after the name line, as some scraped pages have it
    body = f'"{CUT}\nAna Ruiz, Tarn Policy Institute."\n\n"{WAIT}\nTom Berg, Harbor Group."'
    assert speakers_of(HEAD + body) == ["Ana Ruiz", "Tom Berg"]


@pytest.mark.parametrize(
    ("body", "quote", "name"),
    [
        (  # a quote with its own cue keeps it
            f"“{CUT},” Ana Ruiz said.\n\nTom Berg, Harbor Group.",
            f"{CUT},",
            "Ana Ruiz",
        ),
        (  # the reporter's credit under the last quote
            f"Ana Ruiz spoke first. She said:\n\n“{CUT}”\n\nTom Berg, Staff Writer",
            CUT,
            "Ana Ruiz",
        ),
        (  # a sentence, not a name line
            f"Ana Ruiz spoke first. She said:\n\n“{CUT}”\n\nTom Berg, who chairs it, disagreed.",
            CUT,
            "Ana Ruiz",
        ),
    ],
)
def test_no_name_line_over_a_speaker_or_a_sentence(body: str, quote: str, name: str) -> None:
    assert by_text(HEAD + body)[quote].speaker == name


@pytest.mark.parametrize(
    "body",
    [
        # a pull quote before a run of name lines above quotes: no side is clear for it
        f"“{CUT}”\n\nAna Ruiz, 34, nurse, Lisk\n\n“{WAIT}”",
        # a cue's unnamed source keeps the quote, the credit line under it is the reporter's
        f"A sign on the gate reads:\n\n“{CUT}”\n\nTom Berg, Lisk\n\n“{WAIT}”\n\nAna Ruiz, Tarn",
        # a photo caption
        f"Marchers chanted.\n\n“{CUT}”\n\nAna Ruiz, centre, at the march.\n\n“{WAIT}”\n\n"
        "Tom Berg, left.",
        # a byline above a signed run: no side is clear
        f"Tom Berg, Lisk\n\n“{CUT}”\n\nAna Ruiz, Tarn Institute.\n\n“{WAIT}”\n\n"
        "Ida Lund, Harbor Group.",
    ],
)
def test_no_name_line_when_the_side_is_unclear(body: str) -> None:
    assert by_text(HEAD + body)[CUT].speaker is None


def test_a_person_addressed_inside_an_open_quote_is_no_name_line() -> None:
    body = f"Her message was short:\n\n“{CUT}\n\nTom Berg, you have failed this town.”"
    assert by_text(HEAD + body)[CUT].speaker is None


def test_an_organisation_line_is_no_name_line() -> None:
    body = f"“{CUT}”\n\nHarbor Economics Group, Lisk.\n\nMarkets were calm."
    assert by_text(HEAD + body)[CUT].speaker is None


def test_a_title_case_headline_with_a_full_stop_names_no_one() -> None:
    # 'Senator Slams Port Deal.' is no senator called 'Slams Port Deal'
    text = "Senator Slams Port Deal.\n\n“It is a bad deal for workers,” the senator said."
    assert by_text(text)["It is a bad deal for workers,"].speaker != "Slams Port Deal"
    text = (
        "Governor Signs Harbor Budget.\n\nGov. Ann Roe signed it. “A good day,” the governor said."
    )
    assert by_text(text)["A good day,"].speaker == "Ann Roe"
