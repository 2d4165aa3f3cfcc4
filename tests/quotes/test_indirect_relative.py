"""Indirect speech around relative clauses: the subject before one, a lead phrase closed by one."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quotes_of


def _indirect(text: str) -> list[tuple[str, str | None]]:
    """Return (content, speaker) of the text's indirect quotes."""
    return [(q.text, q.speaker or q.speaker_surface) for q in quotes_of(text, "indirect")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The mayor, who was re-elected in May, said the budget was balanced.",
            "the budget was balanced",
            "The mayor",
        ),
        (
            "The ferry operator, which employs 900 people, said it would cut two routes.",
            "it would cut two routes",
            "The ferry operator",
        ),
        (
            "Judge Ama Boateng, who heard the case, said on Friday that the ruling stood.",
            "the ruling stood",
            "Ama Boateng",
        ),
    ],
)
def test_subject_before_a_relative_clause(text: str, content: str, speaker: str) -> None:
    assert _indirect(text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "In Tromsø, where talks resumed on Monday, the minister said a deal was close.",
            "a deal was close",
        ),
        (
            "At the summit in Accra, which drew 30 leaders, Kofi Mensah said rules must change.",
            "rules must change",
        ),
    ],
)
def test_lead_phrase_closed_by_a_relative_clause_is_not_content(text: str, content: str) -> None:
    assert [c for c, _ in _indirect(text)] == [content]


def test_clause_with_a_relative_clause_before_a_trailing_cue_stays_content() -> None:
    text = "Fuel prices, which rose sharply in May, will fall again next month, the regulator said."
    assert [c for c, _ in _indirect(text)] == [
        "Fuel prices, which rose sharply in May, will fall again next month"
    ]


def test_lead_phrase_with_relative_clause_and_no_content_gives_nothing() -> None:
    assert _indirect("In Tromsø, where talks resumed on Monday, the minister said nothing.") == []


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("Officers in Dunmore warned residents on Sunday as the water rose.", []),
        ("Officers warned residents that the river could burst.", ["the river could burst"]),
        (
            "Rangers warned them they would close the trail at dusk.",
            ["they would close the trail at dusk"],
        ),
        ("Doctors warned parents not to send sick children in.", ["not to send sick children in"]),
        ("The agency warned the river could burst its banks.", ["the river could burst its banks"]),
    ],
)
def test_people_warned_are_an_object_not_content(text: str, contents: list[str]) -> None:
    assert [c for c, _ in _indirect(text)] == contents
