"""A quote run over paragraphs takes the speaker its last paragraph names."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quotes_of


def speakers(text: str) -> list[tuple[str | None, str]]:
    """Return (speaker, first words) of the text's direct quotes."""
    return [(q.speaker, q.text[:20]) for q in quotes_of(text)]


def test_the_first_paragraph_of_a_run_takes_the_speaker_named_at_its_end() -> None:
    text = (
        "“The ferry will run twice a day from April, and more often in the summer.\n\n"
        "“We will add a late crossing on Fridays,” said Jane Roe, the operator's director."
    )
    assert [s for s, _ in speakers(text)] == ["Jane Roe", "Jane Roe"]


def test_a_closed_quote_before_another_speaker_keeps_no_speaker() -> None:
    text = (
        "“The ferry will run twice a day from April, and more often in the summer.”\n\n"
        "“We will add a late crossing on Fridays,” said Jane Roe, the operator's director."
    )
    assert speakers(text)[0][0] is None


def test_an_open_quote_before_a_narrative_paragraph_keeps_no_speaker() -> None:
    text = (
        "“The ferry will run twice a day from April, and more often in the summer.\n\n"
        "Tom Reyes, a councillor, said the plan was late. “Another year lost,” he said."
    )
    assert speakers(text)[0][0] is None


def test_a_document_quoted_after_a_colon_keeps_its_own_reading() -> None:
    text = (
        "The petition reads: “We ask the council to keep the library open on Sundays.\n\n"
        "“We will deliver it on Monday,” said organiser Priya Nair."
    )
    assert speakers(text)[0][0] is None


def test_an_open_quote_with_its_own_cue_is_a_missing_closing_mark() -> None:
    text = (
        "“We will not go back to the old contracts, union leader Dmytro Volkanov told the "
        "rally.\n\n"
        "“The offer stands,” Minister Henrike Lausten said."
    )
    assert speakers(text)[0][0] != "Henrike Lausten"


@pytest.mark.parametrize(
    "opening",
    [
        "“Nobody came to help us, said union leader Jane Roe at the gate.",
        "“Nobody came to help us for three days, the drivers said.",
    ],
)
def test_an_open_quote_with_a_verb_first_or_plain_cue_keeps_its_own(opening: str) -> None:
    text = opening + "\n\n“We will strike,” said Tom Vell."
    assert speakers(text)[0][0] != "Tom Vell"
