"""Review guards: a title description names only an exact holder, and a text after 'with' is the
subject's only after an active response verb in the subject's own clause (invented text)."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speaker_or_surface, speakers_of

HEAD = "Harbour council in turmoil\n\n"


def _speaker(text: str, prefix: str) -> str | None:
    return speaker_or_surface(HEAD + text + "\n", prefix)


# -- the title before the name must be the description's words, whole words only


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (  # an extra modifier: another ministry
            "Rural Transport Minister Pia Sandvik opened the new ferry route.\n\n"
            "“Fares will fall next spring,” the Transport Minister said.",
            "Fares will",
            "the Transport Minister",
        ),
        (  # an extra modifier: another party
            "Green Party Leader Oren Falk addressed the conference.\n\n"
            "“Our vote has doubled,” the Party Leader said.",
            "Our vote",
            "the Party Leader",
        ),
        (  # 'Home' is only part of 'Homeland'
            "Homeland Defense Secretary Rita Okafor toured the coast guard base.\n\n"
            "“Burglaries are down again,” the Home Secretary said in Leeds.",
            "Burglaries",
            "the Home Secretary",
        ),
    ],
)
def test_other_title_is_no_holder(text: str, prefix: str, speaker: str) -> None:
    assert _speaker(text, prefix) == speaker


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (  # a body word before the title
            "Senate Majority Leader Gus Whitcombe closed the debate.\n\n"
            "“The bill passes or we stay all weekend,” the Majority Leader said.",
            "The bill passes",
            "Gus Whitcombe",
        ),
        (  # an acting holder
            "Acting Attorney General Hollis Brandt opened the inquiry.\n\n"
            "“Every contract will be checked,” the Attorney General said.",
            "Every contract",
            "Hollis Brandt",
        ),
    ],
)
def test_exact_title_names_its_holder(text: str, prefix: str, speaker: str) -> None:
    assert _speaker(text, prefix) == speaker


# -- 'imagine' opens hypothetical speech: no speaker


def test_imagined_speech_has_no_speaker() -> None:
    text = (
        "Wes Carver chairs the harbour board. Imagine that Carver strode into the hall and"
        " began yelling, “Sell the docks tomorrow!”"
    )
    speakers = speakers_of(HEAD + text + "\n", None)
    assert all(s is None for s in speakers)
    assert speakers == []  # today the imagined quote is dropped altogether


# -- a text after 'with' is the subject's only after an active response verb


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (
            "Councillor Bea Holt was hit with a letter accusing her of “wasting the port budget.”",
            "wasting",
            "a letter",
        ),
        (
            "Councillor Bea Holt was flooded with tweets calling her “the worst councillor in"
            " years.”",
            "the worst",
            "tweets",
        ),
        (
            "Councillor Bea Holt came home to be greeted with a post calling her “a hypocrite.”",
            "a hypocrite",
            "a post",
        ),
        (
            "Councillor Bea Holt was served with a letter accusing her of “breach of duty.”",
            "breach of",
            "a letter",
        ),
        (
            "Councillor Bea Holt agreed with a statement calling the levy “fair and overdue.”",
            "fair and",
            "a statement",
        ),
        (
            "Dock worker Sal Moreno was confronted with a letter calling him “a danger to the"
            " crew.”",
            "a danger",
            "a letter",
        ),
        (
            "Councillor Bea Holt took issue with a tweet calling her “a coward.”",
            "a coward",
            "a tweet",
        ),
        (
            "Councillor Bea Holt clashed with a post calling her budget “fiction.”",
            "fiction",
            "a post",
        ),
        (
            "Councillor Bea Holt was met with a statement calling her levy “a tax on fishermen.”",
            "a tax on",
            "a statement",
        ),
        (
            "Sal Moreno's quarrel started with a post calling Holt “a fraud.”",
            "a fraud",
            "a post",
        ),
        (
            "Sal Moreno was livid with a column calling him “a bully.”",
            "a bully",
            "a column",
        ),
        (
            "Sal Moreno wrestled with a letter calling him “unfit to lead.”",
            "unfit",
            "a letter",
        ),
    ],
)
def test_text_after_other_verbs_stays_as_written(text: str, prefix: str, speaker: str) -> None:
    assert _speaker(text, prefix) == speaker


@pytest.mark.parametrize(
    ("text", "prefix", "speaker"),
    [
        (  # the response verb's own clause
            "Sal Moreno looked on as Bea Holt responded with a statement calling the vote “a"
            " win for the harbour.”",
            "a win",
            "Bea Holt",
        ),
        (  # a plural text noun
            "Sal Moreno replied with posts calling the levy “theft by another name.”",
            "theft",
            "Sal Moreno",
        ),
    ],
)
def test_response_verb_subject_issues_the_text(text: str, prefix: str, speaker: str) -> None:
    assert _speaker(text, prefix) == speaker
