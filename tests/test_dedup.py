"""Near-duplicates, wire taglines and story clustering."""

from __future__ import annotations

from presswatch.dedup import (
    Member,
    cluster,
    shingles,
    signature,
    similarity,
    text_hash,
    wire_agency,
)

BASE = (
    "Harbour cranes at the container terminal stood idle on Monday after a storm tore through "
    "the port overnight, flooding warehouses and snapping mooring lines on three cargo ships. Port "
    "officials said repairs to the main quay would take at least two weeks and that shipping lines "
    "had already started diverting vessels to neighbouring terminals along the coast."
)
OTHER = (
    "The city council voted to reopen the old harbour bridge after nine months of repairs, and "
    "engineers said the steel deck had been replaced so that buses and lorries can cross again "
    "from "
    "the eastern districts into the centre of town."
)


def test_shingles_and_text_hash_ignore_case_and_punctuation() -> None:
    assert sorted(shingles("A b, C d e f")) == [b"a b c d e", b"b c d e f"]
    assert shingles("a b c d") == []
    assert text_hash("Hello, World!") == text_hash("hello world")
    assert signature("too short to compare") is None


def test_edited_copies_are_similar_and_different_stories_are_not() -> None:
    a = signature("LISBON (AP) — " + BASE)
    b = signature(BASE + " More updates to follow.")
    c = signature(OTHER)
    assert a and b and c
    assert similarity(a, b) > 0.6 and similarity(a, c) < 0.2


def test_wire_taglines_are_recognised_only_where_agencies_put_them() -> None:
    assert wire_agency("LISBON (AP) — " + BASE) == "AP"
    assert wire_agency("LONDON (Reuters) - " + BASE) == "Reuters"
    assert wire_agency(BASE + "\n(Reporting by Ana Ribeiro; Editing by Tom Hale)") == "Reuters"
    assert wire_agency(BASE + "\nAssociated Press") == "AP"
    assert wire_agency(BASE + " The minister told Reuters the port would reopen. " + BASE) is None
    assert wire_agency(OTHER) is None


def test_cluster_joins_near_duplicates_and_same_urls_into_stories() -> None:
    members = [
        Member("d1", "2026-11-24T09:00:00", "https://a.example/storm", signature(BASE)),
        Member(
            "d2",
            "2026-11-24T08:00:00",
            "https://b.example/storm",
            signature("LISBON (AP) — " + BASE),
        ),
        Member(
            "d3",
            "2026-11-24T10:00:00",
            "https://c.example/storm",
            signature(BASE + " More updates to follow."),
        ),
        Member("d4", "2026-11-24T07:00:00", "https://a.example/bridge", signature(OTHER)),
        Member("d5", "2026-11-25T07:00:00", "https://a.example/bridge", None),  # same URL, short
    ]
    stories = cluster(members)
    assert stories["d1"] == stories["d2"] == stories["d3"] == "d2"  # the earliest member names it
    assert stories["d4"] == stories["d5"] == "d4"
    assert len(set(stories.values())) == 2
