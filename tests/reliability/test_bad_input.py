"""Bad input of every kind: a quarantine row naming the input and the reason; the rest is stored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from presswatch.db import connect
from presswatch.ingest import build_warehouse, ingest_paths

from .corpus import article, deep_html, truncated_gzip

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8


def quarantine(db: Path) -> dict[str, tuple[str, str]]:
    """Return file name (or name:line) -> (reason, detail) of every quarantine row."""
    with connect(db, read_only=True) as con:
        rows = con.execute("select origin, reason, detail from quarantine").fetchall()
    return {Path(origin).name: (reason, detail) for origin, reason, detail in rows}


def stored(db: Path) -> dict[str, str]:
    """Return file name (or name:line) -> article text of every stored document."""
    with connect(db, read_only=True) as con:
        rows = con.execute(
            "select d.origin, a.text from documents d join articles a using (doc_id)"
        ).fetchall()
    return {Path(origin).name: text for origin, text in rows}


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    """Return a warehouse loaded from one folder of good and bad inputs, and the ingest stats."""
    root = tmp_path_factory.mktemp("bad")
    src = root / "in" / "river-post"
    src.mkdir(parents=True)
    (src / "good1.txt").write_text(article(1))
    (src / "good2.txt").write_text(article(2))
    (src / "binary.txt").write_bytes(PNG)
    (src / "empty.txt").write_bytes(b"")
    (src / "blank.txt").write_bytes(b" \n\t\r\n ")
    (src / "latin1.html").write_bytes(
        "<html><head><title>Caf\xe9</title></head><body><article><p>Le caf\xe9 cr\xe8me "
        "co\xfbte deux euros \xe0 Gen\xe8ve, a d\xe9clar\xe9 le ma\xeetre.</p></article>"
        "</body></html>".encode("latin-1")
    )  # no declared charset: detected
    (src / "mixed.txt").write_bytes(
        "Mixed encodings\n“Zürich is ready,” Ana Ruiz said.\n".encode()
        + "Le maître a déclaré: ça va.\n".encode("cp1252")
    )
    (src / "random.txt").write_bytes(bytes(range(0x80, 0x100)) * 4)  # invalid UTF-8, no NUL
    (src / "deep.html").write_text(deep_html(100_000))
    (src / "not-a-gzip.jsonl.gz").write_bytes(b"plain text, not gzip\n")
    (src / "cut.jsonl.gz").write_bytes(
        truncated_gzip([json.dumps({"text": article(100 + i)}) for i in range(300)])
    )
    (src / "lines.jsonl").write_text(
        "\n".join(
            [
                json.dumps({"text": article(10)}),
                "{not json",
                '{"text": "truncated',
                "[1, 2, 3]",
                json.dumps({"title": "no body"}),
                '{"text": "Lone \\ud800 surrogate\\nIt stays storable."}',
                "\udcff".encode("utf-8", "surrogateescape").decode("latin-1"),
                json.dumps({"html": deep_html(5_000, "span")}),
            ]
        )
        + "\n"
    )
    odd = os.fsencode(src) + b"/odd-\xff-name.txt"  # a file name that is not UTF-8
    Path(os.fsdecode(odd)).write_text(article(3))
    db = root / "w.duckdb"
    stats = ingest_paths([root / "in"], db, batch_size=4)
    return db, stats


def test_every_bad_input_is_quarantined_with_a_reason(loaded: tuple[Path, object]) -> None:
    db, _ = loaded
    got = quarantine(db)
    assert got["binary.txt"][0] == "undecodable" and "binary" in got["binary.txt"][1]
    assert got["empty.txt"][0] == got["blank.txt"][0] == "empty file"
    assert got["not-a-gzip.jsonl.gz"][0] == "unreadable file"
    assert got["cut.jsonl.gz"][0] == "unreadable file"
    assert "Compressed file ended" in got["cut.jsonl.gz"][1] or "EOF" in got["cut.jsonl.gz"][1]
    assert got["lines.jsonl:2"][0] == got["lines.jsonl:3"][0] == "malformed JSON line"
    assert got["lines.jsonl:4"] == ("malformed JSON line", "expected a JSON object")
    assert got["lines.jsonl:5"][0] == "empty record"
    assert got["lines.jsonl:7"][0] == "malformed JSON line"
    for name, (reason, _detail) in got.items():
        assert reason, name


def test_the_rest_of_the_batch_is_stored(loaded: tuple[Path, object]) -> None:
    db, stats = loaded
    texts = stored(db)
    assert {"good1.txt", "good2.txt", "lines.jsonl:1"} <= set(texts)
    assert sum(name.startswith("cut.jsonl.gz:") for name in texts) > 50  # lines before the cut
    assert not any(build_warehouse(db).values())
    assert stats.new == len(texts)  # type: ignore[attr-defined]


def test_legacy_and_mixed_encodings_are_decoded(loaded: tuple[Path, object]) -> None:
    texts = stored(loaded[0])
    assert "Le café crème coûte deux euros à Genève" in texts["latin1.html"]
    assert "“Zürich is ready,” Ana Ruiz said." in texts["mixed.txt"]
    assert "Le maître a déclaré: ça va." in texts["mixed.txt"]
    assert "random.txt" in texts  # high bytes without NUL decode as legacy (8-bit) text


def test_surrogates_and_odd_file_names_are_stored_not_fatal(loaded: tuple[Path, object]) -> None:
    texts = stored(loaded[0])
    assert texts["lines.jsonl:6"].startswith("Lone \ufffd surrogate")
    assert any(name.startswith("odd-") for name in texts)


def test_deep_html_does_not_crash_and_is_accounted_for(loaded: tuple[Path, object]) -> None:
    db = loaded[0]
    texts, bad = stored(db), quarantine(db)
    for name in ("deep.html", "lines.jsonl:8"):
        assert name in texts or name in bad, name
        if name in bad:
            assert bad[name][0] == "empty text"


def test_a_one_megabyte_line_goes_through_every_stage_in_bounded_memory(tmp_path: Path) -> None:
    """A fresh process stores and analyses a 1 MB single line within a fixed memory budget."""
    (tmp_path / "o").mkdir()
    line = "One line " + " ".join(f"“w{i},” Ana Ruiz said." for i in range(40_000))
    (tmp_path / "o" / "long.txt").write_text(line)  # ~1 MB, no newline
    # 250k cue-less quotes in one paragraph: quadratic attribution once took > 10 minutes here
    (tmp_path / "o" / "marks.txt").write_text("“x” " * 250_000)
    db = tmp_path / "w.duckdb"
    probe = textwrap.dedent(f"""
        import resource
        from presswatch.ingest import ingest_paths
        stats = ingest_paths([{str(tmp_path / "o")!r}], {str(db)!r})
        assert stats.new == 2, stats
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    """)
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=900
    )  # a hang guard, not a speed target
    peak_mb = int(out.stdout.split()[-1]) / 1024
    assert peak_mb < 1500, peak_mb
    assert len(stored(db)["long.txt"]) == len(line)
    with connect(db, read_only=True) as con:
        (quotes,) = con.execute("select count(*) from quotes").fetchone()
    assert quotes > 1000


def test_symlinks_out_of_the_data_folder_are_refused(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("Secret\nThe password is hunter2.\n")
    src = tmp_path / "data" / "o"
    src.mkdir(parents=True)
    (src / "link.txt").symlink_to(outside)
    (src / "good.txt").write_text(article(7))
    db = tmp_path / "w.duckdb"
    stats = ingest_paths([tmp_path / "data"], db)
    assert stats.new == 1
    assert quarantine(db)["link.txt"][0] == "outside the data folder"
    with connect(db, read_only=True) as con:
        assert (
            con.execute("select count(*) from articles where text like '%hunter2%'").fetchone()[0]
            == 0
        )


def test_too_large_inputs_are_quarantined(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from presswatch.sources import files, jsonl

    monkeypatch.setattr(files, "MAX_DOC_BYTES", 4000)
    monkeypatch.setattr(jsonl, "MAX_DOC_BYTES", 4000)
    src = tmp_path / "in" / "o"
    src.mkdir(parents=True)
    (src / "big.txt").write_text(article(1) * 40)
    (src / "small.txt").write_text(article(2))
    (src / "x.jsonl").write_text(
        json.dumps({"text": article(3) * 40}) + "\n" + json.dumps({"text": article(4)}) + "\n"
    )
    db = tmp_path / "w.duckdb"
    stats = ingest_paths([tmp_path / "in"], db)
    assert stats.new == 2
    got = quarantine(db)
    assert got["big.txt"][0] == "file too large" and "> 4,000" in got["big.txt"][1]
    assert got["x.jsonl:1"][0] == "record too large"


@pytest.mark.fuzz
@pytest.mark.skipif(os.environ.get("PRESSWATCH_FUZZ") != "1", reason="make fuzz only")
def test_a_100_megabyte_text_file_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    src = tmp_path / "in" / "o"
    src.mkdir(parents=True)
    line = ("“All is well,” Ana Ruiz said of the bridge and the budget. " * 20 + "\n").encode()
    with (src / "huge.txt").open("wb") as out:
        for _ in range(100 * 1024 * 1024 // len(line) + 1):
            out.write(line)
    (src / "small.txt").write_text(article(5))
    db = tmp_path / "w.duckdb"
    probe = textwrap.dedent(f"""
        import resource
        from presswatch.ingest import ingest_paths
        stats = ingest_paths([{str(tmp_path / "in")!r}], {str(db)!r})
        assert (stats.new, stats.quarantined) == (1, 1), stats
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    """)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, timeout=1800)  # fmt: skip
    assert int(out.stdout.split()[-1]) / 1024 < 1000  # MB: the file is never read whole
    assert quarantine(db)["huge.txt"][0] == "file too large"
