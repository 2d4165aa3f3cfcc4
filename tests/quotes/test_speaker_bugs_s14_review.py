"""Review fixes of the fourteenth-session speaker bugs and their near misses (invented text)."""

from __future__ import annotations

import pytest

from presswatch.quotes.lexicon import lexicon
from presswatch.records import Quote
from tests.quotes.helpers import quote_starting

HEAD = "Ferry fares rise in Kelp\n\n"


def _quote(text: str, prefix: str) -> Quote:
    return quote_starting(HEAD + text, prefix)


# -- an occupation noun of one gender is never taken by a pronoun of the other


@pytest.mark.parametrize(
    ("person", "cue", "pronoun"),
    [
        ("Tom Berg", "said a waitress at the cafe.", "he"),
        ("Tom Berg", "said a nun at the gate.", "he"),
        ("Tom Berg", "said an actress at the rally.", "he"),
        ("Tom Berg", "said a landlady in Kelp.", "he"),
        ("Ana Ruiz", "said a fisherman on the quay.", "she"),
        ("Ana Ruiz", "a monk told reporters.", "she"),
        ("Ana Ruiz", "said a landlord in Kelp.", "she"),
    ],
)
def test_gendered_occupation_skips_the_other_pronoun(person: str, cue: str, pronoun: str) -> None:
    text = f"{person} spoke first. “The ferry is late,” {cue} “It is the law,” {pronoun} said.\n"
    assert _quote(text, "It is the law").speaker == person


@pytest.mark.parametrize(
    ("cue", "pronoun"),
    [
        ("said a waitress at the cafe.", "she"),
        ("said a fisherman on the quay.", "he"),
        ("said a welder at the dock.", "she"),
        ("said an actor at the rally.", "she"),
    ],
)
def test_occupation_of_that_gender_still_takes_the_pronoun(cue: str, pronoun: str) -> None:
    other = "Tom Berg" if pronoun == "she" else "Ana Ruiz"
    text = f"{other} spoke first. “The ferry is late,” {cue} “It is the law,” {pronoun} said.\n"
    assert _quote(text, "It is the law").speaker != other


def test_occupations_leave_titles_to_titles_txt() -> None:
    occupations = lexicon().occupations
    assert not set(occupations) & lexicon().titles
    assert occupations["waitress"] == "f" and occupations["welder"] == "u"


# -- a company abbreviation's dot is no part of the speaker's name: one spelling per firm


@pytest.mark.parametrize(
    ("cue", "want"),
    [
        ("said a spokesman for Harbour Plc. The town agreed.", "Harbour Plc"),
        ("said a spokeswoman for Kelp Ltd. Shares fell.", "Kelp Ltd"),
        ("said Acme Inc.", "Acme Inc"),
        ("said an Acme Inc. spokesman.", "Acme Inc"),
    ],
)
def test_company_dot_left_out_of_the_speaker(cue: str, want: str) -> None:
    assert _quote(f"“We will appeal,” {cue}\n", "We will").speaker == want


@pytest.mark.parametrize(
    ("cue", "want"),
    [
        ("said Kelp Ltd. Shares fell.", "Kelp Ltd"),
        ("said Acme Ltd, the builder.", "Acme Ltd"),
        ("said Harbour Corp.", "Harbour Corp"),
        ("said Tom Berg Jr.", "Tom Berg Jr"),
        ("said Tom Berg. Ltd. firms agreed.", "Tom Berg"),
    ],
)
def test_company_dot_near_misses(cue: str, want: str) -> None:
    assert _quote(f"“We will appeal,” {cue}\n", "We will").speaker == want


def test_company_dot_kept_in_the_surface() -> None:
    assert _quote("“We will appeal,” said Kelp Ltd. Shares fell.\n", "We").speaker_surface == (
        "Kelp Ltd."
    )


def test_company_abbreviations_do_not_repeat_abbreviations() -> None:
    sets = lexicon().sets
    assert not sets["company_abbreviations"] & sets["abbreviations"]


# -- 'Name, who <adverb|has> <cue verb> “…”': the name alone is the antecedent


@pytest.mark.parametrize(
    "text",
    [
        "Tom Berg met Ana Ruiz in Kelp, who called the trip “useful.”\n",
        "Tom Berg criticised Ana Ruiz, who later called the plan “a farce.”\n",
        "Tom Berg quoted Ana Ruiz, who has called the plan “a farce.”\n",
    ],
)
def test_who_antecedent_is_the_name(text: str) -> None:
    quote = _quote(text, "")
    assert (quote.speaker, quote.speaker_surface) == ("Ana Ruiz", "Ana Ruiz")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tom Berg met Ana Ruiz who called the trip “useful.”\n", "Tom Berg"),
        ("Tom Berg met Ana Ruiz, who he called “a liar.”\n", "Tom Berg"),
        ("Tom Berg met the dockers in Kelp, who called the trip “useful.”\n", "Tom Berg"),
        (
            "Tom Berg hailed Ana Ruiz, who condemned it. “Docks” are “ours,” he said.\n",
            "Tom Berg",
        ),
    ],
)
def test_who_antecedent_near_misses(text: str, want: str) -> None:
    assert _quote(text, "").speaker == want
