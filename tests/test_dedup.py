"""Near-duplicates, wire taglines and story clustering."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from presswatch.db import connect
from presswatch.dedup import (
    MIN_SHINGLES,
    THRESHOLD,
    Member,
    cluster,
    fingerprints,
    shingles,
    signature,
    similar_pairs,
    similarity,
    text_hash,
)
from presswatch.sources.store import rebuild_stories, resign_legacy
from presswatch.wire import HEAD, TAIL, wire_agency, wire_patterns

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


def test_bulk_signatures_equal_one_by_one_and_do_not_depend_on_the_process() -> None:
    texts = [BASE, OTHER, "too short", "", "LISBON (AP) — " + BASE, BASE.upper()]
    bulk = fingerprints(texts)
    assert bulk == [(text_hash(t), signature(t)) for t in texts]
    assert bulk[0][1] == bulk[5][1] and bulk[2][1] is None and bulk[3][1] is None
    code = "import sys; from presswatch.dedup import signature; print(signature(sys.argv[1]).hex())"
    other = subprocess.run(
        [sys.executable, "-c", code, BASE], capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    ).stdout.strip()  # fmt: skip
    assert bytes.fromhex(other) == bulk[0][1]  # stored signatures compare across runs


def test_repetitive_text_counts_distinct_shingles_only() -> None:
    assert signature("buy now " * 200) is None  # 400 words, 2 distinct 5-word shingles
    assert signature(" ".join(f"w{i}" for i in range(12))) is not None


def test_similar_pairs_join_identical_signatures_and_skip_dissimilar_ones() -> None:
    sigs = [signature(BASE), None, signature(BASE), signature(OTHER),
            signature(BASE + " More updates to follow.")]  # fmt: skip
    pairs = similar_pairs(sigs, THRESHOLD)
    assert set(pairs) >= {(0, 2), (0, 4)}  # 2 is 0's copy, so (2, 4) may be left out
    assert not any(3 in p or 1 in p for p in pairs)


def test_signatures_of_the_old_scheme_are_recomputed_before_clustering(
    samples_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "w.duckdb"
    shutil.copy(samples_db, db)
    with connect(db) as con:
        fresh = dict(con.execute("select doc_id, minhash from doc_meta").fetchall())
        stories = sorted(con.execute("select doc_id, story_id from story_members").fetchall())
        con.execute("update doc_meta set minhash = repeat('x', 256)::blob, minhash_version = null "
                    "where minhash is not null")  # fmt: skip
        assert resign_legacy(con) == sum(v is not None for v in fresh.values())
        assert dict(con.execute("select doc_id, minhash from doc_meta").fetchall()) == fresh
        assert resign_legacy(con) == 0  # idempotent
        rebuild_stories(con, datetime(2026, 1, 1))
        assert sorted(con.execute("select doc_id, story_id from story_members").fetchall()) \
            == stories  # fmt: skip


def test_repeated_phrases_count_their_distinct_shingles_once() -> None:
    cycle7 = " ".join(f"w{i % 7}" for i in range(300))  # 7 distinct shingles, 296 in all
    late = " ".join(f"w{i % 7}" for i in range(40)) + " a b c d e f g h i"  # 8th one after 32
    cycle12 = "a b c d e f g h i j k l "
    for text in (cycle7, late, cycle12 * 3, cycle12 * 40, "x " * 30):
        assert (signature(text) is None) == (len(shingles(text)) < MIN_SHINGLES), text[:40]
    assert signature(late) is not None and signature(cycle7) is None
    # the same distinct shingles, repeated 3 or 40 times: the same signature
    assert signature(cycle12 * 3) == signature(cycle12 * 40) is not None
    assert fingerprints([cycle7, late, cycle12 * 40]) == [
        fingerprints([t])[0] for t in (cycle7, late, cycle12 * 40)
    ]


TAGLINE_PIECES = ["\n", " ", "\t", "—", "-", "–", "Associated Press", "The ", "AFP", "writers",
                  "Agence France-Presse", " reporter", "With assistance from ", "Bloomberg", "x",
                  "(AP)", "Reporting by ", "Editing by", "\r", "\u2028", "é", "."]  # fmt: skip


@given(st.lists(st.sampled_from(TAGLINE_PIECES), max_size=60).map("".join))
def test_line_start_taglines_match_as_a_search_of_every_pattern_does(text: str) -> None:
    head, tail = text[:HEAD], text[-TAIL:].rstrip()
    plain = next((agency for agency, where, pattern, _ in wire_patterns()
                  if pattern.search(head if where == "head" else tail)), None)  # fmt: skip
    assert wire_agency(text) == plain
    assert any(rest for *_, rest in wire_patterns())  # the fast path is taken


def test_a_tagline_alone_on_the_first_or_a_later_line_is_found() -> None:
    assert wire_agency("Associated Press") == "AP"
    assert wire_agency(BASE + "\n — AFP\n") == "AFP"
    assert wire_agency("AFP") == "AFP"
    assert wire_agency(BASE + " AFP") is None
