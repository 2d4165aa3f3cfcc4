"""Four small speaker holes: a frame naming a lone quote's source, a causative object's speech
verb, an opening phrase before a description subject, an occupation before a name (invented)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import who_of

HEAD = "Ferry vote\nThe island council met on Monday.\n"
LONE = "“We would rather lose the vote than lose the ferry.” "
SAID = "“The ferry has run at a loss every winter.”"


def _who(text: str, prefix: str) -> tuple[str | None, str | None] | None:
    """Return the speaker and surface of the direct quote opening with prefix, None when lost."""
    return who_of(HEAD + text + "\n", prefix)


@pytest.mark.parametrize(
    "frame",
    [
        "That quote from Ferry Commissioner Lena Moss appeared on the first page of the Gazette.",
        "Those words, from Lena Moss, were printed on a poster a week later.",
        "The remark came from Lena Moss, then a young councillor.",
        "The line belongs to Lena Moss.",
        "This comment by Lena Moss drew loud applause.",
    ],
)
def test_a_frame_naming_the_quote_gives_its_source(frame: str) -> None:
    assert _who(LONE + frame, "We would")[0] == "Lena Moss"


@pytest.mark.parametrize(
    "frame",
    [
        "That line from the old ferry song was painted on the pier.",
        "The remark came from the back of the hall.",
        "The line belongs to another century.",
        "That quote from the 1979 film still hangs in the ferry office.",
        "The statement from the council came a day later.",
        "The line from Oslo was busy all day.",
    ],
)
def test_a_frame_without_a_named_speaker_gives_none(frame: str) -> None:
    assert _who(LONE + frame, "We would") == (None, None)


def test_a_frame_after_an_attributed_quote_changes_nothing() -> None:
    text = "“We would rather lose the vote,” Lena Moss said. The remark came from Per Vik."
    assert _who(text, "We would")[0] == "Lena Moss"


@pytest.mark.parametrize(
    "cause",
    [
        "The ledger prompted Lena Moss to state, ",
        "The ledger prompted Lena Moss, who studies the harbour, to say: ",
        "The ledger led Lena Moss to say, ",
        "The ledger moved Lena Moss to write: ",
        "The ledger forced Lena Moss to admit, ",
    ],
)
def test_a_causative_object_speaks_the_quote_its_verb_opens(cause: str) -> None:
    assert _who(cause + SAID, "The ferry")[0] == "Lena Moss"


@pytest.mark.parametrize(
    "text",
    [
        # a request: the words may be the asker's, not the asked person's
        "The mayor asked Lena Moss to say, " + SAID,
        "The mayor urged Lena Moss to say, " + SAID,
        # the infinitive is no speech verb, or another clause opens the quote
        "The ledger prompted Lena Moss to resign, saying: " + SAID,
        "The ledger forced Lena Moss to leave, and Per Vik wrote: " + SAID,
    ],
)
def test_no_causative_object_without_its_own_speech_verb(text: str) -> None:
    assert _who(text, "The ferry")[0] != "Lena Moss"


def test_the_causative_guard_keeps_the_other_writer() -> None:
    text = "The ledger forced Lena Moss to leave, and Per Vik wrote: " + SAID
    assert _who(text, "The ferry")[0] == "Per Vik"


@pytest.mark.parametrize(
    ("opener", "surface"),
    [
        ("Responding to the plan, ", "the harbour master's deputy"),
        ("Speaking after the vote, ", "the harbour master's deputy"),
    ],
)
def test_an_opening_phrase_does_not_hide_a_description_subject(opener: str, surface: str) -> None:
    text = opener + "the harbour master's deputy rallied the crews, saying: “We must be ready.”"
    assert _who(text, "We must")[1] == surface


def test_an_opening_phrase_before_a_description_lets_it_resolve() -> None:
    text = (
        "Mayor Lena Moss spoke first.\n"
        "Responding to the plan, the mayor rallied the crews, saying: “We must be ready.”"
    )
    assert _who(text, "We must")[0] == "Lena Moss"


@pytest.mark.parametrize(
    "text",
    [
        "Responding to the plan, Lena Moss said: “We must be ready.”",
        "Lena Moss rallied the crews, saying: “We must be ready.”",
    ],
)
def test_an_opening_phrase_before_a_name_is_unchanged(text: str) -> None:
    assert _who(text, "We must")[0] == "Lena Moss"


@pytest.mark.parametrize(
    "text",
    [
        "Diplomat Tomas Berg said the president has “real warmth” for the islands.",
        "Diplomat Tomas Berg said: “He is a friend of the islands.”",
        "Nurse Tomas Berg said: “He is a friend of the islands.”",
    ],
)
def test_an_occupation_before_a_full_name_is_no_part_of_it(text: str) -> None:
    assert _who(text, "real" if "real" in text else "He is")[0] == "Tomas Berg"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tomas Baker said: “He is a friend of the islands.”", "Tomas Baker"),
        ("Economist Tomas Berg said: “He is a friend of the islands.”", "Tomas Berg"),
        ("Senator Tomas Berg said: “He is a friend of the islands.”", "Tomas Berg"),
    ],
)
def test_names_and_titles_keep_their_cut(text: str, speaker: str) -> None:
    assert _who(text, "He is")[0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "In answer to the plan, Lena Moss’s right-hand man rallied the crews, saying: “We must "
        "be ready.”",
        "In the hours after the storm reached Salem, Ore., a familiar voice hailed the crews on "
        "the radio: “We must be ready.”",
    ],
)
def test_no_possessor_or_place_of_an_opening_phrase_speaks(text: str) -> None:
    who = _who(text, "We must")
    assert who is None or who[1] not in ("Lena Moss’s", "Lena Moss", "Ore", "Salem")
