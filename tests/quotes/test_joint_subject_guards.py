"""Near misses of joint cue subjects: a verb before a name, one-word names, abbreviations."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quotes_of

HEAD = "Harbour dispatch: the Brevik levy\n\nMayor Jo Lind opened the hearing on Monday. "
SAID = "the levy splits the town in two"


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes_of(HEAD + text)]


@pytest.mark.parametrize(
    "text",
    [
        f"Ana Ruiz beat Lena Ortiz, and Tom Reyes said “{SAID}.”",
        f"Ana Ruiz met Lena Ortiz, and Tom Reyes said “{SAID}.”",
        f"Lena Ortiz, and Tom Reyes said “{SAID}.”",
    ],
)
def test_a_clause_before_and_is_no_part_of_the_subject(text: str) -> None:
    assert _speakers(text) == ["Tom Reyes"]


@pytest.mark.parametrize(
    "text",
    [  # one-word parts need a given name or a title before them earlier, not any capital
        "Dockers in Northern Vessa and Upper Tarn were on alert. “We object,” Tarn and Vessa said.",
        "The Vessa pier and The Tarn quay are closed. “We object,” Vessa and Tarn said.",
    ],
)
def test_one_word_parts_are_no_people_without_a_first_name(text: str) -> None:
    assert " and " not in (_speakers(text)[0] or "")


def test_one_word_parts_with_first_names_earlier_are_people() -> None:
    text = "Ana Vessa set up the pier trust with Tom Tarn. “We object,” Vessa and Tarn said."
    assert [q.speaker for q in quotes_of(text)] == ["Ana Vessa and Tom Tarn"]


def test_a_title_before_a_name_still_joins() -> None:
    text = f"“{SAID},” state Senate leader Ana Ruiz and House Speaker Tom Reyes said."
    assert _speakers(text) == ["Ana Ruiz and Tom Reyes"]


def test_a_restrictive_subject_keeps_an_abbreviation() -> None:
    got = quotes_of(f"U.S. officials who spoke on condition of anonymity said “{SAID}.”")
    assert [q.speaker_surface for q in got] == ["U.S. officials"]
