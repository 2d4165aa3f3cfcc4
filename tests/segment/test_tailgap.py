"""A long gap of site links after the body, crossed by the run to footer prose (invented pages)."""

from __future__ import annotations

from tests.segment.test_trailers import line_kinds

TITLE = "Volunteers finish restoring the Kestrel Point lighthouse lamp room"
BODY = [
    "Volunteers at Kestrel Point have finished restoring the lighthouse lamp room, three years "
    "after a storm cracked its glass and left the keepers' cottage standing empty all winter.",
    "The group rebuilt the brass frame by hand, cleaning each panel of the lens and replacing "
    "the rusted gallery rail with one forged at the boatyard across the estuary.",
    "Visitors will be able to climb the lighthouse tower again from the spring, although the "
    "lamp room itself opens only on guided tours because the staircase is so narrow.",
    "The restoration cost less than expected because the volunteers salvaged most of the old "
    "lens, and the lighthouse trust says the savings will go towards the keepers' cottage.",
    "Lighthouse trust chair Odile Brannock said the lamp room restoration had brought the "
    "village together, with more than sixty volunteers taking shifts in the tower.",
]
MENU = [
    "Share",
    "Facebook",
    "Email",
    "Explore",
    "Coast",
    "Harbours",
    "Walks",
    "Birdwatching",
    "Villages",
    "Beaches",
    "Islands",
    "Events",
    "Tide tables",
    "Ferries",
    "Camping",
    "Food and drink",
    "About us",
    "Contact",
]
COOKIES = [
    "We and our partners store small files on your device to keep you signed in, remember your "
    "choices and measure which pages are read, and you can change this at any time.",
    "Some of these files are strictly necessary for the site to work, while others are used for "
    "statistics or to show advertising that matches your interests on other websites.",
    "You can accept all of them, refuse the optional ones or choose purpose by purpose in the "
    "settings panel, and your choice will be remembered on this device for twelve months.",
]

# The story going on after its own list or box (three paragraphs on the lighthouse).
LATER = [
    "The lighthouse volunteers photographed every stage of the lamp room restoration, and the "
    "pictures will hang in the keepers' cottage when the trust restores it next year.",
    "The lighthouse trust's members paid for most of the lamp room work, and the volunteers "
    "say the tower's brass frame and the old lens were the hardest parts to restore.",
    "Guided lighthouse tours will take eight people at a time up the tower to the lamp room, "
    "and the volunteers ask visitors to book their places at the harbour office.",
]


def _kinds(lines: list[str]) -> dict[str, str]:
    return dict(line_kinds("\n".join(lines)))


def test_cookie_notice_after_a_menu_is_not_body() -> None:
    kinds = _kinds([TITLE, *BODY, *MENU, *COOKIES, "Accept all", "Reject all"])
    assert all(kinds[line] == "body" for line in BODY)
    assert not any(kinds[line] in ("body", "headline") for line in MENU + COOKIES)


def test_disclaimers_after_link_columns_are_not_body() -> None:
    legal = [
        "The material published here is general information only and does not take into account "
        "the personal circumstances, needs or objectives of any particular reader.",
        "Prices, timetables and opening times quoted by partner businesses may change without "
        "notice, and the publisher accepts no liability for errors in third-party listings.",
        "Registered office: 4 Quay Lane, Port Elsa. Company number 0000000, registered in the "
        "register of small publishers, and all trademarks belong to their owners.",
    ]
    more = [
        "The trust hopes to light the lamp again for one night in the autumn, when the lighthouse "
        "turns one hundred and fifty, and has asked the harbour authority for permission.",
        "Until then the lamp room will stay dark, but the restored lens can be seen from the "
        "gallery, where the volunteers have put up boards telling the lighthouse's story.",
    ]
    kinds = _kinds([TITLE, *BODY, *more, *MENU, "Newsletter", "Sign up", *legal])
    assert all(kinds[line] == "body" for line in BODY + more)
    assert not any(kinds[line] == "body" for line in legal + MENU)


# Near misses: a story's own long list with a ruled line in it and the story going on after it.


def _still_body(lines: list[str], body: list[str]) -> None:
    kinds = _kinds(lines)
    assert [line for line in body if kinds[line] != "body"] == []


def test_recipe_ingredients_under_a_print_button_then_method_stay_body() -> None:
    intro = [
        "This lemon and thyme tart is the one I bake when friends come for lunch in early summer, "
        "because the pastry can be made a day ahead and the filling sets while we eat.",
        "The thyme is subtle, and the lemon filling stays soft rather than rubbery if you take "
        "the tart out of the oven while the middle still wobbles a little.",
    ]
    ingredients = [
        "Print recipe",
        "Share",
        "Ingredients",
        "250g plain flour",
        "125g cold butter",
        "1 egg yolk",
        "2 tbsp cold water",
        "4 lemons",
        "3 eggs",
        "150g caster sugar",
        "200ml double cream",
        "1 tsp thyme leaves",
        "Pinch of salt",
        "Icing sugar to dust",
        "Method",
        "Serves 8",
    ]
    method = [
        "Rub the butter into the flour with the salt, then add the egg yolk and water and bring "
        "the pastry together before chilling it for half an hour.",
        "Line the tart tin with the pastry and bake it blind, then whisk the eggs, sugar, cream, "
        "lemon juice and thyme leaves for the filling and pour it into the warm case.",
    ]
    _still_body([TITLE, *intro, *ingredients, *method], intro + method)


def test_timeline_under_a_share_bar_then_a_closing_paragraph_stays_body() -> None:
    timeline = ["Share", "Facebook", "Email", "Timeline"] + [
        f"{year}: lighthouse keepers' log entry kept" for year in range(1901, 1913)
    ]
    closing = [
        "The lighthouse keepers' logs from those years are now on show in the restored lamp room, "
        "where volunteers read the entries aloud on tours of the lighthouse tower."
    ]
    _still_body([TITLE, *BODY, *timeline, *closing], BODY + closing)


def test_story_ending_in_the_links_it_cites_is_unchanged() -> None:
    sources = ["Share", "Sources"] + [f"Lighthouse trust report, part {n}" for n in range(1, 15)]
    kinds = _kinds([TITLE, *BODY, *sources])
    assert all(kinds[line] == "body" for line in BODY)


def test_obituary_survivors_list_then_funeral_details_stay_body() -> None:
    obit = [
        "Marguerite Ollander, who ran the ferry café at Kestrel Point for forty years, has died "
        "at the age of ninety-one after a short illness, her family said.",
        "She opened the café in a converted net shed and served the ferry crews breakfast before "
        "dawn, long before the harbour had a proper waiting room of its own.",
        "Her family asked that the following be listed among those she leaves behind:",
    ]
    survivors = ["Share", "Email"] + [f"Grandchild {n} Ollander" for n in range(1, 15)]
    funeral = [
        "A funeral service for Marguerite Ollander will be held at the harbour chapel, and her "
        "family asks that donations go to the ferry café's crews' fund instead of flowers.",
        "The ferry café will close on the morning of the funeral so that the crews who ate "
        "breakfast there for forty years can walk together from the harbour to the chapel.",
        "Her grandchildren plan to reopen the café in the spring under her name, keeping the "
        "early breakfasts for the ferry crews and the photographs of the harbour on the walls.",
    ]
    _still_body([TITLE, *obit, *survivors, *funeral], obit + funeral)


def test_fact_box_between_parts_of_the_story_stays_body() -> None:
    box = ["Fact box", "Share"] + [f"Tower height {n} metres" for n in range(20, 34)]
    more = [
        "The lighthouse tower was painted in its old red and white bands last month, and the "
        "volunteers say the lamp room restoration will be finished by the spring tours.",
        "Lighthouse trust volunteers will also restore the keepers' cottage next year, using the "
        "money saved on the lens, and hope to open it as a small museum of the tower.",
    ]
    _still_body([TITLE, *BODY, *box, *more], BODY + more)


def test_second_half_longer_than_the_first_is_not_cut() -> None:
    # beyond the gap lies more prose than before it: a story in two parts, not a footer
    second = [
        "Across the bay, a second group has started work on the old pilot station, where the "
        "harbour pilots once waited for ships to signal from the open sea in bad weather.",
        "They expect the pilot station to take longer than the lighthouse, because its roof "
        "must come off before the winter and the timbers are rotten under the slates.",
        "The pilot station group meets on Saturdays and welcomes anyone who can carry a ladder, "
        "lay a slate or make a flask of tea strong enough for a cold morning on the rocks.",
        "Both groups share tools and the boatyard's forge, and say the two buildings together "
        "tell the story of how the harbour kept ships safe for more than a century.",
        "A joint open day for the lighthouse and the pilot station is planned for the autumn, "
        "with boat trips between the two and a talk by the last harbour pilot still living.",
        "Tickets for the open day will be free, but places on the boats are limited and must "
        "be booked at the harbour office or on the trust's website in advance.",
    ]
    _still_body([TITLE, *BODY[:2], *MENU, *second], BODY[:2] + second)


def test_ad_label_in_a_list_does_not_make_it_furniture() -> None:
    items = ["Advertisement"] + [f"Volunteer shift {n}: lamp room" for n in range(1, 16)]
    closing = [
        "Volunteers who took a lamp room shift say the restoration was the best winter they have "
        "spent at Kestrel Point, and many have signed up for the cottage next."
    ]
    _still_body([TITLE, *BODY, *items, *closing], BODY + closing)


def test_short_closing_lines_before_the_share_bar_stay_in_place() -> None:
    # the gap is cut from its first furniture line: short lines above it stay as they were
    tail = ["Tours start in April.", "Read the full guide »"]
    kinds = _kinds([TITLE, *BODY, *tail, *MENU, *COOKIES])
    assert all(kinds[line] == "body" for line in BODY + tail)
    assert not any(kinds[line] == "body" for line in COOKIES)


def test_interview_with_short_questions_under_a_share_bar_stays_body() -> None:
    qa = ["Share", "Facebook", "Email"]
    for n in range(1, 7):
        qa += [f"Why lighthouse number {n}?", "Tower.", "Lamp room."]
    _still_body([TITLE, *BODY, *qa, *LATER], BODY + LATER)


def test_photo_gallery_with_share_buttons_then_the_story_stays_body() -> None:
    gallery = ["Share", "Gallery"]
    for n in range(1, 8):
        gallery += [f"Image {n} of 7", "Lamp room"]
    _still_body([TITLE, *BODY, *gallery, *LATER], BODY + LATER)


def test_inline_related_box_then_the_story_resumes_stays_body() -> None:
    box = ["Related", *(f"Lighthouse news item {n}" for n in range(1, 15))]
    _still_body([TITLE, *BODY, *box, *LATER], BODY + LATER)


def test_tour_dates_under_a_share_bar_then_a_closing_line_stays_body() -> None:
    dates = ["Share", "Email", *(f"May {n} – Kestrel Point lighthouse tour" for n in range(1, 15))]
    closing = [
        "Lighthouse tour places are limited to eight people because the lamp room is so small, "
        "and the volunteers ask visitors to book the tower tours at the harbour office."
    ]
    _still_body([TITLE, *BODY, *dates, *closing], BODY + closing)
