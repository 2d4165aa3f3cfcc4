"""Language detection by stopword share."""

from __future__ import annotations

import pytest

from presswatch.sources.lang import analysed_as_english, detect_language

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
