"""Input sources: files and folders of text, HTML and JSONL exports, streamed as raw documents."""

from presswatch.sources.base import RawDocument, Rejected
from presswatch.sources.files import iter_paths

__all__ = ["RawDocument", "Rejected", "iter_paths"]
