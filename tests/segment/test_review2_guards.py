"""Second review's shapes: boxes and widgets that must stay junk after the story (invented)."""

from __future__ import annotations

from tests.segment.test_listtail import BODY as TOUR_BODY
from tests.segment.test_listtail import SHARE
from tests.segment.test_listtail import TITLE as TOUR_TITLE
from tests.segment.test_midwidget import ABOVE, BELOW, TITLE, kinds

TOPICS = ["Related Topics", "Quarry Road", "Trams"]
FOOT = ["Share", "Facebook", "Privacy policy"]
BODY = [*ABOVE, *BELOW]
CARD = (
    "Shop owners on Quarry Road will march to the council offices next week in protest "
    "against the tram line plans."
)
COMMENT = (
    "The council should have asked the people living on Quarry Road before it spent this much "
    "money on a tram line."
)


def _page(*box: str, tail: tuple[str, ...] = ()) -> dict[str, str]:
    return kinds([TITLE, *BODY, *box, *tail, *FOOT])


def test_one_card_of_a_popularity_box_stays_junk() -> None:
    for box in (["Most read", "1"], ["Trending", "TRAMS"], ["Related Topics", "2"]):
        assert _page(*box, CARD)[CARD] != "body", box


def test_comment_with_several_actions_or_a_count_stays_junk() -> None:
    for thread in (
        ("Dave", COMMENT, "Reply · Share"),
        ("quarryresident", COMMENT, "Reply · Share · 3 Likes"),
        (COMMENT, "12 replies"),
        (COMMENT, "Like / Reply"),
    ):
        assert _page(*TOPICS, *thread)[COMMENT] != "body", thread


def test_pinned_entry_of_another_live_page_stays_junk() -> None:
    entry = [
        "Councillors in Eastwick are also debating a tram line of their own tonight, with shop "
        "owners there warning of lost trade.",
        "Follow our Eastwick live page for every update from that meeting.",
    ]
    got = _page(*TOPICS, "Pinned post", *entry)
    assert all(got[line] != "body" for line in entry)


def test_newsletter_pitch_over_a_form_stays_junk() -> None:
    pitch = (
        "Get the latest news about the Quarry Road tram line and every council decision on it "
        "delivered to you each morning."
    )
    assert _page(*TOPICS, pitch, "Enter your email address")[pitch] != "body"
    quiet = pitch.replace("delivered to you", "sent out")
    assert _page(*TOPICS, quiet, "Email address")[quiet] != "body"


def test_gallery_caption_over_a_counter_stays_junk() -> None:
    caption = (
        "Shop owners gather outside the council offices on Quarry Road to protest against the "
        "tram line on Tuesday evening."
    )
    assert _page("Related Topics", "In pictures", caption, "1 of 12")[caption] != "body"


def test_partnership_disclaimer_after_the_box_stays_junk() -> None:
    lines = [
        "The views of Quarry Road residents quoted in this story on the tram line were gathered "
        "by the council's own consultation.",
        "This article is part of our local democracy reporting partnership.",
    ]
    got = _page(*TOPICS, *lines)
    assert all(got[line] != "body" for line in lines)


def test_story_after_an_advertisement_in_capitals_goes_on() -> None:
    got = kinds([TITLE, *ABOVE, "ADVERTISEMENT", *BELOW, *FOOT])
    assert all(got[line] == "body" for line in BELOW)


def _tour(intro: str, *lines: str) -> dict[str, str]:
    return kinds([TOUR_TITLE, *TOUR_BODY, intro, *lines, *SHARE])


INTRO = "The band asked the venues for three changes before the tour starts next summer:"
BULLETS = [
    "• Quiet rooms for the band before each show starts",
    "• Earlier doors at every venue so the tour can finish sooner",
]


def test_sidebar_bullets_after_two_story_bullets_stay_junk() -> None:
    sidebar = ["• Eastwick pier to close for repairs in spring", "• Marlow Flyers win away again"]
    got = _tour(INTRO, *BULLETS, *sidebar)
    assert all(got[line] != "body" for line in sidebar)


def test_on_topic_bullets_under_a_colon_stay_body() -> None:
    third = "• A second show at each venue if the summer tour sells out"
    got = _tour(INTRO, *BULLETS, third, "• Eastwick pier to close for repairs in spring")
    assert all(got[line] == "body" for line in [*BULLETS, third])
    assert got["• Eastwick pier to close for repairs in spring"] != "body"


TOUR_INTRO = "The band will play these dates on their summer tour of the county:"
SHORT = ["June 4 – Harwick", "June 6 – Eastwick", "June 9 – Marlow"]


def test_archive_months_without_counts_stay_junk() -> None:
    archive = ["May 2026", "April 2026", "March 2026"]
    got = _tour(TOUR_INTRO, *SHORT, *archive)
    assert all(got[line] == "body" for line in SHORT)
    assert all(got[line] != "body" for line in archive)


def test_dated_news_going_back_stays_junk() -> None:
    news = ["March 2 – Pier repairs start", "March 1 – Market to move"]
    got = _tour(TOUR_INTRO, *SHORT, *news)
    assert all(got[line] != "body" for line in news)


def test_dates_over_new_year_go_on_and_foreign_dates_going_back_stop() -> None:
    winter = ["December 28 – Harwick", "December 30 – Eastwick", "January 2 – Marlow"]
    got = _tour(TOUR_INTRO, *winter)
    assert all(got[line] == "body" for line in winter)
    # a day first opens like a number: the separator shapes the list, the date still counts
    later = ["4 de junho - Harwick", "6 de junho - Eastwick", "9 de junho - Marlow"]
    news = ["2 de março - Pier repairs start"]
    got = _tour("A banda vai tocar nestas datas durante o verão:", *later, *news)
    assert all(got[line] == "body" for line in later)
    assert got[news[0]] != "body"


def test_footer_links_after_a_pipe_list_stay_junk() -> None:
    books = ["The Salt Road | Mara Quill", "Winter Ferries | Tom Ellery", "Lamplight | June Okafor"]
    got = _tour(
        "Ada Brennock said the band read these books on the bus:", *books, "Privacy | Terms"
    )
    assert all(got[line] == "body" for line in books)
    assert got["Privacy | Terms"] != "body"
