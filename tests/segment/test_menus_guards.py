"""Near misses of the long-menu cut from its review: lists that are the article (invented)."""

from __future__ import annotations

from tests.segment.test_menus import (
    CRAFTS,
    HEADER,
    NAV,
    TITLE,
    article,
    blurb,
    kinds_of,
    menu,
    menu_is_cut,
)
from tests.segment.test_trailers import line_kinds

SHARE_BAR = ["Facebook", "Twitter", "WhatsApp", "Email", "Copy link", "Save"]
SUBHEAD = "Where to sign up before the summer term"


def test_menu_over_a_real_header_is_cut() -> None:
    assert menu_is_cut(kinds_of([*NAV, *menu(), *HEADER, *article()]))


def test_list_under_a_kicker_over_a_caption_and_subhead_stays() -> None:
    # no headline over a byline or date under the list: an image credit and a subhead are the
    # article's own lines, and the list its first section
    lines = [*NAV, "Crafts", *menu(), "Advertisement", "Photo: Jane Doe", SUBHEAD, *article()]
    kinds = kinds_of(lines)
    assert kinds[blurb(CRAFTS[3], 3)] == "body"
    assert kinds[article()[0]] == "body"


def test_listicle_with_a_share_bar_under_its_byline_stays() -> None:
    # the byline stands seven lines above the list, the share buttons between do not count
    top = ["Ten crafts to try this spring", "By Jane Doe", *SHARE_BAR]
    kinds = kinds_of([*NAV, *top, *menu(), *HEADER, *article()])
    assert menu_is_cut(kinds_of([*NAV, *menu(), *HEADER, *article()]))
    assert kinds[blurb(CRAFTS[3], 3)] == "body"


def test_list_the_article_talks_about_stays() -> None:
    # the paragraphs under the header take up the items' words: the list is on the article's topic
    talk = [
        f"Our tutors walk complete beginners through the basics of {craft.lower()} in small "
        f"groups, and every session of the course ends with a finished piece to take home."
        for craft in CRAFTS[:6]
    ]
    kinds = kinds_of([*NAV, *menu(), *HEADER, *talk])
    assert menu_is_cut(kinds_of([*NAV, *menu(), *HEADER, *article()]))
    assert kinds[blurb(CRAFTS[3], 3)] == "body"


def test_subhead_over_the_first_paragraph_is_no_headline() -> None:
    # a subhead (or a caption) between the header and the first paragraph is not promoted
    kinds = kinds_of([*NAV, *menu(), *HEADER, SUBHEAD, *article()])
    assert kinds[SUBHEAD] != "headline"
    assert kinds_of([*NAV, *menu(), *HEADER, *article()])[TITLE] == "headline"


def test_directory_with_a_contact_prompt_stays() -> None:
    # an article listing pharmacies, each with its booking prompt: the listing is the story
    pharmacies = ["Quay", "Hill", "Market", "Square", "Park", "Bridge", "Abbey"]
    cards: list[str] = []
    for n, name in enumerate(pharmacies):
        cards += [
            f"{name} Pharmacy",
            f"Open from nine until six on weekdays, the pharmacy keeps {n + 20} jab slots a day.",
            f"{n + 2} Mill Lane",
            "Book an appointment",
        ]
    top = ["Where to get a winter flu jab in town", "By Jane Doe", "October 2, 2026"]
    kinds = dict(line_kinds("\n".join([*NAV, *top, *article()[:2], *cards, *article()[2:]])))
    assert {kinds[line] for line in cards if line != "Book an appointment"} == {"body"}
