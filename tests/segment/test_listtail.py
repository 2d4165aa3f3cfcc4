"""A list closing the story (tour dates, a reading list) stays body to its end (invented pages)."""

from __future__ import annotations

from tests.segment.test_trailers import line_kinds

TITLE = "The Lantern Keepers announce their first tour in a decade"
BODY = [
    "The Lantern Keepers will go back on the road next summer for the first time in ten years, "
    "the folk band said on Monday.",
    "Singer Ada Brennock said the group had spent the winter rehearsing in a barn outside "
    "Harwick and was ready to play the old songs again.",
    "Tickets go on sale on Friday morning through the venues, and the band said a second leg "
    "in the autumn would be announced later.",
]
DATES = [
    "June 4 – Harwick, Corn Exchange",
    "June 6 – Eastwick, Pier Pavilion",
    "June 9 – Marlow, Town Hall",
    "June 12 – Tarrow, Riverside Theatre",
    "June 15 – Saldane, Guild Hall",
]
# a long item (a venue with a long name) ends the best-scoring run in the middle of the list
LONG_DATE = (
    "June 7 – Northmark, The Old Assembly Rooms at the Harbour Exchange and Seamen's Mission Hall"
)
SHARE = ["Facebook", "Twitter"]


def kinds(lines: list[str]) -> dict[str, str]:
    return dict(line_kinds("\n".join(lines)))


def test_dates_under_a_colon_introduction_are_body() -> None:
    intro = "The Lantern Keepers will play the following dates next summer:"
    got = kinds([TITLE, *BODY, intro, *DATES, *SHARE])
    assert all(got[line] == "body" for line in [intro, *DATES])
    assert all(got[line] != "body" for line in SHARE)


def test_list_cut_after_a_long_item_goes_on_to_its_end() -> None:
    listing = [*DATES[:2], LONG_DATE, *DATES[2:]]
    got = kinds([TITLE, *BODY, "Tour dates", *listing, *SHARE])
    assert all(got[line] == "body" for line in listing)
    assert all(got[line] != "body" for line in SHARE)


def test_reading_list_under_a_colon_introduction_is_body() -> None:
    intro = "Ada Brennock said these were the books the band read on the bus between shows:"
    books = [
        "The Salt Road by Mara Quill",
        "Winter at Harwick by Tom Ellery",
        "A Lamp for the Ferry by June Okafor",
    ]
    got = kinds([TITLE, *BODY, intro, *books])
    assert all(got[line] == "body" for line in books)


def test_plain_titles_under_a_colon_stay_junk() -> None:
    # titles without a shared shape: a teaser list as often as the story's own
    intro = "Here is what our readers have been looking at this week:"
    titles = [
        "Harbour board approves new ferry timetable",
        "Ten quiet beaches to visit before the crowds arrive",
        "Why the price of fish keeps rising in coastal towns",
    ]
    got = kinds([TITLE, *BODY, intro, *titles])
    assert all(got[line] != "body" for line in titles)


def test_bare_years_under_a_colon_stay_junk() -> None:
    intro = "Looking for more music news? Browse our tour coverage by year:"
    years = ["2025", "2024", "2023", "2022"]
    got = kinds([TITLE, *BODY, intro, *years])
    assert all(got[line] != "body" for line in years)


def test_list_stops_at_a_line_of_another_shape() -> None:
    listing = [*DATES[:2], LONG_DATE, *DATES[2:]]
    teasers = ["Ada Brennock on the songs that made the band", "Folk festivals to see this year"]
    got = kinds([TITLE, *BODY, "Tour dates", *listing, *teasers])
    assert all(got[line] == "body" for line in listing)
    assert all(got[line] != "body" for line in teasers)
