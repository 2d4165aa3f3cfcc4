"""Party-member descriptions, the cue verb 'opine' and cues after a quote beside an aside."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quote_starting, quotes_of, speakers_of

# --- 1. an indefinite party or country description is no name, title holder or organisation


def test_one_republican_is_a_description_not_a_convention() -> None:
    text = (
        "Delegates Gather in Tulsa\n\n"
        "The Republican National Convention gathers in Tulsa next week. "
        "“Nobody wants a floor fight this year,” said one Republican involved in the talks, "
        "who asked not to be named."
    )
    quote = quote_starting(text, "Nobody wants")
    assert quote.speaker is None
    assert quote.speaker_surface == "one Republican involved in the talks"


def test_a_republican_alone_is_no_convention() -> None:
    text = (
        "Delegates Gather in Tulsa\n\n"
        "The Republican National Convention gathers in Tulsa next week. "
        "“The rules fight is over,” a Republican said."
    )
    assert speakers_of(text) == [None]


def test_a_labour_mp_is_no_named_mp() -> None:
    text = (
        "Budget Row Deepens\n\n"
        "Labour MP Ana Ruiz raised the ferry subsidy on Tuesday. "
        "“The whips are furious about it,” said a Labour MP."
    )
    assert speakers_of(text) == [None]


def test_a_democratic_senator_is_no_named_senator() -> None:
    text = (
        "Gun Bill Stalls\n\n"
        "Senator Tom Reyes of Ohio spoke for ten hours. Late on Wednesday, "
        "a Democratic senator said the leaders had agreed to hold two votes."
    )
    assert speakers_of(text, "indirect") == [None]


@pytest.mark.parametrize(
    "description",
    ["one Democrat", "a Conservative", "one Tory", "a Liberal", "a Democrat close to the bid"],
)
def test_other_party_members_stay_descriptions(description: str) -> None:
    text = (
        "Delegates Gather in Leeds\n\n"
        "The party conference opens in Leeds on Sunday. "
        f"“Nobody wants a floor fight this year,” said {description}."
    )
    assert speakers_of(text) == [None]


def test_party_word_before_a_name_is_the_person() -> None:
    text = (
        "Delegates Gather in Tulsa\n\n"
        "The Republican National Convention gathers in Tulsa next week. "
        "“Nobody wants a floor fight,” said Republican Ana Ruiz."
    )
    assert speakers_of(text) == ["Ana Ruiz"]


def test_the_party_itself_is_the_speaker() -> None:
    text = (
        "Delegates Gather in Tulsa\n\n"
        "The Republican National Convention gathers in Tulsa next week. "
        "“Nobody wants a floor fight,” said the Republican Party."
    )
    assert speakers_of(text) == ["the Republican Party"]


def test_description_with_a_name_in_apposition_is_the_person() -> None:
    text = (
        "Gun Bill Stalls\n\n"
        "The vote came late. A former Republican nominee -- Jo Roe, who lost in 2012 -- "
        "said the bill “changes nothing at all.”"
    )
    assert speakers_of(text) == ["Jo Roe"]


# --- 2. 'opine' is a cue verb


def test_opined_after_the_quote_names_the_paper() -> None:
    text = (
        "Strike Vote Looms\n\n"
        "Leader writers feared the worst. “Dockers should stay home,” opined the Lisk Ledger."
    )
    assert speakers_of(text) == ["the Lisk Ledger"]


def test_paper_opined_after_the_quote() -> None:  # a guard: main reads the subject too
    text = (
        "Strike Vote Looms\n\n"
        "The Lisk Ledger ran a long leader. Its writers feared the worst. "
        "“Dockers should stay home,” the Ledger opined."
    )
    assert speakers_of(text) == ["the Ledger"]


def test_opined_that_is_indirect_speech() -> None:
    text = (
        "Strike Vote Looms\n\n"
        "Columnist Mara Voss weighed in on Friday. Voss opined that the strike would fail."
    )
    found = quotes_of(text, "indirect")
    assert [(q.text, q.speaker) for q in found] == [("the strike would fail", "Mara Voss")]


# --- 3. a cue right after the quote beats a clause in an aside before it


def test_cue_after_question_beats_a_dash_aside() -> None:
    text = (
        "Port Sale Questioned\n\n"
        "If the quay is really up for sale — as traders suspect, and the harbour board "
        "flatly denies — “who would not want to know?” asked Tom Reyes, now a shipping lawyer."
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_cue_after_question_beats_a_comma_aside() -> None:
    text = (
        "Port Sale Questioned\n\n"
        "If the quay is sold, as the harbour board denies, “who would not want to know?” "
        "Tom Reyes said."
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_dash_aside_in_the_subject_still_introduces_the_quote() -> None:
    text = (
        "Port Sale Questioned\n\n"
        "The harbour board — and its chair, Ana Ruiz — said: “The quay is not for sale.”"
    )
    assert speakers_of(text) == ["the harbour board"]


def test_cue_with_a_comma_before_a_question_introduces_it() -> None:
    text = (
        "Port Sale Questioned\n\n"
        "Tom Reyes said, “Who would not want to know?” The harbour board did not reply."
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_colon_cue_in_a_clause_introduces_a_question() -> None:
    text = (
        "Port Sale Questioned\n\n"
        "The harbour board, which denies the sale, asked: “Who started this rumour?” "
        "Tom Reyes said nothing."
    )
    assert speakers_of(text) == ["the harbour board"]
