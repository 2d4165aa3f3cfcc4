"""Story links in translated and foreign-language copy are junk; story lines stay body."""

from __future__ import annotations

import pytest

from presswatch.segment import furniture_key, segment_text
from tests.segment.conftest import BODY


def kind_of(line: str) -> str:
    """Return the kind of the block holding `line` between two story paragraphs."""
    text = "\n".join([BODY[0], line, BODY[1]])
    start = text.index(line)
    return next(b.kind for b in segment_text(text) if b.start <= start < b.end)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Leer también: El Gobierno anuncia nuevas medidas para el transporte", "teaser"),
        ("Baca juga: Harga beras naik di pasar tradisional Jakarta", "teaser"),
    ],
)
def test_a_link_is_junk(line: str, kind: str) -> None:
    assert kind_of(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "For the latest figures, the ministry said, officials would visit each district in turn.",
        "Did you make this mistake? Many drivers do, the agency said.",
        "Buy the ticket at the station for £5, the operator advised, or pay more on board.",
    ],
)
def test_story_sentences_of_the_same_shape_stay_body(line: str) -> None:
    assert kind_of(line) == "body"


def test_a_turkish_dotted_capital_keeps_its_word_whole() -> None:
    assert furniture_key("ÖNERİLEN HABERLER") == "önerilen haberler"
