"""Titles before a name are not part of the speaker; a surname that is a title word stays a name."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers_of as speakers

NAME = "Dana Kovic"
TITLES = ["Archbishop", "Bishop", "Sheikh", "Coach", "Rabbi", "Imam", "Magistrate", "Cllr",
          "Alderman", "Supt", "Det Insp", "Vice-President", "UN Secretary-General",
          "Attorney-General", "Governor-elect", "Mayor-elect",
          "Prime Minister-designate"]  # fmt: skip


@pytest.mark.parametrize("title", TITLES)
def test_a_title_before_the_name_is_not_part_of_the_speaker(title: str) -> None:
    quotes = f"“We will see,” {title} {NAME} said. “Early days,” Kovic added."
    text = f"{title} {NAME} spoke on Monday.\n\n{quotes}"
    assert speakers(text) == [NAME, NAME]


def test_the_office_to_come_resolves_like_the_office() -> None:
    text = (
        "Governor-elect Tom Hask promised to review the toll plan.\n\n"
        "“Nothing is off the table,” the governor-elect told reporters on Friday."
    )
    assert speakers(text) == ["Tom Hask"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We played well,” Julie Bishop said.", "Julie Bishop"),
        ("“We will appeal,” said Rob Bishop, the club's lawyer.", "Rob Bishop"),
        ("“It was late,” Mark Judge said.", "Mark Judge"),
        ("“We won,” Ann Chief said.", "Ann Chief"),
        ("“No,” High Court Judge Mary Voss said.", "Mary Voss"),
        ("“Our margins held,” Cardinal Health said on Tuesday.", "Cardinal Health"),
        ("“Rooms are full,” Premier Inn said.", "Premier Inn"),
    ],
)
def test_a_surname_that_is_a_title_word_stays_a_name(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Speaker Adaeze Okafor opened the session.\n\n“We will sit late,” the Speaker said.",
         "Adaeze Okafor"),
        ("President Ana Ruiz arrived. “We are ready,” the President told reporters.", "Ana Ruiz"),
        ("“It was fair,” the Kremlin said.", "the Kremlin"),
        ("“The sanctions stay,” the U.S. said.", "the U.S."),  # nobody holds that title here
    ],
)  # fmt: skip
def test_a_capitalised_title_after_the_is_a_role_not_an_organisation(
    text: str, speaker: str
) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("phrase", ["Texas Judge", "Rovers Coach", "Anglican Bishop"])
def test_a_title_after_a_place_team_or_adjective_is_no_name(phrase: str) -> None:
    assert speakers(f"“We will appeal,” said {phrase}.") == [None]
