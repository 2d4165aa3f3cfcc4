"""A dash line under a quote paragraph names its speaker ('- Jane Roe.'); invented text."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import by_text

HEAD = "Checking the claims\n"


def _speaker(body: str, quote: str) -> str | None:
    return by_text(HEAD + body)[quote].speaker


@pytest.mark.parametrize(
    ("body", "quote", "name"),
    [
        (
            "“Prices will fall by half next year.”\n\n— Jane Roe.\n\nEconomists disagree.",
            "Prices will fall by half next year.",
            "Jane Roe",
        ),
        (
            '"We never raised taxes on working families."\n\n- Tom Reyes, in a debate on Monday.'
            "\n\nThe record says otherwise.",
            "We never raised taxes on working families.",
            "Tom Reyes",
        ),
        (  # not the speaker carried from the paragraph before
            "Ana Ruiz spoke first. “We will win,” she said.\n\n"
            "“Taxes went down every year I was in office.”\n\n-Tom Reyes.",
            "Taxes went down every year I was in office.",
            "Tom Reyes",
        ),
    ],
)
def test_a_dash_line_under_a_quote_names_its_speaker(body: str, quote: str, name: str) -> None:
    assert _speaker(body, quote) == name


@pytest.mark.parametrize(
    ("body", "quote", "name"),
    [
        (  # a section heading between dashes
            "“We will win this race,” Ana Ruiz said.\n\n– A long night –.\n\nThe race is close.",
            "We will win this race,",
            "Ana Ruiz",
        ),
        (  # the quote has its own cue
            "“We will win this race,” Ana Ruiz said.\n\n- Tom Reyes.",
            "We will win this race,",
            "Ana Ruiz",
        ),
        (  # a list item with a verb is no sign-off
            "Ana Ruiz spoke first.\n\n“Taxes went down every year I was in office.”\n\n"
            "- Tom Reyes looks back at a bad count.",
            "Taxes went down every year I was in office.",
            "Ana Ruiz",
        ),
        (  # a wire credit under the story's last quote
            "“We will rebuild,” Mayor Ana Ruiz said on Monday.\n\n“Every house, every road.”"
            "\n\n— Reuters",
            "Every house, every road.",
            "Ana Ruiz",
        ),
        (  # an author's sign-off under a paragraph that is not one quote
            "The vote was close, and Ana Ruiz said “we will see” about the count.\n\n- Amy Lowe.",
            "we will see",
            "Ana Ruiz",
        ),
    ],
)
def test_no_sign_off_without_a_lone_quote_and_a_bare_name(body: str, quote: str, name: str) -> None:
    assert _speaker(body, quote) == name
