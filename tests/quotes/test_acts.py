"""Partial quotes inside a communicative act of a named subject (invented text)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import by_text


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "And a few days later, on the steps of the town hall, where she had first run for"
            " office, Mayor Ilse Varga voiced a deep regret for “my failure to mend the harbour"
            " feud.” The council adjourned.",
            "my failure to mend the harbour feud.",
            "Ilse Varga",
        ),
        (
            "While Tomas Brekke, speaking for the fishing caucus, laid out a plan for “a quota"
            " system that rewards small boats,” the minister left the hall.",
            "a quota system that rewards small boats,",
            "Tomas Brekke",
        ),
        (
            "Her office booked a slot on local radio for Monday, during which Jane Rowe expressed"
            " confidence that the levy would not be a matter “that is going to sink our budget or"
            " my term.”",
            "that is going to sink our budget or my term.",
            "Jane Rowe",
        ),
        (
            "Captain Ola Dahl runs the ferry line. On Sunday he also outlined the new timetable"
            " and vowed to fine “every operator who skips the winter run.”",
            "every operator who skips the winter run.",
            "Ola Dahl",
        ),
        (  # the act noun opens the sentence; the main clause after it names the speaker
            "In a speech that spoke to the “worry, the anger and the hope of the dock towns,”"
            " Senator Mara Quist struck many of her old themes.",
            "worry, the anger and the hope of the dock towns,",
            "Mara Quist",
        ),
        (  # a possessive name and a quote before a noun of a promise
            "Voters still recall Governor Piet Lund. It is the pull of Lund's “no new tolls on"
            " the coast road” pledge that keeps them loyal.",
            "no new tolls on the coast road",
            "Piet Lund",
        ),
    ],
)
def test_act_subject_speaks(text: str, quote: str, speaker: str) -> None:
    assert by_text(text)[quote].speaker == speaker


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (  # a scare quote: three words, no first person
            "Councillor Ivo Renn criticized the so-called “harbour peace plan” on Friday.",
            "harbour peace plan",
        ),
        (  # the act's subject is a relative pronoun, not a name
            "The board rejected the levy, which critics called “a tax on every family that"
            " fishes the bay.”",
            "a tax on every family that fishes the bay.",
        ),
        (  # the act's subject names nobody
            "After the vote, the crowd thanked the players “for a season we will never"
            " forget,” and went home.",
            "for a season we will never forget,",
        ),
    ],
)
def test_act_near_misses(text: str, quote: str) -> None:
    found = by_text(text)
    assert quote not in found or found[quote].speaker is None
