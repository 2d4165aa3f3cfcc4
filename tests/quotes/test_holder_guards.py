"""Guards from the tenth session's review: titles held by another office, two holders, bodies."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quotes_of, speakers_of


@pytest.mark.parametrize(
    "text",
    [
        "PM: “We will hold the line on fees”\nDeputy PM Sara Quist spoke in Leeds.",
        "Japan coach upbeat: “We showed our level again”\nAustralia coach Tony Lane praised his "
        "side, while Japan's Hiro Tanaka admitted they were tired.",
        "Sen. Joan Milner and Sen. Tim Ruiz met on Monday. “It went well,” the senator said.",
    ],
)
def test_a_title_held_by_another_office_or_by_two_names_no_one(text: str) -> None:
    assert speakers_of(text)[0] is None


def test_a_label_skips_a_goalkeeper_coach() -> None:
    text = (
        "Coach: “We showed real spirit today”\nGoalkeeper coach Ian Webb praised the keeper. "
        "Head coach Dan Pike was absent."
    )
    assert speakers_of(text) == ["Dan Pike"]


def test_a_former_holder_is_not_the_title() -> None:
    text = (
        "Sen. Joan Milner praised the vote, as did former Sen. Tim Ruiz. “It was overdue,” the "
        "senator said."
    )
    assert speakers_of(text) == ["Joan Milner"]


def test_former_in_a_description_after_the_name() -> None:
    text = (
        "Karen Holt, the former mayor of Dunholm, spoke. Mayor Peter Vane also spoke. “We will "
        "rebuild,” the mayor said."
    )
    assert speakers_of(text) == ["Peter Vane"]


def test_congressman_is_not_the_woman_named_last() -> None:
    text = (
        "Rep. Tom Hale and Rep. Maria Ruiz spoke. Ruiz left early.\n"
        "“We need a deal by Friday,” the congressman said."
    )
    assert speakers_of(text) == ["Tom Hale"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Skyline Air will drop six routes. Chidubem Okonkwo said fuel costs had doubled. "
            "“We have no choice,” the company said.",
            "the company",
        ),
        (
            "Bloomberg said it had seen a draft. “The draft is old,” the ministry said.",
            "the ministry",
        ),
        (
            "The Premier League said it had fined Rovers. “We accept the fine,” the club said.",
            "the club",
        ),
        (
            "Lumex recalled a drug. The FDA said it had found traces.\n\n“Safety comes first,” the "
            "company said.",
            "the company",
        ),
    ],
)
def test_the_company_is_never_guessed_from_a_body_that_spoke(text: str, speaker: str) -> None:
    assert speakers_of(text)[-1] == speaker


def test_who_after_a_prepositional_name_names_no_one() -> None:
    # the name after 'for' is never the speaker; the whole description is (agent descriptions)
    text = "Police questioned a lawyer for Jane Ruiz, who said the search was illegal."
    assert [q.speaker for q in quotes_of(text, "indirect")] == ["a lawyer for Jane Ruiz"]


def test_remembered_as_is_no_speech() -> None:
    assert quotes_of("Friends remembered Tom Reyes as a generous man.", "indirect") == []


def test_accused_of_names_no_speaker() -> None:
    text = (
        "PM accused of ‘running down the clock on families’ at heated questions\n"
        "Prime Minister Julian Marsh defended the plan."
    )
    assert "Julian Marsh" not in speakers_of(text)


def test_a_common_given_name_gives_the_pronoun_its_antecedent() -> None:
    text = (
        "Party chair Dwight Kessel said the money would come. Seth Margol, a political scientist "
        "at Front Range College who studies party finances, said the numbers mattered less.\n"
        "“Party money is most useful for the boring stuff,” he said."
    )
    assert speakers_of(text)[-1] == "Seth Margol"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sen. Mark Dunn, R-Texas, backed the tariffs. Republican Sen. Susan Vale of Maine "
            "opposed them.\n“Maine lobstermen will pay the price,” the Republican said.",
            "Susan Vale",
        ),
        (
            "“We need answers,” said Rep. Ana Ruiz, D-Minn.\n“Staffing is a real problem,” the "
            "Minnesota Democrat said.",
            "Ana Ruiz",
        ),
        (
            "Sen. Tom Hale, R-Ohio, and Sen. Jo Roe, R-Texas, spoke.\n“We will not fund it,” the "
            "Republican said.",
            "the Republican",
        ),
        (
            "Gen. Tom Hale, the army chief, stayed home. In Kabul, Lt. Gen. Mark Ortiz briefed "
            "reporters.\n“The pullout is on schedule,” the general said.",
            "Mark Ortiz",
        ),
        (
            "Interim coach Dan Pike praised his side.\n“We showed spirit,” the coach said.",
            "Dan Pike",
        ),
        (
            "Youth Minister Ana Ruiz opened the centre.\n“It is for everyone,” the minister said.",
            "Ana Ruiz",
        ),
        (
            "A former aide to Sen. Joan Miller spoke. Later Miller took questions.\n“We will hold "
            "hearings,” the senator said.",
            "Joan Miller",
        ),
        (
            "The Minister of Transport of Türkiye Kemal Aydın and the Minister of Trade of Türkiye "
            "Ömer Bolat signed.\n“The deal is done,” the Turkish minister said.",
            None,
        ),
        (
            "Turkish Foreign Minister Hakan Demir met the Minister of Transport of Türkiye Kemal "
            "Aydın.\n“The deal is done,” the Turkish minister said.",
            "Hakan Demir",
        ),
    ],
)
def test_second_review_holders(text: str, speaker: str | None) -> None:
    assert speakers_of(text)[-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The prize went to Ana Ruiz, who said she would donate the money.",
        "The mayor met with union leader Tom Hale, who said the strike would go on.",
    ],
)
def test_who_said_after_to_or_with_names_the_person(text: str) -> None:
    assert [q.speaker for q in quotes_of(text, "indirect")] in (["Ana Ruiz"], ["Tom Hale"])
