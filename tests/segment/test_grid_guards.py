"""Widgets on the story's subject are not its table; the story's own table is announced.

Invented pages: a heat story and a weather box, a film review and show times, a drama review and
tonight's listings, a derby report and a scorers box, a bank story and a share-price box, a
phone review and a stock grid, a most-viewed box; near misses: an announced table under "Latest
figures", a one-word title above the header, a long table whose tail rows drift, a table of
figures above the body under a photo credit.
"""

from __future__ import annotations

from presswatch.segment.grid import grid_rows
from presswatch.segment.text import best_run, split_lines
from tests.segment.test_grid import body_share, kinds_of

MENU = ["Home", "Local", "Sport", "Money", "Arts"]
TAIL = ["More from Brackwater", "Harbour wall repairs start in May", "About us", "Contact us"]


def page(title: str, body: list[str], box: list[str]) -> list[str]:
    return [*MENU, title, "By Omar Pellew, Brackwater Herald", *body, *box, *TAIL]


def flagged(lines: list[str]) -> list[str]:
    """Return the lines grid_rows flags next to the text's best run."""
    split = split_lines("\n".join(lines))
    first, last = best_run(split)
    return [
        line.text for line, flag in zip(split, grid_rows(split, first, last), strict=True) if flag
    ]


HEAT = [
    "Brackwater is set for its hottest day of the year on Tuesday, with highs of 30C expected "
    "in the town centre before cooler air arrives from the sea later in the week.",
    "Nights will stay warm, with lows near 19C, and the council has opened two cool rooms in its "
    "libraries for older residents who struggle to sleep in the heat.",
    "The hot spell should end on Saturday when showers move in, and the water company has asked "
    "people to take shorter showers until the reservoirs recover.",
]
DAYS = [["Tuesday", "30°", "19°"], ["Wednesday", "28°", "17°"], ["Thursday", "25°", "15°"]]
WEATHER = ["Day", "High", "Low", *(c for row in DAYS for c in row), "Saturday", "21°", "13°"]


def test_weather_box_after_a_heat_story_is_not_body() -> None:
    lines = page("Brackwater braced for hottest day of the year", HEAT, WEATHER)
    assert flagged(lines) == []


def test_weather_headings_with_a_place_are_sidebars() -> None:
    for heading in ("Brackwater weather", "Five-day forecast for Brackwater"):
        body = [*HEAT[:2], HEAT[2] + " The figures below are the forecast highs and lows."]
        lines = page("Brackwater braced for hottest day of the year", body, [heading, *WEATHER])
        assert body_share(kinds_of(lines), WEATHER) == 0.0, heading


def test_show_times_after_a_film_review_are_not_body() -> None:
    review = [
        "Saltmarsh is a patient, quietly lovely film about a ferry crew in their last season, and "
        "it pays back every minute it asks of you.",
        "The camera lingers on the ferry and the grey water, and the two leads play their long "
        "silences with great tact on the biggest screen in the harbour town.",
        "It opens in cinemas across the county this Friday and deserves a big screen.",
    ]
    times = ["Venue", "Screen", "Times"]
    times += ["Brackwater Regal", "Screen 3", "1.15pm 6.30pm", "Harbour Arts", "Screen 1"]
    times += ["7.45pm", "Eastgate Plaza", "Screen 5", "2.00pm 9.10pm"]
    lines = page("Saltmarsh review: a patient film about a ferry crew", review, times)
    assert flagged(lines) == []


def test_tonights_listings_after_a_tv_review_are_not_body() -> None:
    review = [
        "The second run of Lantern Keepers, which carries on tonight on Channel Nine, finally "
        "shows the nerve its shaky first series lacked.",
        "Its rival on Coast TV has drawn bigger audiences all year, but this drama earns the "
        "right to close the gap when the writing is as sure as tonight's episode.",
        "Lantern Keepers goes out on Channel Nine at 9pm each Sunday, and the whole series "
        "streams after the first episode airs.",
    ]
    listings = ["Tonight", "Time", "Channel", "Show", "7pm", "Channel Nine", "Quiz Hour"]
    listings += ["8pm", "Coast TV", "Harbour Lives", "9pm", "Channel Nine", "Lantern Keepers"]
    listings += ["10pm", "Channel Nine", "Late Bulletin"]
    lines = page("Lantern Keepers review: the lighthouse drama grows up", review, listings)
    assert flagged(lines) == []


def test_scorers_box_after_a_match_report_is_not_body() -> None:
    report = [
        "Brackwater Rovers came from behind to beat Eastgate Town 2-1 on Saturday, scoring twice "
        "in the last quarter of an hour to win the coastal derby.",
        "Eastgate led at half-time through a header from Mensah, and they looked the sharper "
        "side until Rovers changed their shape after the hour.",
        "Adeyemi levelled from the edge of the box and Mensah's old team-mate Quint headed the "
        "winner from a corner to lift Rovers into fourth place.",
    ]
    scorers = ["Top scorers", "Player", "Team", "Total", "Adeyemi", "Rovers", "12 goals"]
    scorers += ["Mensah", "Eastgate", "10 goals", "Quint", "Rovers", "7 goals"]
    lines = page("Rovers turn derby round against Eastgate", report, scorers)
    assert flagged(lines) == []


def test_share_price_box_after_a_bank_story_is_not_body() -> None:
    story = [
        "Bank shares fell sharply on Wednesday after new wage data suggested that interest "
        "rates would stay high for longer than traders had hoped.",
        "The big lenders led the fallers, while energy companies held steady as oil prices rose "
        "for a third day running.",
        "Analysts expect the swings in bank shares to continue until the next rate decision.",
    ]
    box = ["Lender shares", "Bank", "Price", "Move", "Harbour Bank", "64p", "▼2.4%"]
    box += ["Northway", "211p", "▼1.6%", "Coastline", "318p", "▼1.1%"]
    lines = page("Bank shares slide on rate fears", story, box)
    assert flagged(lines) == []


def test_stock_grid_after_a_phone_review_is_not_body() -> None:
    review = [
        "The Vesper 8 is the first phone I have used this year that gets through two days on one "
        "charge, and that alone puts it on the shortlist.",
        "Its screen is sharp and bright, and the camera copes well in daylight, though it "
        "struggles a little after dark.",
        "It is not the cheapest phone, and shops are low on stock of the bigger storage models, "
        "but for most people the Vesper 8 is the one to buy.",
    ]
    grid = ["Vesper 8 deals", "Retailer", "Storage", "Stock", "Quayside Phones", "128GB"]
    grid += ["In stock", "Harbour Mobile", "256GB", "In stock", "Brack Tech", "512GB", "Low stock"]
    lines = page("Vesper 8 review: the two-day phone", review, grid)
    assert flagged(lines) == []


def test_most_viewed_box_without_a_heading_is_not_body() -> None:
    story = [
        "The harbour wall in Brackwater will be closed for repairs from May, and the council "
        "says the work on the wall will take most of the summer.",
        "Residents were told the footpath on the wall will reopen in stages as each section is "
        "finished, starting with the stretch near the lifeboat station.",
        "The repairs are paid for from the flood defence budget, the council said.",
    ]
    box = ["Brackwater is reading", "Rank", "Story", "Readers", "1", "Harbour wall to close"]
    box += ["10,210 readers", "2", "Footpath repairs start", "8,114 readers", "3"]
    box += ["Lifeboat crew honoured", "5,020 readers"]
    lines = page("Harbour wall to close for summer repairs", story, box)
    assert flagged(lines) == []


FLU = [
    "Flu cases have climbed fast across the county this month, and hospitals say admissions "
    "with the virus have doubled in two weeks.",
    "Health officials urged people over 65 to book their vaccine, which is free at pharmacies.",
    "Cases rose most in the east and the north of the county, where hospital admissions have "
    "tripled since the start of the month, the figures show.",
]
AREAS = ["Area", "Cases", "In hospital", "East", "1,310 cases", "91 patients", "West"]
AREAS += ["702 cases", "35 patients", "North", "655 cases", "44 patients"]


def test_latest_figures_title_keeps_an_announced_table() -> None:
    # "Latest" alone heads a teaser box; "Latest figures" titles the story's own table
    table = ["Latest figures", *AREAS]
    got = kinds_of(page("Flu cases double across the county", FLU, table))
    assert body_share(got, table) == 1.0


def test_one_word_title_does_not_shift_the_columns() -> None:
    body = [*FLU[:2], FLU[2] + " The table below gives each area's cases."]
    table = [
        "Cases",
        "Area",
        "Total",
        "In hospital",
        *AREAS[3:],
        "South",
        "590 cases",
        "30 patients",
    ]
    assert flagged(page("Flu cases double across the county", body, table)) == table


def test_long_table_keeps_its_rows_when_the_tail_drifts() -> None:
    # the last rows match the first ones by half: the table backs off to the rows that pass
    body = [*FLU[:2], FLU[2] + " Cases are rising fastest in Eastcliff and Northcombe:"]
    names = ["Eastcliff", "Northcombe", "Saltby", "Westerhay", "Kelby", "Mardon", "Ossett"]
    wards = [
        [name, f"{90 - 9 * n} cases", f"{n + 2} patients", "rising"]
        for n, name in enumerate(names[:4])
    ]
    wards += [[name, f"{40 - n} cases", "none", str(n)] for n, name in enumerate(names[4:] * 2)]
    table = ["Ward", "Cases", "In hospital", "Trend", *(c for row in wards for c in row)]
    assert flagged(page("Flu cases double across the county", body, table))[:8] == table[:8]


def test_figure_table_above_the_body_under_a_photo_credit_is_body() -> None:
    table = ["Week", "Admissions", *(c for n in range(1, 15) for c in (f"Week {n}", str(40 + n)))]
    lines = [*MENU, "Flu cases double across the county", *table, "Photograph: Ada Quill"]
    got = kinds_of([*lines, *FLU, *TAIL])
    assert body_share(got, table[2:]) == 1.0
