"""Language detection by stopword share."""

from __future__ import annotations

import pytest

from presswatch.sources.lang import (
    MIN_SHARE,
    MIN_WORDS,
    WORD,
    analysed_as_english,
    detect_language,
    stopwords,
)

TEXTS = {
    "en": "The council said on Tuesday that the bridge would reopen after the repairs, and that "
    "the engineers who had been there were satisfied with the work on the deck.",
    "de": "Der Rat sagte am Dienstag, dass die Brücke nach den Reparaturen wieder geöffnet wird "
    "und "
    "dass die Ingenieure, die dort waren, mit der Arbeit an der Fahrbahn zufrieden sind.",
    "fr": "Le conseil a déclaré mardi que le pont rouvrirait après les réparations et que les "
    "ingénieurs qui étaient sur place étaient satisfaits du travail sur le tablier.",
    "es": "El consejo dijo el martes que el puente se reabriría después de las reparaciones y que "
    "los ingenieros que estaban allí estaban satisfechos con el trabajo en el tablero.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_language_is_detected(lang: str) -> None:
    found, share = detect_language(TEXTS[lang])
    assert found == lang and share > 0.2
    assert analysed_as_english(found) == (lang == "en")


def test_short_or_wordless_text_is_undetermined_and_analysed() -> None:
    assert detect_language("Bridge reopens")[0] == "und"
    assert detect_language("1234 5678 " * 30)[0] == "und"
    assert analysed_as_english("und")


def _reference(text: str) -> tuple[str, float]:
    """The plain definition: per language, the share of words in its stopword list."""
    words = WORD.findall(text[:20_000].lower())
    if len(words) < MIN_WORDS:
        return "und", 0.0
    scores = {code: sum(w in table for w in words) / len(words)
              for code, table in stopwords().items()}  # fmt: skip
    best = max(scores, key=scores.__getitem__)
    return ("und" if scores[best] < MIN_SHARE else best), round(scores[best], 4)


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS.values(),
        TEXTS["en"] + " " + TEXTS["de"],  # mixed: the larger share wins
        "die the " * 15,  # a tie: the first language of the file wins
        "de la en el " * 10 + "x" * 5,
        "Zahlen 1234 und 5678 " * 12,
        "ça et là " * 9,
    ],
)
def test_one_pass_detection_decides_as_the_definition(text: str) -> None:
    assert detect_language(text) == _reference(text)
