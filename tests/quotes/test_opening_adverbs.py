"""A sentence's opening adverb is no part of the name after it (invented text)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quotes_of

HEAD = "Harbour dispatch: the dredging dispute at Kettlevik\n"


@pytest.mark.parametrize("opener", ["Yesterday", "Immediately", "Later", "Meanwhile", "Still"])
def test_the_adverb_is_not_a_given_name(opener: str) -> None:
    text = f"{opener} Ida Brekke told the council: “We will appeal the ruling.”"
    assert [q.speaker for q in quotes_of(HEAD + text)] == ["Ida Brekke"]


def test_a_later_surname_finds_the_name_without_the_adverb() -> None:
    text = "Yesterday Ida Brekke met the pilots.\n“We will appeal the ruling,” Brekke said."
    assert [q.speaker for q in quotes_of(HEAD + text)] == ["Ida Brekke"]


@pytest.mark.parametrize("opener", ["Later", "Meanwhile", "Yesterday"])
def test_the_adverb_before_a_bare_surname_is_dropped(opener: str) -> None:
    text = f"Ida Brekke met the pilots.\n{opener} Brekke told the council: “We will appeal.”"
    assert [q.speaker for q in quotes_of(HEAD + text)] == ["Ida Brekke"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # two name words stay a name ('Early Wynn'), and a given name is no adverb
        ("“We will appeal,” said Long Tran.", "Long Tran"),
        ("“We will appeal,” said Will Brekke Lund.", "Will Brekke Lund"),
        # company names that open with such a word stay whole
        ("“We will appeal,” said First Harbour Minerals.", "First Harbour Minerals"),
        ("“We will appeal,” said Simply Ferry Insurance.", "Simply Ferry Insurance"),
    ],
)
def test_names_that_look_like_adverbs_stay(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(HEAD + text)] == [speaker]
