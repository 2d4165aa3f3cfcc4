"""A relative clause between a cue's subject and its verb keeps the quote and its subject."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quotes_of

QUOTE = "It's a disaster"


def found(text: str) -> list[tuple[str | None, str]]:
    """Return (speaker, quoted words) of the text's direct quotes."""
    return [(q.speaker, q.text) for q in quotes_of(text)]


@pytest.mark.parametrize(
    "tail",
    [
        "the mayor, who was re-elected in May, said.",
        "the mayor, who was re-elected in May, told reporters.",
        "a resident, who asked not to be named, told Reuters.",
        "a spokesman for the council, which runs the port, said.",
    ],
)
def test_the_quote_stays_when_a_relative_clause_follows_the_subject(tail: str) -> None:
    text = f"“{QUOTE},” {tail}"
    assert [words for _, words in found(text)] == [f"{QUOTE},"]


def test_the_description_before_the_clause_resolves_to_the_named_person() -> None:
    text = (
        "Mayor Jane Roe spoke on Monday. "
        "“It's a disaster,” the mayor, who was re-elected in May, said."
    )
    assert found(text) == [("Jane Roe", "It's a disaster,")]


def test_a_partial_quote_after_a_subject_with_a_relative_clause() -> None:
    text = "Officials, who declined to be named, said the deal was “all but done”."
    assert found(text) == [("Officials", "all but done")]


def test_a_verb_inside_the_clause_is_not_the_cue() -> None:
    text = "“It's a disaster,” Jane Roe, who had said so before, told Reuters."
    assert found(text) == [("Jane Roe", "It's a disaster,")]


def test_a_place_phrase_is_no_subject() -> None:
    text = "In Paris, which hosted the talks, ministers said it was “a good start”."
    assert [speaker for speaker, _ in found(text)] != ["In Paris"]
