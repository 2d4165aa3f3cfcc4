"""A person's claim before a quote and the asker of a passive 'asked by' (invented text)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quotes_of

HEAD = "Harbour dispatch: the Brevik levy\n\nMayor Ivo Brandt spoke on Thursday. "


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes_of(HEAD + text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "The mayor welcomed the ruling, partly because of Ana Ruiz's patronizing suggestion "
            "that the port was “a relic.”",
            ["Ana Ruiz"],
        ),
        (
            "Brandt blamed the press for making an issue out of Ana Ruiz's claim that the harbour "
            "board “stole the funds,” saying they missed the point.",
            ["Ana Ruiz"],
        ),
        (
            "In a statement, Tomas Berg called Ana Ruiz's assertion of a “right to fish” over the "
            "bay “absurd.”",
            ["Ana Ruiz", "Tomas Berg"],
        ),
        (
            "Then there was Tomas Berg's aside that the dockers, whom Ana Ruiz praised in her "
            "speech, were “well paid” and happy.",
            ["Tomas Berg"],
        ),
        (
            "Then there was Sean O'Hara's aside that the dockers, whom Ana Ruiz praised, were "
            "“well paid.”",
            ["Sean O'Hara"],
        ),
        ("Tomas Berg mocked Ana Ruiz's claims of “fraud” at the yard.", ["Ana Ruiz"]),
        (
            "Ana Ruiz's claim that the port was “bankrupt” drew Lars Hegg's retort that it was "
            "“thriving.”",
            ["Ana Ruiz", "Lars Hegg"],
        ),
    ],
)
def test_the_claim_is_its_owners(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


def test_a_quote_after_a_claim_does_not_inherit_its_owner() -> None:
    text = (
        "Tomas Berg runs a fact-check site. Berg checked Ana Ruiz's claim that there were "
        "“hundreds of wrecks” in the bay and found “three at most, all of them tiny.”"
    )
    assert _speakers(text) == ["Ana Ruiz", None]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # not a person's, or another's cue verb, or no 'that'/'of' after the noun
        ("The Harbour Post's claim that the mayor was “a crook” drew a lawsuit.", [None]),
        ("Ana Ruiz's claim that Tomas Berg called the plan “a fraud” was denied.", ["Tomas Berg"]),
        ("Ana Ruiz's house, which Tomas Berg called “a palace,” burned down.", ["Tomas Berg"]),
        ("Tomas Berg said Ana Ruiz's claim was “absurd.”", ["Tomas Berg"]),
        (
            "Ana Ruiz's claim that the port was “bankrupt,” Tomas Berg said, is false.",
            ["Tomas Berg"],
        ),
        ("Tomas Berg mocked the mayor's claim that the port was “bankrupt.”", ["Tomas Berg"]),
        ("Ana Ruiz repeated her claim that the port was “bankrupt.”", ["Ana Ruiz"]),
        ("Ana Ruiz made a claim. Tomas Berg said that the port was “bankrupt.”", ["Tomas Berg"]),
        ("Brevik's claim to the “best harbour in Nordland” is old.", [None]),
        ("Ana Ruiz's claim, dismissed by Tomas Berg as “nonsense,” stands.", [None]),
        # the quote names the claim ('as') or is said of it (a second copula)
        (
            "Rivals exploited Lars Hegg's remark describing Ana Ruiz's statement that she opposed "
            "the toll as “the biggest fairy tale I have heard.”",
            [None],
        ),
        (
            "Ana Ruiz said that Lars Hegg's claim that the port is for sale is “simply false.”",
            ["Ana Ruiz"],
        ),
    ],
)
def test_claim_near_misses(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Ana Ruiz was asked by host Tomas Berg, who backs the mayor, “Will the levy stay?”",
            ["Tomas Berg"],
        ),
        (
            "Ruiz was asked by radio moderator Tomas Berg whether the levy would risk “driving "
            "the fleet away from Brevik.”",
            ["Tomas Berg"],
        ),
        ("Asked by Tomas Berg if Ana Ruiz “gets” fishing, the mayor smiled.", ["Tomas Berg"]),
        (
            "Ana Ruiz was pressed by Tomas Berg on whether the levy was “a tax on fish.”",
            ["Tomas Berg"],
        ),
        ("The question asked by Tomas Berg was “Will the levy stay?”", ["Tomas Berg"]),
        (
            "Ivo Brandt was asked by Tomas Berg whether the levy would “drive the fleet away.” "
            "The mayor's reply was short. “It will not,” he said.",
            ["Tomas Berg", "Ivo Brandt"],
        ),
    ],
)
def test_the_asker_speaks_the_question(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Asked by reporters whether she would run, Ana Ruiz said: “Not this year.”", ["Ana Ruiz"]),
        ("Ana Ruiz, asked by reporters about the levy, said “it stays.”", ["Ana Ruiz"]),
        ("Ana Ruiz was quoted by the Harbour Post as saying “the levy stays.”", ["Ana Ruiz"]),
        ("Ana Ruiz was asked by Tomas Berg about the levy. “It stays,” she said.", ["Ana Ruiz"]),
        ("Ana Ruiz asked Tomas Berg whether the levy would “drive the fleet away.”", ["Ana Ruiz"]),
        (
            "Ana Ruiz was asked by Tomas Berg about the levy, and she replied that it was “fair.”",
            ["Ana Ruiz"],
        ),
        ("When asked by Tomas Berg about the levy, Ana Ruiz called it “fair.”", ["Ana Ruiz"]),
        ("Ana Ruiz stood by her plan and asked “Who will pay?”", ["Ana Ruiz"]),
        ("Ana Ruiz told Tomas Berg: “The levy stays.”", ["Ana Ruiz"]),
        ("Ana Ruiz was asked about the levy by Tomas Berg. She said it was “fair.”", ["Ana Ruiz"]),
    ],
)
def test_asker_near_misses(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
