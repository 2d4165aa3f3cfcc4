"""Speaker bugs found by review (fourteenth session, f): outlet possessives, 'and' inside an
organisation's name, joint cues with titles, adverbials or 'both', objects before 'who', and
'Co.'/'Inc.' ending a sentence. Invented text only."""

from __future__ import annotations

import pytest

from presswatch.quotes.sentences import boundaries
from tests.quotes.helpers import speakers_of

HEAD = "Harbour dispatch: the Brevik levy\n\nThe council met this week. "
SAID = "This is a win for every family in the harbour district"
LOW = "this is a win for every family in the harbour district"


def _first(text: str) -> str | None:
    return speakers_of(HEAD + text)[0]


# 1. An outlet's possessive before a named person is an affiliation, not part of an organisation


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"“{SAID},” the Post's Ana Ruiz said.", "Ana Ruiz"),
        (f"“{SAID},” the BBC's Tom Reyes said.", "Tom Reyes"),
        (f"“{SAID},” the Harbour Courier’s Tom Reyes wrote.", "Tom Reyes"),
        (f"The Post's Ana Ruiz said “{LOW}.”", "Ana Ruiz"),
    ],
)
def test_an_outlets_person_is_the_person(text: str, speaker: str) -> None:
    assert _first(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"“{SAID},” the Post's editorial board said.", "the Post's editorial board"),
        (f"“{SAID},” the mayor's office said.", "the mayor's office"),
        (f"“{SAID},” the Children's Hospital Trust said.", "the Children's Hospital Trust"),
        (f"“{SAID},” the People's Party said.", "the People's Party"),
        (f"“{SAID},” the Post's senior politics editor Ana Ruiz said.", "Ana Ruiz"),
    ],
)
def test_outlet_possessive_guards(text: str, speaker: str) -> None:
    assert _first(text) == speaker


def test_a_persons_possessive_is_no_speaker() -> None:
    text = f"Ana Ruiz was charged on Friday.\n\n“{SAID},” Ruiz's lawyer said."
    assert _first(text) != "Ana Ruiz"


# 2. 'and' inside a long organisation name before a title and a name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"“{SAID},” Securities and Exchange Commission chair Tom Berg said.", "Tom Berg"),
        (f"“{SAID},” Health and Human Services Secretary Ana Ruiz said.", "Ana Ruiz"),
        (f"“{SAID},” Fish and Wildlife Service director Ana Ruiz said.", "Ana Ruiz"),
        (f"“{SAID},” said Securities and Exchange Commission chair Tom Berg.", "Tom Berg"),
    ],
)
def test_an_organisation_with_and_before_a_title(text: str, speaker: str) -> None:
    assert _first(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"“{SAID},” said Ana Ruiz and Harbour Holdings.", "Ana Ruiz"),
        (f"“{SAID},” Acme and Harbour Holdings said.", None),
        (f"“{SAID},” said Ana Ruiz and her lawyer.", "Ana Ruiz"),
        (f"Ana Ruiz beat Tom Reyes, and Health Secretary Lena Ortiz said “{LOW}.”", "Lena Ortiz"),
        (f"“{SAID},” Ana Ruiz and Tom Reyes said.", "Ana Ruiz and Tom Reyes"),
    ],
)
def test_organisation_and_guards(text: str, speaker: str | None) -> None:
    assert _first(text) == speaker


# 3. Joint cues: abbreviated titles, a fronted adverbial, 'both', people after the cue verb


@pytest.mark.parametrize(
    "text",
    [
        f"“{SAID},” Sen. Ana Ruiz and Rep. Tom Reyes said in a statement.",
        f"“{SAID},” Dr. Ana Ruiz and Gov. Tom Reyes said.",
        f"“{SAID},” said Sen. Ana Ruiz and Rep. Tom Reyes.",
        f"Hours later, Ana Ruiz and Tom Reyes said “{LOW}.”",
        f"On Tuesday, Ana Ruiz and Tom Reyes said “{LOW}.”",
        f"Asked about it, Ana Ruiz and Tom Reyes said “{LOW}.”",
        f"In Oslo, Ana Ruiz and Tom Reyes told reporters: “{SAID}.”",
        f"“{SAID},” said Ana Ruiz and Tom Reyes.",
        f"“{SAID},” said Ana Ruiz and Tom Reyes in a joint statement.",
    ],
)
def test_joint_speakers_with_titles_adverbials_and_inverted_cues(text: str) -> None:
    assert _first(text) == "Ana Ruiz and Tom Reyes"


@pytest.mark.parametrize("cue", ["both said", "both told reporters"])
def test_both_before_the_verb_keeps_the_pair(cue: str) -> None:
    text = f"Ana Ruiz and Tom Reyes voted for it.\n\n“{SAID},” Ruiz and Reyes {cue}."
    assert _first(text) == "Ana Ruiz and Tom Reyes"


@pytest.mark.parametrize(
    "text",
    [
        f"“{SAID},” said Ana Ruiz, Tom Reyes and Lena Ortiz.",
        f"“{SAID},” Ana Ruiz, Tom Reyes and Lena Ortiz said.",
    ],
)
def test_three_people_are_one_joint_speaker(text: str) -> None:
    assert _first(text) == "Ana Ruiz, Tom Reyes and Lena Ortiz"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"“{SAID},” said Ana Ruiz, and Tom Reyes nodded.", "Ana Ruiz"),
        (f"“{SAID},” said Ana Ruiz and Tom Reyes agreed.", "Ana Ruiz"),
        (f"“{SAID},” said Ana Ruiz, a lawyer, and Tom Reyes.", "Ana Ruiz"),
        (f"After the vote, Ana Ruiz thanked Lena Ortiz and Tom Reyes said “{LOW}.”", "Tom Reyes"),
        (f"“{SAID},” while Sen. Ana Ruiz and Rep. Tom Reyes suggested a delay.", None),
    ],
)
def test_joint_guards(text: str, speaker: str | None) -> None:
    assert _first(text) == speaker


def test_a_joint_subject_of_indirect_speech() -> None:
    text = HEAD + "Ana Ruiz and Tom Reyes both stressed that the levy was far too high."
    assert speakers_of(text, "indirect") == ["Ana Ruiz and Tom Reyes"]


# 4. 'who' after an object with a role word before the name


@pytest.mark.parametrize(
    "text",
    [
        f"Dockers cheered skipper Lena Lind, who said “{LOW}.”",
        f"Dockers cheered the old skipper Lena Lind, who said “{LOW}.”",
    ],
)
def test_who_after_a_titled_object(text: str) -> None:
    assert _first("Tom Berg spoke first. " + text) == "Lena Lind"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"Dockers cheered Lena Lind, who said “{LOW}.”", "Lena Lind"),
        (f"Dockers cheered the skipper, who said “{LOW}.”", None),
        (f"Dockers cheered Lind, who said “{LOW}.”", "Lind"),
        (f"Dockers cheered harbour master Lena Lind in Kelp, who said “{LOW}.”", "Lena Lind"),
        (f"Tom Berg praised Ana Ruiz, who called it “{LOW}.”", "Ana Ruiz"),
        (f"Crews met skipper Lena Lind, who had left. “{SAID},” Tom Berg said.", "Tom Berg"),
    ],
)
def test_who_guards(text: str, speaker: str | None) -> None:
    assert _first(text) == speaker


# 5. A company's 'Co.'/'Inc.' ends its sentence when a new sentence follows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"“{SAID},” said Acme Co. Shares fell 3% on the news.", "Acme Co"),
        (f"The quay was bought by Acme Co. Ana Ruiz said “{LOW}.”", "Ana Ruiz"),
    ],
)
def test_a_firm_abbreviation_ends_its_sentence(text: str, speaker: str) -> None:
    assert _first(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"Co. Kerry farmer Tom Berg said “{LOW}.”", "Tom Berg"),
        (f"“{SAID},” said Acme Co. Ltd in a statement.", "Acme Co. Ltd"),
        (f"“{SAID},” Acme Inc. chief Tom Berg said.", "Tom Berg"),
        (f"Farmers in Co. Cork said “{LOW}.”", None),
        (f"“{SAID},” said Acme Corp. Chief Executive Tom Berg.", "Acme Corp"),
        (f"“{SAID},” said Kelp Inc. The deal closes in May.", "Kelp Inc"),
    ],
)
def test_firm_abbreviation_guards(text: str, speaker: str | None) -> None:
    assert _first(text) == speaker


def test_a_firm_abbreviation_and_a_new_sentence() -> None:
    text = "It went to Acme Co. Shares fell."
    assert boundaries(text, 0, len(text)) == [0, 20, len(text)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("It went to Acme Co. Ltd today.", 1),
        ("Farmers in Co. Cork agreed.", 1),
        ("It went to Acme Inc. Chief Executive Tom Berg agreed.", 1),
        ("It went to Acme Inc. Bank of Kelp staff agreed.", 1),
    ],
)
def test_firm_abbreviation_boundaries(text: str, count: int) -> None:
    assert len(boundaries(text, 0, len(text))) - 1 == count


# 6. 'she' after a pollster and an analyst named together takes the only woman


_POLL = (
    HEAD + "Pollster Tom Reyes and analyst Lena Ortiz said the levy was unpopular.\n\n"
    "“They are wrong about the levy,” she said. “They are wrong about the vote,” he said."
)


def test_she_after_two_named_people_takes_the_woman() -> None:
    assert speakers_of(_POLL) == ["Lena Ortiz", "Tom Reyes"]  # right before this session too


def test_two_titled_people_report_together() -> None:
    assert speakers_of(_POLL, "indirect") == ["Tom Reyes and Lena Ortiz"]


def test_who_after_a_possessive_description_keeps_the_name_before() -> None:
    text = (
        f"“{SAID},” said Tom Berg, the Chamber's chief strategist, who added that the levy "
        "was “a tax on sailors.”"
    )
    assert _first(text) == "Tom Berg" and speakers_of(HEAD + text)[1] == "Tom Berg"


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz and Tom Reyes spoke. But Ruiz and Reyes both stressed that the levy was high.",
        "Ana J. Ruiz and Senator Tom Reyes have both argued that the levy was too high.",
    ],
)
def test_joint_reporters_after_but_or_with_an_initial(text: str) -> None:
    assert (speakers_of(HEAD + text, "indirect")[-1] or "").endswith("Ruiz and Tom Reyes")


def test_a_plural_title_before_a_pair_is_no_name() -> None:
    text = HEAD + "Senators Ana J. Ruiz and Tom Reyes said the levy was far too high."
    assert speakers_of(text, "indirect") == ["Ana J. Ruiz and Tom Reyes"]
