"""Tests for the text path's contents lists, dated teaser cards and trailer furniture (invented)."""

from __future__ import annotations

import pytest

from presswatch.segment import segment_text
from presswatch.segment.storybox import dated_card_above
from presswatch.segment.text import split_lines
from tests.segment.test_layout import kinds_of

SECTIONS = {
    "Why the pier closed": [
        "The old ferry pier was closed in the autumn after divers found that two of its oak piles "
        "had rotted through below the waterline.",
        "Engineers from the county said the structure could no longer carry the weight of a "
        "loaded ferry, and the last sailing left the harbour in October.",
    ],
    "What the council decided": [
        "On Tuesday the harbour council voted by nine votes to four to rebuild the pier in steel "
        "and concrete on the line of the old one.",
        "Council leader Mara Quill said the work would begin in the spring and should be finished "
        "before the summer season of the following year.",
    ],
    "How the work will be paid for": [
        "Most of the 4.2 million cost will come from a regional fund for coastal towns, with the "
        "rest raised through a small rise in mooring fees.",
        "Traders said they would accept the higher fees if the ferry returned, because visitors "
        "had stayed away since it stopped calling at the town.",
    ],
}
LEAD = (
    "Eastwick will rebuild its ferry pier, ending a debate that has divided the small harbour "
    "town for more than three years."
)


def sectioned_body() -> list[str]:
    lines = [LEAD]
    for heading, paragraphs in SECTIONS.items():
        lines += [heading, *paragraphs]
    return lines


def line_kinds(text: str) -> list[tuple[str, str]]:
    """Return (line, kind) for every non-blank line of text, in order (repeated lines too)."""
    out = []
    for block in segment_text(text):
        out += [(line.strip(), block.kind) for line in text[block.start : block.end].split("\n")]
    return [(line, kind) for line, kind in out if line]


def test_article_contents_list_is_body() -> None:
    contents = ["Contents", *SECTIONS]
    title = "Eastwick votes to rebuild its ferry pier"
    text = "\n".join(["Home", "News", "Sport", title, "By Jane Doe", *contents, *sectioned_body()])
    kinds = line_kinds(text)
    assert kinds[6:9] == [(entry, "body") for entry in SECTIONS]
    assert kinds[2][1] != "body"  # "Sport": site navigation


def test_site_menu_repeated_inside_the_body_is_not_contents() -> None:
    # the menu recurs as a box between two sections: its items head no prose of their own
    menu = ["World news", "Local sport", "Weather today", "Letters page"]
    body = sectioned_body()
    text = "\n".join([*menu, *body[:3], *menu, *body[3:], *menu, "Privacy policy"])
    kinds = line_kinds(text)
    assert all(kind != "body" for _, kind in kinds[:4])
    assert kinds[4] == (LEAD, "body")


def cards(dek_end: str = ".", date_first: bool = True) -> tuple[list[str], list[str]]:
    """Return (lines, blurbs) of four dated teaser cards with blurbs of two sentences."""
    stories = [
        ("Town band wins its first national title in forty years", "Pat Green"),
        ("Is the oyster season about to come back to the bay?", "Sam Roe"),
        ("Why the lighthouse keeper never left the island", "Ann Lee"),
        ("Storm damage closes the coast road for a week", "Bo Chan"),
    ]
    lines, blurbs = [], []
    for n, (title, author) in enumerate(stories):
        blurb = (
            f"The story of {author}'s town goes back a long way, and people there still talk "
            f"about it. This week we look at what happened next{dek_end}"
        )
        date = f"Wednesday November {n + 10}, 2025" if date_first else f"{n + 2}H ago"
        lines += [title, author, date, blurb] if date_first else [title, blurb, date]
        blurbs.append(blurb)
    return lines, blurbs


@pytest.mark.parametrize(
    ("dek_end", "date_first"), [(".", True), ("", False)], ids=["dated-blurb", "dek-then-age"]
)
def test_dated_teaser_cards_after_the_body_are_teasers(
    body_lines: list[str], dek_end: str, date_first: bool
) -> None:
    trailer, blurbs = cards(dek_end, date_first)
    text = "\n".join([*body_lines, *trailer])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[line] for line in body_lines] == ["body"] * len(body_lines)
    assert all(kinds[b] != "body" for b in blurbs)
    assert kinds["Is the oyster season about to come back to the bay?"] != "body"


def test_closing_quote_before_teaser_cards_stays_body(body_lines: list[str]) -> None:
    trailer, _ = cards()
    closing = "“That's right,” Quill said."
    text = "\n".join([*body_lines, closing, *trailer])
    kinds = kinds_of(text, segment_text(text))
    assert kinds[closing] == "body"
    assert kinds["Storm damage closes the coast road for a week"] != "body"


def test_undated_listicle_sections_stay_body(body_lines: list[str]) -> None:
    items = []
    for n, name in enumerate(["Rigatoni", "Linguine", "Orzo", "Fusilli"]):
        items += [
            f"{n + 1}. {name} with clams",
            f"This {name.lower()} dish needs only three ingredients. It is ready in twenty "
            "minutes and keeps well for a day in the fridge.",
        ]
    text = "\n".join([*body_lines, *items])
    kinds = kinds_of(text, segment_text(text))
    assert kinds["4. Fusilli with clams"] == "body"
    assert kinds[items[-1]] == "body"


@pytest.mark.parametrize(
    "line",
    [
        "You are commenting using your WordPress.com account. ( Log Out / Change )",
        "Please log in using one of these methods to post your comment:",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Notify me of new comments via email.",
    ],
)
def test_comment_form_lines_end_the_body(body_lines: list[str], line: str) -> None:
    # the form's own sentences would otherwise read as three more paragraphs of prose
    form = [line, "Name (required)", "Website"]
    after = [b.replace("Eastwick", "Westwick") for b in body_lines[:3]]
    text = "\n".join([*body_lines, *form, *after])
    kinds = kinds_of(text, segment_text(text))
    assert kinds[line] == "comments"
    assert all(kinds[a] != "body" for a in after)


@pytest.mark.parametrize("word", ["Iklan", "Werbung", "Реклама"])
def test_advertisement_label_in_other_languages(body_lines: list[str], word: str) -> None:
    text = "\n".join([*body_lines[:2], word, *body_lines[2:]])
    assert kinds_of(text, segment_text(text))[word] == "ad"


def test_ranking_widget_tabs_are_a_trailer_heading(body_lines: list[str]) -> None:
    ranked = []
    for n, title in enumerate(["Viking shield gets a new face", "What sugar does to the brain"]):
        ranked += [str(n + 1), title]
    text = "\n".join([*body_lines, "Most Read Most Shared", *ranked])
    kinds = kinds_of(text, segment_text(text))
    assert kinds["Most Read Most Shared"] == "recommendation"
    assert kinds["What sugar does to the brain"] == "teaser"


def test_dated_source_list_is_not_teaser_cards(body_lines: list[str]) -> None:
    # a card's date is a short line of its own; citations carry theirs inside a long line
    sources = [
        f'Harbour Gazette, "Pier vote {n} delayed again by the council," accessed Nov. {n}, 2025'
        for n in range(1, 13)
    ]
    text = "\n".join([*body_lines, "Sources:", *sources])
    kinds = kinds_of(text, segment_text(text))
    assert all(kinds[line] != "teaser" for line in sources)


def test_bare_urls_after_the_body_are_not_prose(body_lines: list[str]) -> None:
    # long lines without end marks count as paragraphs; a lone URL is one token, not a sentence
    urls = [
        f"https://example.org/wp-content/cache/minified/js/site-bundle-{n}-" + "a1b2" * 12
        for n in range(6)
    ]
    text = "\n".join([*body_lines, "Services", "Client portal", "Offices", *urls])
    kinds = kinds_of(text, segment_text(text))
    assert kinds["Client portal"] != "body"
    assert all(kinds[url] != "body" for url in urls)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("258 Shares", "share"),
        ("Pin", "share"),
        ("View all (23)", "navigation"),
        ("Jonathan Blair Submitted photo", "credit"),
        ("Harbour at dawn. File photo", "credit"),
    ],
)
def test_share_counts_view_all_links_and_photo_credits(
    body_lines: list[str], line: str, kind: str
) -> None:
    text = "\n".join([*body_lines[:2], line, *body_lines[2:]])
    assert kinds_of(text, segment_text(text))[line] == kind


def test_timeline_of_dated_paragraphs_at_the_end_stays_body(body_lines: list[str]) -> None:
    timeline = []
    for year, event in [(2019, "first proposed"), (2021, "put to a vote"), (2023, "approved")]:
        timeline += [
            f"March {year}",
            f"The new pier was {event} by the harbour council. Traders and fishing families "
            "followed every step of the debate closely.",
        ]
    text = "\n".join([*body_lines, "Key dates", *timeline])
    kinds = kinds_of(text, segment_text(text))
    assert all(kinds[line] == "body" for line in timeline)


@pytest.mark.parametrize(
    "heading",
    [
        "Related Resources",
        "Additional Ferry Resources",
        "More Harbour Guides",
        "More book recommendations:",
    ],
)
def test_resource_and_guide_lists_are_trailer_headings(body_lines: list[str], heading: str) -> None:
    titles = ["Nine quiet coves for a winter swim", "How the tide tables are drawn up"]
    text = "\n".join([*body_lines, heading, *titles, "Eastwick Harbour Post"])
    kinds = kinds_of(text, segment_text(text))
    assert kinds[heading] == "recommendation"
    assert [kinds[line] for line in body_lines] == ["body"] * len(body_lines)
    assert all(kinds[t] == "teaser" for t in titles)


FOOTER_PROSE = [
    "Insurance products are offered through Eastwick Mutual Assurance Company and its affiliates, "
    "each licensed in the states where it does business, and are subject to each policy.",
    "The information on this website is general and is not advice for any particular situation; "
    "speak to a licensed agent about your own circumstances before you buy or change a policy.",
    "Investment services are offered through Eastwick Securities, member of the national broker "
    "association, and are not insured by any government agency and may lose value over time.",
    "Coverage, discounts and eligibility vary by state and are subject to underwriting approval; "
    "not every product is available in every state, and some carry fees listed on request.",
    "Eastwick Mutual gives no tax or legal advice, and nothing on these pages should be read "
    "as an offer to sell insurance or securities where such an offer would not be lawful to make.",
    "Claims are handled by the company that issued the policy, and the time it takes to settle a "
    "claim depends on the facts of each case and the documents that the policy holder provides.",
]


def test_dated_cards_under_a_trailer_heading_end_the_body(body_lines: list[str]) -> None:
    # a related-stories box whose card carries the next article whole: its paragraphs outweigh
    # the heading, but the card's date above them shows they are not this story's
    card = ["Blogs", "What your boat insurance does not cover", "Oct 16, 2025", "8 min read"]
    body = body_lines + [line.replace("Eastwick", "Westwick") for line in body_lines]
    text = "\n".join([*body, "Related Resources", *card, *FOOTER_PROSE])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[line] for line in body] == ["body"] * len(body)
    assert all(kinds[line] != "body" for line in [*card, *FOOTER_PROSE])


@pytest.mark.parametrize(
    ("line", "dated"),
    [("Mar 11", True), ("8 MIN READ", True), ("3 hours ago", True), ("2004", False)],
)
def test_a_card_date_is_a_calendar_date_or_reading_time(line: str, dated: bool) -> None:
    # a bare year is a table's "Founded" column as often as a card's date
    prose = "The ferry will run every hour from Monday, the harbour board said on Friday."
    lines = split_lines("\n".join(["Related", line, prose]))
    assert dated_card_above(lines, 0, 2) is dated


def test_one_dated_related_link_inside_a_long_story_is_bridged(body_lines: list[str]) -> None:
    # a single card is an inline link: the story goes on under it, however long either half
    first = body_lines + [line.replace("Eastwick", "Westwick") for line in body_lines]
    second = [line.replace("Eastwick", "Northwick") for line in body_lines]
    box = ["Related stories", "Fishermen plan a protest at the board meeting", "February 20, 2025"]
    text = "\n".join([*first, *box, *second])
    kinds = kinds_of(text, segment_text(text))
    assert [kinds[line] for line in [*first, *second]] == ["body"] * (len(first) + len(second))


@pytest.mark.parametrize(
    "heading", ["Other recommendations", "Further recommendations", "More than 20 guides"]
)
def test_a_report_s_recommendations_section_is_no_trailer(
    body_lines: list[str], heading: str
) -> None:
    text = "\n".join([*body_lines, heading, *body_lines[:2]])
    kinds = kinds_of(text, segment_text(text))
    assert kinds[heading] != "recommendation"
