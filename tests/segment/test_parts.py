"""Tests for bodies split by a long table and for menu-control walls (invented text)."""

from __future__ import annotations

from tests.segment.test_trailers import line_kinds

PRODUCTS = ["Alder Trail 5", "Birch Summit Pro", "Cedar Ridge 2", "Damson Peak", "Elm Coast X"]


def product_section(name: str, n: int) -> list[str]:
    """Return a product's heading, two review paragraphs and a spec sheet between them."""
    return [
        name,
        f"The {name} is the watch we reached for most often during our test weeks in the hills, "
        f"and its battery lasted through {n + 3} long days of mapping on a single charge.",
        "SPECIFICATIONS",
        "Case Width",
        f"4{n}.5 mm",
        "Screen Type",
        "Transflective",
        "Weight",
        f"{50 + n} g",
        f"Its biggest weakness is the small screen, which was hard to read in low light and "
        f"made the {n + 2} map layers we loaded feel cramped on long descents.",
    ]


def guide_paragraphs() -> list[str]:
    """Return twelve paragraphs of an invented buying guide."""
    topics = ["accuracy", "battery life", "comfort", "screens", "maps", "heart rate"]
    out = []
    for n in range(12):
        topic = topics[n % len(topics)]
        out.append(
            f"When we compared {topic} across the whole lineup in round {n + 1}, the differences "
            f"were larger than the spec sheets suggested, so we repeated each test twice."
        )
    return out


def review_page() -> list[str]:
    """Return a review page: menu, product sections, a long comparison table, the guide."""
    table = []
    for n in range(40):
        table += [f"Rank {n + 1}", "Compare:", f"Model {n + 1}"]
    lines = ["Home", "Reviews", "Fitness", "The Best Trail Watches"]
    for n, name in enumerate(PRODUCTS):
        lines += product_section(name, n)
    return [*lines, "Comparison Table", *table, "How We Tested", *guide_paragraphs(), "Contact"]


def test_review_split_by_a_long_table_keeps_both_parts() -> None:
    kinds = line_kinds("\n".join(review_page()))
    by_line = {line: kind for line, kind in kinds}
    for n, name in enumerate(PRODUCTS):
        opening = product_section(name, n)[1]
        assert by_line[opening] == "body", name
    assert all(by_line[p] == "body" for p in guide_paragraphs())
    # the comparison table between the parts and the spec sheets inside them stay junk
    assert by_line["Compare:"] != "body"
    assert by_line["SPECIFICATIONS"] != "body"
    assert by_line["Transflective"] != "body"


def test_prose_after_a_trailer_heading_is_not_a_second_part() -> None:
    page = review_page()
    at = page.index("Comparison Table")
    page[at] = "Related articles"  # the table now follows a trailer heading
    by_line = dict(line_kinds("\n".join(page)))
    # the larger part is the body; a trailer heading between keeps the other part out
    assert by_line[guide_paragraphs()[0]] == "body"
    assert by_line[product_section(PRODUCTS[0], 0)[1]] != "body"


SECTIONS = {
    "Membership": "Whether you are new to the trade or a seasoned broker, our membership "
    "gives you tools, training and a voice in the places where rules are made.",
    "Research": "Reports on home sales, prices and the people who buy them, with the data "
    "behind every chart and a monthly outlook from our economists.",
    "Advocacy": "We stand up for property owners and the professionals who serve them in "
    "every state capital and in the national legislature as well.",
    "Education": "Courses, designations and certificates for every stage of a career, "
    "taught online and in person by practitioners from across the field.",
}


def mega_menu() -> list[str]:
    """Return a site menu whose sections each open with a descriptive sentence."""
    lines = ["Main menu"]
    for name, description in SECTIONS.items():
        lines += [name, "Open submenu", description, "Overview", "Latest", "View More"]
        lines.append(f"Close submenu{name}")
    return lines


def test_menu_controls_keep_a_descriptive_mega_menu_out_of_the_body(
    body_lines: list[str],
) -> None:
    title = "Harbour town votes to rebuild its pier"
    text = "\n".join([*mega_menu(), "You are here", title, "By Jane Doe", *body_lines])
    by_line = dict(line_kinds(text))
    assert all(by_line[line] == "body" for line in body_lines)
    for description in SECTIONS.values():
        assert by_line[description] != "body"
    assert by_line["Open submenu"] == "navigation"
    assert by_line["Close submenuResearch"] == "navigation"


def test_submenu_in_a_sentence_is_no_menu_control(body_lines: list[str]) -> None:
    line = "The new app lets you close submenu panels with one swipe, which testers liked."
    text = "\n".join([*body_lines[:3], line, *body_lines[3:]])
    assert dict(line_kinds(text))[line] == "body"
