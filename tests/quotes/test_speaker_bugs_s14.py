"""Fourteenth-session speaker bugs and their near misses (invented text)."""

from __future__ import annotations

import pytest

from presswatch.quotes import extract_quotes
from tests.quotes.helpers import quotes_of

HEAD = "Quay tolls go up in Brevik\n\n"


def _speaker(text: str, prefix: str) -> str | None:
    found = [q for q in quotes_of(HEAD + text) if q.text.startswith(prefix)]
    assert found, prefix
    return found[0].speaker


def _surface(text: str, prefix: str) -> str | None:
    found = [q for q in quotes_of(HEAD + text) if q.text.startswith(prefix)]
    assert found, prefix
    return found[0].speaker_surface


# -- 1. a surname that is a skip word ('Long') stays whole after a known given name


def test_long_after_given_name_is_a_surname() -> None:
    assert _speaker("“We will cut the toll,” Jane Long said.\n", "We will") == "Jane Long"


def test_long_alone_after_the_full_name() -> None:
    text = "Board chair Jane Long spoke.\n\nEarlier, Long said the toll “is far too high.”\n"
    assert _speaker(text, "is far") == "Jane Long"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Jane Long spoke first. “It is late,” Jane long said.\n", "Jane"),
        ("Tom Berg spoke. “We waited for so long,” Berg said.\n", "Tom Berg"),
        ("Tom Berg spoke. “It is high,” Berg long said.\n", "Tom Berg"),
        ("“We will cut it,” Jane Young said.\n", "Jane Young"),
        ("“We will cut it,” Tom Wise said.\n", "Tom Wise"),
        ("Tom Berg chairs the board. “It is high,” Tom Berg said. “Yes,” Berg said.\n", "Tom Berg"),
    ],
)
def test_long_near_misses(text: str, want: str) -> None:
    assert _speaker(text, quotes_of(HEAD + text)[0].text[:5]) == want


def test_long_without_given_name_names_nobody() -> None:
    text = "Tom Berg chairs the board.\n\nEarlier, Long said the toll “is far too high.”\n"
    assert _speaker(text, "is far") is None


# -- 2. company-name endings make an organisation, never a person


def test_firm_after_a_description_is_no_person() -> None:
    text = "Shares fell. “The toll is too high,” said the analyst, Harbour Capital Holdings.\n"
    assert _speaker(text, "The toll") is None


@pytest.mark.parametrize(
    "firm", ["Kelp Bay Partners", "Kelp Ventures", "Brevik Securities", "Kelp Bancorp"]
)
def test_firm_endings_after_a_description(firm: str) -> None:
    assert _speaker(f"“It is high,” said the adviser, {firm}.\n", "It is") is None


def test_company_description_takes_a_holdings_firm() -> None:
    text = "“It is high,” Harbour Capital Holdings said.\n\n“We are sure,” the company said.\n"
    assert _speaker(text, "We are") == "Harbour Capital Holdings"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("“It is high,” said the analyst, Jane Roe.\n", "Jane Roe"),
        ("“It is high,” said Jane Roe, an analyst at Harbour Capital.\n", "Jane Roe"),
        ("“It is high,” said Kelp Bay Ventures.\n", "Kelp Bay Ventures"),
        ("“It is high,” said Tom Partner.\n", "Tom Partner"),
        ("“It is high,” Ana Capitol said.\n", "Ana Capitol"),
    ],
)
def test_firm_near_misses(text: str, want: str) -> None:
    assert _speaker(text, "It is") == want


# -- 3. a company suffix keeps its dot at a sentence end


@pytest.mark.parametrize("firm", ["Acme Ltd.", "Harbour Plc.", "Harbour LLC."])
def test_company_suffix_keeps_its_dot(firm: str) -> None:
    assert _surface(f"“We will build it,” said {firm} The town agreed.\n", "We will") == firm


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("“We will build it,” said Acme Ltd, the builder.\n", "Acme Ltd"),
        ("“We will build it,” said Tom Berg. Ltd. firms agreed.\n", "Tom Berg"),
        ("“We will build it,” said the Acme board.\n", "the Acme board"),
        ("“We will build it,” said Acme.\n", "Acme"),
        ("“We will build it,” said Harbour Corp.\n", "Harbour Corp."),
    ],
)
def test_company_suffix_near_misses(text: str, want: str) -> None:
    assert _surface(text, "We will") == want


def test_sentence_still_ends_after_ltd() -> None:
    found = extract_quotes(HEAD + "Acme Ltd. won. “We will build it,” Tom Berg said.\n")
    assert [q.speaker for q in found] == ["Tom Berg"]


# -- 4. an opening 'the …' description subject is noted as the person it names

OPEN = (
    "Mayor Ana Ruiz opened the quay on Monday. Harbour master Eva Berg spoke next. "
    "“It is late,” Berg said. "
)


@pytest.mark.parametrize(
    "middle",
    [
        "Later the mayor was asked by reporters whether the toll would stay.",
        "The mayor was asked by reporters whether the toll would stay.",
        "Meanwhile the mayor had left the quay.",
    ],
)
def test_description_subject_is_noted(middle: str) -> None:
    assert _speaker(OPEN + middle + " “It will stay,” she said.\n", "It will") == "Ana Ruiz"


@pytest.mark.parametrize(
    "middle",
    [
        "Later the toll was raised.",
        "Later the other woman was asked about it.",
        "The harbour was closed.",
        "Later the mayors of two towns were asked.",
        "Later the ferry company was asked about it.",
    ],
)
def test_description_subject_near_misses(middle: str) -> None:
    assert _speaker(OPEN + middle + " “It will stay,” she said.\n", "It will") == "Eva Berg"


# -- 6. an indefinite occupation noun introduces one unnamed person for he/she


@pytest.mark.parametrize(
    "cue",
    ["said a welder at the dock.", "said a nurse.", "a source said, citing the plan."],
)
def test_occupation_noun_takes_the_pronoun(cue: str) -> None:
    text = f"Tom Berg spoke first. “The yard is shut,” {cue} “We are angry,” he said.\n"
    assert _surface(text, "We are") != "he" or _speaker(text, "We are") != "Tom Berg"
    assert _speaker(text, "We are") != "Tom Berg"


@pytest.mark.parametrize(
    "cue",
    [
        "said a welder. Berg shrugged.",
        "said one of the welders.",
        "said a welder.\n\nThe mayor nodded.",
        "said the welder.",
        "said a strike.",
    ],
)
def test_occupation_noun_near_misses(cue: str) -> None:
    text = f"Tom Berg spoke first. “The yard is shut,” {cue} “We are angry,” he said.\n"
    assert _speaker(text, "We are") == "Tom Berg"


# -- 5. 'Name, who <cue verb> “…”': the antecedent of who speaks


@pytest.mark.parametrize(
    "text",
    [
        "Tom Berg attacked Mayor Ana Ruiz, who called it “whining,” on Monday.\n",
        "Tom Berg spoke. He backed Ana Ruiz, who told reporters “the port will close.”\n",
        "The board heard Tom Berg and Ana Ruiz, who said “the port is ours.”\n",
    ],
)
def test_who_clause_gives_its_antecedent(text: str) -> None:
    assert quotes_of(HEAD + text)[0].speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tom Berg praised the man who Ana Ruiz called “a thief.”\n", "Ana Ruiz"),
        ("Tom Berg, who said “the port is ours,” left early.\n", "Tom Berg"),
        ("Tom Berg asked who said “the port is ours.”\n", "Tom Berg"),
        ("Tom Berg thanked the dockers, who said “the port is ours.”\n", "Tom Berg"),
        ("Ana Ruiz met Tom Berg, who, she said, was “a friend.”\n", "Ana Ruiz"),
    ],
)
def test_who_clause_near_misses(text: str, want: str) -> None:
    assert quotes_of(HEAD + text)[0].speaker == want


def test_who_question_names_nobody() -> None:
    assert [q.speaker for q in quotes_of(HEAD + "Who said “the port is ours”?\n")] in ([], [None])
