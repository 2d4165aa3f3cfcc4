"""For any bytes, decoding and parsing return text or a reasoned rejection, never an exception."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from presswatch.analyze import analyze_one
from presswatch.parse import Article, parse
from presswatch.sources import RawDocument, Rejected
from presswatch.sources.decode import CONTROL, UndecodableError, decode

from .strategies import any_text, html_pages, texts
from .test_text_stages import assert_tiles

raw_bytes = st.one_of(
    st.binary(max_size=600),
    texts.map(lambda t: t.encode("utf-8", "surrogatepass")),
    texts.map(lambda t: t.encode("cp1252", "replace")),
    st.tuples(texts, texts).map(
        lambda p: p[0].encode("utf-8", "replace") + p[1].encode("latin-1", "replace")
    ),
)


@given(raw_bytes, st.booleans())
def test_decode_returns_text_or_says_binary(raw: bytes, html: bool) -> None:
    try:
        text, encoding = decode(raw, html=html)
    except UndecodableError as exc:
        assert "binary" in str(exc)
        return
    assert isinstance(text, str) and encoding


@given(any_text.filter(lambda t: not t.startswith("\ufeff")))
def test_valid_utf8_round_trips(text: str) -> None:
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates are not UTF-8
        return
    sample = text[:8192]
    if len(CONTROL.findall(sample)) > 0.05 * len(sample) or "\x00" in text[:8192]:
        return  # binary-looking by rule
    assert decode(raw) == (text, "utf-8")


def _doc(content: bytes, fmt: str, kind: str) -> RawDocument:
    return RawDocument(origin="prop", source_kind=kind, content=content, fmt=fmt, outlet=None)


@given(raw_bytes, st.sampled_from(["txt", "html"]))
def test_parse_any_file_gives_an_article_or_a_rejection(raw: bytes, fmt: str) -> None:
    result = parse(_doc(raw, fmt, fmt))
    assert isinstance(result, Article | Rejected)
    if isinstance(result, Rejected):
        assert result.reason and result.origin == "prop"
        return
    analysis = analyze_one(result)
    assert_tiles(analysis.blocks, result.text)
    for q in analysis.quotes:
        assert result.text[q.start : q.end] == q.text
    result.text.encode("utf-8")  # storable: no lone surrogate survives parsing


@given(st.one_of(texts, html_pages()), st.sampled_from(["text", "html", "body"]), texts)
def test_parse_any_jsonl_record(body: str, field: str, title: str) -> None:
    line = json.dumps({"title": title, field: body, "outlet": title[:20]}).encode()
    result = parse(_doc(line, "html" if field == "html" else "txt", "jsonl"))
    assert isinstance(result, Article | Rejected)
    if isinstance(result, Article):
        for value in (result.text, result.title or "", result.outlet):
            value.encode("utf-8")
        assert_tiles(analyze_one(result).blocks, result.text)
