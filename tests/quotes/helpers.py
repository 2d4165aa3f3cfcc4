"""Helpers for the quote tests: extraction with span invariants checked (invented text)."""

from __future__ import annotations

from presswatch.quotes import extract_quotes
from presswatch.records import Quote


def quotes_of(text: str, kind: str | None = "direct") -> list[Quote]:
    """Return the extracted quotes of one kind (None: all), checking the span invariants."""
    found = extract_quotes(text)
    last_end = 0
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.start >= last_end, "quotes overlap or are unsorted"
        last_end = q.end
        assert 0.0 <= q.confidence <= 1.0
        assert q.kind in ("direct", "indirect")
    return [q for q in found if kind is None or q.kind == kind]


def by_text(text: str, kind: str | None = "direct") -> dict[str, Quote]:
    """Return the quotes keyed by their text."""
    return {q.text: q for q in quotes_of(text, kind)}


def speakers_of(text: str, kind: str | None = "direct") -> list[str | None]:
    """Return the speakers of the text's quotes of one kind, in order."""
    return [q.speaker for q in quotes_of(text, kind)]


def quote_starting(text: str, prefix: str, kind: str | None = "direct") -> Quote:
    """Return the first quote of one kind whose text starts with prefix (asserting there is one)."""
    found = [q for q in quotes_of(text, kind) if q.text.startswith(prefix)]
    assert found, prefix
    return found[0]


def speaker_or_surface(text: str, prefix: str, kind: str | None = "direct") -> str | None:
    """Return the speaker, else the speaker surface, of the first quote starting with prefix."""
    q = quote_starting(text, prefix, kind)
    return q.speaker or q.speaker_surface


def last_speaker(text: str, kind: str | None = "direct") -> str | None:
    """Return the speaker of the text's last quote of one kind (asserting there is one)."""
    found = speakers_of(text, kind)
    assert found, "no quote"
    return found[-1]


def attributions_of(text: str, kind: str | None = "direct") -> list[tuple[str | None, str | None]]:
    """Return (speaker, speaker_surface) of each quote of one kind, in order."""
    return [(q.speaker, q.speaker_surface) for q in quotes_of(text, kind)]


def who_of(
    text: str, prefix: str = "", kind: str | None = "direct"
) -> tuple[str | None, str | None] | None:
    """Return (speaker, speaker_surface) of the first quote starting with prefix, None if none."""
    found = [q for q in quotes_of(text, kind) if q.text.startswith(prefix)]
    return (found[0].speaker, found[0].speaker_surface) if found else None


def headline_speakers(text: str) -> dict[str, str | None]:
    """Return the speaker of each direct quote in the headline (paragraph 0), keyed by its text."""
    return {q.text: q.speaker for q in quotes_of(text) if q.paragraph == 0}
