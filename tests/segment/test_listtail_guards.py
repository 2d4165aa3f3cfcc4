"""Widgets right after a list closing the story stay junk (review shapes, invented pages)."""

from __future__ import annotations

from tests.segment.test_listtail import BODY, SHARE, TITLE, kinds


def _split(listing: list[str], widget: list[str], head: str = "") -> dict[str, str]:
    got = kinds([TITLE, *BODY, *([head] if head else []), *listing, *widget, *SHARE])
    assert all(got[line] == "body" for line in listing)
    return got


def test_fixtures_after_results_stay_junk() -> None:
    # " - " between two scores, then between a team and a kick-off time
    intro = "The band's five-a-side team also played its first matches, with these results:"
    results = ["Lanterns 4 - 2 Eastwick Pier", "Corn Exchange 1 - 3 Lanterns"]
    fixtures = ["Lanterns v Tarrow Rovers - Sun 2pm", "Marlow Flyers v Lanterns - Wed 7pm"]
    got = _split([intro, *results, "Saldane Guild 0 - 0 Lanterns"], fixtures)
    assert all(got[line] != "body" for line in fixtures)


def test_headlines_with_by_after_a_reading_list_stay_junk() -> None:
    intro = "Ada Brennock said these were the books the band read on the bus between shows:"
    books = [
        "The Salt Road by Mara Quill",
        "Winter at Harwick by Tom Ellery",
        "A Lamp for the Ferry by June Okafor",
    ]
    links = ["Folk tour announced by band", "Barn sessions praised by fans"]
    got = _split([intro, *books], links)
    assert all(got[line] != "body" for line in links)


LONG_DATES = [
    "March 3 – The band meet in a barn outside Harwick and agree to play together again this year",
    "April 10 – The first rehearsals start, with the old songs rearranged for a small string band",
    "May 22 – The tour is announced on the radio, and the first dates sell out within the hour",
]


def test_archive_months_after_a_timeline_stay_junk() -> None:
    archive = ["November 2026 (4)", "October 2026 (7)", "September 2026 (2)"]
    got = _split(LONG_DATES, archive, "Timeline")
    assert all(got[line] != "body" for line in archive)


def test_short_events_after_a_timeline_stay_junk() -> None:
    events = ["Dec 5 – Lights switch-on, Market Square", "Dec 12 – Carol concert, St Mary's"]
    got = _split(LONG_DATES, events, "Timeline")
    assert all(got[line] != "body" for line in events)


def test_ticket_widget_after_tour_dates_stays_junk() -> None:
    dates = [
        "June 4 @ Harwick Corn Exchange, with support from The Salt Road and a late set of reels",
        "June 6 @ Eastwick Pier Pavilion, with support from The Salt Road and a dance workshop",
        "June 9 @ Marlow Town Hall, with support from The Salt Road and an acoustic afternoon",
    ]
    tickets = ["June 5 @ Harwick Arena – Tickets", "June 7 @ Tarrow Theatre – Tickets"]
    got = _split(dates, tickets, "Tour dates")
    assert all(got[line] != "body" for line in tickets)


LONG_BULLETS = [
    "• Tickets go on sale on Friday morning through the venues and cost the same at every show",
    "• Children under twelve go free at the afternoon shows when they come with a paying adult",
    "• The band will sell its new record at the shows and give the takings to the village hall",
]


def test_short_sidebar_bullets_after_long_bullets_stay_junk() -> None:
    sidebar = ["• Harwick man fined for noise", "• Pier reopens after storms"]
    got = _split(LONG_BULLETS, sidebar, "What fans need to know")
    assert all(got[line] != "body" for line in sidebar)


def test_bullets_of_another_character_stay_junk() -> None:
    other = [
        "* Harbour board approves a new ferry timetable for the summer months ahead",
        "* Fish prices keep rising along the coast as the boats stay in harbour",
    ]
    got = _split(LONG_BULLETS, other, "What fans need to know")
    assert all(got[line] != "body" for line in other)


def test_numbered_list_that_starts_again_stays_junk() -> None:
    songs = [
        "1. The Ferryman – the song the band opened every show with in the old days on the coast",
        "2. Salt and Iron – a sea shanty that Ada Brennock learnt from her grandfather in Harwick",
        "3. The Long Field – the slow waltz the band wrote in the barn during the long winter",
    ]
    most_read = [
        "1. Harwick – man fined after a noisy party that kept the whole street awake",
        "2. Kinross – the school shut for a week after a storm took off the roof",
    ]
    got = _split(songs, most_read, "The set list")
    assert all(got[line] != "body" for line in most_read)
