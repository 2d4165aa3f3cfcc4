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


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (  # a chant of others
            "Councillor Edda Brann met the dockers who chanted “no pay cut, no ferry, no deal”"
            " outside the depot.",
            "no pay cut, no ferry, no deal",
        ),
        (  # a sign's text
            "Councillor Edda Brann later met the walkers, whose placard read “keep the night"
            " ferry running for the island.”",
            "keep the night ferry running for the island.",
        ),
        (  # a title
            "Councillor Edda Brann sent every household a leaflet titled “How the island can pay"
            " for its own ferry” on Friday.",
            "How the island can pay for its own ferry",
        ),
        (  # what others call it
            "Councillor Edda Brann faced what the islanders call “the slow death of the night"
            " crossing.”",
            "the slow death of the night crossing.",
        ),
        (  # a phrase coined by someone else
            "Councillor Edda Brann put the levy down as “a toll on being born on an island,” a"
            " phrase first coined by skipper Rolf Aune.",
            "a toll on being born on an island,",
        ),
        (  # a text another owns
            "Councillor Edda Brann welcomed the auditor's finding that the ferry was “run at a"
            " loss by design for many years.”",
            "run at a loss by design for many years.",
        ),
        (  # said of the subject in a passive clause
            "Councillor Edda Brann was praised by the skippers for “standing up to the ferry"
            " board when nobody else would.”",
            "standing up to the ferry board when nobody else would.",
        ),
        (  # a possessive that names no person: a place, a paper
            "Analysts had little to say about Kettlevik's “the harbour that never closes, not"
            " even at Christmas” slogan.",
            "the harbour that never closes, not even at Christmas",
        ),
        (
            "The Tidewater Gazette's “the island has run out of money and out of time” claim was"
            " denied by the council.",
            "the island has run out of money and out of time",
        ),
        (  # an opening act phrase that is someone else's act
            "During remarks by Mayor Ivo Renn about “a fair fare for every island family,”"
            " Councillor Edda Brann left the hall.",
            "a fair fare for every island family,",
        ),
        (  # an opening phrase whose quote is about the main clause's subject
            "In a post that called her “a ferry wrecker who hides from the island,” Councillor"
            " Edda Brann was mocked by a rival.",
            "a ferry wrecker who hides from the island,",
        ),
        (  # the quote is the topic of the act
            "In an interview on whether the ferry faced “a winter it may not survive at all,”"
            " Councillor Edda Brann was blunt.",
            "a winter it may not survive at all,",
        ),
        (
            "During the debate on the motion “that this council has no confidence in the ferry"
            " board,” Councillor Edda Brann spoke for an hour.",
            "that this council has no confidence in the ferry board,",
        ),
        (  # a passive main clause
            "In a letter sent by 30 skippers about “a ferry timetable built for tourists, not"
            " islanders,” Councillor Edda Brann was urged to act.",
            "a ferry timetable built for tourists, not islanders,",
        ),
    ],
)
def test_others_words_are_not_the_subjects(text: str, quote: str) -> None:
    found = by_text(text)
    assert quote not in found or found[quote].speaker is None


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (  # a given name and a surname before the promise
            "The rival ad replayed Ann Brann's “not one crossing cut while I am on this"
            " council” pledge all week.",
            "not one crossing cut while I am on this council",
            "Ann Brann",
        ),
        (  # a pronoun for the subject names it: no other's words
            "Councillor Edda Brann went after what she calls “a toll on being born on an island.”",
            "a toll on being born on an island.",
            "Edda Brann",
        ),
    ],
)
def test_own_words_kept(text: str, quote: str, speaker: str) -> None:
    assert by_text(text)[quote].speaker == speaker


def test_possessor_introduced_long_before_many_bare_mentions() -> None:
    """The first mention's title still makes a much-mentioned surname a person's."""
    text = (
        "Governor Piet Lund toured the coast towns on Monday.\n\n"
        + "Lund spoke, Lund listened and Lund left. " * 60
        + "\n\nIt is the pull of Lund's “no new tolls on the coast road” pledge that keeps them"
        " loyal."
    )
    assert by_text(text)["no new tolls on the coast road"].speaker == "Piet Lund"


def test_possessor_titled_only_in_the_latest_mention() -> None:
    """A title at the latest mention counts when the first mentions are bare."""
    text = (
        "Lund was absent. Lund was late. Lund was quiet.\n\n"
        "Councillor Piet Lund arrived at noon.\n\n"
        "It is the pull of Lund's “no new tolls on the coast road” pledge that keeps them loyal."
    )
    assert by_text(text)["no new tolls on the coast road"].speaker == "Piet Lund"
