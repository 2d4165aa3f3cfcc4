"""Typed records passed between the pure analysis stages."""

from __future__ import annotations

from dataclasses import dataclass, field

# Block kinds produced by segmentation, and the group each belongs to.
EDITORIAL_KINDS = frozenset({"headline", "body"})
AD_TEASER_KINDS = frozenset({"ad", "teaser", "recommendation", "sponsored"})
BLOCK_KINDS = (
    EDITORIAL_KINDS
    | AD_TEASER_KINDS
    | frozenset(
        {
            "credit",
            "caption",
            "byline",
            "navigation",
            "share",
            "newsletter",
            "comments",
            "boilerplate",
        }
    )
)


def block_group(kind: str) -> str:
    """Return the content group of a block kind: 'editorial', 'ad_teaser' or 'other'."""
    if kind in EDITORIAL_KINDS:
        return "editorial"
    if kind in AD_TEASER_KINDS:
        return "ad_teaser"
    return "other"


@dataclass(frozen=True, slots=True)
class Block:
    """A labelled character span [start, end) of an article's text."""

    start: int
    end: int
    kind: str
    provider: str | None = None  # recommendation-widget provider, when known
    confidence: float = 1.0

    @property
    def group(self) -> str:
        return block_group(self.kind)


@dataclass(frozen=True, slots=True)
class Quote:
    """A quote: the quoted words at [start, end) of the text (marks excluded)."""

    start: int
    end: int
    text: str
    kind: str  # 'direct' | 'indirect'
    speaker: str | None  # speaker as resolved in the document (best full name), None if unknown
    # the words in the text that name the speaker ('he', 'Peskov')
    speaker_surface: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None  # the reporting verb or cue ('said', 'according to')
    stance: str = "neutral"  # neutral | assertive | denial | concession | ...
    paragraph: int = 0  # 0-based index of the non-empty paragraph that holds the quote
    prominence: str = "body"  # headline | lede | body
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class TopicResult:
    """Topic probabilities over the 17 IPTC top-level topics and the chosen label."""

    scores: dict[str, float] = field(default_factory=dict)
    label: str = "unclassified"  # arg-max topic, or 'unclassified' below the confidence threshold
    confidence: float = 0.0
