"""The sign-off line of a tweet quoted at the end of a story is body; not elsewhere (invented)."""

from __future__ import annotations

from presswatch.segment import segment_text
from tests.segment.test_layout import kinds_of

TWEET = "The ferry is coming back and so are we. See you on the new pier! pic.twitter.com/x0Ab3"
SIGNOFF = "— Eastwick Rowing Club (@eastwickrows) May 3, 2026"
TEASERS = [
    "Ten quiet beaches to visit before the crowds arrive",
    "Why the price of fish keeps rising in coastal towns",
    "The lifeboat crew that has not missed a call in forty years",
]


def test_tweet_signoff_closing_the_story_is_body(body_lines: list[str]) -> None:
    text = "\n".join([*body_lines, TWEET, SIGNOFF, "Share this article", "Facebook", "Twitter"])
    kinds = kinds_of(text, segment_text(text))
    assert kinds[TWEET] == "body"
    assert kinds[SIGNOFF] == "body"
    assert kinds["Share this article"] == "share"


def test_signoff_shape_under_a_trailer_heading_stays_junk(body_lines: list[str]) -> None:
    text = "\n".join([*body_lines, "Related", *TEASERS, SIGNOFF])
    kinds = kinds_of(text, segment_text(text))
    assert kinds[SIGNOFF] != "body"
    assert all(kinds[t] != "body" for t in TEASERS)


def test_signoff_shape_after_a_share_bar_stays_junk(body_lines: list[str]) -> None:
    text = "\n".join([*body_lines, "Share this article", "Facebook", SIGNOFF])
    assert kinds_of(text, segment_text(text))[SIGNOFF] != "body"


def test_follow_line_with_a_handle_is_not_a_signoff(body_lines: list[str]) -> None:
    follow = "Follow the Gazette on Twitter (@eastwickgazette) for updates"
    text = "\n".join([*body_lines, follow])
    assert kinds_of(text, segment_text(text))[follow] != "body"


SHORT_TWEET = "Huge day for Eastwick! pic.twitter.com/x0Ab3"
HANDLE_SIGNOFF = "— Mara Quill (@maraquill) May 3, 2026"


def test_short_tweet_and_its_signoff_closing_the_story_are_body(body_lines: list[str]) -> None:
    text = "\n".join([*body_lines, SHORT_TWEET, HANDLE_SIGNOFF, "Share this article", "Facebook"])
    kinds = kinds_of(text, segment_text(text))
    assert kinds[SHORT_TWEET] == kinds[HANDLE_SIGNOFF] == "body"
    assert kinds["Share this article"] == "share"


def test_two_line_tweet_and_its_signoff_are_body(body_lines: list[str]) -> None:
    tweet = ["Huge day for Eastwick!", "", "The pier is back. pic.twitter.com/x0Ab3"]
    text = "\n".join([*body_lines, *tweet, HANDLE_SIGNOFF])
    kinds = kinds_of(text, segment_text(text))
    assert all(kinds[line] == "body" for line in [*tweet[::2], HANDLE_SIGNOFF])


def test_short_tweet_under_a_trailer_heading_stays_junk(body_lines: list[str]) -> None:
    text = "\n".join([*body_lines, "Related", SHORT_TWEET, HANDLE_SIGNOFF])
    kinds = kinds_of(text, segment_text(text))
    assert kinds[SHORT_TWEET] != "body"
    assert kinds[HANDLE_SIGNOFF] != "body"


def test_short_tweet_after_a_share_bar_stays_junk(body_lines: list[str]) -> None:
    text = "\n".join([*body_lines, "Share this article", "Facebook", SHORT_TWEET, HANDLE_SIGNOFF])
    kinds = kinds_of(text, segment_text(text))
    assert kinds[SHORT_TWEET] != "body"
    assert kinds[HANDLE_SIGNOFF] != "body"


def test_signoff_shape_after_a_teaser_list_stays_junk(body_lines: list[str]) -> None:
    more = ["Storm warning for the weekend", "New lifeboat named"]
    text = "\n".join([*body_lines, *TEASERS, *more, HANDLE_SIGNOFF])
    kinds = kinds_of(text, segment_text(text))
    assert all(kinds[line] != "body" for line in [*TEASERS, *more, HANDLE_SIGNOFF])


def test_tweet_text_with_its_picture_link_right_after_the_body_is_body(
    body_lines: list[str],
) -> None:
    text = "\n".join([*body_lines, SHORT_TWEET, "Share this article", "Facebook"])
    assert kinds_of(text, segment_text(text))[SHORT_TWEET] == "body"
