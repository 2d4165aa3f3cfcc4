"""Review fixes for he/she (sixteenth session, f): a lone given name yields to its own clause's
pronoun, a family's surname takes a next-sentence He/She only when it ends a cue sentence, a
pronoun names the full name a bare given name opens, and a date may sit in an opening phrase.
Invented text only."""

from __future__ import annotations

from presswatch.quotes.antecedents import described_subject
from presswatch.quotes.pronouns import subject_pronoun
from tests.quotes.helpers import speakers_of


# HIGH: the he/she on a lone given name's own clause beats the list of given names
def test_unisex_name_with_she_on_its_clause_after_a_description() -> None:
    text = (
        "Jordan, a 19-year-old apprentice, says she plans to open a garage.\n"
        "“I like engines more than people,” she says."
    )
    assert speakers_of(text)[-1] == "Jordan"


def test_unisex_name_with_she_on_its_clause_after_a_man() -> None:
    text = (
        "Peter Haller manages the climbing wall.\nJordan, 15, says she trains four nights a week.\n"
        "“The wall is my second home,” she says."
    )
    assert speakers_of(text)[-1] == "Jordan"


def test_woman_listed_name_with_he_on_its_clause_is_a_man() -> None:
    text = (
        "Peter Haller manages the climbing wall.\nAshley, 16, says he trains four nights a week.\n"
        "“The wall is my second home,” he says."
    )
    assert speakers_of(text)[-1] == "Ashley"


def test_woman_listed_name_with_he_after_a_woman() -> None:
    text = (
        "Hanna Lind manages the climbing wall.\nAshley, 16, says he trains four nights a week.\n"
        "“The wall is my second home,” he says."
    )
    assert speakers_of(text)[-1] == "Ashley"


def test_listed_name_with_two_appositions_and_he() -> None:
    text = (
        "Peter Haller runs the hockey club.\nKelly, 31, a goalkeeper, says he has healed.\n"
        "Hanna Lind, the club doctor, agrees.\n“My hands feel quick again,” he says."
    )
    assert speakers_of(text)[-1] == "Kelly"


def test_listed_name_with_he_and_no_one_else() -> None:
    text = (
        "Hanna Lind runs the hockey club.\nKelly, 31, a goalkeeper, says he has healed.\n"
        "“My hands feel quick again,” he says."
    )
    assert speakers_of(text)[-1] == "Kelly"


def test_unisex_name_ending_its_cue_sentence_takes_the_next_she() -> None:
    text = (
        "Peter Haller runs the night shelter.\n"
        "“I have slept in worse places,” said Jordan, 22. She lost her job in March.\n"
        "“The beds here are clean,” she said."
    )
    assert speakers_of(text)[-1] == "Jordan"


def test_listed_name_alone_with_he_on_its_clause() -> None:
    text = (
        "Rose, a retired boilermaker, says he still dreams of the shipyard.\n"
        "“We riveted by hand,” he says."
    )
    assert speakers_of(text)[-1] == "Rose"


# MEDIUM: a next-sentence He/She goes on a family's surname only after a cue sentence it ends
FARM = (
    "Tom Roe has grown barley here since 1982.\n"
    "Ana Roe, who runs the farm shop, says the land is the family's whole story.\n"
)


def test_family_surname_before_an_addressee_takes_no_next_he() -> None:
    text = FARM + "“We are not moving,” Roe told her neighbour Bill Tarrant. He shrugged."
    assert speakers_of(text)[-1] == "Ana Roe"


def test_family_surname_before_a_clause_with_another_man_takes_no_next_he() -> None:
    text = FARM + "“We are not moving,” Roe said, thanking Bill Tarrant. He had lent the trailer."
    assert speakers_of(text)[-1] == "Ana Roe"


def test_family_surname_before_an_outlet_takes_no_next_she() -> None:
    text = (
        "Ana Roe and Tom Roe run the farm shop.\n"
        "“Trade is quiet,” Roe told The Valley Gazette. She was its second caller that day."
    )
    assert speakers_of(text)[-1] == "Tom Roe"


def test_subject_pronoun_needs_a_cue_verb_or_a_cue_sentence_end() -> None:
    text = "Roe thinks she erred. Roe and she met. Roe says she erred. Roe said. He left."
    assert [subject_pronoun(text, at) for at in (0, 22, 39, 59)] == [
        None,
        None,
        "f",
        "m",
    ]


# LOW: a pronoun that resolves to a bare given name gives the one full name it opens
def test_pronoun_on_a_bare_given_name_gives_the_full_name() -> None:
    text = (
        "Orla Fennelly keeps the village bakery going.\n"
        "“Barely,” Orla says. Tadhg, by his own telling, worries more.\n"
        "“We will get by,” she says."
    )
    assert speakers_of(text)[-1] == "Orla Fennelly"


# code: an opening phrase may hold the comma of a date
def test_opening_phrase_with_a_date_before_a_description() -> None:
    masked = "On March 3, 2024, the mayor signed the order."
    assert described_subject(masked, 0, len(masked), lead=True) == ("the mayor", 18)
