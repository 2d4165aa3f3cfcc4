"""Each model and check on fixture rows in an in-memory DuckDB."""

from __future__ import annotations

import duckdb
import pytest

from presswatch.db import build_models, connect, model_names, run_checks

TEXT = "Port deal\nThe mayor said “we will sign,” in Tarro.\nAds here"


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    """Return an in-memory warehouse with two articles of fixture rows and the models built."""
    con = connect(":memory:")
    con.execute(
        """
        insert into documents values
          ('d1', 'a.txt', 'txt', 'x'::blob, 'utf-8', 'Ledger', null, 'Port deal',
           '2026-11-23 23:30:00', '2026-11-25 10:00:00'),
          ('d2', 'b.txt', 'txt', 'y'::blob, 'utf-8', 'Ledger', null, 'Second', null,
           '2026-11-25 10:00:00');
        insert into blocks values
          ('d1', 0, 0, 10, 'headline', 'editorial', null, 'v1'),
          ('d1', 1, 10, 51, 'body', 'editorial', null, 'v1'),
          ('d1', 2, 51, 59, 'teaser', 'ad_teaser', null, 'v1'),
          ('d2', 0, 0, 11, 'body', 'editorial', null, 'v1');
        insert into actors values
          ('aurelia-mendes', 'Aurelia Mendes', 'person', null, ['Mendes'], null, null, 'registry');
        insert into quotes values
          ('d1', 0, 26, 38, 'we will sign', 'direct', 'Aurelia Mendes', 'The mayor',
           'aurelia-mendes', 'said', 'neutral', 1, 'lede', 3, 0.9, 'v1'),
          ('d1', 1, 10, 20, 'The mayor ', 'indirect', 'Aurelia Mendes', 'The mayor',
           'aurelia-mendes', 'said', 'neutral', 1, 'lede', 2, 0.5, 'v1');
        """
    )
    con.execute(
        "insert into articles values "
        "('d1', $t, 'Port deal', length($t), 10, 'v1', now()::timestamp), "
        "('d2', 'Second' || chr(10) || 'body', 'Second', 11, 2, 'v1', now()::timestamp)",
        {"t": TEXT},
    )
    topics = [("politics", 0.75), ("economy, business and finance", 0.25)]
    for topic, prob in topics:
        con.execute(
            "insert into topic_scores values "
            "('d1', 0, 'editorial', null, 40, 'politics', $t, $p, 'v1')",
            {"t": topic, "p": prob},
        )
    for topic, prob in topics:  # an ad unit below the threshold: unclassified
        con.execute(
            "insert into topic_scores values "
            "('d1', 3, 'ad_teaser', 2, 8, 'unclassified', $t, $p, 'v1')",
            {"t": topic, "p": prob},
        )
    build_models(con)
    return con


def rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


def test_every_model_builds_and_is_queryable(con: duckdb.DuckDBPyConnection) -> None:
    for name in model_names():
        rows(con, f'select * from "{name}" limit 1')


def test_day_is_utc_publication_date_else_ingest_date(con: duckdb.DuckDBPyConnection) -> None:
    days = dict(rows(con, "select doc_id, cast(day as varchar) from stg_documents"))
    assert days == {"d1": "2026-11-23", "d2": "2026-11-25"}


def test_quote_frequency_counts_direct_and_indirect_apart(con: duckdb.DuckDBPyConnection) -> None:
    got = rows(con, "select actor_id, actor_name, outlet, cast(day as varchar), quotes, "
                    "indirect_quotes, words_quoted from fct_quote_frequency")  # fmt: skip
    assert got == [("aurelia-mendes", "Aurelia Mendes", "Ledger", "2026-11-23", 1, 1, 3)]


def test_topic_mix_weights_by_probability_and_keeps_unclassified(
    con: duckdb.DuckDBPyConnection,
) -> None:
    got = rows(con, "select content_kind, topic, round(share, 6) from fct_topic_mix "
                    "order by content_kind, topic")  # fmt: skip
    assert got == [
        ("ad_teaser", "unclassified", 1.0),
        ("editorial", "economy, business and finance", 0.25),
        ("editorial", "politics", 0.75),
    ]


def test_article_junk_shares(con: duckdb.DuckDBPyConnection) -> None:
    got = dict(
        (r[0], r[1:]) for r in rows(
            con, "select doc_id, chars_total, chars_editorial, teasers, round(junk_share, 4), "
                 "round(ad_teaser_share, 4) from fct_article_junk")
    )  # fmt: skip
    assert got["d1"] == (59, 51, 1, round(8 / 59, 4), round(8 / 59, 4))
    assert got["d2"] == (11, 11, 0, 0.0, 0.0)


def test_checks_pass_on_sane_rows(con: duckdb.DuckDBPyConnection) -> None:
    assert run_checks(con) == dict.fromkeys(run_checks(con), 0)


@pytest.mark.parametrize(
    ("damage", "check"),
    [
        (
            "update quotes set text = 'other words!' where quote_no = 0",
            "assert_quote_spans_inside_text",
        ),
        ("update quotes set end_char = 999 where quote_no = 0", "assert_quote_spans_inside_text"),
        ("delete from blocks where block_no = 1 and doc_id = 'd1'", "assert_blocks_tile_text"),
        (
            "update blocks set end_char = 55 where block_no = 2 and doc_id = 'd1'",
            "assert_blocks_tile_text",
        ),
        ("delete from articles where doc_id = 'd1'", "assert_no_orphan_rows"),
        ("update quotes set actor_id = 'nobody'", "assert_quote_actors_known"),
        ("update quotes set analyzer_version = 'v0'", "assert_analysis_current"),
        (
            "update topic_scores set prob = 0.5 where topic = 'politics'",
            "assert_topic_shares_sum_to_one",
        ),
    ],
)
def test_each_check_catches_its_damage(
    con: duckdb.DuckDBPyConnection, damage: str, check: str
) -> None:
    con.execute(damage)
    assert run_checks(con)[check] > 0
