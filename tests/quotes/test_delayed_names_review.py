"""Near misses of delayed identification and of a place's role: a person said to hold another
role, another place's role, a past term or a bid for the post is not the holder (invented copy)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers_of

BOARD = (
    "The leader of Tennick District Council has said the bypass plan is “dead in the water”.\n\n"
)
FORMER = (
    "The former leader of Tennick District Council has said the bypass plan was “a fiasco”.\n\n"
)


@pytest.mark.parametrize(
    "after",
    [
        "Orrin Vale, who led the council until 2018, said the plan was sound.",
        "Orrin Vale, who led the council from 2009 to 2013, said the plan was sound.",
        "Orrin Vale, who led the council in the 1980s, said the plan was sound.",
        "Orrin Vale, who held the post until 2018, said the plan was sound.",
        "Orrin Vale, who is standing for the leadership, said the plan was sound.",
        "Orrin Vale, who applied for the post last year, said the plan was sound.",
        "Orrin Vale, who is running for the job in June, said the plan was sound.",
        "Orrin Vale, who led the march against the plan, said it was dead.",
        "Orrin Vale, who wants to replace the council leader, said the plan was sound.",
        "Orrin Vale, the council leader's deputy, said the plan was sound.",
        "Orrin Vale, the deputy council leader, said the plan was sound.",
        "Orrin Vale, an aide to the council leader, said the plan was sound.",
    ],
)
def test_a_past_rival_or_aide_is_not_the_leader(after: str) -> None:
    assert "Orrin Vale" not in speakers_of(BOARD + after)


def test_a_former_leader_is_not_the_current_one() -> None:
    after = "Marta Lind, the council leader, said the plan was sound."
    assert "Marta Lind" not in speakers_of(FORMER + after)


@pytest.mark.parametrize(
    ("lede", "after"),
    [
        (
            "The coach of Brask Athletic has said the squad is “out of ideas”.\n\n",
            "Orrin Vale, who coached the side from 2011 to 2015, said the squad was fine.",
        ),
        (
            "The chairman of Pellow Freight has said the yard is “safe for now”.\n\n",
            "Orrin Vale, who chaired the firm until his removal, said the yard was doomed.",
        ),
        (
            "The captain of Brask Athletic has said the team is “hungry”.\n\n",
            "Orrin Vale, who captained the team to the 2016 cup, said it was tired.",
        ),
        (
            "The head of Pellow Freight has said the depot will “stay open”.\n\n",
            "Orrin Vale, who heads the drivers' union at the depot, said jobs were at risk.",
        ),
        (
            "The director of the Brask Gallery has said the show is “a triumph”.\n\n",
            "Marta Lind, who directed the 2018 play, said the show was thin.",
        ),
        (
            "The owner of the Pellow Inn has said the bar will “reopen soon”.\n\n",
            "Orrin Vale, who owns a bakery nearby, said the street was quiet.",
        ),
        (
            "The president of the Brask Law Society has said the ruling is “grave”.\n\n",
            "Marta Lind, who presided over the inquiry, said the ruling was fair.",
        ),
    ],
)
def test_a_past_term_or_another_body_is_not_the_holder(lede: str, after: str) -> None:
    assert speakers_of(lede + after)[0] not in ("Orrin Vale", "Marta Lind")


@pytest.mark.parametrize(
    ("lede", "after"),
    [
        (
            "The prime minister of Ostria has said the treaty is “on ice”.\n\n",
            "Orrin Vale, the prime minister of Velland, said the treaty was alive.",
        ),
        (
            "The president of Ostria has said the border will “stay shut”.\n\n",
            "President Orrin Vale of Velland said the border should open.",
        ),
        (
            "The head of the provincial council has said two roads were “washed away”.\n\n",
            "Orrin Vale, head of the neighbouring Brask district, said crews were busy.",
        ),
        (
            "The governor of the Bank of Ostria has said rates will “hold” for now.\n\n",
            "Marta Lind, the governor of Velland, said rates were too high.",
        ),
        (
            "The prime minister has said the budget will “balance the books”.\n\n",
            "Marta Lind, the deputy prime minister, said the gap was closing.",
        ),
        (
            "A former minister has said the navy is “on its knees” after the cuts.\n\n",
            "Orrin Vale, a minister, said the cuts went deep.",
        ),
        (
            "The president of Ostria has said the border will “stay shut”.\n\n",
            "Orrin Vale, who served as president until 2017, said it should open.",
        ),
        (
            "The mayor of Pellow has said the sea wall will be “ready by June”.\n\n",
            "Orrin Vale, the mayor's chief of staff, said work had begun.",
        ),
        (
            "The president of Ostria has said the border will “stay shut”.\n\n",
            "Orrin Vale, an adviser to the president, said it would open.",
        ),
    ],
)
def test_another_place_rank_or_post_is_not_the_holder(lede: str, after: str) -> None:
    assert speakers_of(lede + after)[0] not in ("Orrin Vale", "Marta Lind")


@pytest.mark.parametrize(
    "after",
    [
        "Orrin Vale said he had fished off the pier for 30 years.",
        "The tide came in fast.\n\nOrrin Vale said his cafe had flooded.",
    ],
)
def test_a_bare_name_after_the_lede_is_no_mayor(after: str) -> None:
    lede = "The mayor of Pellow has said the sea wall will be “ready by June”.\n\n"
    assert "Orrin Vale" not in speakers_of(lede + after)


@pytest.mark.parametrize(
    "intro",
    [
        "Brask Mayor Marta Lind opened the ferry link.",  # a mayor of another town
        "Mayor Marta Lind walked the Pellow seafront.",  # no tie to the place quoted
        "Marta Lind, the mayor, cut the ribbon in Brask.",
    ],
)
def test_another_town_s_mayor_is_not_the_mayor_of_pellow(intro: str) -> None:
    text = intro + " “The roads are fine,” the mayor of Pellow said."
    assert speakers_of(text) == ["the mayor of Pellow"]


def test_a_later_mayor_of_another_town_is_not_the_mayor_of_pellow() -> None:
    text = (
        "“The roads are fine,” the mayor of Pellow said.\n\n"
        "Mayor Marta Lind of Brask said she agreed."
    )
    assert speakers_of(text) == ["the mayor of Pellow"]


def test_another_portfolio_s_minister_is_not_the_minister_of_health() -> None:
    text = (
        "Trade Minister Orrin Vale opened the fair. "
        "“Clinics will close,” the minister of Health said."
    )
    assert "Orrin Vale" not in speakers_of(text)


@pytest.mark.parametrize(
    "body",
    [
        "Orrin Vale, who led the council until 2018, said the plan was sound.",
        "Orrin Vale, who applied for the post last year, said the plan was sound.",
    ],
)
def test_a_headline_role_keeps_no_unsafe_holder(body: str) -> None:
    text = "Council leader says bypass 'dead'\n\n" + BOARD + body
    assert "Orrin Vale" not in speakers_of(text)[:2]


def test_a_body_s_generic_word_names_the_leader() -> None:
    after = "Orrin Vale, who has led the Green-run authority since 2021, said talks would resume."
    assert speakers_of(BOARD + after) == ["Orrin Vale"]


def test_another_body_s_generic_word_is_not_the_leader() -> None:
    after = "Orrin Vale, who has led the fire authority since 2021, said talks would resume."
    assert "Orrin Vale" not in speakers_of(BOARD + after)
