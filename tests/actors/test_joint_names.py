"""Joint speakers ('Ana Ruiz and Tom Reyes'): one group actor of people only, in any order."""

from __future__ import annotations

import pytest

from presswatch.actors import load_registry, normalise, slug
from presswatch.actors.cluster import local_kind
from presswatch.actors.registry import Registry, read_actors
from presswatch.actors.speakers import resolve_speakers
from tests.actors.test_speakers import _analysis, _quote

THREE = "Ana Ruiz, Tom Reyes and Lena Ortiz"


def test_three_people_are_not_the_first_of_them() -> None:
    assert slug(THREE) != slug("Ana Ruiz")
    assert normalise(THREE) != normalise("Ana Ruiz")
    ids, rows = resolve_speakers(
        [_analysis([_quote(THREE)]), _analysis([_quote("Ana Ruiz")])], load_registry()
    )
    assert ids[THREE] != ids["Ana Ruiz"]
    kinds = {r["name"]: r["kind"] for r in rows}
    assert kinds == {THREE: "group", "Ana Ruiz": "person"}


def test_a_joint_speaker_is_no_registry_person() -> None:
    reg = Registry(
        read_actors(
            "actor_id,name,kind,qid,aliases,role,affiliation\n"
            "Q1,Ivo Brandt,person,,,,\nQ2,Mila Sorn,person,,,,\n"
        )
    )
    assert reg.resolve("Ivo Brandt, Mila Sorn and Nate Holm")[0].startswith("local:")
    assert reg.resolve("Nate Holm, Mila Sorn and Ivo Brandt")[0].startswith("local:")
    assert reg.resolve("Ivo Brandt")[0] == "Q1"


def test_the_same_people_in_another_order_are_one_actor() -> None:
    assert slug("Tom Reyes and Ana Ruiz") == slug("Ana Ruiz and Tom Reyes")
    assert slug("Lena Ortiz, Ana Ruiz and Tom Reyes") == slug(THREE)
    assert slug("Ana Ruiz and Tom Reyes") != slug(THREE)


@pytest.mark.parametrize(
    "name",
    [
        "Marks and Spencer",  # a brand pair: one word a side
        "Procter and Gamble",
        "Bosnia and Herzegovina",  # a country
        "Jordan and Israel",
        "Ruiz and Reyes LLP",  # a firm's suffix
        "Ana Ruiz and Harbour Holdings",
        "Department of Health and Human Services",
        "North Brevik and South Brevik",
    ],
)
def test_only_people_make_a_group(name: str) -> None:
    assert local_kind(name) != "group"


def test_people_with_two_words_each_make_a_group() -> None:
    assert local_kind("Ana Ruiz and Tom Reyes") == "group"
    assert local_kind(THREE) == "group"
