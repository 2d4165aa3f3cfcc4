"""Descriptions as cue subjects that the text ties to one actor: a possessor's role or kin noun
set off before a name, an adjunct before 'the company', a firm named with its kind word or in full
(invented copy), and near misses that stay unresolved."""

from __future__ import annotations

from tests.quotes.helpers import last_speaker, speakers_of


def test_a_possessors_role_set_off_before_a_name() -> None:
    text = (
        "Priya's coach, Marek Dvorak, watched from the stands.\n"
        '"She was fearless," the coach said.'
    )
    assert last_speaker(text) == "Marek Dvorak"


def test_a_kin_noun_set_off_before_a_name() -> None:
    text = (
        "Lena grew up on the farm. Her father, Tomas Vidal, bought it in 1980.\n"
        'Lena sells the apples now.\n"It was the best thing I ever did," her father said.'
    )
    assert last_speaker(text) == "Tomas Vidal"


def test_a_kin_noun_after_and_her() -> None:
    text = (
        "Orla Kemp and her husband, Dara Kemp, have run the mill since 1990.\n"
        'Orla greets the visitors.\n"We never planned any of it," her husband says.'
    )
    assert last_speaker(text) == "Dara Kemp"


def test_the_company_after_an_adjunct_takes_the_firm_set_off_with_its_kind() -> None:
    text = (
        "Inspectors faulted Corwen Aviation, a Leeds company that repairs jets.\n"
        "Corwen Aviation did not attend the hearing. In a short statement, the company said it "
        '"had cooperated fully with every inquiry and replaced its staff".'
    )
    assert last_speaker(text) == "Corwen Aviation"


def test_the_company_takes_the_full_name_of_a_short_subject() -> None:
    text = (
        "Brantley Foods lowered its forecast on Monday.\n"
        "Brantley now expects sales to fall. In its results statement, the company said it had "
        '"acted decisively to reset the cost base of the group".'
    )
    assert last_speaker(text) == "Brantley Foods"


# near misses


def test_her_father_never_named_stays_unresolved() -> None:
    text = (
        "Lena Vidal grew up on the farm her father bought.\n"
        'Tom Reyes, a neighbour, helped.\n"It was the best thing I ever did," her father said.'
    )
    assert last_speaker(text) is None


def test_two_fathers_named_stay_unresolved() -> None:
    text = (
        "Her father, Tomas Vidal, farms apples. Her father, Jon Berg, farms pears.\n"
        '"It was hard," her father said.'
    )
    assert last_speaker(text) is None


def test_a_kin_noun_named_only_after_the_quote_is_not_taken() -> None:
    text = '"It was hard," her father said.\nHer father, Tomas Vidal, farms apples.'
    assert speakers_of(text)[0] is None


def test_the_company_after_an_adjunct_with_no_organisation_stays_unresolved() -> None:
    text = (
        "The hearing ended late. In a short statement, the company said it "
        '"had cooperated fully with every inquiry and replaced its staff".'
    )
    assert last_speaker(text) == "the company"
