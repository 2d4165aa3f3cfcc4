"""Quote-mark styles, stray marks and titles."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.quotes.helpers import by_text, quotes_of

HEAD = "Council approves new harbour plan\n"


def test_curly_quotes_with_trailing_cue() -> None:
    text = HEAD + "“We will build the pier by spring,” Mayor Aurelia Mendes said on Tuesday."
    (q,) = quotes_of(text)
    assert q.text == "We will build the pier by spring,"
    assert q.speaker == "Aurelia Mendes"
    assert q.speaker_surface == "Mayor Aurelia Mendes"
    assert q.cue == "said" and q.stance == "neutral"
    assert q.paragraph == 1 and q.prominence == "lede"


def test_straight_quotes() -> None:
    text = HEAD + 'Harbour master Tobias Lindqvist said, "The tides are on our side this year."'
    (q,) = quotes_of(text)
    assert q.text == "The tides are on our side this year."
    assert q.speaker == "Tobias Lindqvist"


def test_nyt_double_apostrophes() -> None:
    text = HEAD + "''It is a fair deal for the fishermen,'' Mr. Lindqvist told reporters."
    (q,) = quotes_of(text)
    assert q.text == "It is a fair deal for the fishermen,"
    assert q.speaker == "Lindqvist" and q.cue == "told"


def test_guillemets() -> None:
    text = HEAD + "«Nous attendons des garanties», a déclaré la ministre. Clara Duval said: «Rien.»"
    found = by_text(text)
    assert "Nous attendons des garanties" in found
    assert found["Rien."].speaker == "Clara Duval"


def test_single_quotes_in_headline() -> None:
    text = "Mendes calls pier plan 'a promise kept'\nThe council voted on Monday."
    (q,) = quotes_of(text)
    assert q.text == "a promise kept"
    assert q.prominence == "headline" and q.paragraph == 0


def test_unclosed_quote_stops_at_paragraph_end() -> None:
    text = (
        HEAD + "Mendes said: “The pier is only the start\n"
        "Later the council met again. Nobody argued.\n"
        "“A new school comes next,” she said."
    )
    found = quotes_of(text)
    assert found[0].text == "The pier is only the start"
    assert all("\n" not in q.text for q in found)
    assert found[-1].text == "A new school comes next,"


def test_stray_closing_mark_is_ignored() -> None:
    text = HEAD + "The vote was close.” Then “nothing happened,” Mendes said."
    (q,) = quotes_of(text)
    assert q.text == "nothing happened,"
    assert q.speaker == "Aurelia Mendes" or q.speaker == "Mendes"


def test_titles_and_scare_quotes_are_dropped() -> None:
    text = (
        HEAD + "Mendes appeared on the show “Harbour Nights Live” on Friday.\n"
        "Critics call the plan a “vanity” project, and the “Blue Line Ferry Company” agreed."
    )
    assert quotes_of(text) == []


def test_nickname_is_dropped() -> None:
    text = HEAD + "Councillor Jonas “Jojo” Berg voted against the plan."
    assert quotes_of(text) == []


def test_never_raises_on_odd_input() -> None:
    odd = [
        "",
        "   ",
        "\n\n",
        "“",
        "”",
        "''",
        '"""',
        "«»",
        "“\n”",
        "a “b” c",
        "\x00\x1f said “x",
        "“" * 50,
        "he said “" + "é" * 300,
        "\ud7ff “ok,” he said",
        "   \n   \n“Orphan quote with no end",
        "said said said “a” said",
    ]
    for text in odd:
        quotes_of(text, None)


PIECES = [*"ab XY,.:;\n\"'“”‘’«»-—", "said ", "he ", "Jo Roe ", "''"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=80).map("".join))
def test_never_raises_on_generated_text(text: str) -> None:
    quotes_of(text, None)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raises_on_any_unicode(text: str) -> None:
    quotes_of(text, None)


def test_long_paragraphs_stay_fast() -> None:
    text = HEAD + "“Yes,” he said. " * 3000 + "\n" + "Roe said “" + "word " * 20000
    start = time.process_time()
    quotes_of(text, None)
    assert time.process_time() - start < 5.0
