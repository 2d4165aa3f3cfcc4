"""Delayed identification: a lede's unnamed official named by role in the next paragraphs
(invented copy)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quotes_of, speakers_of

LEADER = (
    "The leader of Pellow Borough Council has apologised to tenants and said a deal was "
    "“very close”.\n\n"
)
CONSTABLE = (
    "The chief constable of Kelso Police has told a panel that her force “got it wrong” last "
    "week.\n\n"
)


@pytest.mark.parametrize(
    "after",
    [
        "Tom Reyes, who has led the council since 2022, told a meeting that talks would resume.",
        "Tom Reyes, the council leader, told a meeting that talks would resume.",
        "Council leader Tom Reyes told a meeting that talks would resume.",
        "Tom Reyes, who took the post in May, told a meeting that talks would resume.",
    ],
)
def test_the_leader_is_the_person_given_the_role_next(after: str) -> None:
    (quote,) = quotes_of(LEADER + after)
    assert quote.speaker == "Tom Reyes"
    assert quote.speaker_surface == "The leader of Pellow Borough Council"


def test_a_former_minister_who_held_the_post() -> None:
    text = (
        "A former defence minister has said the army is “running on fumes” after a decade of "
        "cuts.\n\n"
        "Tom Reyes, who held the post from 2012 to 2015, told the radio that cuts went too far."
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_titled_chief_constable_and_the_headline_role() -> None:
    text = (
        "Police chief says force 'got it wrong'\n\n"
        + CONSTABLE
        + "Chief Constable Lina Berg said the review would be published."
    )
    assert speakers_of(text) == ["Lina Berg", "Lina Berg"]


def test_a_bare_name_opening_the_next_paragraph_is_no_holder() -> None:
    text = CONSTABLE + "Lina Berg said the review would be published in the spring."
    assert "Lina Berg" not in speakers_of(text)


def test_the_second_paragraph_after_the_lede_still_names_her() -> None:
    text = (
        CONSTABLE + "The panel met on Monday in the town hall.\n\n"
        "Lina Berg, who has been chief constable since 2021, said the review would be public."
    )
    assert speakers_of(text) == ["Lina Berg"]


@pytest.mark.parametrize(
    "after",
    [
        "Tom Reyes, a rival councillor, said the deal was a fantasy.",  # someone else
        "Opposition leader Tom Reyes said the deal was a fantasy.",  # another leader
        "Deputy leader Tom Reyes said the deal was a fantasy.",
        "Later that day Tom Reyes said the deal was a fantasy.",  # no bare opening subject
        "The union met.\n\nIts members voted.\n\nTom Reyes, who has led the council, spoke.",
    ],
)
def test_no_one_person_given_the_role_leaves_the_description(after: str) -> None:
    assert "Tom Reyes" not in speakers_of(LEADER + after)
    assert "Ana Ruiz" not in speakers_of(LEADER + after)


def test_a_former_leader_is_no_rival_of_the_leader() -> None:
    after = (
        "Tom Reyes, the council leader, said so. Ana Ruiz, who led the council until 2020, agreed."
    )
    assert speakers_of(LEADER + after) == ["Tom Reyes"]


def test_a_man_is_not_her_force_s_chief() -> None:
    assert speakers_of(CONSTABLE + "Tom Reyes said the review would be published.") != ["Tom Reyes"]


def test_a_plural_description_names_no_one() -> None:
    text = (
        "Council leaders have warned that budgets are “at breaking point” after years of cuts.\n\n"
        "Tom Reyes, who has led the council since 2022, said the gap was growing."
    )
    assert speakers_of(text) == [None]


def test_a_description_past_the_lede_is_left() -> None:
    text = (
        "Workers walked out over pay at the depot in the town centre on Tuesday.\n\n"
        "The leader of the council said the offer was “final” and would not change.\n\n"
        "Tom Reyes, who has led the council since 2022, said talks would resume."
    )
    assert "Tom Reyes" not in speakers_of(text)


def test_a_spokesman_stays_the_organisation() -> None:
    text = (
        "A spokesman for Acme Shipping Ltd has said the yard will “stay open” for now, after "
        "talks.\n\n"
        "Tom Reyes said the yard would close within a year."
    )
    assert speakers_of(text) != ["Tom Reyes"]


def test_a_judge_titled_after_a_cue_two_paragraphs_on() -> None:
    text = (
        "Judge denies bail to man\n\n"
        "A judge on Tuesday denied bail to a man accused of arson, calling the attack “an act of "
        "hate.”\n\n"
        "Tom Reyes appeared in court in an orange suit.\n\n"
        "“The court has weighed the lack of a record,” said Judge Ana Ruiz."
    )
    assert speakers_of(text) == ["Ana Ruiz", "Ana Ruiz"]


def test_an_unnamed_source_is_not_the_next_bare_name() -> None:
    text = (
        "A senior official has said the talks with the union are “stalled” for now.\n\n"
        "Tom Reyes said the union would strike on Monday."
    )
    assert speakers_of(text) != ["Tom Reyes"]


def test_a_titled_president_after_a_sentence_end() -> None:
    text = (
        "The president of Norvia has said the border will “stay shut” this winter, after talks "
        "failed.\n\nPresident Tom Reyes told parliament on Monday that talks had failed.\n\n"
        "Ana Ruiz, a rival, said he was wrong."
    )
    assert speakers_of(text) == ["Tom Reyes"]
