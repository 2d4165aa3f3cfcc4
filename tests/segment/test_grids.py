"""Tests for a grid of adviser cards with a contact button each inside an article (invented)."""

from __future__ import annotations

from tests.segment.test_trailers import line_kinds

NAMES = ["Odile", "Pavel", "Quinta", "Rashid", "Saoirse", "Tomasz", "Ulla", "Vikram"]
TITLE = "How to choose a sailing school on the Algarve coast"


def card(name: str, prompt: str = "Chat with me") -> list[str]:
    """Return an adviser's card: name twice (photo caption), a two-line bio, a tag, the button."""
    return [
        name,
        name,
        f"{name} has guided sailors through their first season on the water for many years.",
        f"Learners say {name} explains the knots and the tides with endless patience.",
        "SailingCourses",
        prompt,
    ]


def paragraphs(topic: str) -> list[str]:
    """Return three paragraphs of the invented article."""
    return [
        f"When you compare schools for {topic}, look first at the size of the groups and at how "
        f"many hours you will actually spend at the helm during week {n + 1}."
        for n in range(3)
    ]


def page(cards: list[list[str]]) -> list[tuple[str, str]]:
    """Return (line, kind) of an article with the card grid between its two halves."""
    grid = [line for one in cards for line in one]
    lines = [TITLE, *paragraphs("beginners"), "Meet our advisers", *grid, *paragraphs("racers")]
    return line_kinds("\n".join(lines))


def grid_kinds(kinds: list[tuple[str, str]]) -> set[str]:
    """Return the kinds of the card lines (names and bios) on the page."""
    return {kind for line, kind in kinds if line.startswith(tuple(NAMES))}


def test_adviser_grid_is_furniture() -> None:
    kinds = page([card(name) for name in NAMES])
    assert grid_kinds(kinds) == {"boilerplate"}
    body = {line for line, kind in kinds if kind == "body"}
    assert set(paragraphs("beginners")) | set(paragraphs("racers")) <= body


def test_few_cards_stay() -> None:
    assert grid_kinds(page([card(name) for name in NAMES])) == {"boilerplate"}
    assert "body" in grid_kinds(page([card(name) for name in NAMES[:5]]))


def test_round_up_with_its_own_button_stays() -> None:
    # "Try this route" under each item of a round-up: the article's list, not a contact button
    assert grid_kinds(page([card(name) for name in NAMES])) == {"boilerplate"}
    kinds = page([card(name, "Try this route") for name in NAMES])
    assert "body" in grid_kinds(kinds)


def test_cards_of_uneven_length_stay() -> None:
    # a button after items of different lengths is no grid of one layout
    assert grid_kinds(page([card(name) for name in NAMES])) == {"boilerplate"}
    cards = [card(name)[(n % 2) * 3 :] for n, name in enumerate(NAMES)]
    assert "body" in grid_kinds(page(cards))
