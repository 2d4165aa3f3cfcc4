"""A definite description left unresolved as a cue subject names the actor the nearest said-clause
or sentence before it made its subject, when that actor fits the noun (invented copy)."""

from __future__ import annotations

from tests.quotes.helpers import speakers_of


def test_the_company_is_the_org_subject_said_to_act_as_it() -> None:
    text = 'Brenmoor Dairies said it would shut the creamery. "It was hard," the company said.'
    assert speakers_of(text) == ["Brenmoor Dairies"]


def test_the_company_is_a_one_word_org_subject() -> None:
    text = 'Taltrix said it would cut 40 jobs in June. "We owe staff clarity," the company said.'
    assert speakers_of(text) == ["Taltrix"]


def test_the_firm_in_the_next_paragraph() -> None:
    text = (
        "Quendle Robotics said its orders fell by a third in the spring.\n"
        '"Demand will return," the firm said in a note to investors.'
    )
    assert speakers_of(text) == ["Quendle Robotics"]


def test_the_company_is_not_a_person_subject() -> None:
    text = 'Martin Oakes said the plant would close. "It is a sad day," the company said.'
    assert speakers_of(text) != ["Martin Oakes"]


def test_the_company_is_not_a_union() -> None:
    text = 'The Dock Workers Union said it would strike. "We are ready," the company said.'
    assert speakers_of(text) != ["Dock Workers Union"]


def test_the_companies_plural_is_nobody_named() -> None:
    text = 'Taltrix said it would cut 40 jobs. "We owe staff clarity," the companies said.'
    assert speakers_of(text) != ["Taltrix"]


def test_the_company_past_an_older_paragraph_is_not_taken() -> None:
    text = (
        "Taltrix said it would cut 40 jobs.\n"
        "Unions met on Monday.\n"
        "Workers gathered at the gates after dark.\n"
        '"We owe staff clarity," the company said.'
    )
    assert speakers_of(text) != ["Taltrix"]


def test_a_british_judge_is_the_justice_named_before() -> None:
    text = (
        "Mr Justice Harlowe said the council had acted unlawfully. "
        '"The duty was plain," the judge said.'
    )
    assert speakers_of(text) == ["Harlowe"]


def test_the_judge_is_not_a_person_with_no_judicial_title() -> None:
    text = (
        'Tomasz Wren said the council had acted unlawfully. "The duty was plain," the judge said.'
    )
    assert speakers_of(text) != ["Tomasz Wren"]


def test_the_grandmother_of_four_is_the_aged_subject() -> None:
    text = (
        "Allotment secretary Margaret Tallis, 64, said the sheds were broken into. "
        '"They took the mower," the grandmother of four said.'
    )
    assert speakers_of(text) == ["Margaret Tallis"]


def test_the_grandmother_is_not_a_man() -> None:
    text = (
        "Allotment secretary Peter Tallis, 64, said the sheds were broken into. "
        '"They took the mower," the grandmother of four said.'
    )
    assert speakers_of(text) != ["Peter Tallis"]


def test_the_mother_of_the_victim_is_someone_else() -> None:
    text = (
        "Allotment secretary Bryony Tallis, 64, said the sheds were broken into. "
        '"They took the mower," the mother of the victim said.'
    )
    assert speakers_of(text) != ["Bryony Tallis"]


def test_a_nationality_noun_is_the_surname_named_in_full_before() -> None:
    text = (
        "Kadri Voolmaa reached the semi-finals on Friday.\n"
        'Voolmaa, 24, said she felt no joy in the win. "It was strange," the Estonian said.'
    )
    assert speakers_of(text) == ["Kadri Voolmaa"]


def test_a_nationality_noun_is_not_a_person_of_another_country() -> None:
    text = (
        "Latvian Kadri Voolmaa reached the semi-finals on Friday.\n"
        'Voolmaa, 24, said she felt no joy in the win. "It was strange," the Estonian said.'
    )
    assert speakers_of(text) != ["Kadri Voolmaa"]


def test_his_challenger_is_the_challenger_named_before() -> None:
    text = (
        "The Republican challenger, Doreen Maple-Ashby, attacked the budget.\n"
        '"We balanced it," Mr. Hargrove said. "You did not," his challenger replied.'
    )
    assert speakers_of(text)[-1] == "Doreen Maple-Ashby"


def test_his_challenger_with_no_challenger_named_is_nobody() -> None:
    text = (
        "Doreen Maple-Ashby attacked the budget.\n"
        '"We balanced it," Mr. Hargrove said. "You did not," his challenger replied.'
    )
    assert speakers_of(text)[-1] is None


def test_the_statement_is_a_lawyers_statement() -> None:
    text = (
        "A lawyer for Mr. Pym, Odile Farrant, said in a statement that he would contest it. "
        '"We will answer every charge," the statement said.'
    )
    assert speakers_of(text) == ["Odile Farrant"]


def test_the_statement_is_the_club_that_announced() -> None:
    text = (
        "Harbury Athletic lost the final on penalties.\n"
        "The club announced on its website that it would appeal. "
        '"We will fight on," the statement said.'
    )
    assert speakers_of(text) == ["Harbury Athletic"]


def test_the_statement_after_a_club_that_only_lost_is_nobody() -> None:
    text = 'Harbury Athletic lost the final on penalties. "We will fight on," the statement said.'
    assert speakers_of(text) != ["Harbury Athletic"]


def test_the_company_after_a_new_named_subject_is_not_the_older() -> None:
    text = (
        "Taltrix said it would cut 40 jobs. Mayor Ines Gorrie said she was shocked. "
        '"We owe staff clarity," the company said.'
    )
    assert speakers_of(text) != ["Taltrix"]


def test_the_company_named_in_apposition_keeps_that_name() -> None:
    text = (
        "Taltrix said it would cut 40 jobs. "
        '"We owe staff clarity," the company, Brenmoor Dairies, said.'
    )
    assert speakers_of(text) != ["Taltrix"]


def test_a_company_indefinite_is_nobody_named() -> None:
    text = 'Taltrix said it would cut 40 jobs. "We owe staff clarity," a company said.'
    assert speakers_of(text) != ["Taltrix"]


def test_the_club_is_not_a_league_that_spoke() -> None:
    text = 'The Tarrow League said it had fined Harbury. "We accept it," the club said.'
    assert speakers_of(text) == ["the club"]


def test_the_ministry_is_not_a_firm_that_spoke() -> None:
    text = 'Taltrix said it had seen the draft. "The draft is old," the ministry said.'
    assert speakers_of(text) == ["the ministry"]


def test_a_one_word_subject_with_no_it_is_not_the_firm() -> None:
    text = 'Brask said the plan would work. "It will work," the firm said.'
    assert speakers_of(text) == ["the firm"]
