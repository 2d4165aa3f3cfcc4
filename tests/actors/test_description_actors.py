"""An unnamed description is no actor: not the registry person inside it, not a local actor,
never a clustering partner of a name (invented speakers)."""

from __future__ import annotations

import pytest

from presswatch.actors import load_registry
from presswatch.actors.cluster import LocalActor, plan_merges
from presswatch.actors.speakers import resolve_speakers
from presswatch.analyze import Analysis
from presswatch.parse import Article, parse
from presswatch.records import Quote
from presswatch.sources.base import RawDocument


@pytest.mark.parametrize(
    "speaker",
    [
        "a spokeswoman for Trump",
        "a spokesman for Donald Trump",
        "a lawyer for Putin",
        "an aide to Vladimir Putin",
        "a spokeswoman for Dmitry Peskov",
        "A spokesman",  # sentence-initial, as main stored it
        "A senior aide",
        "a spokesman for Orla Quennell",
        "one adviser to Orla Quennell",
        "two lawyers for Orla Quennell",
        "Lawyers for Orla Quennell",
        "some officials with the Marrow Board",
        "their lawyer",
        "The spokeswoman",
        # a head before a speaker post-modifier or agent preposition, capitalised lead or not
        "Sources close to Lena Stroud",
        "Residents familiar with Kelby Harbour",
        "Workers close to Kelby",
        "sources with knowledge of Brightwater's plans",
        "a source close to the Kremlin",
        "Valdoria's representative to the Arctic Council",
        "Brightwater's spokesman for Asia",
        "Lena Stroud's adviser to the board",
        "Brightwater's lawyers for the appeal",
        "Kelby officials familiar with Lena Stroud's plans",
        "Brightwater officials close to the talks in Oslo",
        "a Brightwater spokesman close to Lena Stroud",
    ],
)
def test_a_description_resolves_to_no_actor(speaker: str) -> None:
    assert load_registry().resolve(speaker) is None


def test_a_description_finds_no_registry_person_by_lookup() -> None:
    assert load_registry().lookup("a spokeswoman for Trump") is None
    assert load_registry().lookup("Trump") is not None  # near miss: the name alone still does


@pytest.mark.parametrize(
    ("speaker", "actor_id"),
    [
        ("the Kremlin", "kremlin"),
        ("the Pellmore Group", "local:pellmore-group"),
        ("The Pellmore Group", "local:pellmore-group"),
        ("Orla Quennell", "local:orla-quennell"),
    ],
)
def test_a_capitalised_head_after_the_stays_an_actor(speaker: str, actor_id: str) -> None:
    found = load_registry().resolve(speaker)
    assert found is not None and found[0] == actor_id


def test_a_surname_never_merges_into_a_description_of_someone_acting_for_them() -> None:
    actors = [
        LocalActor("local:quennell", "Quennell", 2),
        LocalActor("local:lawyers-for-orla-quennell", "lawyers for Orla Quennell", 1),
        LocalActor("local:one-adviser-to-orla-quennell", "one adviser to Orla Quennell", 1),
        LocalActor("local:o-quennell", "O. Quennell", 1),
        LocalActor("local:two-lawyers-for-orla-quennell", "two lawyers for Orla Quennell", 1),
    ]
    assert plan_merges(actors) == []


def test_a_batch_gives_description_quotes_no_actor_id_for_the_sql_models() -> None:
    article = parse(RawDocument("x/a.txt", "txt", b"Title\nBody.", "Gazette"))
    assert isinstance(article, Article)
    speakers = ["a spokeswoman for Trump", "A spokesman", "an aide to O. Quennell", "Orla Quennell"]
    quotes = [Quote(0, 1, "x", "direct", s) for s in speakers]
    ids, rows = resolve_speakers([Analysis(article, [], quotes, [])], load_registry())
    assert ids == {"Orla Quennell": "local:orla-quennell"}  # share of voice counts no description
    assert [r["name"] for r in rows] == ["Orla Quennell"]


@pytest.mark.parametrize(
    "speaker", ["Doctors for Peace", "Friends of the Earth", "Lena Stroud", "Brightwater"]
)
def test_a_name_with_a_preposition_stays_an_actor(speaker: str) -> None:
    assert load_registry().resolve(speaker) is not None
