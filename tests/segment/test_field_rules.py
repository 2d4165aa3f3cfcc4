"""Line rules found on the field set: inline story links, sign-up pitches, credits, disclaimers."""

from __future__ import annotations

import pytest

from presswatch.records import block_group
from presswatch.segment import segment_text
from tests.segment.conftest import BODY

TITLE = "Eastwick votes to rebuild its old ferry pier after three years of argument"


def page(*middle: str, tail: tuple[str, ...] = ()) -> str:
    """Return a flattened page: title, three paragraphs, the given lines, two more, the tail."""
    return "\n".join([TITLE, *BODY[:3], *middle, *BODY[3:], *tail]) + "\n"


def group_of(text: str, line: str) -> str:
    """Return the content group of the block holding `line` in the segmented text."""
    start = text.index(line)
    blocks = segment_text(text)
    return block_group(next(b.kind for b in blocks if b.start <= start < b.end))


def assert_body_kept(text: str) -> None:
    for line in BODY:
        assert group_of(text, line) == "editorial", line


def assert_junk_beside_body(text: str, line: str) -> None:
    assert group_of(text, line) != "editorial"
    assert_body_kept(text)


@pytest.mark.parametrize(
    "link",
    [
        "Related: Ferry fares to rise by 20p from the spring",
        "Also Read | Harbour master steps down after twenty years in the post",
        "See also: How the fishing fleet survived the winter storms",
        "READ NEXT: Eastwick named among the best seaside towns of the year",
    ],
)
def test_inline_story_link_is_junk(link: str) -> None:
    text = page(link)
    assert_junk_beside_body(text, link)


def test_inline_link_words_in_a_sentence_stay_body() -> None:
    line = "Related work on the flood wall, the council said, would be paid for from the same fund."
    text = page(line)
    assert group_of(text, line) == "editorial"


@pytest.mark.parametrize(
    "line",
    [
        "Get the biggest stories from Eastwick sent straight to your inbox",
        "We use your sign-up to provide content in ways you've consented to and to improve our "
        "understanding of you.",
    ],
)
def test_sign_up_pitch_is_junk(line: str) -> None:
    text = page(line, "Subscribe")
    assert_junk_beside_body(text, line)


@pytest.mark.parametrize(
    "line",
    [
        "Contact reporter Ada Quill at ada.quill@eastwickpost.example or follow her @AdaQuill",
        "The views expressed in this column are those of the author.",
    ],
)
def test_trailer_credit_and_disclaimer_are_junk(line: str) -> None:
    text = page(tail=(line,))
    assert_junk_beside_body(text, line)


def test_agency_credit_above_a_promo_sentence_is_junk() -> None:
    # a promo sentence under the credit keeps the run going: the credit needs its own rule
    credit = "(With inputs from agencies)"
    promo = "Read the latest news from Eastwick and the coast on our app, every day of the week."
    text = page(tail=(credit, promo))
    assert_junk_beside_body(text, credit)


def test_caption_ending_in_photo_credit_is_junk() -> None:
    caption = "The old pier at low tide last winter. Photo: Jon Tarn/Eastwick Harbour Trust"
    text = page(caption)
    assert_junk_beside_body(text, caption)


@pytest.mark.parametrize(
    "link",
    [
        "Related | Ferry fares to rise by 20p from the spring",
        "See also | How the fishing fleet survived the winter storms",
        "READ NEXT | Eastwick named among the best seaside towns of the year",
        "Also Read - Harbour master steps down after twenty years in the post",
        "ALSO READ ► Lifeboat crew called out twice in one night",
        "Read also: The town that voted to keep its last ferry",
    ],
)
def test_inline_story_link_other_separators_are_junk(link: str) -> None:
    text = page(link)
    assert_junk_beside_body(text, link)


@pytest.mark.parametrize(
    "line",
    [
        "Want the week's best reads from the coast sent directly to your inbox?",
        "Get the day's top stories delivered straight to your inbox",
    ],
)
def test_sign_up_pitch_other_wordings_are_junk(line: str) -> None:
    text = page(line, "Subscribe")
    assert_junk_beside_body(text, line)


@pytest.mark.parametrize(
    "line",
    [
        "The opinions expressed in this piece are solely those of the writer.",
        "The views expressed here are the author's own.",
        "(Views expressed are personal)",
        "Reach reporter Tom Vell at tvell@eastwickpost.example or 555-0142.",
    ],
)
def test_trailer_disclaimer_and_contact_other_wordings_are_junk(line: str) -> None:
    text = page(tail=(line,))
    assert_junk_beside_body(text, line)


@pytest.mark.parametrize(
    "caption",
    [
        "Crowds on the quay for the first sailing. Image: Lena Hart/Coast Press",
        "The new pontoon under construction in May. Picture: Sam Oduya/Eastwick Post",
        "Fishing boats moored at the old pier. Foto: Ana Lima/Agencia Sul",
        "Volunteers clearing the slipway on Sunday. Photos: Jon Tarn/Harbour Trust",
        "The harbour wall after the storm. Photo: AFP",
    ],
)
def test_caption_endings_with_a_credit_are_junk(caption: str) -> None:
    text = page(caption)
    assert_junk_beside_body(text, caption)


@pytest.mark.parametrize(
    "line",
    [
        # sign-up pitch words in story sentences
        "Check any code sent to your inbox before you use it.",
        "“The code was sent straight to your inbox, so it looked genuine,” she said.",
        # disclaimer words that are not about the author
        "The opinions expressed are solely those of callers, the station said.",
        "He insisted the views expressed are those of the whole committee.",
        # contact words without an address or number
        "Contact the author for permission.",
        "Contact the author or photographer directly and explain where and how you want to use "
        "the picture, how long for, and whether you can pay a fee; most will answer within a "
        "week.",
        # "with inputs from" in a sentence
        "With inputs from farmers, the plan was drafted in March.",
        # a colon after "Photos" / "Pictures" / "Photo" that is no credit
        "Bring your old passport and the form. Photos: two identical ones, taken in the last month",
        "Prizes went to the best marrow, the tallest sunflower and the funniest scarecrow. "
        "Pictures: page 12",
        "The pictures tell the story. Photo: a queue stretching round the block",
        # a glossary's cross-reference, not a link to a story
        "See also: greenfield.",
    ],
)
def test_story_sentences_like_the_field_rules_stay_editorial(line: str) -> None:
    text = page(line)
    assert group_of(text, line) == "editorial"
    assert_body_kept(text)
