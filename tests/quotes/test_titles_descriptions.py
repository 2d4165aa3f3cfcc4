"""Roles and descriptions named by abbreviated titles, places and appositives (invented copy)."""

from __future__ import annotations

from tests.quotes.helpers import quotes_of, speakers_of


def test_abbreviated_title_holds_the_role() -> None:
    text = (
        "Gov. Lena Marsh signed the budget on Friday.\n"
        "“I was not going to borrow from next year,” the governor said."
    )
    assert speakers_of(text) == ["Lena Marsh"]


def test_the_title_goes_to_the_holder_named_last() -> None:
    text = (
        "“You had the warnings,” said Sen. Dana Whit. Sen. Carla Ost said she backed inspections. "
        "Ms. Whit said she would call a vote. “If people want to amend it, they can,” the "
        "senator said."
    )
    assert speakers_of(text)[-1] == "Dana Whit"


def test_a_modifier_no_holder_has_leaves_the_role() -> None:
    text = (
        "Sen. Tom Hale (R-Texas) and Sen. Jo Roe of Ohio met.\n"
        "“We agree on nothing,” the Florida senator said."
    )
    assert speakers_of(text) == [None]


def test_description_with_a_place_after_the_name() -> None:
    text = (
        "Annelise Moravek, the mayor of Dunholm, introduced him.\n"
        "“I wanted people to see him up close,” the mayor said afterward."
    )
    assert speakers_of(text) == ["Annelise Moravek"]


def test_sports_role_before_the_name() -> None:
    text = (
        "The striker Luan Pedro, author of 11 goals, spoke to reporters.\n"
        "“The fans have reason to be angry,” said the striker."
    )
    assert speakers_of(text) == ["Luan Pedro"]


def test_name_after_a_long_description_is_the_antecedent() -> None:
    text = (
        "The minister praised the plan. The president of the Union of Net Fishers of Kayar, "
        "Ousmane Diop, welcomed the measure.\n« We respect the rest, we always did », he said."
    )
    assert speakers_of(text) == ["Ousmane Diop"]


def test_long_appositive_subject_is_the_antecedent() -> None:
    text = (
        "Farmers at the end of the canals gained most, Eng. Omar Said Farid said.\n"
        "Dr. Salma Nassar, professor of water resources at Qaroun University, praised the work. "
        "«Without care the lining will crack», she warned."
    )
    assert speakers_of(text)[-1] == "Salma Nassar"


def test_participle_with_a_preposition_is_no_cue() -> None:
    text = (
        "Caleb Kwiat, a planetary scientist, said the process described in the paper was "
        "“exactly the chemistry we expected”."
    )
    assert speakers_of(text) == ["Caleb Kwiat"]


def test_a_one_word_subject_without_it_is_not_the_company() -> None:
    text = "Oyelami said the plan would work.\n“It will work well,” the company said."
    assert speakers_of(text) == ["the company"]


def test_and_is_no_speaker_of_reported_speech() -> None:
    text = "He toured the farms on Monday, and said Washington had forgotten them."
    assert "and" not in [q.speaker_surface for q in quotes_of(text, "indirect")]


def test_a_coordinated_cue_reports_for_the_sentence_subject() -> None:
    text = (
        "Tom Schulte backed the union for years, which cost him his seat on the board, and "
        "said the merger was a mistake."
    )
    found = [(q.text, q.speaker) for q in quotes_of(text, "indirect")]
    assert found == [("the merger was a mistake", "Tom Schulte")]


def test_who_said_reports_for_the_name_before_it() -> None:
    text = "The rally was led by Ana Ruiz, who said the new plan would fail."
    found = [(q.text, q.speaker) for q in quotes_of(text, "indirect")]
    assert found == [("the new plan would fail", "Ana Ruiz")]


def test_a_name_set_off_after_a_description_after_the_quote() -> None:
    text = (
        "“This is the fastest turnaround in a decade,” the press secretary, Janelle Whit, "
        "told reporters at the daily briefing."
    )
    assert speakers_of(text) == ["Janelle Whit"]


def test_a_titled_name_of_a_state_before_a_relative_clause() -> None:
    text = (
        "Former Gov. Russell Tamm of Nebraska, who finished a narrow first, told a crowd that "
        "Iowa had “sent a message to every pundit who wrote us off.”"
    )
    assert speakers_of(text) == ["Russell Tamm"]


def test_headline_role_with_a_country_adjective() -> None:
    text = (
        "Norvian PM calls snap election for May, seeking ‘a clear mandate’ on housing\n"
        "CANBERRA (AP) — Norvian Prime Minister Daniel Whitlock-Pry on Sunday called an "
        "early federal election."
    )
    assert speakers_of(text) == ["Daniel Whitlock-Pry"]


def test_the_group_after_a_roundtable_or_forum() -> None:
    text = (
        "The Lakeland Business Roundtable, which brought the challenge, welcomed the ruling. "
        "“A wage mandate this steep will close small firms,” the group said."
    )
    assert speakers_of(text) == ["the Lakeland Business Roundtable"]


def test_a_party_state_tag_establishes_the_state_party_description() -> None:
    text = (
        "That answer did not satisfy Sen. Priya Venkat, D-Minn., the panel's ranking member.\n"
        "“Staffing is a real problem,” the Minnesota Democrat said."
    )
    assert speakers_of(text) == ["Priya Venkat"]


def test_a_state_party_description_with_no_tag_stays() -> None:
    text = "Rep. Tom Hale spoke first. “We will not fund it,” the Texas Republican said."
    assert speakers_of(text) == ["the Texas Republican"]
