"""Review guards for title runs with an 'of' complement (invented text)."""

from __future__ import annotations

import pytest

from presswatch.quotes.namecore import after_complement
from tests.quotes.helpers import attributions_of

HEAD = "Quay tolls rise\n\nThe quay tolls at Skarvik rose on Friday.\n\n"
TAIL = "\n\nThe tolls are reviewed each spring."


def _first(body: str) -> tuple[str | None, str | None]:
    found = attributions_of(HEAD + body + TAIL)
    return found[0] if found else ("<none>", None)


@pytest.mark.parametrize(
    "body",
    [
        "“The tolls hold,” said the Minister of Harbours's aide Odd Lunde.",
        "“The tolls hold,” said the Minister of Harbours’s aide Odd Lunde.",
        "“The tolls hold,” said the Secretary of State's press officer Odd Lunde.",
        "“The tolls hold,” said the Head of Planning's deputy Odd Lunde.",
    ],
)
def test_a_possessive_title_run_keeps_the_name_after_it(body: str) -> None:
    assert _first(body)[0] == "Odd Lunde"


@pytest.mark.parametrize(
    "body",
    [
        "“The tolls hold,” said the Secretary of State Maren Holt.",
        "“The tolls hold,” the Head of State Maren Holt said.",
    ],
)
def test_state_in_the_complement_leaves_the_name(body: str) -> None:
    assert _first(body)[0] == "Maren Holt"


@pytest.mark.parametrize(
    "body",
    [
        "“The tolls hold,” said the Secretary of Health and Social Services.",
        "“The tolls hold,” said the Director of Quay Safety Services.",
        "“The tolls hold,” said the Mayor of Old Skarvik Town.",
    ],
)
def test_a_body_or_place_complement_is_no_person(body: str) -> None:
    speaker, surface = _first(body)
    assert speaker is None or speaker == surface  # a description, never two of its words


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“The tolls hold,” said Minister of Harbours Zorvik Haldt Jr.", "Zorvik Haldt Jr"),
        ("“The tolls hold,” said Governor of Virginia Tom Alder.", "Tom Alder"),
        ("“The tolls hold,” said Secretary of State for Harbours Tom Alder.", "Tom Alder"),
        ("“The tolls hold,” said Minister of Harbours K. T. Haldt.", "K. T. Haldt"),
        ("“The tolls hold,” said Chief Executive of Skarvik Bank Tom Alder.", "Tom Alder"),
        ("“The tolls hold,” said Minister of Harbours Tom Alder (Labour).", "Tom Alder"),
    ],
)
def test_the_person_after_a_complement(body: str, speaker: str) -> None:
    assert _first(body)[0] == speaker


def test_after_complement_is_one_rule_for_speakers_and_pronouns() -> None:
    assert after_complement(["Virginia", "Tom", "Alder"]) == ["Tom", "Alder"]
    assert after_complement(["Mary", "Ann", "Alder"]) == ["Mary", "Ann", "Alder"]
    assert after_complement(["Quay", "Safety", "Services"]) == []
