"""Near misses of descriptions tied to one actor (invented copy): a person whose apposition holds an
organisation noun, 'the father' after 'Her father, X,', another family's kin, two possessors with
the same role, a plural subject before an auxiliary, a firm name that starts inside a longer one."""

from __future__ import annotations

from tests.quotes.helpers import last_speaker, speakers_of


def test_a_company_director_stays_a_person() -> None:
    text = (
        "Nora Quill, a Bristol company director, stepped down on Friday.\n"
        'Nora Quill said she needed a rest. "We are grateful to her," the company said.'
    )
    assert last_speaker(text) == "the company"


def test_the_firms_founder_stays_a_person() -> None:
    text = (
        "Elias Brandt, the firm's founder, sold his shares.\n"
        'Elias Brandt said he would travel. "We owe him a lot," the firm said.'
    )
    assert last_speaker(text) == "the firm"


def test_a_club_captain_stays_a_person() -> None:
    text = (
        "Ruth Okafor, a club captain for six seasons, retired.\n"
        'Ruth Okafor said she was ready. "We will miss her," the club said.'
    )
    assert last_speaker(text) == "the club"


def test_a_union_official_before_an_adjunct_is_no_company() -> None:
    text = (
        "Halvern Steel cut its forecast. Priya Das, a union official, condemned the cut.\n"
        'In a short reply, the company said it "saw no other way forward this year".'
    )
    assert last_speaker(text) == "the company"


def test_the_head_of_a_longer_apposition_is_its_last_noun() -> None:
    text = (
        "Marlow Kite, a small Bristol company, won the tender.\n"
        'Marlow Kite said it would hire staff. "We are delighted," the company said.'
    )
    assert last_speaker(text) == "Marlow Kite"


def test_the_mother_never_takes_her_mother() -> None:
    text = (
        "Her mother, Ilse Brandt, opened the bakery in 1975.\n"
        '"Flour was cheap then," the mother said.'
    )
    assert last_speaker(text) is None


def test_a_role_after_his_still_resolves_as_the_role() -> None:
    text = (
        "Sven Ek was jailed on Monday. His lawyer, Mona Lind, plans an appeal.\n"
        '"The ruling is wrong," the lawyer said.'
    )
    assert last_speaker(text) == "Mona Lind"


def test_his_wife_after_another_man_is_named_stays_unresolved() -> None:
    text = (
        "Piet Harms lost his licence in June. His wife, Greta Harms, drives now.\n"
        '"We cope," his wife said. Ravi Shah, a neighbour, lost his licence too. '
        '"It was a blow," his wife said.'
    )
    assert speakers_of(text) == ["Greta Harms", None]


def test_her_father_of_another_paragraphs_family_stays_unresolved() -> None:
    text = (
        "Olga Sand grew up by the lake. Her father, Arne Sand, fished it for years.\n"
        "On the far shore, Ines Moro raises sheep. Her parents settled there in 1970.\n"
        '"We had little then," her father said.'
    )
    assert last_speaker(text) is None


def test_two_fathers_of_one_surname_stay_unresolved() -> None:
    text = (
        "Her father, Arne Sand, fishes cod. Her father, Nils Sand, fishes herring.\n"
        '"The sea was kind," her father said.'
    )
    assert last_speaker(text) is None


def test_two_sides_lawyers_leave_the_lawyer_unresolved() -> None:
    text = (
        "Okoro's lawyer, Dana Fell, filed the appeal. Lund's lawyer, Karl Eide, opposed it.\n"
        '"The appeal has no merit," the lawyer said.'
    )
    assert last_speaker(text) is None


def test_two_clubs_coaches_leave_the_coach_unresolved() -> None:
    text = (
        "The Harriers' coach, Ben Tull, was dismissed. Castleford's coach, Sam Orr, was linked "
        'with the post.\n"I am settled here," the coach said.'
    )
    assert last_speaker(text) is None


def test_a_plural_subject_before_had_is_no_company() -> None:
    text = (
        "Halvern Steel cut its forecast on Tuesday. Analysts had forecast a loss. "
        '"We saw no other way," the company said.'
    )
    assert last_speaker(text) == "the company"


def test_a_firm_name_starting_inside_a_longer_one_is_not_taken() -> None:
    text = (
        "Ada Lowe Bakery closed on Sunday. Lowe blamed the rent.\n"
        '"We could not go on," the company said.'
    )
    assert last_speaker(text) != "Lowe Bakery"
