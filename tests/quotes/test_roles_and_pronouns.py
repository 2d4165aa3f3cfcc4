"""Titles, roles and pronouns of translated and wire copy: who a role or a pronoun names."""

from __future__ import annotations

from tests.quotes.helpers import speakers_of


def test_patronymic_gives_the_gender_a_pronoun_needs() -> None:
    text = (
        "Deputy Mayor Oleh Yuriyovych Savchuk spoke first. Then the head of the district council, "
        "Bohdan Levko, announced new shelters.\n«We will open two more by Friday», — he noted.\n"
        "Savchuk added that the water supply had been restored. «Every house has water», — he said."
    )
    assert speakers_of(text) == ["Bohdan Levko", "Oleh Yuriyovych Savchuk"]


def test_a_place_after_of_takes_no_gender_from_a_later_pronoun() -> None:
    text = (
        "Jakarta will cap sugar imports, Trade Minister Budi Hartanto said.\n"
        "Dewi Kartika, an economist at the University of Maluku, said the cap would calm prices. "
        "“But the real problem is the harvest,” she said."
    )
    assert speakers_of(text) == ["Dewi Kartika"]


def test_title_with_two_of_phrases_is_cut_from_the_name() -> None:
    text = (
        "The Minister of Energy of Norvia Oleksandr Ivanovych Hrytsenko visited the plant.\n"
        "— The repairs will end before winter, — declared the minister."
    )
    assert speakers_of(text) == ["Oleksandr Ivanovych Hrytsenko"]


def test_statement_confirmed_by_a_body_speaks_for_it() -> None:
    text = (
        "Harwick United fined their captain on Monday. The club later confirmed in a statement "
        "that it would not appeal. “The club accepts the ban in full,” the statement read."
    )
    assert speakers_of(text) == ["Harwick United"]


def test_capitalised_title_set_off_before_an_honoured_name() -> None:
    text = (
        "Responding, the Speaker, Rt. Hon. Ada Obi, told the commissioner to appear.\n"
        "“We will not accept excuses from anyone,” the Speaker said."
    )
    assert speakers_of(text) == ["Ada Obi"]


def test_headline_role_takes_the_person_the_body_names() -> None:
    text = (
        "«The mill will not close», promises the governor\n"
        "Recife. The governor of the state, Tomás Barreto Lins, met the workers on Friday.\n"
        "«I spoke to the owners myself», the governor said."
    )
    assert speakers_of(text) == ["Tomás Barreto Lins", "Tomás Barreto Lins"]


def test_headline_role_without_the_article() -> None:
    text = (
        "Norvia coach upbeat after loss: 'We showed our spirit'\n"
        "ACCRA — Norvia head coach Kwesi Mensah said his side had played well.\n"
        "“We will come back stronger,” Mensah said."
    )
    assert speakers_of(text) == ["Kwesi Mensah", "Kwesi Mensah"]


def test_police_force_with_and_stays_in_the_affiliation() -> None:
    text = "“Drive with care tonight,” Sgt Lena Hart of Avon and Somerset Police said."
    assert speakers_of(text) == ["Lena Hart"]


def test_and_before_a_person_is_not_an_organisation_name() -> None:
    text = (
        "A study by Jo Reyes of the University of Tarrow and Professor Liu Wen found that "
        "“fares would have to double.”"
    )
    assert speakers_of(text) != ["Jo Reyes"]


def test_headline_clause_ending_in_a_title_is_not_a_role() -> None:
    text = (
        "Senator Ana Ruiz Grills Harbour Bank CEO: “You should resign before the vote”\n"
        "Harbour Bank CEO Tom Reyes faced questions for three hours on Tuesday."
    )
    speakers = speakers_of(text)
    assert len(speakers) == 1 and speakers != ["Tom Reyes"]


def test_bare_spokesperson_speaks_for_the_paragraphs_one_body() -> None:
    text = (
        "Harbour Council said the plan was working. In a statement, a spokesperson said: "
        "“Journeys are faster by eight minutes.”"
    )
    assert speakers_of(text) == ["Harbour Council"]


def test_bare_spokesperson_with_two_bodies_names_no_one() -> None:
    text = (
        "Harbour Council and Tarrow Council met on Monday. A spokesperson said: “We are "
        "listening to everyone.”"
    )
    assert speakers_of(text) == ["A spokesperson"]


def test_initial_before_the_given_name_gives_the_gender() -> None:
    text = (
        "“Which is it?” Sen. Raffy Cortez asked Transport Secretary Ma. Cristina Dela Paz.\n"
        "Dela Paz said right-of-way disputes had held up the work. “We cannot simply bulldoze "
        "homes,” she told senators."
    )
    assert speakers_of(text)[-1] == "Dela Paz"


def test_arabic_compound_given_name_is_a_man() -> None:
    text = (
        "Minister Hisham Adel said the works were done. Major General Nour El-Din Tawfik said "
        "farmers gained most. «The water reaches the end of the canal», he added."
    )
    assert speakers_of(text)[-1] == "Nour El-Din Tawfik"


def test_country_adjective_names_the_minister_of_that_country() -> None:
    text = (
        "Ankara – The Minister of Transport of Türkiye Kemal Aydın and the Minister of Digital "
        "Development of Azerbaijan Rashad Əliyev signed the deal.\n"
        "“The designs are ready, now it is the builders' turn,” according to the Turkish minister."
    )
    assert speakers_of(text) == ["Kemal Aydın"]


def test_country_adjective_with_no_such_minister_names_no_one() -> None:
    text = (
        "The Minister of Transport of Norvia Kemal Aydın signed the deal.\n"
        "“The designs are ready, now it is the builders' turn,” according to the Turkish minister."
    )
    assert speakers_of(text) == [None]
