"""Walk files and folders: .txt (+ .meta.json sidecars), .html/.htm, .jsonl[.gz], .warc[.gz]."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from presswatch.sources.base import RawDocument, Rejected
from presswatch.sources.decode import scrub
from presswatch.sources.jsonl import MAX_DOC_BYTES, iter_jsonl
from presswatch.sources.warc import iter_warc

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".jsonl.gz"}
WARC_SUFFIXES = {".warc", ".warc.gz"}
SIDECAR = ".meta.json"


def kind_of(path: Path) -> str | None:
    """Return the source kind of a file name (txt, html, jsonl, warc), or None if unsupported."""
    name = path.name.lower()
    if name.endswith(SIDECAR):
        return None
    if any(name.endswith(s) for s in WARC_SUFFIXES):
        return "warc"
    if any(name.endswith(s) for s in JSONL_SUFFIXES):
        return "jsonl"
    if path.suffix.lower() in HTML_SUFFIXES:
        return "html"
    if path.suffix.lower() in TEXT_SUFFIXES:
        return "txt"
    return None


def iter_paths(paths: Iterable[Path | str]) -> Iterator[RawDocument | Rejected]:
    """Yield a raw document or a rejection for every supported file under the given paths."""
    for item in paths:
        path, source = Path(item), scrub(str(item))
        for found in _iter_path(path, source):
            # a file name that is not UTF-8 holds lone surrogates: store it with U+FFFD
            origin = scrub(found.origin)
            if found.source != source or origin != found.origin:
                found = replace(found, source=source, origin=origin)
            yield found


def _iter_path(path: Path, source: str = "") -> Iterator[RawDocument | Rejected]:
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
        root = path.resolve()
        for file in files:
            if not kind_of(file):
                continue
            if not file.resolve().is_relative_to(root):  # a symlink out of the data folder
                yield Rejected(str(file), "outside the data folder", f"links to {file.resolve()}")
                continue
            yield from iter_file(file, source)
    elif path.is_file():
        if kind_of(path):
            yield from iter_file(path, source)
        else:
            yield Rejected(str(path), "unsupported file type", f"suffix {path.suffix!r}")
    else:
        yield Rejected(str(path), "not found", "no such file or folder")


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def iter_file(path: Path, source: str = "") -> Iterator[RawDocument | Rejected]:
    """Yield the documents of one file (one for text and HTML, one per line or record otherwise)."""
    # source: the configured source that names it (set here for JSONL lines, by iter_paths else).
    kind = kind_of(path)
    if kind == "jsonl":
        yield from iter_jsonl(path, source)
        return
    if kind == "warc":
        yield from iter_warc(path)
        return
    try:
        size = path.stat().st_size
        if size > MAX_DOC_BYTES:  # bounded time and memory: never read a huge file whole
            yield Rejected(str(path), "file too large", f"{size:,} bytes > {MAX_DOC_BYTES:,}")
            return
        content = path.read_bytes()
    except OSError as exc:
        yield Rejected(str(path), "unreadable file", str(exc))
        return
    if not content.strip():
        yield Rejected(str(path), "empty file", f"{len(content)} bytes of whitespace", content)
        return
    meta, problem = read_sidecar(path)
    if problem:
        yield Rejected(str(path.with_name(path.stem + SIDECAR)), "malformed sidecar", problem)
    yield RawDocument(
        origin=str(path),
        source_kind=kind or "txt",
        content=content,
        fmt=kind or "txt",
        outlet=meta.get("outlet"),
        folder=path.parent.name or "unknown",
        url=meta.get("url"),
        title=meta.get("title"),
        published=meta.get("published"),
    )


def read_sidecar(path: Path) -> tuple[dict, str]:
    """Return the metadata of a file's `<name>.meta.json` sidecar ({} if none) and any problem."""
    sidecar = path.with_name(path.stem + SIDECAR)
    if not sidecar.is_file():
        return {}, ""
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return {}, str(exc)
    if not isinstance(meta, dict):
        return {}, "expected a JSON object"
    return {k: v for k, v in meta.items() if isinstance(v, str)}, ""
