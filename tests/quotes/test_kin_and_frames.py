"""Quotes that were lost: a kin description with 'of' and a number as the cue's subject, and a
frame after a quote standing alone that names its speaker; each with near misses (invented text)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import who_of

HEAD = "Pier dispute\nThe ferry landing was rebuilt twice.\n"
SHORT = "“Nobody asked us first,”"
STOP = "“Nobody asked us first.”"


def _who(text: str) -> tuple[str | None, str | None] | None:
    """Return the speaker and surface of the text's first direct quote, None when it is lost."""
    return who_of(HEAD + text + "\n")


# -- a kin noun with 'of' and a number is a whole description


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (f"{SHORT} the mother of three said.", "the mother of three"),
        (f"{SHORT} the father of two said.", "the father of two"),
        (f"{SHORT} a mother of three said.", "a mother of three"),
        (f"{SHORT} the 41-year-old father of two said.", "the 41-year-old father of two"),
        (f"{SHORT} the grandmother of one said.", "the grandmother of one"),
        (f"{SHORT} a single parent of two said.", "a single parent of two"),
    ],
)
def test_kin_of_number_is_the_subject(text: str, surface: str) -> None:
    assert _who(text) == (None, surface)


def test_kin_of_number_resolves_to_the_person_the_text_ties() -> None:
    lead = "Lena Markov, a grandmother of three, runs the kiosk."
    text = f"{lead} {SHORT} the grandmother of three said."
    assert _who(text) == ("Lena Markov", "the grandmother of three")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{SHORT} the first of three said.", None),  # no person head: as before
        (f"{SHORT} the sale of three boats said.", (None, "the sale of three boats")),
        (f"{SHORT} one of three skippers said.", (None, "one of three skippers")),
        (f"{SHORT} the mother of 3 said.", (None, "the mother of 3")),
        (f"{SHORT} the mother-of-three said.", (None, "the mother-of-three")),
    ],
)
def test_kin_guards(text: str, expected: tuple[str | None, str | None] | None) -> None:
    assert _who(text) == expected


# -- a frame after a quote standing alone names its speaker


@pytest.mark.parametrize(
    "text",
    [
        f"{STOP}\nThat is the view of Lena Markov, who has fished here since 1990.",
        f"{STOP}\nThat was the verdict of Lena Markov, who has fished here since 1990.",
        f"{STOP}\nThose were the words of Lena Markov after the meeting.",
        f"{STOP}\nSuch is the view of Lena Markov, a skipper.",
        f"{STOP} So says Lena Markov, who has fished here since 1990.",
        f"{STOP} That is how Lena Markov describes it.",
        f"{SHORT} is how Lena Markov puts it.",
    ],
)
def test_frame_names_the_speaker(text: str) -> None:
    assert _who(text) == ("Lena Markov", "Lena Markov")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{STOP} That is the title of Lena Markov's new book.", None),  # no speech
        (f"{SHORT} Ivo Brandt said. That is the view of Lena Markov, too.", ("Ivo Brandt",) * 2),
        (f"{STOP}\nThat was the view of many skippers.", (None, "many skippers")),
        (f"{STOP}\nThat is the view of the harbour board.", ("the harbour board",) * 2),
    ],
)
def test_frame_guards(text: str, expected: tuple[str | None, str | None] | None) -> None:
    assert _who(text) == expected
