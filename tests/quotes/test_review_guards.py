"""Guards from the review of the field-set speaker rules: invented sentences they misread."""

from __future__ import annotations

import pytest

from presswatch.quotes import extract_quotes
from tests.quotes.helpers import by_text

HEAD = "Regional round-up\n"


def _speaker(body: str, quote: str) -> str | None:
    return by_text(HEAD + body)[quote].speaker


def _quotes(body: str) -> list[tuple[str, str, str | None]]:
    return [(q.text, q.kind, q.speaker) for q in extract_quotes(HEAD + body)]


@pytest.mark.parametrize(
    ("body", "quote", "name"),
    [
        (
            "Tom Reyes spoke to supporters in Ames on Saturday. In a Des Moines Register poll "
            "released Sunday, he led the field by four points. “We are winning,” he said.",
            "We are winning,",
            "Tom Reyes",
        ),
        (
            "Jane Roe arrived in Bonn on Monday. Under the Paris Agreement rules, countries must "
            "report every two years. “We will report on time,” she said.",
            "We will report on time,",
            "Jane Roe",
        ),
        (
            # a role opening's name of known gender does not take a pronoun of the other one
            "Jane Roe chaired the board meeting on Tuesday. Former coach Robert Reyes was not "
            "invited. “We have moved on,” she said.",
            "We have moved on,",
            "Jane Roe",
        ),
    ],
)
def test_a_phrase_or_unknown_name_opening_a_sentence_is_no_pronoun_antecedent(
    body: str, quote: str, name: str
) -> None:
    assert _speaker(body, quote) == name


def test_an_age_description_takes_the_person_of_that_age() -> None:
    lead = (
        "Goalkeeper Sam Harlow, 38, signed a one-year deal on Monday. "
        "Manager Ana Ruiz said she was delighted. "
    )
    assert _speaker(
        lead + "“I still feel fresh,” the 38-year-old said.", "I still feel fresh,"
    ) in (
        "Sam Harlow",
        "Goalkeeper Sam Harlow",
    )
    assert _speaker(lead + "“I am ready,” the 19-year-old said.", "I am ready,") is None


def test_the_surname_ma_ends_a_sentence() -> None:
    body = "“We will list in Hong Kong,” said Jack Ma. Analyst Tom Reyes said the timing was good."
    assert _quotes(body) == [
        ("We will list in Hong Kong,", "direct", "Jack Ma"),
        ("the timing was good", "indirect", "Tom Reyes"),
    ]
    assert _quotes("“We are done,” said Ma. Fan said he was tired.")[0][2] == "Ma"
    assert _quotes("The tycoon Jack Ma. He said the group would grow.")[0][2] == "Jack Ma"


@pytest.mark.parametrize(
    "body",
    [
        "Police have informed the family of the victim.",
        "Chelsea assured themselves of a top-four finish on Sunday.",
    ],
)
def test_assured_and_informed_without_a_that_clause_report_nothing(body: str) -> None:
    assert _quotes(body) == []


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (
            "The win assured Chelsea of a top-four place, manager Tom Reyes said.",
            "The win assured Chelsea of a top-four place",
            "Tom Reyes",
        ),
        ("An informed source said the deal was close.", "the deal was close", None),
        (
            "Two informed officials said the talks had stalled.",
            "the talks had stalled",
            "Two informed officials",
        ),
        (
            "He assured that the plan would go ahead, the minister's office said.",
            "He assured that the plan would go ahead",
            "the minister's office",
        ),
    ],
)
def test_assured_and_informed_as_adjectives_leave_the_real_cue(
    body: str, quote: str, speaker: str | None
) -> None:
    assert _quotes(body) == [(quote, "indirect", speaker)]


@pytest.mark.parametrize(
    ("body", "quote", "name"),
    [
        (
            "Minister of Education, Jane Roe, opened the school on Monday. Later, Health "
            "Minister Tom Reyes visited the hospital. “We need more nurses,” the minister said.",
            "We need more nurses,",
            "Tom Reyes",
        ),
        (
            "Minister of Education, Jane Roe, opened the school on Monday. “Budgets are tight,” "
            "the minister of finance said.",
            "Budgets are tight,",
            None,
        ),
        (
            "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing on "
            "Friday. “The talks were candid,” the secretary said.",
            "The talks were candid,",
            "Antony Blinken",
        ),
    ],
)
def test_a_bare_role_takes_the_nearest_titled_name_with_its_complement(
    body: str, quote: str, name: str | None
) -> None:
    assert _speaker(body, quote) == name


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (
            "“Sales are up,” said the company's spokesman, Los Angeles.",
            "Sales are up,",
            "the company's spokesman",
        ),
        (
            "“We won together,” said the players, Jane Roe, Tom Reyes and Ana Ruiz.",
            "We won together,",
            None,
        ),
        ("“The vote is close,” said the newspaper, Le Monde.", "The vote is close,", None),
    ],
)
def test_a_list_place_or_paper_after_a_description_is_no_speaker_name(
    body: str, quote: str, speaker: str | None
) -> None:
    assert _speaker(body, quote) == speaker


def test_a_festival_named_after_a_person_is_no_fuller_name() -> None:
    body = (
        "Tickets for the Dmitri Shostakovich Festival went on sale on Monday. "
        "“Music is for all,” said Dmitri Shostakovich, the festival's director."
    )
    assert _speaker(body, "Music is for all,") == "Dmitri Shostakovich"


def test_dialogue_dash_speech_resumes_after_the_cue() -> None:
    assert _quotes("— Last year, — recalled Ivanov, — prices doubled.") == [
        ("Last year,", "direct", "Ivanov"),
        ("prices doubled.", "direct", "Ivanov"),
    ]
    assert _quotes("— We will repair the road, — the mayor added.") == [
        ("We will repair the road,", "direct", None)
    ]


def test_dialogue_dash_before_an_outlet_voice_is_no_quote() -> None:
    assert _quotes("— Tickets cost €40, — we reported last week.") == []
