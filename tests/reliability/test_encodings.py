"""Decoding legacy, mixed and UTF-16 bytes; scrubbing surrogates keeps every offset."""

from __future__ import annotations

import pytest

from presswatch.sources.decode import UndecodableError, decode, scrub


def test_utf8_mixed_with_windows_1252_is_decoded_piecewise() -> None:
    raw = "“Zürich,” she said. ".encode() + "Le maître a déclaré – ça va.".encode("cp1252")
    assert decode(raw) == ("“Zürich,” she said. Le maître a déclaré – ça va.", "utf-8+cp1252")


def test_cyrillic_legacy_page_is_detected() -> None:
    text = "Министр заявил, что мост будет открыт в понедельник. «Мы готовы», сказал он.\n"
    assert decode(text.encode("cp1251")) == (text, "cp1251")


def test_western_legacy_text_stays_windows_1252() -> None:
    for text in ("Café crème", "Die Bürgermeisterin sagte, die Straße sei gesperrt. Größer."):
        assert decode(text.encode("latin-1")) == (text, "cp1252")


def test_utf16_with_bom_is_text_not_binary() -> None:
    assert decode("\ufeffMinister says “yes”".encode("utf-16-le")) == (
        "Minister says “yes”",
        "utf-16-le",
    )
    assert decode("\ufeffhi".encode("utf-16-be"))[0] == "hi"


def test_xml_declaration_names_the_charset() -> None:
    raw = '<?xml version="1.0" encoding="ISO-8859-15"?><rss>€ 5</rss>'.encode("iso-8859-15")
    assert decode(raw, html=True) == (raw.decode("iso-8859-15"), "iso-8859-15")


@pytest.mark.parametrize("raw", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(1, 9)) * 99])
def test_binary_is_still_refused(raw: bytes) -> None:
    with pytest.raises(UndecodableError, match="binary"):
        decode(raw)


def test_scrub_replaces_surrogates_one_for_one() -> None:
    assert scrub("a\ud800b\udcffc") == "a\ufffdb\ufffdc"
    assert scrub(None) is None and scrub("plain") == "plain"
