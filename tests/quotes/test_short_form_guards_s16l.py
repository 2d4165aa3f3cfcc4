"""Guards on company short forms (a person, a country, a product) and possessed statements."""

from __future__ import annotations

from tests.quotes.helpers import quotes_of, speakers_of


def test_bare_word_with_an_age_stays_a_person() -> None:
    text = (
        "Pellworth Motors, a tyre and exhaust chain, opened its tenth branch this spring.\n"
        "“My father would have laughed at all this,” Pellworth, 68, said."
    )
    assert speakers_of(text) == ["Pellworth"]


def test_bare_word_with_a_founder_appositive_stays_a_person() -> None:
    text = (
        "Brisko Systems lost the hospital contract on Monday.\n"
        "“We bid far too low,” Brisko, the company's founder, said."
    )
    assert speakers_of(text) == ["Brisko"]


def test_bare_word_after_a_courtesy_title_stays_a_person() -> None:
    text = (
        "Tallant Networks cut forty jobs at its plant in the valley.\n"
        "“Nobody here wanted this,” Mr. Tallant said."
    )
    assert speakers_of(text) == ["Tallant"]


def test_country_name_is_no_short_form_of_its_carrier() -> None:
    text = (
        "Estonia Airways, a small regional carrier, lost its licence in March.\n"
        "“The decision was taken in haste,” Estonia said in a letter to the commission."
    )
    assert speakers_of(text) == ["Estonia"]


def test_product_line_is_no_company_name() -> None:
    text = (
        "The new Drevin Audio speakers ran out within a day of going on sale.\n"
        "“We underestimated the demand,” Drevin said."
    )
    assert speakers_of(text) == ["Drevin"]


def test_company_short_form_still_taken_when_nothing_argues_against_it() -> None:
    text = (
        "Drevin Audio shipped fewer speakers than planned in the spring.\n"
        "“We underestimated the demand,” Drevin said."
    )
    assert speakers_of(text) == ["Drevin Audio"]


def test_title_case_headline_does_not_block_the_short_form() -> None:
    text = (
        "Harrowgate Shares Tumble After Product Recall\n"
        "Harrowgate Foods withdrew 20,000 tins of soup on Wednesday.\n"
        "“We moved as soon as we knew,” Harrowgate said."
    )
    assert speakers_of(text) == ["Harrowgate Foods"]


def test_unresolved_common_noun_owner_gives_no_speaker() -> None:
    text = (
        "Ostrava Copper sacked its finance director on Thursday.\n"
        "The firm's statement described the accounts as “a mess.”"
    )
    found = quotes_of(text)
    assert [(q.speaker, q.speaker_surface) for q in found] == [(None, "The firm's statement")]


def test_indefinite_owner_is_never_a_speaker() -> None:
    text = "Divers searched the lake on Sunday.\nA spokeswoman's statement called it “slow.”"
    assert speakers_of(text) == [None]


def test_surname_shared_by_two_people_gives_no_owner() -> None:
    text = (
        "Lena Okafor and her cousin Samuel Okafor both run for the ward.\n"
        "Okafor's statement described the count as “a farce.”"
    )
    assert speakers_of(text) == [None]


def test_surname_of_one_person_still_owns_the_statement() -> None:
    text = (
        "Samuel Okafor ran for the ward and lost by nine votes.\n"
        "Okafor's statement described the count as “a farce.”"
    )
    assert speakers_of(text) == ["Samuel Okafor"]
