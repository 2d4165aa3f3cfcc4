"""Guards from the review of the fifth quotes stage (invented wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import by_text, quotes_of

HEAD = "Harbour dispatch: the dredging dispute at Kettlevik\n"


def _indirect(body: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_surface) for q in quotes_of(HEAD + body, "indirect")]


def _speaker(body: str, quote: str) -> str | None:
    return by_text(HEAD + body)[quote].speaker


@pytest.mark.parametrize(
    ("body", "content", "subject"),
    [
        (
            "At least 40 people were killed in the attack, officials said.",
            "At least 40 people were killed in the attack",
            "officials",
        ),
        (
            "Under the plan every household would get a rebate, the minister said.",
            "Under the plan every household would get a rebate",
            "the minister",
        ),
        (
            "In the long run the port will close, Jane Roe said.",
            "In the long run the port will close",
            "Jane Roe",
        ),
        (
            "Raising the tax now would hurt families, the governor said.",
            "Raising the tax now would hurt families",
            "the governor",
        ),
        (
            "Cutting the rate now would be a mistake, Jane Roe said on Tuesday.",
            "Cutting the rate now would be a mistake",
            "Jane Roe",
        ),
    ],
)
def test_a_clause_opening_like_a_lead_phrase_is_reported_content(
    body: str, content: str, subject: str
) -> None:
    assert _indirect(body) == [(content, subject)]


def test_the_description_of_a_named_subject_is_cut_off_the_content() -> None:
    body = "The port will close in May, the harbour master, Jane Roe, said."
    assert _indirect(body) == [("The port will close in May", "Jane Roe")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a lead phrase before the subject: the clause after the verb is the content
        ("In a statement, the port said it would close.", [("it would close", "the port")]),
        (
            "The port director, Kwame Mensah, said the quotas were final.",
            [("the quotas were final", "Kwame Mensah")],
        ),
        # a lead phrase alone, or a clause that opens with a subordinator, reports nothing
        ("In a written statement on the dredging, the ministry said.", []),
        ("Speaking to reporters on the quay at dawn, the minister said.", []),
        ("In a statement, the port director, Kwame Mensah, said.", []),
        ("After the court refused to hear the appeal, Jane Roe said.", []),
    ],
)
def test_lead_phrases_are_still_not_content(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _indirect(body) == expected


@pytest.mark.parametrize(
    ("team", "surname"),
    [("Wales", "Williams"), ("England", "Roberts"), ("Scotland", "Adams")],
)
def test_a_surname_that_looks_plural_before_for_stays_a_person(team: str, surname: str) -> None:
    body = f"“We were beaten by the better side,” said {surname} for {team} after the match."
    assert _speaker(body, "We were beaten by the better side,") == surname


def test_a_group_noun_before_for_still_names_an_organisation() -> None:
    body = "“The levy is unjust,” said Fishermen for Fair Quotas after the vote."
    assert _speaker(body, "The levy is unjust,") == "Fishermen for Fair Quotas"


def test_to_after_an_organisation_word_needs_a_name_of_two_words() -> None:
    body = "“The fees will rise,” said the Commission to Parliament in its report."
    assert _speaker(body, "The fees will rise,") == "the Commission"
    body = "“The fees will rise,” said the Committee to Protect Journalists in its report."
    assert _speaker(body, "The fees will rise,") == "the Committee to Protect Journalists"


def test_a_family_name_first_names_its_person_later() -> None:
    body = (
        "Foreign Minister Wang Yi met Li Qiang in the morning. Wang said “the talks were useful "
        "and frank.” Li said “growth will hold this year.” Wang added that “more meetings will "
        "follow soon.”"
    )
    assert _speaker(body, "the talks were useful and frank.") == "Wang Yi"
    assert _speaker(body, "growth will hold this year.") == "Li Qiang"
    assert _speaker(body, "more meetings will follow soon.") == "Wang Yi"


def test_a_gendered_title_skips_a_namesake_of_the_other_gender() -> None:
    body = (
        "Li Qiang opened the session. Mary Li, who runs a noodle shop on the quay, was not "
        "impressed. “Prices keep going up,” Ms. Li said. “We will keep rates low,” Mr. Li said."
    )
    assert _speaker(body, "Prices keep going up,") == "Mary Li"
    assert _speaker(body, "We will keep rates low,") == "Li Qiang"
    body = "Mary Roe and her brother Bill Roe run the ferry. “We will see,” Mr. Roe said."
    assert _speaker(body, "We will see,") == "Bill Roe"
    body = "Mary Roe runs the ferry with her husband. “We will see,” Mr. Roe said."
    assert _speaker(body, "We will see,") == "Roe"
