"""Name suffixes ('Jr.', 'III') stay in names; a full stop leaves the speaker (invented text)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quotes_of

HEAD = "Harbour dispatch: the dredging dispute at Kettlevik\n"


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_surface) for q in quotes_of(HEAD + text)]


def test_a_suffix_at_the_sentence_end_keeps_the_speaker() -> None:
    text = "“We will appeal the ruling,” said Harald Voss Jr."
    assert _speakers(text) == [("Harald Voss Jr", "Harald Voss Jr.")]


def test_the_surname_and_the_short_form_resolve_to_the_suffixed_name() -> None:
    text = (
        "Harald Voss Jr. said: “We will appeal the ruling.”\n"
        "“The channel is ours,” Voss added.\n"
        "“Nobody asked the pilots,” Voss Jr. said."
    )
    assert [s for s, _ in _speakers(text)] == ["Harald Voss Jr"] * 3


def test_father_and_son_stay_apart() -> None:
    text = "Harald Voss Jr. and Harald Voss spoke.\n“It is a scandal,” said Harald Voss."
    assert _speakers(text) == [("Harald Voss", "Harald Voss")]


def test_a_pronoun_finds_a_suffixed_name() -> None:
    text = (
        "Jon Lund opened the meeting.\n"
        "Tor Aasen III chairs the pilots' guild. He spoke to the council on Monday.\n"
        "Anna Brekke, the harbour master, listened.\n"
        "“The channel is ours,” he said."
    )
    assert _speakers(text)[-1][0] == "Tor Aasen III"


@pytest.mark.parametrize(
    ("cue", "surface"),
    [
        ("said one harbour activist.", "one harbour activist"),
        ("said Mayor Jo Roe.", "Mayor Jo Roe"),
        ("said the ferry union.", "the ferry union"),
        # the dot of an abbreviation or an initialism is the word's own
        ("said Kettlevik Dredging Corp.", "Kettlevik Dredging Corp."),
        ("said the U.S.", "the U.S."),
    ],
)
def test_the_full_stop_is_not_part_of_the_speaker(cue: str, surface: str) -> None:
    assert _speakers("“The channel silts up every spring,” " + cue)[0][1] == surface


def test_a_suffixed_name_takes_its_gender_from_the_surname() -> None:
    from presswatch.quotes.pronouns import Genders

    filler = "The guild's ledger lists tolls, berths and the dredging plan in detail. " * 3
    text = f"Tor Aasen III chairs the pilots' guild. {filler}Aasen said he would stay on."
    assert Genders(text).of("Tor Aasen III") == "m"


def test_a_cited_suffixed_name_does_not_take_a_plain_surname() -> None:
    text = (
        "Pastor Ann King read from a speech by Martin Luther King Jr. to the harbour crowd.\n"
        "“We will march to the quay,” King said."
    )
    assert [s for s, _ in _speakers(text)] == ["Ann King"]


def test_a_regnal_number_follows_a_given_name() -> None:
    text = (
        "Sen. Rand Paul visited the shrine built for Pope John Paul II.\n"
        "“The channel must stay open,” Paul said."
    )
    assert [s for s, _ in _speakers(text)] == ["Rand Paul"]
