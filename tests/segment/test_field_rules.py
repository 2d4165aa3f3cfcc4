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
    assert group_of(text, link) != "editorial"
    assert_body_kept(text)


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
    assert group_of(text, line) != "editorial"
    assert_body_kept(text)


@pytest.mark.parametrize(
    "line",
    [
        "Contact reporter Ada Quill at ada.quill@eastwickpost.example or follow her @AdaQuill",
        "The views expressed in this column are those of the author.",
    ],
)
def test_trailer_credit_and_disclaimer_are_junk(line: str) -> None:
    text = page(tail=(line,))
    assert group_of(text, line) != "editorial"
    assert_body_kept(text)


def test_agency_credit_above_a_promo_sentence_is_junk() -> None:
    # a promo sentence under the credit keeps the run going: the credit needs its own rule
    credit = "(With inputs from agencies)"
    promo = "Read the latest news from Eastwick and the coast on our app, every day of the week."
    text = page(tail=(credit, promo))
    assert group_of(text, credit) != "editorial"
    assert_body_kept(text)


def test_caption_ending_in_photo_credit_is_junk() -> None:
    caption = "The old pier at low tide last winter. Photo: Jon Tarn/Eastwick Harbour Trust"
    text = page(caption)
    assert group_of(text, caption) != "editorial"
    assert_body_kept(text)
