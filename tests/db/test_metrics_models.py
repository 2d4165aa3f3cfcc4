"""The metric views (share of voice, stance, prominence, topic divergence, widgets, evidence) on
fixture rows in an in-memory DuckDB, and the checks that guard them."""

from __future__ import annotations

import math

import duckdb
import pytest

from presswatch.db import build_models, connect, run_checks
from presswatch.resources import sql_dir

# doc_id, outlet, day (2026-11-23 is a Monday), provider of block 2
DOCS = [
    ("d1", "Ledger", "2026-11-23", "outbrain"),
    ("d2", "Ledger", "2026-11-23", "taboola"),
    ("d3", "Wire", "2026-11-24", None),
    ("d4", "Ledger", "2026-11-30", None),
]
# doc_id, quote_no, kind, actor_id (None = unresolved speaker), stance, prominence, words
QUOTES = [
    ("d1", 0, "direct", "a1", "neutral", "body", 5),
    ("d1", 1, "indirect", "a1", "denial", "lede", 3),
    ("d1", 2, "direct", "a2", "neutral", "headline", 4),
    ("d1", 3, "direct", None, "neutral", "body", 2),
    ("d2", 0, "direct", "a1", "criticism", "body", 2),
    ("d3", 0, "direct", "a2", "neutral", "body", 6),
    ("d4", 0, "direct", "a1", "neutral", "body", 1),
]
# doc_id, unit_no, content_group, block_no, n_chars, label, {topic: prob}
UNITS = [
    ("d1", 0, "editorial", None, 60, "politics", {"politics": 0.8, "economy": 0.2}),
    ("d1", 1, "ad_teaser", 1, 20, "sport", {"sport": 0.9, "politics": 0.1}),
    ("d1", 2, "ad_teaser", 2, 10, "unclassified", {"sport": 0.5, "politics": 0.5}),
    ("d3", 0, "editorial", None, 60, "sport", {"sport": 0.6, "politics": 0.4}),
    ("d3", 1, "ad_teaser", 1, 20, "sport", {"sport": 0.6, "politics": 0.4}),
    ("d4", 0, "editorial", None, 60, "economy", {"economy": 1.0}),
    ("d4", 1, "ad_teaser", 1, 20, "sport", {"sport": 1.0}),
]


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    """Return an in-memory warehouse with the fixture rows and all models built."""
    con = connect(":memory:")
    con.execute(
        "insert into actors values ('a1', 'Mara Volkanov', 'person', null, [], null, null, "
        "'registry'), ('a2', 'Port Authority', 'organisation', null, [], null, null, 'registry')"
    )
    for doc_id, outlet, day, provider in DOCS:
        params = {"id": doc_id, "outlet": outlet, "day": day}
        con.execute(
            "insert into documents values ($id, $id, 'txt', 'x'::blob, 'utf-8', $outlet, "
            "'https://example.org/' || $id, 'Title ' || $id, cast($day as timestamp), "
            "'2026-12-01 00:00:00')",
            params,
        )
        con.execute(
            "insert into articles values ($id, repeat('x', 100), null, 100, 20, 'v1', "
            "'2026-12-01 00:00:00')",
            {"id": doc_id},
        )
        con.execute(
            "insert into blocks values ($id, 0, 0, 60, 'body', 'editorial', null, 'v1'), "
            "($id, 1, 60, 80, 'teaser', 'ad_teaser', null, 'v1'), "
            "($id, 2, 80, 90, 'sponsored', 'ad_teaser', $provider, 'v1'), "
            "($id, 3, 90, 100, 'navigation', 'other', null, 'v1')",
            {"id": doc_id, "provider": provider},
        )
    for doc_id, no, kind, actor, stance, prominence, words in QUOTES:
        con.execute(
            "insert into quotes values ($id, $no, 10, 15, 'xxxxx', $kind, $actor, $actor, $actor, "
            "'said', $stance, 1, $prominence, $words, 0.9, 'v1')",
            {"id": doc_id, "no": no, "kind": kind, "actor": actor, "stance": stance,
             "prominence": prominence, "words": words},
        )  # fmt: skip
    for doc_id, unit, group, block, chars, label, probs in UNITS:
        for topic, prob in probs.items():
            con.execute(
                "insert into topic_scores values ($id, $unit, $group, $block, $chars, $label, "
                "$topic, $prob, 'v1')",
                {"id": doc_id, "unit": unit, "group": group, "block": block, "chars": chars,
                 "label": label, "topic": topic, "prob": prob},
            )  # fmt: skip
    build_models(con)
    return con


def rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


def js(p: dict[str, float], q: dict[str, float]) -> float:
    """Jensen-Shannon divergence, log base 2, computed here independently of the SQL."""
    m = {t: (p.get(t, 0) + q.get(t, 0)) / 2 for t in set(p) | set(q)}
    kl = lambda a: sum(v * math.log2(v / m[t]) for t, v in a.items() if v > 0)  # noqa: E731
    return (kl(p) + kl(q)) / 2


def test_share_of_voice_and_attention_per_outlet_day(con: duckdb.DuckDBPyConnection) -> None:
    got = rows(con, "select actor_id, outlet, cast(day as varchar), quotes, direct_quotes, "
                    "indirect_quotes, words_quoted, share_of_voice, attention "
                    "from fct_share_of_voice order by all")  # fmt: skip
    assert got == [
        # Ledger 23 Nov: 4 attributed quotes of 5 (one speaker unresolved)
        ("a1", "Ledger", "2026-11-23", 3, 2, 1, 10, 3 / 4, 3 / 5),
        ("a1", "Ledger", "2026-11-30", 1, 1, 0, 1, 1.0, 1.0),
        ("a2", "Ledger", "2026-11-23", 1, 1, 0, 4, 1 / 4, 1 / 5),
        ("a2", "Wire", "2026-11-24", 1, 1, 0, 6, 1.0, 1.0),
    ]


def test_share_of_voice_weekly_groups_iso_weeks(con: duckdb.DuckDBPyConnection) -> None:
    got = rows(con, "select actor_id, outlet, cast(week as varchar), quotes, share_of_voice, "
                    "attention from fct_share_of_voice_weekly order by all")  # fmt: skip
    assert got == [
        ("a1", "Ledger", "2026-11-23", 3, 3 / 4, 3 / 5),
        ("a1", "Ledger", "2026-11-30", 1, 1.0, 1.0),
        ("a2", "Ledger", "2026-11-23", 1, 1 / 4, 1 / 5),
        ("a2", "Wire", "2026-11-23", 1, 1.0, 1.0),  # Tuesday 24 Nov is in the week of 23 Nov
    ]


def test_stance_and_prominence_mix_per_actor(con: duckdb.DuckDBPyConnection) -> None:
    stance = rows(con, "select stance, quotes, direct_quotes, indirect_quotes, share "
                       "from fct_actor_stance where actor_id = 'a1' and day = '2026-11-23' "
                       "order by stance")  # fmt: skip
    assert stance == [
        ("criticism", 1, 1, 0, 1 / 3), ("denial", 1, 0, 1, 1 / 3), ("neutral", 1, 1, 0, 1 / 3)
    ]  # fmt: skip
    prominence = rows(con, "select actor_id, prominence, quotes, words_quoted, share "
                           "from fct_actor_prominence where outlet = 'Ledger' "
                           "and day = '2026-11-23' order by all")  # fmt: skip
    assert prominence == [
        ("a1", "body", 2, 7, 2 / 3), ("a1", "lede", 1, 3, 1 / 3), ("a2", "headline", 1, 4, 1.0)
    ]  # fmt: skip


def test_daily_topic_mix_weights_characters(con: duckdb.DuckDBPyConnection) -> None:
    got = rows(con, "select content_kind, topic, round(share, 9) from fct_topic_mix_daily "
                    "where outlet = 'Ledger' and day = '2026-11-23' order by all")  # fmt: skip
    assert got == [
        ("ad_teaser", "politics", round(2 / 30, 9)),
        ("ad_teaser", "sport", round(18 / 30, 9)),
        ("ad_teaser", "unclassified", round(10 / 30, 9)),
        ("editorial", "economy", 0.2),
        ("editorial", "politics", 0.8),
    ]


def test_topic_divergence_is_jensen_shannon_of_classified_mixes(
    con: duckdb.DuckDBPyConnection,
) -> None:
    got = {
        (o, d): (j, e, a)
        for o, d, j, e, a in rows(
            con, "select outlet, cast(day as varchar), js_divergence, editorial_classified, "
                 "ad_teaser_classified from fct_topic_divergence")
    }  # fmt: skip
    # the unclassified ad unit is left out and the rest renormalised: sport 0.9, politics 0.1
    expected = js({"politics": 0.8, "economy": 0.2}, {"sport": 0.9, "politics": 0.1})
    j, e, a = got[("Ledger", "2026-11-23")]
    assert j == pytest.approx(expected) and 0.7 < expected < 0.8
    assert (e, a) == (pytest.approx(1.0), pytest.approx(20 / 30))
    assert got[("Wire", "2026-11-24")][0] == pytest.approx(0.0, abs=1e-12)  # the same mix
    assert got[("Ledger", "2026-11-30")][0] == pytest.approx(1.0)  # no topic in common
    assert len(got) == 3  # d2 has no topic rows: no outlet-day of its own


def test_outlet_widgets_count_blocks_by_kind_and_provider(con: duckdb.DuckDBPyConnection) -> None:
    got = rows(con, "select kind, provider, blocks, articles_with, blocks_per_article, chars "
                    "from fct_outlet_widgets where outlet = 'Ledger' and day = '2026-11-23' "
                    "order by all")  # fmt: skip
    assert got == [
        ("sponsored", "outbrain", 1, 1, 0.5, 10),
        ("sponsored", "taboola", 1, 1, 0.5, 10),
        ("teaser", "unknown", 2, 2, 1.0, 40),
    ]


def test_quote_evidence_lists_every_attributed_span(con: duckdb.DuckDBPyConnection) -> None:
    got = rows(con, "select doc_id, quote_no, url, cast(week as varchar), start_char, end_char, "
                    "quote_text from fct_quote_evidence where actor_id = 'a1' "
                    "and outlet = 'Ledger' and day = '2026-11-23' order by all")  # fmt: skip
    assert got == [
        ("d1", 0, "https://example.org/d1", "2026-11-23", 10, 15, "xxxxx"),
        ("d1", 1, "https://example.org/d1", "2026-11-23", 10, 15, "xxxxx"),
        ("d2", 0, "https://example.org/d2", "2026-11-23", 10, 15, "xxxxx"),
    ]
    assert rows(con, "select count(*) from fct_quote_evidence") == [(6,)]  # unresolved left out


NEW_CHECKS = (
    "assert_share_of_voice_sums_to_one",
    "assert_actor_mix_shares_sum_to_one",
    "assert_topic_divergence_in_range",
    "assert_evidence_matches_counts",
    "assert_outlet_shares_in_range",
)


def test_new_checks_pass_on_sane_rows(con: duckdb.DuckDBPyConnection) -> None:
    results = run_checks(con)
    assert {name: results[name] for name in NEW_CHECKS} == dict.fromkeys(NEW_CHECKS, 0)


def break_view(con: duckdb.DuckDBPyConnection, view: str, replace: str) -> None:
    """Rebuild a model's table with one column replaced, as a bug in the model would."""
    body = (sql_dir() / "models" / f"{view}.sql").read_text(encoding="utf-8").strip()
    con.execute(f'create or replace table "{view}" as select * replace ({replace}) from ({body})')


@pytest.mark.parametrize(
    ("view", "replace", "check"),
    [
        ("fct_share_of_voice", "attention as share_of_voice", "assert_share_of_voice_sums_to_one"),
        ("fct_share_of_voice_weekly", "0.5 as share_of_voice", "assert_share_of_voice_sums_to_one"),
        ("fct_actor_stance", "share * 2 as share", "assert_actor_mix_shares_sum_to_one"),
        ("fct_actor_prominence", "quotes + 1 as quotes", "assert_actor_mix_shares_sum_to_one"),
        ("fct_topic_divergence", "js_divergence * 3 as js_divergence",
         "assert_topic_divergence_in_range"),
        ("fct_topic_mix_daily", "share / 2 as share", "assert_topic_divergence_in_range"),
        ("fct_quote_evidence", "'Other' as outlet", "assert_evidence_matches_counts"),
        ("fct_outlet_junk_daily", "junk_share * 9 as junk_share", "assert_outlet_shares_in_range"),
        ("fct_outlet_widgets", "blocks + 1 as blocks", "assert_outlet_shares_in_range"),
    ],
)  # fmt: skip
def test_each_new_check_catches_a_broken_view(
    con: duckdb.DuckDBPyConnection, view: str, replace: str, check: str
) -> None:
    break_view(con, view, replace)
    assert run_checks(con)[check] > 0


def test_evidence_check_catches_a_span_past_the_article(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("update articles set n_chars = 12 where doc_id = 'd3'")
    assert run_checks(con)["assert_evidence_matches_counts"] > 0
