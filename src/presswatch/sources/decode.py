"""Decode raw bytes to text: UTF-8 (or a BOM), a declared charset, mixed UTF-8, then a guess."""

from __future__ import annotations

import codecs
import re

CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
CONTROL_BYTES = bytes(b for b in range(128) if CONTROL.match(chr(b)))
META_CHARSET = re.compile(
    rb"""(?:<meta[^>]{0,200}charset|<\?xml[^>]{0,100}encoding)\s*=\s*["']?([A-Za-z0-9_\-:.]{1,40})""",
    re.IGNORECASE,
)
# A valid multi-byte UTF-8 sequence (2-4 bytes): its presence in otherwise invalid UTF-8 means a
# file of mixed encodings (UTF-8 pasted together with Windows-1252), decoded piecewise.
UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"))  # fmt: skip
# Scripts that Windows-1252 would turn into plausible-looking accented Latin: trust the detector.
NON_LATIN = frozenset(
    {"cp1251", "koi8_r", "koi8_u", "iso8859_5", "mac_cyrillic", "cp1253", "iso8859_7", "cp1255",
     "iso8859_8", "cp1256", "iso8859_6", "shift_jis", "cp932", "euc_jp", "gb2312", "gbk",
     "gb18030", "big5", "big5hkscs", "euc_kr", "cp949", "tis_620", "cp874"}
)  # fmt: skip
SAMPLE = 65_536
ERROR_HANDLER = "presswatch-cp1252"
CP1252_HOLES = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we try (binary content)."""


def _cp1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejected as Windows-1252 (Latin-1 for its five holes)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    text = "".join(chr(b) if b in CP1252_HOLES else bytes([b]).decode("cp1252") for b in bad)
    return text, exc.end


codecs.register_error(ERROR_HANDLER, _cp1252_bytes)


def decode(content: bytes, html: bool = False) -> tuple[str, str]:
    """Return (text, encoding) for raw bytes; raise UndecodableError for binary content."""
    for bom, encoding in BOMS:
        if content.startswith(bom):
            try:
                return _checked(content[len(bom) :].decode(encoding)), encoding
            except UnicodeDecodeError:
                content = content[len(bom) :]
                break
    if b"\x00" in content[:8192]:
        raise UndecodableError("binary content (NUL bytes)")
    try:
        return _checked(content.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if html and (found := META_CHARSET.search(content[:4096])):
        declared = found.group(1).decode("ascii").lower()
        try:
            return _checked(content.decode(declared)), declared
        except (UnicodeDecodeError, LookupError):
            pass
    if UTF8_MULTIBYTE.search(content):
        return _checked(content.decode("utf-8", errors=ERROR_HANDLER)), "utf-8+cp1252"
    guess = _guess(content[:SAMPLE])
    for encoding in (guess, "cp1252"):
        if encoding:
            try:
                return _checked(content.decode(encoding)), encoding
            except UnicodeDecodeError:
                continue
    return _checked(content.decode("latin-1")), "latin-1"


def _checked(text: str) -> str:
    """Return text unless its start is mostly control characters (binary that happens to decode)."""
    sample = text[:8192]
    # counted in the UTF-8 bytes (where every control character is one byte of its own), as
    # CONTROL finds them, ≈ 4x faster than the regex
    encoded = sample.encode("utf-8", "surrogatepass")
    controls = len(encoded) - len(encoded.translate(None, CONTROL_BYTES))
    if sample and controls > 0.05 * len(sample):
        raise UndecodableError("binary content (control characters)")
    return text


def _guess(sample: bytes) -> str | None:
    """Return a non-Latin legacy encoding charset-normalizer is sure of, else None (cp1252)."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional: without it every legacy page is read as Windows-1252
        return None
    best = from_bytes(sample).best()
    if best is None:
        return None
    name = codecs.lookup(best.encoding).name.replace("-", "_")
    return best.encoding if name in NON_LATIN else None


SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(text: str | None) -> str | None:
    """Return text with lone surrogates (from JSON escapes or file names) as U+FFFD, same length."""
    if text is None or text.isascii():
        return text
    return SURROGATE.sub("\ufffd", text)
