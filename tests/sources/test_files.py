"""Files, sidecars and folders become raw documents; bad files become rejections."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from presswatch.sources import RawDocument, Rejected, iter_paths
from presswatch.sources.files import kind_of


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def test_kind_of_recognises_supported_suffixes() -> None:
    assert kind_of(Path("a.txt")) == "txt"
    assert kind_of(Path("a.HTM")) == "html"
    assert kind_of(Path("a.jsonl.gz")) == "jsonl"
    assert kind_of(Path("a.meta.json")) is None
    assert kind_of(Path("a.csv")) is None


def test_text_without_sidecar_takes_outlet_from_folder(tmp_path: Path) -> None:
    _write(tmp_path / "river-post" / "a.txt", "Bridge reopens\nThe bridge reopened today.\n")
    (doc,) = list(iter_paths([tmp_path]))
    assert isinstance(doc, RawDocument)
    assert (doc.outlet, doc.folder) == (None, "river-post")
    assert doc.title is None  # the parser takes the first line
    assert doc.source_kind == "txt"


def test_sidecar_supplies_metadata(tmp_path: Path) -> None:
    _write(tmp_path / "x" / "a.txt", "Headline\nBody.\n")
    meta = {"outlet": "The River Post", "url": "https://example.org/a", "title": "Real title",
            "published": "2026-11-23T08:00:00+01:00"}  # fmt: skip
    _write(tmp_path / "x" / "a.meta.json", json.dumps(meta))
    (doc,) = list(iter_paths([tmp_path]))
    assert isinstance(doc, RawDocument)
    assert (doc.outlet, doc.url, doc.title) == ("The River Post", meta["url"], "Real title")
    assert doc.published == meta["published"]


def test_empty_and_missing_files_are_rejected_and_batch_goes_on(tmp_path: Path) -> None:
    _write(tmp_path / "o" / "empty.txt", b"")
    _write(tmp_path / "o" / "good.txt", "Headline\nBody.\n")
    items = list(iter_paths([tmp_path, tmp_path / "nope.txt"]))
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert sorted(r.reason for r in rejected) == ["empty file", "not found"]
    assert sum(isinstance(i, RawDocument) for i in items) == 1


def test_jsonl_good_and_malformed_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"title": "One", "text": "One\nFirst body.", "outlet": "Wire"}),
        "{not json",
        json.dumps({"title": "Two", "html": "<html><body><p>Two</p></body></html>"}),
        json.dumps({"title": "No body"}),
    ]
    path = _write(tmp_path / "feed" / "export.jsonl", "\n".join(lines) + "\n")
    items = list(iter_paths([path]))
    docs = [i for i in items if isinstance(i, RawDocument)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert [d.fmt for d in docs] == ["txt", "html"]
    assert (docs[0].outlet, docs[1].outlet, docs[1].folder) == ("Wire", None, "feed")
    assert [(r.origin.rsplit(":", 1)[1], r.reason) for r in rejected] == [
        ("2", "malformed JSON line"),
        ("4", "empty record"),
    ]


def test_truncated_gzip_keeps_lines_read_before_the_damage(tmp_path: Path) -> None:
    body = "".join(json.dumps({"text": f"Story {i}\nBody {i}."}) + "\n" for i in range(200))
    packed = gzip.compress(body.encode())
    path = _write(tmp_path / "w" / "big.jsonl.gz", packed[: len(packed) // 2])
    items = list(iter_paths([path]))
    assert isinstance(items[-1], Rejected) and items[-1].reason == "unreadable file"
    assert sum(isinstance(i, RawDocument) for i in items) > 0
