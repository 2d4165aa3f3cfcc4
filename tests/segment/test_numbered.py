"""Numbered sections going on under the body across a repeated widget block (invented pages)."""

from __future__ import annotations

from tests.segment.test_trailers import line_kinds

HEAD = ["Trailnotes", "Home", "Gear", "Routes", "Subscribe"]
TITLE = "Five walking festivals worth the trip this year"
BODY = [
    "Walking festivals have grown from a handful of village weekends into a busy calendar, and "
    "picking one now means weighing routes, guides and how far you are willing to travel.",
    "We asked readers which walking festivals they would return to, and the same names kept "
    "coming up, from coastal weekends to a week of mountain days with local guides.",
    "Here is our list of the walking festivals to plan for, with the dates and where to book.",
]
# an embed and a booking button flattened attribute by attribute, the same under every section
WIDGET = [
    "https://www.example-photos.test/p/{n}/",
    "class",
    "btn-primary",
    "Book Places",
    "href",
    "https://festival-{n}.example.test/book/",
    "sponsored",
    "_blank",
]
SECTIONS = [
    (
        "1. Saltmarsh Coast Walk (April 4-5)",
        "The Saltmarsh weekend keeps its routes short and flat, which makes it a gentle first "
        "festival, and the guides stop often to point out the birds on the mudflats.",
    ),
    (
        "2. Greyfell Hill Days (May 16-18)",
        "Greyfell asks more of its walkers, with two long ridge days and a night walk, but the "
        "festival caps each group at twelve so nobody is left behind on the climbs.",
    ),
    (
        "3. Riverbend Lantern Walk (June 20)",
        "The Riverbend walk starts at dusk and follows the towpath for nine miles, with local "
        "choirs singing at the locks as the lanterns pass through the valley.",
    ),
    (
        "4. Oakmere Forest Weekend (September 12-13)",
        "Oakmere is the festival for families, with short trails through the forest, a map "
        "game for children and a field kitchen serving soup at the end of each walk.",
    ),
]
FOOT = ["Share", "Previous post", "Next post", "© 2026 Trailnotes", "Privacy Policy"]


def _sections(sections: list[tuple[str, str]] = SECTIONS, widget: list[str] = WIDGET) -> list[str]:
    out: list[str] = []
    for n, (heading, paragraph) in enumerate(sections, 1):
        out += [heading, *(line.format(n=n) for line in widget), paragraph]
    return out


def kinds(middle: list[str], foot: list[str] = FOOT) -> dict[str, str]:
    return dict(line_kinds("\n".join([*HEAD, TITLE, *BODY, *middle, *foot])))


def test_sections_after_a_repeated_widget_are_body() -> None:
    got = kinds(_sections())
    for heading, paragraph in SECTIONS:
        assert got[heading] == "body", heading
        assert got[paragraph] == "body", paragraph
    assert got["btn-primary"] != "body"
    assert got["Previous post"] != "body"


def test_sections_with_a_closing_bracket_number_are_body() -> None:
    sections = [(h.replace(".", ")", 1), p) for h, p in SECTIONS]
    got = kinds(_sections(sections))
    assert all(got[p] == "body" for _, p in sections)


def test_footer_prose_after_the_last_section_stays_out() -> None:
    foot = [
        "Book Places",
        "We use cookies to give you the best experience on our site and to show you relevant ads.",
        *FOOT,
    ]
    got = kinds(_sections(), foot)
    assert got[SECTIONS[-1][1]] == "body"
    assert got[foot[1]] != "body"


# Guards: near misses where the rule must not fire.


def test_most_read_box_counting_from_one_stays_out() -> None:
    # the body has no numbered heading: a popularity box's numbers go on from nothing
    box = [
        "Most read",
        "1. Council approves new car park",
        "The council approved a new car park behind the station on Tuesday night after a long "
        "debate about traffic on the high street.",
        "2. Bakery wins regional award",
        "A family bakery on Mill Lane has won a regional award for its sourdough, beating more "
        "than forty bakeries from across the county.",
        "3. Bridge closed for repairs",
        "The old bridge over the river will close for six weeks of repairs from Monday, with a "
        "diversion through the village for all traffic.",
    ]
    got = kinds(box)
    assert all(got[line] != "body" for line in box[1:])


def test_numbering_that_starts_again_stays_out() -> None:
    # the body's own list ends at "2."; a box under it counts from 1 again
    own = _sections(SECTIONS[:2])
    box = _sections(
        [
            ("1. Ten packing mistakes", SECTIONS[2][1]),
            ("2. Boots we tested", SECTIONS[3][1]),
            ("3. A winter route guide", SECTIONS[0][1].replace("Saltmarsh", "Frostmoor")),
        ]
    )
    got = kinds([*own, "Popular posts", *box])
    assert got["1. Ten packing mistakes"] != "body"
    assert got["3. A winter route guide"] != "body"


def test_related_box_going_on_with_the_numbers_stays_out() -> None:
    # the body's own list ends at "2." with its paragraph; a related box happens to count on
    steps = [
        "1. Check the forecast the night before",
        "Mountain weather turns quickly, so read the forecast for the summit and not the valley, "
        "and plan an early turn-back time before you set out.",
        "2. Tell someone your route",
        "Leave your route and your expected return time with a friend, and agree what they "
        "should do if you have not called them by the evening.",
    ]
    box = _sections(SECTIONS[2:])
    box = [line.replace("3. ", "3. Read: ", 1).replace("4. ", "4. Read: ", 1) for line in box]
    got = kinds([*steps, "Related", "Share", *box])
    assert got[steps[3]] == "body"
    assert all(got[line] != "body" for line in box)


def test_teaser_cards_with_dates_stay_out() -> None:
    cards = []
    for heading, paragraph in SECTIONS[1:]:
        cards += [heading, "March 3, 2026", paragraph, "Read more"]
    got = kinds([*_sections(SECTIONS[:1]), *cards])
    assert got[SECTIONS[2][0]] != "body"
    assert got[SECTIONS[3][1]] != "body"


def test_cut_off_excerpts_stay_out() -> None:
    teasers = [(h, p[:80] + "…") for h, p in SECTIONS[1:]]
    got = kinds(_sections([SECTIONS[0], *teasers]))
    assert all(got[p] != "body" for _, p in teasers)


def test_widgets_that_differ_between_sections_stay_out() -> None:
    # one item's widget, then a newsletter box, then a shop carousel: no repeated block
    middle = [
        SECTIONS[0][0],
        *[line.format(n=1) for line in WIDGET],
        SECTIONS[0][1],
        SECTIONS[1][0],
        "Sign up",
        "Enter your email",
        "Subscribe",
        SECTIONS[1][1],
        SECTIONS[2][0],
        "Shop now",
        "$24.99",
        "Add to basket",
        "In stock",
        SECTIONS[2][1],
    ]
    got = kinds(middle)
    assert got[SECTIONS[1][1]] != "body"
    assert got[SECTIONS[2][1]] != "body"


def test_a_single_further_section_stays_out() -> None:
    got = kinds(_sections(SECTIONS[:2]))
    assert got[SECTIONS[1][1]] != "body"


def test_product_carousel_without_paragraphs_stays_out() -> None:
    carousel = []
    for n, name in enumerate(["Trail boot", "Rain shell", "Day pack", "Flask"], 2):
        carousel += [f"{n}. {name} by Fellcraft", "$49.99", "Buy now", "4.5 stars"]
    got = kinds([*_sections(SECTIONS[:1]), *carousel])
    assert all(got[line] != "body" for line in carousel)


def test_comment_thread_after_sections_stays_out() -> None:
    comments = [
        "Leave a Reply",
        "hillwalker_77 says:",
        "March 4, 2026 at 10:02 AM",
        "2. Greyfell was the best weekend I have had all year, and the guides were patient with "
        "our slow group on the second ridge.",
        "Reply",
        "3. Riverbend sounds lovely but the tickets sold out within an hour of going on sale this "
        "spring, which was a real shame.",
        "Reply",
    ]
    got = kinds([*_sections(SECTIONS[:1]), *comments])
    assert all(got[line] != "body" for line in comments[3:])


def test_sidebar_of_another_story_with_numbers_stays_out() -> None:
    sidebar = [
        "Related",
        "2. How to read a contour map",
        "Contour lines join points of the same height, and the closer they sit the steeper "
        "the ground, which matters more than distance on a hill day.",
        "3. Choosing a compass",
        "A baseplate compass with a clear ruler is all most walkers need, and it costs less "
        "than a tank of fuel for the drive to the hills.",
    ]
    got = kinds([*_sections(SECTIONS[:1]), *sidebar])
    assert all(got[line] != "body" for line in sidebar[1:])


def test_newsletter_promo_paragraphs_stay_out() -> None:
    promo = [
        (
            "2. Get our weekly walks",
            "Subscribe to our newsletter and get a new route in your inbox every Friday, with "
            "maps and a packing list for each walk.",
        ),
        (
            "3. Join the club",
            "Sign up for our newsletter today and members get early booking for every festival "
            "we list, plus a discount in our shop.",
        ),
    ]
    got = kinds(_sections([SECTIONS[0], *promo]))
    assert all(got[p] != "body" for _, p in promo)


def test_numbered_steps_inside_the_body_are_unchanged() -> None:
    steps = [
        "1. Check the forecast the night before",
        "Mountain weather turns quickly, so read the forecast for the summit and not the valley, "
        "and plan an early turn-back time before you set out.",
        "2. Tell someone your route",
        "Leave your route and your expected return time with a friend, and agree what they "
        "should do if you have not called them by the evening.",
    ]
    got = kinds(steps)
    assert all(got[line] == "body" for line in steps)


# Review fixes: a box whose first card the run swallowed; question headings.
CARDS = [
    (
        "Ferry adds an early sailing",
        "The island ferry adds an early sailing on weekdays from June, and the last boat back "
        "leaves an hour later than it did last year.",
    ),
    (
        "Volunteers clear the coast path",
        "Forty volunteers spent the weekend clearing gorse from the coast path, which had been "
        "closed to walkers since the winter storms.",
    ),
    (
        "Hostel reopens after a refit",
        "The hostel by the harbour reopens this month after a refit that added family rooms and "
        "a drying room for wet boots and coats.",
    ),
    (
        "Rescue team moves to a new base",
        "The mountain rescue team has moved into a new base beside the fire station, with room "
        "for its vehicles and an indoor training wall.",
    ),
]


def _cards(start: int, before: list[str], after: list[str]) -> list[str]:
    out: list[str] = []
    for n, (title, blurb) in enumerate(CARDS, start):
        out += [line.format(n=n) for line in before] + [f"{n}. {title}", blurb, *after]
    return out


def test_box_whose_first_card_the_run_took_stays_out() -> None:
    # the run ends at card 1's blurb (image above, a sponsored label below): "1." is no list
    box = _cards(1, ["https://img.example.test/cards/{n}.jpg"], ["Sponsored"])
    got = kinds(box, FOOT)
    assert got[f"2. {CARDS[1][0]}"] != "body"
    assert got[CARDS[3][1]] != "body"


def test_sections_with_question_headings_are_body() -> None:
    sections = [(h.split(" (")[0] + ": worth the trip?", p) for h, p in SECTIONS]
    got = kinds(_sections(sections))
    assert all(got[h] == "body" and got[p] == "body" for h, p in sections)
