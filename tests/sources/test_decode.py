"""Bytes become text in the right encoding; binary content is refused with a reason."""

from __future__ import annotations

import pytest

from presswatch.sources.decode import UndecodableError, decode


def test_utf8_with_bom() -> None:
    assert decode("\ufeffZürich said “yes”".encode()) == ("Zürich said “yes”", "utf-8")


def test_latin1_page_is_decoded_by_its_declared_charset() -> None:
    raw = '<meta charset="iso-8859-1"><p>Café crème</p>'.encode("latin-1")
    text, encoding = decode(raw, html=True)
    assert "Café crème" in text and encoding == "iso-8859-1"


def test_windows_1252_quotes_fall_back_to_cp1252() -> None:
    text, encoding = decode(b"\x93Yes,\x94 she said")
    assert (text, encoding) == ("“Yes,” she said", "cp1252")


@pytest.mark.parametrize("raw", [b"\x00\x01\x02PK\x03\x04" * 10, bytes(range(1, 9)) * 50])
def test_binary_is_refused(raw: bytes) -> None:
    with pytest.raises(UndecodableError, match="binary"):
        decode(raw)
