"""Decode raw bytes to text: UTF-8 first, then a declared or Windows/Latin-1 encoding."""

from __future__ import annotations

import re

CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we try (binary content)."""


def decode(content: bytes, html: bool = False) -> tuple[str, str]:
    """Return (text, encoding) for raw bytes; raise UndecodableError for binary content."""
    if b"\x00" in content[:8192]:
        raise UndecodableError("binary content (NUL bytes)")
    if content.startswith(b"\xef\xbb\xbf"):
        content = content[3:]
    candidates = ["utf-8"]
    if html and (found := META_CHARSET.search(content[:4096])):
        candidates.append(found.group(1).decode("ascii").lower())
    candidates += ["cp1252", "latin-1"]
    for encoding in candidates:
        try:
            text = content.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        sample = text[:8192]
        if sample and len(CONTROL.findall(sample)) > 0.05 * len(sample):
            raise UndecodableError("binary content (control characters)")
        return text, encoding
    raise UndecodableError("no encoding decodes it")  # unreachable: latin-1 always decodes
