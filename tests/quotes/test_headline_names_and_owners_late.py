"""Title-case headline runs a known given name opens, and lower-case statement owners."""

from __future__ import annotations

from presswatch.quotes.nameindex import NameIndex
from tests.quotes.helpers import quotes_of, speakers_of

_FERRY = (
    "Declan Doyle Backs Ferry Timetable Overhaul\n"
    "The new sailings start in May. “I hear the islanders,” Doyle said. "
    "Later he added: “The boats will run on time.”"
)


def test_headline_run_opened_by_a_given_name_is_stored_as_the_name() -> None:
    fulls = NameIndex(_FERRY).fulls
    assert [f for _, f in fulls["doyle"]] == ["Declan Doyle"]
    assert "overhaul" not in fulls


def test_surname_and_pronoun_take_the_headline_name() -> None:
    assert speakers_of(_FERRY) == ["Declan Doyle", "Declan Doyle"]


def test_short_headline_run_gives_the_name_not_the_verb() -> None:
    text = "Orla Kells Wins\nThe count ended at dawn. “I am grateful,” she said."
    assert speakers_of(text) == ["Orla Kells"]


def test_headline_run_without_a_known_given_name_stays_no_name() -> None:
    text = "Vorbek Strand Tops Glacier Race\nThe skier was fastest again. “Cold legs,” he said."
    assert speakers_of(text) == [None]


def test_sentence_case_headline_keeps_the_name() -> None:
    text = (
        "Declan Doyle backs ferry timetable overhaul\n"
        "The new sailings start in May. “I hear the islanders,” Doyle said."
    )
    assert speakers_of(text) == ["Declan Doyle"]


def test_lower_case_owner_of_a_statement_mid_sentence() -> None:
    text = (
        "The Harbour Pilots Association voted on Monday.\n"
        "“No pilot will board a ship this week,” the association's statement said."
    )
    assert speakers_of(text) == ["the Harbour Pilots Association"]


def test_lower_case_owner_that_names_nothing_gives_no_speaker() -> None:
    text = "Ostrava Copper sacked its auditor.\n“The books were a mess,” the firm's statement said."
    found = quotes_of(text)
    assert [(q.speaker, q.speaker_surface) for q in found] == [(None, "the firm's statement")]
