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
        (  # a description of the speaker after the name
            "“The bus timetable is a disgrace.”\n\n— Jane Roe, a retired teacher.",
            "The bus timetable is a disgrace.",
            "Jane Roe",
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
        (  # a speaker carried from the paragraph before stays (it fills only speakerless quotes)
            "Ana Ruiz spoke first. “We will win,” she said.\n\n"
            "“Taxes went down every year I was in office.”\n\n-Tom Reyes.",
            "Taxes went down every year I was in office.",
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


@pytest.mark.parametrize(
    ("body", "quote", "name"),
    [
        (  # a byline under a colon intro's quote
            "Residents returned on Sunday. Mayor Luis Ortega said:\n\n"
            "“The sea took everything.”\n\n— Jane Roe, AP",
            "The sea took everything.",
            "Luis Ortega",
        ),
        (
            "Union leader Dmytro Volkanov said the deal was fair. He added:\n\n"
            "“Our members can go home.”\n\n— Ana Ruiz, Harbour Post",
            "Our members can go home.",
            "Dmytro Volkanov",
        ),
        (  # a continued quote's last paragraph, then the reporter's credit
            "Harbour master Ana Ruiz said: “The boats left in spring.\n\n"
            "“Nobody fishes here any more.”\n\n— Tom Reyes, Staff Writer",
            "Nobody fishes here any more.",
            "Ana Ruiz",
        ),
        (
            "Harbour master Ana Ruiz said: “The boats left in spring.\n\n"
            "“Nobody fishes here any more.”\n\n- Tom Reyes, treyes@courier.example",
            "Nobody fishes here any more.",
            "Ana Ruiz",
        ),
        (  # an op-ed writer's bio is a sentence, not a description
            "The council ignored us for a decade. Mayor Tom Reyes once promised a new pool.\n\n"
            "“We will build it by spring.”\n\n— Jane Roe, a retired teacher, lives in Lisk.",
            "We will build it by spring.",
            "Tom Reyes",
        ),
        (  # a scorers line
            "Manager Luis Ortega was pleased:\n\n“Three points, that is all that matters.”\n\n"
            "- Tom Reyes, 34 min; Rui Matos, 78 min.",
            "Three points, that is all that matters.",
            "Luis Ortega",
        ),
        (
            "The mayor spoke first.\n\n“We cannot afford the pool.”\n\n"
            "— Tom Reyes, the opposition leader, disagreed and walked out.",
            "We cannot afford the pool.",
            None,
        ),
        (  # a rating line
            "“A solid display from the back four.”\n\n- Tom Reyes, 7. Strong in the air.\n"
            "- Rui Matos, 8. Two goals.",
            "A solid display from the back four.",
            None,
        ),
        (  # an archivist's credit under a quote from the archive
            "In 1962 the mayor told the town:\n\n“The harbour will never close.”\n\n"
            "— Jane Roe, Harbour Post archivist",
            "The harbour will never close.",
            None,
        ),
    ],
)
def test_a_byline_or_sentence_after_a_dash_names_no_speaker(
    body: str, quote: str, name: str | None
) -> None:
    assert _speaker(body, quote) == name
