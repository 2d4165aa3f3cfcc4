"""Fixes from the second read of the seventeenth session's change; invented text."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import by_text

HEAD = "Harbor vote looms\n\n"
BEDS = "We are out of beds again tonight."


@pytest.mark.parametrize("lead", ["Later", "On Twitter"])
def test_a_capitalised_word_before_a_handle_leaves_it_the_subject(lead: str) -> None:
    text = f"{HEAD}Ana Ruiz runs the clinic.\n\n{lead} @AnaRuiz wrote: “{BEDS}”"
    assert by_text(text)[BEDS].speaker == "Ana Ruiz"


def test_a_handle_after_a_sentence_end_is_a_subject() -> None:
    text = (
        f"{HEAD}Councillor Ana Ruiz spoke.\n\n“We never hid it,” Ruiz said. @harborwatch disputed"
        " that: “The report was withheld for a year.”"
    )
    assert by_text(text)["The report was withheld for a year."].speaker == "@harborwatch"


@pytest.mark.parametrize("lead", ["Follow", "Tag"])
def test_a_handle_after_follow_or_tag_is_an_object(lead: str) -> None:
    text = (
        f"{HEAD}Tom Reyes edits the paper.\n\n{lead} @harborpost. “We will report live,” he said."
    )
    assert by_text(text)["We will report live,"].speaker == "Tom Reyes"


def test_a_causative_naming_no_person_carries_no_neighbours_speaker() -> None:
    closed = "The harbour is closed until next Friday."
    text = (
        f"{HEAD}Tom Reyes chairs the port board. “The harbour is closed until Friday,” he said.\n\n"
        f"The storm prompted Lisk to state: “{closed}”"
    )
    assert by_text(text)[closed].speaker != "Tom Reyes"
