"""The body resumes after a mid-article widget when the same story goes on (invented pages)."""

from __future__ import annotations

from presswatch.segment import segment_text
from tests.segment.test_trailers import line_kinds

TITLE = "Council approves new tram line after four-hour debate"
ABOVE = [
    "The city council approved the new tram line on Tuesday evening after a four-hour debate "
    "that ran well past midnight.",
    "Councillor Mira Osei said the tram route along Quarry Road would cut journeys from the "
    "northern estates to the centre by twenty minutes.",
]
BELOW = [
    "Work on the tram line is expected to begin next spring, and the council said Quarry Road "
    "would stay open to buses while the rails are laid.",
    "Opponents of the tram plan told the council that the cost, put at 240 million, was too "
    "high for a city of its size.",
]
TRAILER = ["You may also like", "Ten things to do in the city this weekend"]


def kinds(lines: list[str]) -> dict[str, str]:
    return dict(line_kinds("\n".join(lines)))


def test_related_topics_box_mid_article_does_not_end_the_body() -> None:
    box = ["Related Topics", "Trams", "Local government", "Read more: Bus fares to rise in April"]
    got = kinds([TITLE, *ABOVE, *box, *BELOW, *TRAILER])
    assert all(got[line] == "body" for line in ABOVE + BELOW)
    assert all(got[line] != "body" for line in box + TRAILER)


def test_sponsored_box_between_paragraphs_does_not_end_the_body() -> None:
    box = ["Sponsored", "Advertisement"]
    got = kinds([TITLE, *ABOVE, *box, BELOW[0], *TRAILER])
    assert got[BELOW[0]] == "body"
    assert got["Sponsored"] != "body"


def test_list_of_related_headlines_mid_article_does_not_end_the_body() -> None:
    # titles without blurbs: the prose under the last one is the story, not its summary
    box = [
        "Related",
        "Bus fares to rise across the city in April",
        "Cycle lanes planned for the northern estates",
    ]
    got = kinds([TITLE, *ABOVE, *box, *BELOW, *TRAILER])
    assert all(got[line] == "body" for line in BELOW)
    assert all(got[line] != "body" for line in box)


def test_one_resumed_paragraph_is_enough() -> None:
    box = ["Related Topics", "Trams", "Local government"]
    got = kinds([TITLE, *ABOVE, *box, BELOW[0]])
    assert got[BELOW[0]] == "body"


def test_prose_of_another_story_after_the_box_stays_junk() -> None:
    # a sentence sharing no names or content words with the story above it
    other = (
        "The harvest festival returns to the riverside meadows this weekend, with pony rides, "
        "a cider tent and a brass band from the coast."
    )
    got = kinds([TITLE, *ABOVE, "Related Topics", "Trams", other])
    assert got[other] != "body"


def test_teaser_card_with_a_summary_after_the_trailer_stays_junk() -> None:
    # a related story on the same subject: its headline stands right over its one-paragraph summary
    card = [
        "Related stories",
        "Tram depot plan for Quarry Road splits the northern estates",
        "Residents of the northern estates are divided over the council plan to build the tram "
        "depot on Quarry Road, a survey found.",
    ]
    got = kinds([TITLE, *ABOVE, *card])
    assert all(got[line] != "body" for line in card)


def test_dated_teaser_card_stays_junk() -> None:
    card = [
        "More from the council",
        "Jane Doe",
        "March 3, 2026",
        "The council voted on the tram line budget last month, and Councillor Mira Osei said the "
        "route along Quarry Road was still on track.",
    ]
    got = kinds([TITLE, *ABOVE, *card])
    assert got[card[-1]] != "body"


def test_teaser_list_with_a_repeated_kicker_stays_junk() -> None:
    cards = [
        "Recent Articles",
        "Transport",
        "Tram line vote",
        "Councillor Mira Osei spoke for the tram line at the council meeting on Quarry Road in "
        "the first week of spring.",
        "Transport",
        "Bus lanes",
    ]
    got = kinds([TITLE, *ABOVE, *cards])
    assert got[cards[3]] != "body"


def test_comments_after_the_story_stay_junk() -> None:
    comments = [
        "12 Comments",
        "The council approved the tram line without asking the people on Quarry Road, and the "
        "twenty minutes Councillor Osei promised will never happen.",
    ]
    got = kinds([TITLE, *ABOVE, *comments])
    assert got[comments[1]] != "body"


def test_author_bio_after_the_trailer_stays_junk() -> None:
    bio = [
        "Related",
        "Tram line vote explained",
        "About the author",
        "Mira Daniels",
        "Mira covers the city council, trams and local government for the paper and lives near "
        "Quarry Road with her two cats.",
    ]
    got = kinds([TITLE, *ABOVE, *bio])
    assert got[bio[-1]] != "body"


def test_about_us_text_after_the_trailer_stays_junk() -> None:
    about = [
        "You may also like",
        "About us",
        "The Northern Courier has reported on the city and its surrounding towns since 1902 and "
        "is owned by a reader trust.",
    ]
    got = kinds([TITLE, *ABOVE, *about])
    assert got[about[-1]] != "body"


def test_next_article_of_an_infinite_scroll_page_stays_junk() -> None:
    following = [
        "Next article",
        "Tram drivers vote to strike over new rotas",
        "By Jane Doe",
        "Tram drivers in the city voted on Monday to strike over new rotas, the union said, in a "
        "dispute that could delay the Quarry Road line.",
    ]
    got = kinds([TITLE, *ABOVE, *following])
    assert got[following[-1]] != "body"


def test_teaser_excerpt_cut_off_stays_junk() -> None:
    teaser = [
        "See also",
        "Councillor Mira Osei said the route along Quarry Road would be the first of three new "
        "tram lines in the city, and the council…",
    ]
    got = kinds([TITLE, *ABOVE, *teaser])
    assert got[teaser[-1]] != "body"


def test_question_headlines_after_the_trailer_stay_junk() -> None:
    links = [
        "Related Articles:",
        "Trams",
        "Will the new tram line along Quarry Road really cut journeys by twenty minutes?",
        "Why did the council approve the tram line after a debate of four hours?",
    ]
    got = kinds([TITLE, *ABOVE, *links])
    assert all(got[line] != "body" for line in links[2:])


def test_teaser_blurb_over_another_card_stays_junk() -> None:
    cards = [
        "Popular now",
        "Trams",
        "Councillor Mira Osei has asked the council to extend the tram line beyond Quarry Road "
        "to the hospital before the next election.",
        "Night buses return to the northern estates",
        "The late services stopped in the winter.",
    ]
    got = kinds([TITLE, *ABOVE, *cards])
    assert got[cards[2]] != "body"


def test_teaser_blurb_with_a_read_more_link_stays_junk() -> None:
    card = [
        "Related",
        "Trams",
        "Councillor Mira Osei has asked the council to extend the tram line beyond Quarry Road "
        "to the hospital before the next election.",
        "Read more",
    ]
    got = kinds([TITLE, *ABOVE, *card])
    assert got[card[2]] != "body"


def test_prose_after_a_long_box_stays_junk() -> None:
    box = [
        "Most read",
        "Trams and buses today",
        "Parking on Quarry Road",
        "Who runs the council",
        "Fares across the region",
    ]
    got = kinds([TITLE, *ABOVE, *box, BELOW[0]])
    assert got[BELOW[0]] != "body"


def test_prose_right_under_the_trailer_heading_stays_junk() -> None:
    # with no list between, the prose is the heading's own item (a related story's summary)
    got = kinds([TITLE, *ABOVE, "Related", BELOW[0]])
    assert got[BELOW[0]] != "body"


def test_segment_text_tiles_the_page() -> None:
    text = "\n".join([TITLE, *ABOVE, "Related Topics", "Trams", *BELOW, *TRAILER])
    blocks = segment_text(text)
    assert blocks[0].start == 0 and blocks[-1].end == len(text)
