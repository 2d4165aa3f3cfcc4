"""Speaker rules for wire, machine-translated and international copy (invented sentences)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import by_text

HEAD = "Port authority reports record autumn traffic\n"


def _speaker(body: str, quote: str) -> str | None:
    return by_text(HEAD + body)[quote].speaker


@pytest.mark.parametrize(
    ("first", "name", "later"),
    [
        ("Ömer Çelik", "Ömer Çelik", "Çelik"),
        ("Łukasz Wronski", "Łukasz Wronski", "Wronski"),
        ("Élise Marchetti", "Élise Marchetti", "Marchetti"),
        ("Žaneta Kairienė", "Žaneta Kairienė", "Kairienė"),
    ],
)
def test_a_name_opening_with_a_non_ascii_capital_is_the_full_name_of_its_surname(
    first: str, name: str, later: str
) -> None:
    body = (
        f"{first} opened the new terminal on Monday.\n"
        f"“The cranes arrived a month early,” {later} said."
    )
    assert _speaker(body, "The cranes arrived a month early,") == name


@pytest.mark.parametrize(
    "description",
    ["her lawyer", "the company's spokesman", "the head of the delegation", "his attorney"],
)
def test_a_name_set_off_after_a_description_after_the_verb_is_the_speaker(
    description: str,
) -> None:
    body = f"“The court applied the law today,” said {description}, Khaled Abdel-Moneim."
    assert _speaker(body, "The court applied the law today,") == "Khaled Abdel-Moneim"


def test_a_middle_initial_stays_in_the_appositive_name() -> None:
    body = "“The odds are long,” said the firm's senior partner, Andrew J. Pike, on Monday."
    assert _speaker(body, "The odds are long,") == "Andrew J. Pike"


def test_an_indefinite_description_gives_way_to_its_name() -> None:
    # as a definite one does (the name the description gives wins; PolNeAR scores either form)
    body = "“We are anxious,” said another Twitter user, Ana Boyle-Ward."
    assert by_text(HEAD + body)["We are anxious,"].speaker == "Ana Boyle-Ward"


def test_a_name_that_is_not_closed_by_punctuation_is_not_an_appositive() -> None:
    body = "“The terminal is full,” said the spokesman, Reuters reported."
    assert _speaker(body, "The terminal is full,") == "the spokesman"


def test_an_age_description_is_the_person_the_story_is_about() -> None:
    body = (
        "Veteran goalkeeper Sam Harlow announced his retirement on Friday.\n"
        "In a statement on the club website, the 38-year-old wrote: “It is time.”"
    )
    assert _speaker(body, "It is time.") == "Sam Harlow"


def test_an_age_description_after_a_quote_takes_the_latest_subject() -> None:
    body = (
        "Rojas Quintero won the stage. Jef Van der Velde, who has led the race for nine days, "
        "said he had not been worried.\n"
        "“It was not my job to chase,” the 29-year-old told Belgian television."
    )
    assert _speaker(body, "It was not my job to chase,") in ("Jef Van der Velde", "Velde")


@pytest.mark.parametrize(
    ("intro", "later", "name"),
    [
        (
            "The Minister of National Education, Élise Marchetti, opened the school year.",
            "declared the minister",
            "Élise Marchetti",
        ),
        (
            "This was announced by the mayor of the city Jolanta Wiśniewska-Bąk on Thursday.",
            "stressed the mayor",
            "Jolanta Wiśniewska-Bąk",
        ),
        (
            "Head of the Regional Administration Oleksandr Petrenko spoke at the briefing.",
            "noted the head of the administration",
            "Oleksandr Petrenko",
        ),
    ],
)
def test_a_role_with_its_complement_before_a_name_resolves_the_bare_role(
    intro: str, later: str, name: str
) -> None:
    body = f"{intro}\n«All schools are ready for the winter», {later}."
    assert _speaker(body, "All schools are ready for the winter") == name


def test_a_role_and_a_place_alone_name_nobody() -> None:
    # 'governor of Nordland Bay': the run after 'of' is the place, not the governor
    body = (
        "Few expected it of Tom Reyes, the governor of Nordland Bay.\n"
        "“The ferries will run,” the governor said."
    )
    assert _speaker(body, "The ferries will run,") != "Nordland Bay"


def test_a_given_name_and_patronymic_are_the_person_of_the_full_name() -> None:
    body = (
        "Deputy Minister of Agriculture Igor Petrovich Sokolov met the exporters on Tuesday.\n"
        "«The harvest this year is good», noted Igor Petrovich."
    )
    assert _speaker(body, "The harvest this year is good") == "Igor Petrovich Sokolov"


def test_a_name_run_after_a_titled_of_starts_at_the_given_name() -> None:
    body = (
        "Deputy Minister of Agriculture Igor Petrovich Sokolov met the exporters.\n"
        "“Exports will grow,” Sokolov said."
    )
    assert _speaker(body, "Exports will grow,") == "Igor Petrovich Sokolov"


def test_a_name_after_a_club_and_role_word_is_a_pronoun_antecedent() -> None:
    body = (
        "Diarra said he had dedicated the goals to his mother.\n"
        "Benfica coach Rui Almeida Santos was furious with his side's display. "
        "“We stopped playing,” he said."
    )
    assert _speaker(body, "We stopped playing,") == "Rui Almeida Santos"
