"""He and she after descriptions and in families (sixteenth session, f): an opening phrase before
a described subject, a family's bare surname followed by he/she, and given names that were
missing. Invented text only."""

from __future__ import annotations

from presswatch.quotes.pronouns import Genders
from presswatch.quotes.roles import given_gender
from tests.quotes.helpers import speakers_of

# 1. 'Asked about …, the mayor shrugged.': the description is the subject a later he takes
MAYOR = (
    "Mayor Tobin Reyes met the dockers on Monday.\nSam Brill, a former senator, spoke at length.\n"
)


def test_described_subject_after_opening_phrase() -> None:
    text = MAYOR + "Asked about the vote, the mayor shrugged.\n“We will keep it,” he said."
    assert speakers_of(text)[-1] == "Tobin Reyes"


def test_opening_phrase_before_a_thing_is_no_subject() -> None:
    # guard: 'the report' names nobody; he still takes the senator
    text = MAYOR + "Asked about the vote, the report stalled.\n“We will keep it,” he said."
    assert speakers_of(text)[-1] == "Sam Brill"


# 2. a family's bare surname followed by he/she in its paragraph names the member of that gender
FAMILY = (
    "Tomas Vellacott has run the chandlery on Quay Street since 1990.\n"
    "Helen Vellacott, who keeps the books, says the shop is the quay's memory.\n"
    "“We are still here,” she says.\n"
)


def test_family_surname_then_he_names_the_man() -> None:
    text = FAMILY + (
        "Vellacott now coaches juniors at the rowing club. He is blunt about it.\n"
        "“Nobody tells the young ones anything,” says Vellacott. He laughs."
    )
    assert speakers_of(text)[-1] == "Tomas Vellacott"  # not the latest full name, Helen


def test_family_surname_pronoun_in_another_paragraph_is_no_evidence() -> None:
    # guard: the 'she' belongs to a later sentence about someone else; the earlier member stays
    text = (
        "Tomas Vellacott has run the chandlery on Quay Street since 1990.\n"
        "“It is my life,” Vellacott says.\n"
        "Helen Vellacott, who keeps the books, says she has made her peace with it.\n"
    )
    assert speakers_of(text)[0] == "Tomas Vellacott"


# 3. common given names that were missing have a gender
def test_added_given_names() -> None:
    assert [given_gender(n) for n in ("benita", "owen", "marcus", "janelle")] == [
        "f",
        "m",
        "m",
        "f",
    ]


# 4. a known given name standing alone keeps its gender over a pronoun after it
def test_given_name_alone_keeps_its_gender() -> None:
    # guard: the man named alone after her still takes his he
    text = (
        "Orla Fennelly has kept the bookshop open for twenty years.\n"
        "“The town came through for us,” Orla says.\n"
        "Tadhg, who by his own account does little of the talking, is more wary.\n"
        "“A fundraiser is not a business plan,” he says."
    )
    assert speakers_of(text)[-1] == "Tadhg"


def test_given_name_used_as_surname_keeps_the_pronouns() -> None:
    # guard: 'Kelly' after 'Tom' is a surname here, so the pronouns after it decide
    genders = Genders("Tom Kelly fishes. Kelly said his boat leaks. Kelly and his son sail.")
    assert genders.of("Kelly") == "m"


def test_given_name_alone_has_its_gender_not_the_next_his() -> None:
    genders = Genders(
        "Orla Fennelly runs the shop.\n“Yes,” Orla says. Tadhg, by his account, is wary."
    )
    assert genders.of("Orla") == "f"
