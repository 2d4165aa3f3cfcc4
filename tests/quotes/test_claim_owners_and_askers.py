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
    # the checker who holds the claim up, not its owner
    assert _speakers(text) == ["Ana Ruiz", "Tomas Berg"]


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


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the speaker's own label for the claim (a naming verb governs the possessive)
        ("Nils Aas called Maria Holm's boast of savings “a fairy tale.”", ["Nils Aas"]),
        ("Nils Aas termed Maria Holm's claim that rents fell “pure spin.”", ["Nils Aas"]),
        ("Nils Aas branded Maria Holm's prediction of a boom “wishful.”", ["Nils Aas"]),
        ("Nils Aas described Maria Holm's remark that fees rose “a smear.”", ["Nils Aas"]),
        # the claim is the subject of a verb of its own: the quote is said of it
        (
            "He said Maria Holm's claim that the ferry will return is “a cruel joke.”",
            ["Ivo Brandt"],
        ),
        ("He said Maria Holm's claim that the ferry will return sounds “hollow.”", ["Ivo Brandt"]),
        ("Ivo Brandt said Maria Holm's warning of layoffs had been “overdone.”", ["Ivo Brandt"]),
        ("Ivo Brandt said Maria Holm's claim that fees will rise looked “odd.”", ["Ivo Brandt"]),
        (
            "Maria Holm's claim that fees will rise is “nonsense,” according to Ivo Brandt.",
            ["Ivo Brandt"],
        ),
    ],
)
def test_claim_guards(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the answer after the asked opening is the answerer's, not the asker's
        ("Asked by Per Moe about the ferry, Ada Vang was curt: “It sails.”", ["Ada Vang"]),
        ("Asked by Per Moe about the ferry, Ada Vang remained “hopeful.”", ["Ada Vang"]),
        ("Pressed by Per Moe, Ada Vang remained “hopeful.”", ["Ada Vang"]),
        ("When questioned by Per Moe, Ada Vang was firm: “We did it right.”", ["Ada Vang"]),
        ("Ada Vang, who was asked by the union to run, is “delighted.”", ["Ada Vang"]),
    ],
)
def test_asker_guards(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


def test_no_question_no_asker() -> None:
    text = "Ada Vang was questioned by Per Moe for two hours and seemed “drained” later."
    assert "Per Moe" not in _speakers(text)
    text = "The saga of the ferry, as told by skipper Per Moe, is “a story of pride.”"
    assert "Per Moe" not in _speakers(text)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the quote after a claim owner's is the words of the one who holds the claim up
        (
            "Nils Aas waved off Maria Holm's complaint of “chaos” at the quay as “theatre.”",
            ["Maria Holm", "Nils Aas"],
        ),
        (
            "Peter Lund sneered at Maria Holm's claim of “full berths.” “Count the boats.”",
            ["Maria Holm", "Peter Lund"],
        ),
    ],
)
def test_after_a_claim_owner(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a question quote right after the asker is the asker's; a statement is not
        (
            "Ada Vang was pressed by Per Moe, who chairs the board, “Will the ferry stay?”",
            ["Per Moe"],
        ),
        (
            "Ada Vang was pressed by Per Moe, who chairs the board, “The ferry stays.”",
            ["Ada Vang"],
        ),
        ("The first question asked by Per Moe was “Who pays for the quay?”", ["Per Moe"]),
    ],
)
def test_question_after_the_asker(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(("subject", "name"), [("She", "Ana Ruiz"), ("Ruiz", "Ana Ruiz")])
def test_the_person_asked_answers_after_the_asker(subject: str, name: str) -> None:
    text = (
        "Harbour dispatch: the levy vote\n"
        "Mayor Ana Ruiz spoke at the quay on Friday. "
        f"{subject} was asked by host Maria Holm whether the levy would “drive the fleet away.” "
        "“It will not,” she said."
    )
    assert [q.speaker for q in quotes_of(text) if q.kind == "direct"] == ["Maria Holm", name]
