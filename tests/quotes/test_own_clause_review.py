"""Review fixes for own-clause speakers: a causative's object only for a speech verb of its
infinitive, 'so that', the main subject after an opening clause's quote, 'in ’t' after a full
name and 'From' before a place (invented text)."""

from __future__ import annotations

import pytest

from presswatch.quotes.ownclause import caused_subject
from tests.quotes.helpers import quotes_of

HEAD = "Harbour levy splits Kelp council\n\n"


def _speaker(text: str, prefix: str) -> str | None:
    """Return the speaker of the quote starting with prefix (None: no speaker or no quote)."""
    found = [q for q in quotes_of(HEAD + text + "\n") if q.text.startswith(prefix)]
    return found[0].speaker if found else None


# -- the object of a causative speaks only through a speech or naming verb of its infinitive


@pytest.mark.parametrize(
    ("text", "prefix", "not_speaker"),
    [
        (
            "Tom Reyes inspired Ines Varga to stand, describing the ward as “easy to win for us.”",
            "easy to win",
            "Ines Varga",
        ),
        (
            "Tom Reyes pushed Ines Varga to quit by labelling her “a drag on the whole party.”",
            "a drag",
            "Ines Varga",
        ),
        (
            "Tom Reyes compelled Ines Varga to testify about the “lost harbour funds.”",
            "lost harbour",
            "Ines Varga",
        ),
        (
            "Tom Reyes forced Ines Varga to vote on the “rushed and costly” harbour plan.",
            "rushed",
            "Ines Varga",
        ),
        (
            "Rivals forced Ines Varga to drop the “badly drafted and unfair” levy bill.",
            "badly drafted",
            "Ines Varga",
        ),
        (
            "The row caused Ines Varga to quit; Tom Reyes saw it as “long overdue, frankly.”",
            "long overdue",
            "Ines Varga",
        ),
        (
            "The audit forced Ines Varga to leave Kelp for what staff call a “quiet spell at"
            " home.”",
            "quiet spell",
            "Ines Varga",
        ),
    ],
)
def test_causative_object_needs_a_speech_verb(text: str, prefix: str, not_speaker: str) -> None:
    assert _speaker(text, prefix) != not_speaker


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        (
            "Tom Reyes inspired Ines Varga to stand, describing the ward as “easy to win for us.”",
            "easy to win",
        ),
        (
            "Tom Reyes pushed Ines Varga to quit by labelling her “a drag on the whole party.”",
            "a drag",
        ),
    ],
)
def test_causative_falls_back_to_the_subject(text: str, prefix: str) -> None:
    assert _speaker(text, prefix) == "Tom Reyes"


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (
            "Tom Reyes spoke first. The vote pushed Ines Varga to joke and call the levy “a tax on"
            " ferries.”",
            "a tax on",
            "Ines Varga",
        ),
        (
            "Tom Reyes spoke first. The leak prompted Ines Varga to describe the plan as “a trap"
            " for farmers.”",
            "a trap",
            "Ines Varga",
        ),
        (
            "Tom Reyes spoke first. The crash spurred Ines Varga to concede the levy was “far too"
            " steep for us.”",
            "far too",
            "Ines Varga",
        ),
    ],
)
def test_causative_object_keeps_its_speech_verb(text: str, prefix: str, speaker: str) -> None:
    assert _speaker(text, prefix) == speaker


def test_causative_helper_stops_at_another_clause() -> None:
    text = "Tom Reyes forced Ines Varga to quit after she backed what he saw as \x00\x00"
    assert caused_subject(text, 0, text.index("\x00")) is None


# -- 'so that' is a purpose: the sentence's subject keeps the quote ('so … that' is a result)


def test_so_that_is_no_result_clause() -> None:
    text = "Ines Varga moved the vote so that Tom Reyes could not stall the “fair levy for all.”"
    assert _speaker(text, "fair levy") == "Ines Varga"


def test_so_word_that_is_a_result_clause() -> None:
    text = (
        "Ines Varga spoke so sharply that Tom Reyes walked out, dismissing her plan as “rude and"
        " unfair.”"
    )
    assert _speaker(text, "rude and") == "Tom Reyes"


# -- after a quote in an opening phrase's relative clause, 'he' means the main clause's subject


def test_pronoun_after_opening_relative_clause_is_the_main_subject() -> None:
    text = (
        "In a speech that Judge Oriel Vasko called “deeply unwise,” Tom Reyes attacked the board."
        " “It was only satire,” he said."
    )
    assert _speaker(text, "deeply unwise") == "Oriel Vasko"
    assert _speaker(text, "It was only") == "Tom Reyes"


def test_pronoun_after_plain_sentence_keeps_the_last_speaker() -> None:
    text = (
        "Judge Ines Varga called the speech “deeply unwise.” Tom Reyes attacked the board."
        " “It was only satire,” he said."
    )
    assert _speaker(text, "It was only") == "Tom Reyes"


# -- 'in ’t' after a full name is a place; after a given name alone it is a particle


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“We left for the schools,” said Ines Varga in ’t Zand, where she lives now.",
            "Ines Varga",
        ),
        ("“We left for the schools,” said Joost in ’t Zand, a teacher.", "Joost in ’t Zand"),
        ("“We left for the schools,” said Joost van ’t Hek, a teacher.", "Joost van ’t Hek"),
    ],
)
def test_split_particle_after_a_full_name(text: str, speaker: str) -> None:
    assert _speaker(text, "We left") == speaker


# -- 'From' is a surname only when no capitalised word follows it


def test_from_before_a_place_is_no_surname() -> None:
    text = "“We were robbed,” said Tom From Kelp, a fan since boyhood."
    assert _speaker(text, "We were") == "Tom"


def test_from_before_a_comma_is_a_surname() -> None:
    text = "“We were robbed,” said Tom From, a fan since boyhood."
    assert _speaker(text, "We were") == "Tom From"
