"""A role of a place ('the mayor of Dunmore said'): the description or the person the article
names in that role, never the place (invented copy)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quotes_of, speakers_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Roads were shut. “It is a disgrace,” the mayor of Dunmore said.", "the mayor of Dunmore"),
        ("Ferries stopped. “No,” the governor of Kelso said.", "the governor of Kelso"),
        ("Talks failed. The president of Norvia said: “We will wait.”", "The president of Norvia"),
        ("Shops shut. “Over,” the former mayor of Brevik said.", "the former mayor of Brevik"),
    ],
)
def test_a_place_after_a_role_is_no_name(text: str, surface: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.speaker_surface == surface
    assert quote.speaker != surface.rsplit(" ", 1)[-1]


@pytest.mark.parametrize(
    "intro",
    ["Dunmore Mayor Ana Ruiz toured the docks.", "Mayor Ana Ruiz of Dunmore toured the docks."],
)
def test_the_mayor_titled_with_the_place_is_the_speaker(intro: str) -> None:
    text = intro + " “It is a disgrace,” the mayor of Dunmore said."
    assert speakers_of(text) == ["Ana Ruiz"]


def test_a_mayor_tied_to_no_place_leaves_the_description() -> None:
    text = "Mayor Ana Ruiz toured the docks. “It is a disgrace,” the mayor of Dunmore said."
    assert speakers_of(text) == ["the mayor of Dunmore"]


def test_the_mayor_described_with_the_place_is_the_speaker() -> None:
    text = (
        "Ana Ruiz, the mayor of Dunmore, toured the docks.\n\n"
        "Roads were shut. “It is a disgrace,” the mayor of Dunmore said."
    )
    assert speakers_of(text) == ["Ana Ruiz"]


def test_an_inverted_cue_names_the_titled_mayor() -> None:
    text = "Dunmore Mayor Ana Ruiz toured the docks. “It is a disgrace,” said the mayor of Dunmore."
    assert speakers_of(text) == ["Ana Ruiz"]


def test_a_relative_of_a_named_man_is_not_him() -> None:
    text = "Tom Reyes was held on Friday.\n\n“He did nothing,” the lawyer of Reyes said."
    assert speakers_of(text) != ["Tom Reyes"]


@pytest.mark.parametrize(
    "intro",
    [
        "Ana Ruiz, the mayor of Kelby, toured the docks.",  # another town's mayor
        "Mayor Ana Ruiz of Kelby toured the docks.",
        "Former Mayor Ana Ruiz toured the docks.",  # no longer the mayor
    ],
)
def test_another_place_or_a_former_holder_is_not_the_mayor(intro: str) -> None:
    text = intro + "\n\nRoads were shut. “It is a disgrace,” the mayor of Dunmore said."
    (quote,) = quotes_of(text)
    assert quote.speaker != "Ana Ruiz"
    assert quote.speaker_surface == "the mayor of Dunmore"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Roads were shut. “It is a disgrace,” the mayor of the city Jolanta Wisla-Brod said.",
            "Jolanta Wisla-Brod",
        ),
        (
            "Talks ended. “We are leaving,” the head of the delegation, Pavel Orlin, said.",
            "Pavel Orlin",
        ),
        ("Docks closed. “We regret it,” the head of the Harbour Board said.", "the Harbour Board"),
        ("Docks closed. “We regret it,” said the chairman of Acme Shipping Ltd.", None),
    ],
)
def test_names_and_bodies_after_a_role_stay(text: str, speaker: str | None) -> None:
    (quote,) = quotes_of(text)
    if speaker is None:
        assert quote.speaker != "Acme"
    else:
        assert quote.speaker == speaker
