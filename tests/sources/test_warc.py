"""WARC archives: HTML responses become documents, other records are skipped."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from presswatch.sources import RawDocument, Rejected, iter_paths
from presswatch.sources.files import kind_of
from presswatch.sources.warc import iter_warc

from .server import page
from .warcs import write_warc

RECORDS = [
    ("https://www.harbourpost.example/a", "text/html; charset=utf-8", page("A", "Alpha"), 200),
    ("https://harbourpost.example/logo.png", "image/png", b"\x89PNG....", 200),
    ("https://harbourpost.example/gone", "text/html", b"<html>gone</html>", 404),
    ("https://courier.example.co.uk/b", "text/html", page("B", "Beta"), 200),
]


@pytest.mark.parametrize("compressed", [True, False], ids=["warc.gz", "warc"])
def test_html_responses_become_documents(tmp_path: Path, compressed: bool) -> None:
    name = "crawl.warc.gz" if compressed else "crawl.warc"
    path = write_warc(tmp_path / name, RECORDS, gzip=compressed)
    assert kind_of(path) == "warc"
    items = list(iter_paths([path]))
    assert all(isinstance(i, RawDocument) for i in items)
    assert [d.url for d in items] == [RECORDS[0][0], RECORDS[3][0]]
    first = items[0]
    assert first.source_kind == "warc" and first.fmt == "html" and first.content == RECORDS[0][2]
    assert first.folder == "harbourpost.example" and first.source == str(path)
    assert items[1].folder == "example.co.uk"
    assert first.origin.startswith(f"{path}@")


def test_corrupt_record_is_rejected_after_the_good_ones(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "c.warc.gz", RECORDS[:1])
    with path.open("ab") as handle:
        handle.write(gzip.compress(b"NOT A WARC\r\nfoo: bar\r\n\r\nhello"))
    items = list(iter_warc(path))
    assert isinstance(items[0], RawDocument)
    assert isinstance(items[-1], Rejected) and items[-1].reason == "corrupt WARC record"
    assert items[-1].origin.startswith(str(path))


def test_truncated_gzip_and_garbage_are_rejected(tmp_path: Path) -> None:
    good = write_warc(tmp_path / "t.warc.gz", RECORDS)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(good.read_bytes()[:-40])
    garbage = tmp_path / "g.warc"
    garbage.write_bytes(b"this is not a WARC file\n" * 10)
    for path in (cut, garbage):
        items = list(iter_warc(path))
        assert isinstance(items[-1], Rejected) and items[-1].reason == "corrupt WARC record", path


def test_oversized_payload_is_rejected(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "big.warc.gz", [RECORDS[0]])
    (item,) = list(iter_warc(path, max_payload=100))
    assert isinstance(item, Rejected) and item.reason == "record too large"
