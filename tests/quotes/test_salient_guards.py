"""Near misses for salient descriptions: a description stays unresolved rather than take a wrong
actor, and an actor it takes keeps no title (invented copy, one guard per reviewed break)."""

from __future__ import annotations

from tests.quotes.helpers import speakers_of


def _last(text: str) -> str | None:
    """Return the speaker of the text's last direct quote."""
    return speakers_of(text)[-1]


# a person who 'said it' is no body


def test_a_person_who_said_it_is_not_the_company() -> None:
    text = 'Oren Malik said it was a sad week for us. "We regret the move," the company said.'
    assert _last(text) != "Oren Malik"


def test_a_lower_case_role_lead_who_said_it_is_not_the_company() -> None:
    text = 'Finance director Greta Lund said it would sell the depot. "It is hard," the firm said.'
    assert _last(text) != "Greta Lund"


def test_a_titled_person_who_said_its_is_not_the_developer() -> None:
    text = 'Councillor Petra Vance said its towers were tall. "They are not," the developer said.'
    assert _last(text) not in ("Councillor Petra Vance", "Petra Vance")


def test_a_minister_who_said_its_is_not_the_charity() -> None:
    text = 'Housing Minister Tariq Bello said its shelters were full. "We cope," the charity said.'
    assert _last(text) not in ("Housing Minister Tariq Bello", "Tariq Bello")


def test_a_long_personal_name_who_said_its_is_not_the_chain() -> None:
    text = 'Maria Jose Ortiz Vidal said its waiters were rude. "We are sorry," the chain said.'
    assert _last(text) != "Maria Jose Ortiz Vidal"


def test_an_abbreviated_senator_who_said_it_is_not_the_group() -> None:
    text = 'Sen. Ruth Okafor said it was wrong to close the line. "We will cope," the group said.'
    assert _last(text) != "Ruth Okafor"


def test_a_bare_plural_subject_is_not_the_company() -> None:
    text = 'Shoppers said it was bedlam at the tills. "The fault is fixed," the company said.'
    assert _last(text) != "Shoppers"


def test_a_campaign_body_is_not_the_company() -> None:
    text = 'Oxfam said it had written to the board. "The letter is unfounded," the company said.'
    assert _last(text) != "Oxfam"


# a short name is the longer one only when that longer name is the same body


def test_a_short_name_is_not_a_longer_run_only_addressed() -> None:
    text = (
        "In a note to Pelham Pension Trust, the directors set out the plan.\n"
        'Pelham said it would trim costs. "We must act," the company said.'
    )
    assert _last(text) == "Pelham"


def test_a_short_name_is_not_a_title_run_of_its_chief() -> None:
    text = (
        "Pelham Finance Director Ivo Sand met the staff.\n"
        'Pelham said it would trim costs. "We must act," the company said.'
    )
    assert _last(text) == "Pelham"


# kin nouns: a grown woman or man with 'of' and a number, never a child, a force or an unknown


def test_the_mother_is_not_a_child_subject() -> None:
    text = 'Lucy Brandt, 7, said she heard the bang. "She was terrified," the mother said.'
    assert _last(text) != "Lucy Brandt"


def test_the_father_is_not_a_boy_subject() -> None:
    text = 'Harry Kemp, 10, said the pony kicked him. "He is shaken," the father said.'
    assert _last(text) != "Harry Kemp"


def test_the_mother_is_not_the_police() -> None:
    text = 'Police said the girl had been traced. "I can sleep now," the mother said.'
    assert _last(text) != "Police"


def test_the_grandmother_is_not_a_person_of_unknown_gender() -> None:
    text = 'Paramedic Sol Brin, 44, said the house was lost. "All gone," the grandmother said.'
    assert _last(text) not in ("Paramedic Sol Brin", "Sol Brin")


def test_the_grandmother_of_four_is_no_child() -> None:
    text = (
        "School monitor Margaret Tallis, 9, said the sheds were broken into. "
        '"They took the mower," the grandmother of four said.'
    )
    assert _last(text) != "Margaret Tallis"


# nationality nouns: no other person near carries a nationality


def test_a_nationality_noun_is_not_the_subject_beaten_by_one_of_that_nation() -> None:
    text = 'Mirela Sand lost to Hungarian Eva Toth in Rome. "She served well," the Hungarian said.'
    assert _last(text) != "Mirela Sand"


def test_a_nationality_noun_is_not_the_winner_over_one_of_that_nation() -> None:
    text = 'Pavel Orlov defeated Canadian Ben Stroud 6-4, 6-4. "My legs went," the Canadian said.'
    assert _last(text) != "Pavel Orlov"


def test_a_nationality_noun_is_not_a_later_subject_when_another_carries_it() -> None:
    text = (
        "Latvian Marek Ozols defeated Ben Stroud 6-2. Stroud said he was unwell. "
        '"He fought hard," the Latvian said.'
    )
    assert _last(text) != "Ben Stroud"


def test_a_nationality_word_is_never_kept_in_a_name() -> None:
    text = (
        "Ugandan Joseph Okello won the race ahead of Tanzanian Said Mrisho. "
        'Mrisho said his calf cramped. "I had no kick," the Ugandan said.'
    )
    assert _last(text) not in ("Tanzanian Said Mrisho", "Said Mrisho")


def test_a_nationality_noun_is_not_a_person_who_named_another_country() -> None:
    text = 'President Lena Varga said Austria would send tents. "We help," the German said.'
    assert _last(text) not in ("Lena Varga", "President Lena Varga")


# contest nouns: only the one person the text named with the noun


def test_the_challenger_is_not_the_mayor_just_quoted() -> None:
    text = 'Mayor Rhys Dunn defended his road plan. "He paved nothing," the challenger said.'
    assert _last(text) != "Rhys Dunn"


def test_the_incumbent_is_not_the_named_challenger() -> None:
    text = 'Challenger Nia Holt said the council had failed. "I did fine," the incumbent replied.'
    assert _last(text) not in ("Challenger Nia Holt", "Nia Holt")


def test_the_rival_is_not_the_senator_just_quoted() -> None:
    text = 'Senator Rhys Dunn said he would win easily. "He is complacent," the rival said.'
    assert _last(text) != "Rhys Dunn"


def test_his_challenger_with_two_challengers_named_is_nobody() -> None:
    text = (
        "Incumbent Rhys Dunn faces the Green challenger, Nia Holt, in Kent. In Essex, the Labour "
        'challenger, Omar Said, is ahead.\n"I lead," Dunn said. "He does not," his challenger said.'
    )
    assert _last(text) not in ("Omar Said", "Nia Holt")


def test_the_challenger_is_not_the_mayor_named_after_him() -> None:
    text = (
        "Nia Holt, 38, is challenging Mayor Rhys Dunn. Dunn said he had built two bridges. "
        '"He built none," the challenger said.'
    )
    assert _last(text) != "Rhys Dunn"


def test_his_challenger_named_with_a_capital_label_keeps_no_label() -> None:
    text = (
        "Challenger Nia Holt toured the ward on Monday.\n"
        '"I kept my word," Mayor Dunn said. "You did not," his challenger said.'
    )
    assert _last(text) == "Nia Holt"


# judicial titles


def test_the_judge_who_said_it_is_still_the_judge() -> None:
    text = 'Mr Justice Orme said it was a grave case. "Nobody was spared," the judge said.'
    assert _last(text) == "Orme"
