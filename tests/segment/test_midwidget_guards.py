"""Boxes after the story that a same-story resume must leave junk (review shapes, invented)."""

from __future__ import annotations

from tests.segment.test_midwidget import ABOVE, BELOW, TITLE, kinds

TOPICS = ["Related Topics", "Quarry Road", "Trams", "Local government"]
FOOT = ["Share", "Facebook", "Privacy policy"]
# a story of four paragraphs: one this long holds its own against three cards below it
BODY = [*ABOVE, *BELOW]


def test_cards_with_short_titles_stay_junk() -> None:
    cards = [
        "Depot row",
        "Residents near Quarry Road have asked the council to move the tram depot away from the "
        "northern estates before work starts.",
        "Fare freeze",
        "Tram fares in the city will stay frozen for a year once the Quarry Road line opens, the "
        "council said.",
        "Night trams",
        "The council wants the tram line along Quarry Road to run through the night at weekends "
        "from its second year.",
    ]
    for head in (TOPICS, ["Related"], ["More on this story", "Trams"]):
        got = kinds([TITLE, *BODY, *head, *cards, *FOOT])
        assert all(got[line] != "body" for line in cards)


def test_comment_under_a_handle_stays_junk() -> None:
    comment = (
        "The council should have asked the people on Quarry Road before spending all this money "
        "on a tram line nobody wants."
    )
    for thread in (
        ["quarry_rd_mum", comment, "Reply"],
        ["tramfan77", comment],
        ["Ollie", comment, "Like", "Report"],
    ):
        got = kinds([TITLE, *BODY, *TOPICS, *thread, *FOOT])
        assert got[comment] != "body", thread[0]


def test_spanish_comment_with_a_reply_link_stays_junk() -> None:
    comment = (
        "El ayuntamiento debería haber preguntado a los vecinos de Quarry Road antes de aprobar "
        "la línea del tranvía."
    )
    got = kinds([TITLE, *BODY, *TOPICS, "Vecina", comment, "Responder", *FOOT])
    assert got[comment] != "body"


def test_next_article_headline_and_standfirst_stay_junk() -> None:
    # a headline over a standfirst under a list of topics is the next article's head
    following = [
        "Quarry Road shops fear the tram works will drive customers away",
        "Traders say the council never asked them",
        "Shop owners on Quarry Road say two years of tram works will drive away the customers "
        "they depend on, and several plan to close.",
        "The council approved the tram line on Tuesday, but traders said nobody had asked them "
        "about deliveries during the works.",
    ]
    got = kinds([TITLE, *BODY, *TOPICS, *following, *FOOT])
    assert all(got[line] != "body" for line in following)


def test_newsletter_and_podcast_promos_stay_junk() -> None:
    for promo in (
        "Want more news about the tram line and the council? Sign up for our free weekly "
        "newsletter on trams, buses and Quarry Road.",
        "Listen to our podcast, where Mira Osei and the council's transport team argue about the "
        "tram line and the Quarry Road route.",
    ):
        got = kinds([TITLE, *BODY, *TOPICS, promo, *FOOT])
        assert got[promo] != "body", promo[:20]


def test_about_the_outlet_and_a_reporter_without_a_name_stay_junk() -> None:
    for about in (
        "The Northern Courier has covered the council, the trams and the estates of the city "
        "since 1902, and is owned by its readers.",
        "Our transport reporter has covered the council and the tram line since 2019; send tips "
        "about Quarry Road to the newsroom.",
    ):
        got = kinds([TITLE, *BODY, *TOPICS, about, *FOOT])
        assert got[about] != "body", about[:20]


def test_photo_caption_over_its_credit_stays_junk() -> None:
    caption = (
        "Quarry Road in the city centre, where the council's new tram line will run from the "
        "northern estates to the station."
    )
    got = kinds([TITLE, *BODY, *TOPICS, caption, "Photo: Jane Doe", *FOOT])
    assert got[caption] != "body"


def test_a_page_link_under_the_resumed_prose_is_no_comment_action() -> None:
    # "Report Error" is a page link, not a comment's "Report"
    below = (
        "Work on the tram line along Quarry Road is expected to begin next spring, and the "
        "council said buses would keep running while the rails are laid."
    )
    got = kinds([TITLE, *BODY, *TOPICS, below, "Report Error", *FOOT])
    assert got[below] == "body"


def test_many_boxes_on_a_long_page_stay_fast() -> None:
    # the body's words are kept per line: a page of 1,000 boxes is not compared box by box
    import time

    resumed = (
        "Councillor Mira Osei said the tram route along Quarry Road would be finished on time, "
        "and the council would publish the costs {}."
    )
    page = [TITLE, *BODY]
    for n in range(1000):
        page += ["Related", f"Trams {n}", resumed.format(n)]
    start = time.process_time()
    kinds(page)
    assert time.process_time() - start < 5.0
