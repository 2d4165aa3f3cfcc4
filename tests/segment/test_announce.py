"""A list the body announces stays body up to the page's furniture (invented pages)."""

from __future__ import annotations

from tests.segment.test_trailers import line_kinds

HEAD = ["Windowbox Diaries", "Home", "Recipes", "Garden", "Subscribe"]
TITLE = "Balcony vegetables that actually grow"
BODY = [
    "Growing vegetables on a small balcony takes more planning than most people expect, because "
    "every pot competes for the same few hours of sun.",
    "Over three summers I have tried tomatoes, beans, chillies and herbs in containers of every "
    "size, and I kept notes on what worked and what failed.",
    "The biggest lesson was that deep pots with good drainage matter more than the seed variety, "
    "and that watering twice a day in July saves most plants.",
]
# plant names, each again in small letters, then short notes (a blogger's list)
PLANTS = [
    "Cherry tomatoes",
    "cherry tomatoes",
    "deep pots",
    "drainage holes",
    "the sizing of the pot matters more than the seed, I found.",
    "Runner beans",
    "runner beans",
    "tall canes",
    "daily watering",
]
HOPE = "I hope this list of balcony vegetables and pots helps other small-space gardeners too."
FOOT = ["Previous", "Next", "© 2026 Windowbox Diaries", "Privacy Policy"]


def kinds(lines: list[str]) -> dict[str, str]:
    return dict(line_kinds("\n".join([*HEAD, TITLE, *BODY, *lines, *FOOT])))


def test_list_announced_by_this_list_is_body() -> None:
    got = kinds([HOPE, *PLANTS])
    assert all(got[line] == "body" for line in PLANTS)
    assert got["Previous"] != "body"


def test_ingredients_under_you_will_need_are_body() -> None:
    intro = "It is a forgiving soup, so swap the lentils for beans if you have them. You will need:"
    soup = ["1 small squash", "200g red lentils", "1 onion", "2 cloves garlic", "olive oil"]
    body = [
        "This autumn soup uses the last of the garden squash and a handful of red lentils, and it "
        "keeps well in the fridge for three days.",
        "Roast the squash and the onion first for a deeper flavour, then simmer them with the "
        "garlic and blend with a little olive oil.",
    ]
    got = kinds([*body, intro, *soup])
    assert all(got[line] == "body" for line in soup)


def test_related_posts_after_an_announced_list_stay_junk() -> None:
    intro = "Here are the plants and pots that did best for me on the balcony this year:"
    related = ["Related Posts", "Ten herbs for a shady window", "How to build a raised bed"]
    got = kinds([intro, *PLANTS, *related])
    assert all(got[line] == "body" for line in PLANTS)
    assert all(got[line] != "body" for line in related)


def test_glued_tag_and_date_line_ends_the_list() -> None:
    tags = "gardeningMaraMarch 3, 2026balcony vegetables, pots"
    got = kinds([HOPE, *PLANTS, tags])
    assert all(got[line] == "body" for line in PLANTS)
    assert got[tags] != "body"


def test_site_menu_after_the_following_stays_junk() -> None:
    # guard: one or two capitalised words a line is a menu, even with a topic word in it
    intro = "The council listed the following changes for the beans and tomatoes in the pots."
    menu = ["Home", "Tomatoes", "Beans", "Pots", "Contact Us"]
    got = kinds([intro, *menu])
    assert all(got[line] != "body" for line in menu)


def test_off_topic_list_after_here_are_stays_junk() -> None:
    # guard: a category list sharing no words with the story
    intro = "Here are my notes from the third summer, written up at the end of the season."
    cats = ["Travel tips", "Budget stays", "City breaks", "Family holidays"]
    got = kinds([intro, *cats])
    assert all(got[line] != "body" for line in cats)


def test_shop_grid_after_a_colon_stays_junk() -> None:
    # guard: prices among the items make a shop grid, even on the story's topic
    intro = "For more on deep pots and drainage, have a look at the balcony gardening guides below:"
    grid = ["Year round", "Garden Classics", "Glazed balcony pot with drainage", "$45"]
    got = kinds([intro, *grid])
    assert all(got[line] != "body" for line in grid)


def test_teaser_titles_after_a_colon_stay_junk() -> None:
    # guard: items of many words are teaser titles, not a list of the story's
    intro = "Readers who liked this story about balcony tomatoes and beans also read these:"
    teasers = [
        "Why my balcony tomatoes split in the August heat and what I changed",
        "Runner beans on a railing: the canes, the wind and the neighbours",
        "Deep pots or wide pots for chillies, a summer of testing both",
    ]
    got = kinds([intro, *teasers])
    assert all(got[line] != "body" for line in teasers)


def test_the_following_week_points_at_no_list() -> None:
    # guard: "the following week" is a time, and the tag lines under it stay the site's
    intro = "The gardening club will judge the balcony pots and runner beans the following week."
    tags = ["balcony pots", "runner beans", "cherry tomatoes", "small gardens"]
    got = kinds([intro, *tags])
    assert all(got[line] != "body" for line in tags)


def test_here_are_inside_a_quote_points_at_no_list() -> None:
    intro = '"The beans were tall and the tomatoes sweet, and here are my pots," the grower said.'
    tags = ["tall beans", "sweet tomatoes", "balcony pots", "grower tips"]
    got = kinds([intro, *tags])
    assert all(got[line] != "body" for line in tags)


def test_here_are_without_a_colon_points_at_no_list() -> None:
    intro = "Here are the pots I kept for next summer, all of them deep and with good drainage."
    boxes = ["choose your topics", "balcony and pot news", "drainage tips", "weekly digest"]
    got = kinds([intro, *boxes])
    assert all(got[line] != "body" for line in boxes)


def test_poll_after_the_following_question_stays_junk() -> None:
    intro = "We asked readers the following question about balcony tomatoes and deep pots:"
    poll = [
        "Do deep pots grow better tomatoes?",
        "yes, deep pots",
        "no, any pot",
        "Vote",
        "See results",
    ]
    got = kinds([intro, *poll])
    assert all(got[line] != "body" for line in poll)


def test_read_more_links_after_a_colon_stay_junk() -> None:
    intro = "There is more about balcony tomatoes and deep pots at the following links:"
    links = ["Read more: deep pots", "Read more: tomato drainage", "Read more: balcony beans"]
    got = kinds([intro, *links])
    assert all(got[line] != "body" for line in links)


def test_picture_buttons_after_an_announced_list_stay_junk() -> None:
    buttons = ["Enlarge", "Gallery"]
    got = kinds([HOPE, *PLANTS, *buttons])
    assert all(got[line] == "body" for line in PLANTS)
    assert all(got[line] != "body" for line in buttons)


def test_a_source_opening_with_cookie_stays_in_the_list() -> None:
    # guard: only a short line opening with "Cookie" or "Privacy" is a footer link
    intro = "The advice on balcony pots and drainage in this post comes from the following guides:"
    guides = [
        "pots and drainage, Balcony Guild",
        "Cookie tins as seed pots, Grow Club",
        "deep pots guide",
    ]
    got = kinds([intro, *guides])
    assert all(got[line] == "body" for line in guides)
