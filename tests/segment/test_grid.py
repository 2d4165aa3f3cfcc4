"""A table flattened to one cell a line next to the body is body; look-alike furniture is not.

Invented pages: a training plan, a course ranking after the body and between its paragraphs,
a phone spec sheet; and near misses (a "Standings" sidebar, an off-topic league table, a teaser
list of kicker / title / date, a product grid under "Shop", category links with counts, a menu
in columns).
"""

from __future__ import annotations

from presswatch.segment.grid import grid_rows
from presswatch.segment.text import best_run, split_lines
from tests.segment.test_trailers import line_kinds

TITLE = "How to train for your first half marathon in ten weeks"
RUN_BODY = [
    "Most beginners can finish a half marathon after ten weeks of steady training, as long as "
    "they rest properly and build their mileage slowly, coach Ilse Varnham says.",
    "The plan below mixes slow runs with one faster session a week, and every week has two rest "
    "days so that the legs recover before the long Sunday run gets longer again.",
    "Write the miles you actually ran next to each day, Varnham says, and do not make up a "
    "missed session by doubling the next one: the schedule already grows fast enough.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKS = [
    ["Week 1", "Rest", "3 miles (s)", "4 miles (m)", "Rest", "3 miles (s)", "Rest", "6 miles (s)"],
    ["Week 2", "Rest", "3 miles (s)", "4 miles (m)", "Rest", "4 miles (s)", "Rest", "7 miles (s)"],
    ["Week 3", "Rest", "4 miles (s)", "5 miles (m)", "Rest", "3 miles (f)", "Rest", "8 miles (s)"],
    ["Week 4", "Rest", "4 miles (s)", "5 miles (m)", "Rest", "Rest", "2 miles (s)", "9 miles (s)"],
]
FOOTER = ["Privacy Policy", "Terms of Use", "Contact Us"]


def kinds_of(lines: list[str]) -> list[tuple[str, str]]:
    return line_kinds("\n".join(lines))


def body_share(got: list[tuple[str, str]], wanted: list[str]) -> float:
    """Return the share of the wanted lines (counted with repeats) labelled body."""
    pool = [line for line, kind in got if kind == "body"]
    hits = 0
    for line in wanted:
        if line in pool:
            pool.remove(line)
            hits += 1
    return hits / len(wanted)


def flagged(lines: list[str]) -> list[str]:
    """Return the lines grid_rows flags next to the text's best run."""
    split = split_lines("\n".join(lines))
    first, last = best_run(split)
    return [
        line.text for line, flag in zip(split, grid_rows(split, first, last), strict=True) if flag
    ]


def test_training_schedule_after_the_body_is_body() -> None:
    # a header of seven days, rows of eight cells (a week label under an empty corner cell)
    table = ["The first four weeks", *DAYS, *(cell for week in WEEKS for cell in week)]
    got = kinds_of([TITLE, *RUN_BODY, *table, *FOOTER])
    assert body_share(got, table) == 1.0
    assert body_share(got, FOOTER) == 0.0


RANK_BODY = [
    "The Coldharbour Institute climbed two places in this year's national league of marine "
    "science courses, its best showing since the ranking began.",
    "Marine biology kept its first place, and the ocean engineering course moved up to second "
    "after a new wave tank opened on the campus in the spring.",
    "The ranking is drawn up each year from surveys of employers and of the course leaders at "
    "other universities, and the institute said it would publish its own figures in June.",
]
RANKS = [
    ["Marine Biology", "1st (1st last year)", "1st"],
    ["Ocean Engineering", "2nd (4th last year)", "1st"],
    ["Coastal Geology", "3rd (3rd last year)", "2nd"],
    ["Fisheries Science", "5th (7th last year)", "3rd"],
]


def test_ranking_table_under_a_photo_and_title_is_body() -> None:
    # a photo credit, a title and a source line stand between the body and the header row
    lead = ["National course ranking 2026", "Compiled by the Coastal Science Council"]
    table = [*lead, "Course", "Ranking", "Public Ranking", *(c for row in RANKS for c in row)]
    got = kinds_of(
        ["Coldharbour climbs in the marine science ranking", *RANK_BODY, "Image", *table]
    )
    assert body_share(got, table) == 1.0


MATCH_BODY = [
    "Harwick Rovers moved to the top of the county league with a 3-1 win over Eastwick Town on "
    "Saturday, their fourth win in a row.",
    "Rovers went behind early, but two goals from Tam Osei before half-time turned the game, and "
    "a late header from the captain sealed it in front of a full ground.",
]
LEAGUE = [
    ["Harwick Rovers", "12", "9", "28"],
    ["Marlow Athletic", "12", "8", "26"],
    ["Eastwick Town", "12", "7", "23"],
    ["Tarrow United", "12", "6", "20"],
]
HEADER = ["Team", "Played", "Won", "Points"]


def test_ranking_table_between_two_paragraphs_is_body() -> None:
    after = (
        "The institute's head of marine science said the new wave tank had drawn more applicants "
        "to the engineering course than in any year since it opened."
    )
    # the story announces its table ("as follows:"); an unannounced one is left out
    lead = "The institute's places in the ranking are as follows:"
    table = ["Course", "Ranking", "Public Ranking", *(c for row in RANKS for c in row)]
    got = kinds_of(["Coldharbour climbs in the ranking", *RANK_BODY, lead, *table, after, *FOOTER])
    assert body_share(got, [*table, after]) == 1.0
    assert body_share(got, FOOTER) == 0.0


def test_spec_sheet_after_a_phone_review_is_body() -> None:
    review = [
        "The Corvid Lite is the cheapest phone in the test with a screen that stays bright in the "
        "sun, and its battery lasted two full days of ordinary use in our test.",
        "Its bigger sibling, the Corvid Max, adds a second camera and a larger battery, but it "
        "weighs noticeably more and the price gap to the phone above it is small.",
        "For most buyers the plain model is the better phone: the screen, camera and battery "
        "differences are smaller than the price difference suggests, as the table below shows.",
    ]
    specs = [
        ["Corvid Lite", "6.1 inches", "4,100 mAh", "172 g"],
        ["Corvid Max", "6.7 inches", "5,000 mAh", "208 g"],
        ["Corvid Mini", "5.4 inches", "3,900 mAh", "150 g"],
    ]
    # (model names with numbers, "Corvid 5", would leave no column of words: not caught)
    table = ["Model", "Screen", "Battery", "Weight", *(c for row in specs for c in row)]
    got = kinds_of(["Corvid Lite review: the best cheap phone screen", *review, *table, *FOOTER])
    assert body_share(got, table) == 1.0


# Near misses: look periodic, but are furniture.


def test_league_table_under_a_standings_heading_is_not_the_story() -> None:
    # decided: a league table under a sidebar heading is the site's, even beside a match report
    table = ["Standings", *HEADER, *(c for row in LEAGUE for c in row)]
    lines = ["Rovers go top after win at Eastwick", *MATCH_BODY, *table, *FOOTER]
    assert flagged(lines) == []
    assert body_share(kinds_of(lines), table[1:]) == 0.0


def test_league_table_beside_an_unrelated_story_is_not_body() -> None:
    table = [*HEADER, *(c for row in LEAGUE for c in row)]
    lines = ["Eastwick votes to rebuild its pier", *RANK_BODY, *table]
    assert flagged(lines) == []


def test_teaser_list_of_kicker_title_and_date_is_not_a_table() -> None:
    menu = ["Home", "News", "Sport"]
    cards = [
        ["Politics", "Pier vote delayed", "3 hours ago"],
        ["Weather", "Storm warning lifted", "5 hours ago"],
        ["Business", "Ferry firm hires", "March 3, 2026"],
        ["Culture", "Folk festival returns", "March 2, 2026"],
    ]
    lines = [TITLE, *RUN_BODY, *menu, *(c for card in cards for c in card)]
    assert flagged(lines) == []


def test_product_grid_is_not_a_table() -> None:
    grid = [
        ["Trail Runner 2", "Running shoe", "$120"],
        ["Road Glide", "Running shoe", "$140"],
        ["Track Spike 9", "Racing shoe", "$95"],
        ["Easy Miles", "Walking shoe", "$80"],
    ]
    cells = [c for item in grid for c in item]
    # under a shop heading, and without one (the prices are the only figures)
    assert flagged([TITLE, *RUN_BODY, "Shop", "Product", "Type", "Price", *cells]) == []
    assert flagged([TITLE, *RUN_BODY, "Product", "Type", "Price", *cells]) == []


def test_first_item_of_a_product_grid_is_no_header() -> None:
    # "Year round / Denim / Limited edition" opens every item: the first item is no header row
    items = [["Year round", "Denim", "Limited edition", f"Wide leg jeans {n}"] for n in range(4)]
    cells = [c for item in items for c in item]
    assert flagged([TITLE, *RUN_BODY, *cells]) == []


def test_category_links_with_counts_are_not_a_table() -> None:
    links = ["Training (12)", "Races (40)", "Gear (7)", "Nutrition (15)", "Injuries (9)"]
    lines = [TITLE, *RUN_BODY, "Categories", "Archives", "Tags", *links * 2]
    assert flagged(lines) == []


def test_menu_in_columns_without_figures_is_not_a_table() -> None:
    menu = ["News", "Sport", "Weather", "Business", "Culture", "Travel", "Food", "Health"]
    assert flagged([TITLE, *RUN_BODY, *menu, *menu]) == []


def test_footer_in_columns_is_not_a_table() -> None:
    # a page footer in three columns, one of them phone numbers: nothing shared with the story
    footer = ["About", "Help", "Legal"]
    rows = [
        ["Our story", "Call 0800 555 0100", "Privacy"],
        ["Careers", "Text 0800 555 0101", "Cookies"],
        ["Advertise", "Fax 0800 555 0102", "Terms"],
        ["Press office", "Line 0800 555 0103", "Licences"],
    ]
    assert flagged([TITLE, *RUN_BODY, *footer, *(c for row in rows for c in row)]) == []
