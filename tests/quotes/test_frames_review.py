"""Review guards for attribution frames: a shared view, time phrases, apposition, pairs, kin
descriptions and things that do not speak (invented text)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import who_of

HEAD = "Quarry vote\nThe gravel pit closed in spring.\n"


def _who(text: str, prefix: str) -> tuple[str | None, str | None] | None:
    """Return the speaker and surface of the direct quote opening with prefix, None when lost."""
    return who_of(HEAD + text + "\n", prefix)


@pytest.mark.parametrize(
    "text",
    [
        "“We stay open,” Owner Mia Lund told the crowd. “All winter.” "
        "That is the view of her foreman, too.",
        "Mia Lund said the pit would reopen by May. “The gravel is there.” "
        "That is the view of many drivers, too.",
        "“We stay open,” Mia Lund said.\n“All winter.”\nThat is the view of Per Dahl, too.",
        "Quarry chief Mia Lund addressed the council on Friday.\n"
        "“All winter, every winter, we stay.”\n"
        "That was the message of the mayor, too, a week later.",
        "“We stay open,” Mia Lund said.\n“All winter.”\nSo says the union as well.",
    ],
)
def test_a_shared_view_keeps_the_speaker(text: str) -> None:
    assert _who(text, "All winter" if "All winter" in text else "The gravel")[0] == "Mia Lund"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("“Close the pit.” That was the view of Lund's rivals a year ago.", "Lund's rivals"),
        ("“Close the pit.” That was the verdict of the jury last year.", "the jury"),
        ("“Close the pit.” That was the view of the drivers on Tuesday.", "the drivers"),
    ],
)
def test_a_time_phrase_ends_the_speaker(text: str, surface: str) -> None:
    assert _who(text, "Close the pit")[1] == surface


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“Close the pit.” That was the view of the site manager, Per Dahl, on Monday.",
            ("Per Dahl", "Per Dahl"),
        ),
        (
            "“Close the pit.” That is the view of Ana Ruiz and Tom Reyes, the two owners.",
            ("Ana Ruiz and Tom Reyes",) * 2,
        ),
        (
            "“Close the pit.” So says the father of four, who drives a tipper.",
            (None, "the father of four"),
        ),
    ],
)
def test_a_frame_reads_its_speaker_as_a_cue_does(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert _who(text, "Close the pit") == expected


def test_a_frame_reads_a_pair_as_an_inverted_cue_does() -> None:
    frame = _who("“Close the pit.” That is the view of Mia Lund and Per Dahl.", "Close")
    assert frame is not None
    assert frame == _who("“Close the pit,” said Mia Lund and Per Dahl.", "Close")


def test_an_inverted_cue_keeps_a_kin_description() -> None:
    text = "“Close the pit,” said the mother of two, who lives by the gate."
    assert _who(text, "Close the pit") == (None, "the mother of two")


@pytest.mark.parametrize(
    "text",
    [
        "“Dig deep, dig down.” Those were the words of the song sung at the gate.",
        "“The meek shall inherit.” That is how the Bible puts it.",
        "“Gravel prices will fall.” That is the conclusion of a new study by the guild.",
        "“Buy local stone.” That is the message of the new campaign.",
        "“Close the pit.” That is the view of the council's own report.",
    ],
)
def test_a_thing_is_no_frame_speaker(text: str) -> None:
    found = _who(text, "")
    # today every one of these quotes is dropped (None); a kept one must have no speaker
    assert found is None or found == (None, None)


def test_a_frame_still_names_a_body() -> None:
    assert _who("“He lied.” That was the verdict of the jury.", "He lied") == (None, "the jury")


def test_a_frame_after_a_later_quote_of_the_paragraph_does_not_apply() -> None:
    text = "“We stay open,” Mia Lund said. “All winter.” That is the view of Per Dahl."
    assert _who(text, "All winter")[0] == "Mia Lund"
