"""A capitalised title description names its one holder ('the Majority Leader'), an imperative
opening a sentence is no speaker ('Remember when …'), and a text the subject issued after 'with'
is no speaker ('fired back with a thread accusing …'); each with near misses (invented text)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speaker_or_surface

HEAD = "Farm bill heads for a vote\n\n"


def _speaker(text: str, prefix: str) -> str | None:
    return speaker_or_surface(HEAD + text + "\n", prefix)


# -- 'the <Title words>' after one person was named with those title words


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (
            "Senate Majority Leader Tom Brackley unveiled his farm bill on Monday.\n\n"
            "“We will pass it before the summer recess,” the Majority Leader said.",
            "We will pass",
            "Tom Brackley",
        ),
        (
            "Senate Majority Leader Tom Brackley unveiled his farm bill on Monday.\n\n"
            "The Majority Leader has spent months calling the measure “a lifeline for growers"
            " in every county.”",
            "a lifeline",
            "Tom Brackley",
        ),
        (
            "Deputy Prime Minister Ola Fenn visited the northern ports on Friday.\n\n"
            "“The fleet is ready for the winter season,” the Deputy Prime Minister said.",
            "The fleet",
            "Ola Fenn",
        ),
    ],
)
def test_capitalised_title_names_its_one_holder(text: str, prefix: str, speaker: str) -> None:
    assert _speaker(text, prefix) == speaker


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (  # two holders of the title in one sentence: nobody
            "Senate Majority Leader Tom Brackley and House Majority Leader Ed Pike met on"
            " Monday.\n\n“We disagree on the grain subsidy,” the Majority Leader said.",
            "We disagree",
            "the Majority Leader",
        ),
        (  # another title ('Minority'): not the holder
            "Senate Minority Leader Tom Brackley spoke on Monday.\n\n"
            "“We disagree on the grain subsidy,” the Majority Leader said.",
            "We disagree",
            "the Majority Leader",
        ),
        (  # the holder's office is an organisation
            "Senate Majority Leader Tom Brackley unveiled his farm bill on Monday.\n\n"
            "“The leader is still reviewing the final text,” the Majority Leader's office said.",
            "The leader",
            "the Majority Leader's office",
        ),
        (  # a capitalised organisation is no title
            "Senate Majority Leader Tom Brackley unveiled his farm bill on Monday.\n\n"
            "“We have no comment on the bill at this time,” the White House said.",
            "We have no",
            "the White House",
        ),
    ],
)
def test_capitalised_title_near_misses(text: str, prefix: str, speaker: str) -> None:
    assert _speaker(text, prefix) == speaker


# -- an imperative or interjection opening the sentence is never a name


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (
            "Oh, sure. Remember when Senate Majority Leader Tom Brackley stood at a lectern last"
            " week and told voters his farm bill was “the fruit of honest talks with both"
            " parties”? Not quite.",
            "the fruit",
            "Tom Brackley",
        ),
        (
            "Recall when Governor Lin Soto stood on the steps and told reporters her plan was"
            " “fully paid for by the new port fees”? It was not.",
            "fully paid",
            "Lin Soto",
        ),
    ],
)
def test_imperative_opener_is_no_speaker(text: str, prefix: str, speaker: str) -> None:
    assert _speaker(text, prefix) == speaker


def test_imperative_without_clause_word_keeps_the_name_after_it() -> None:
    text = "Look, said Tom Reyes, “nobody in this town wants a new toll on the bridge.”"
    assert _speaker(text, "nobody") == "Tom Reyes"


# -- a text the subject issued after a verb and 'with' is not the participle's subject


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (
            "Talk host Ron Veck, whose program airs nightly, fired back with a long thread"
            " accusing the senator of “hiding from the voters of this state.”",
            "hiding from",
            "Ron Veck",
        ),
        (
            "Mayor Ana Ruiz responded with a statement calling the audit “a political stunt"
            " dressed up as oversight.”",
            "a political stunt",
            "Ana Ruiz",
        ),
        (
            "Tom Reyes hit back with a post calling the offer “an insult to every worker on"
            " the quay.”",
            "an insult",
            "Tom Reyes",
        ),
    ],
)
def test_issued_text_after_with_is_the_subjects(text: str, prefix: str, speaker: str) -> None:
    assert _speaker(text, prefix) == speaker


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (  # a person after 'with' is the participle's own subject
            "Ana Ruiz spoke first, with Tom Reyes accusing her of “grandstanding before the"
            " cameras again.”",
            "grandstanding",
            "Tom Reyes",
        ),
        (  # a comma before 'with': no text of the subject's
            "Mayor Ana Ruiz, with a new audit accusing her office of “reckless spending on"
            " consultants,” faced the council.",
            "reckless",
            "a new audit",
        ),
        (  # no 'with': the report stays as on main
            "The board released a report accusing the director of “gross mismanagement of the"
            " harbour fund.”",
            "gross",
            "a report",
        ),
    ],
)
def test_issued_text_near_misses(text: str, prefix: str, speaker: str) -> None:
    assert _speaker(text, prefix) == speaker
