"""Small hand-written fixtures for the segmentation tests (invented text, no gold data)."""

from __future__ import annotations

import pytest

BODY = [
    "The harbour council of Eastwick voted on Tuesday to rebuild the old ferry pier, ending a "
    "debate that had divided the town for more than three years.",
    "Council leader Mara Quill said the vote was “a promise kept to the fishing families who "
    "have waited long enough,” and that work would begin in the spring.",
    "Opponents had argued that the money would be better spent on the flood wall, which was "
    "damaged during the winter storms and still leaks at high tide.",
    "The new pier will cost about 4.2 million, most of it from a regional fund, and should open "
    "to boats before the summer season of the following year.",
    "Local traders welcomed the decision, saying that visitors had stayed away since the ferry "
    "stopped calling at the town in the autumn of last year.",
]

ARTICLE = "\n".join(
    [
        "Eastwick votes to rebuild its old ferry pier after three years of argument",
        *BODY[:3],
        "Jon Tarn/Getty Images",
        *BODY[3:],
        "You may be interested",
        "",
        "Ten quiet beaches to visit before the crowds arrive",
        "site admin - Feb 18, 2026[ad_1] A short guide to the coast's calmer corners, from dunes…",
        "",
        "Why the price of fish keeps rising in coastal towns",
        "site admin - Feb 18, 2026[ad_1] Fuel, quotas and weather all play a part, say traders…",
        "",
        "",
    ]
)


@pytest.fixture
def article() -> str:
    return ARTICLE


@pytest.fixture
def body_lines() -> list[str]:
    return list(BODY)
