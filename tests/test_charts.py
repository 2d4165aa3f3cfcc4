"""Chart functions on frames shaped like the report query results: encodings, rows, empty input."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from presswatch import charts

DAYS = pd.to_datetime(["2026-11-23", "2026-11-24", "2026-11-25"])


def frequency() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "actor_id": ["a1", "a2", "a3"],
            "actor_name": ["Mara Volkanov", "Port Authority", "Ivesk United"],
            "quotes": [5.0, 3.0, 0.0],
            "indirect_quotes": [1.0, 0.0, 2.0],
            "words_quoted": [40.0, 12.0, 0.0],
        }
    )


def over_time() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "day": DAYS[[0, 0, 1, 2]],
            "actor_name": ["Mara Volkanov", "Port Authority", "Mara Volkanov", "Port Authority"],
            "quotes": [2.0, 1.0, 3.0, 1.0],
        }
    )


def topics() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "outlet": ["Harbour Post"] * 4 + ["Kettervale Wire"] * 2,
            "content_kind": [
                "editorial",
                "editorial",
                "ad_teaser",
                "ad_teaser",
                "editorial",
                "ad_teaser",
            ],
            "topic": ["labour", "economy", "lifestyle", "unclassified", "sport", "a new topic"],
            "share": [0.7, 0.3, 0.6, 0.4, 1.0, 1.0],
        }
    )


def junk(days: int = 3) -> pd.DataFrame:
    rows = [(o, d) for o in ("Harbour Post", "Kettervale Wire") for d in DAYS[:days]]
    return pd.DataFrame(
        {
            "outlet": [o for o, _ in rows],
            "day": [d for _, d in rows],
            "articles": [3] * len(rows),
            "junk_share": [0.2, 0.25, None, 0.3, 0.1, 0.15][: len(rows)],
            "ad_teaser_share": [0.1] * len(rows),
            "teasers_per_article": [2.333] * len(rows),
        }
    )


def voice() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "actor_id": ["a1", "a2"],
            "actor_name": ["Mara Volkanov", "Port Authority"],
            "quotes": [6, 2],
            "words_quoted": [50, 12],
            "share_of_voice": [0.75, 0.25],
            "attention": [0.6, 0.2],
        }
    )


def stances() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "actor_id": ["a1", "a1", "a1", "a2"],
            "actor_name": ["Mara Volkanov"] * 3 + ["Port Authority"],
            "stance": ["neutral", "denial", "a new stance", "praise"],
            "quotes": [4, 1, 1, 2],
            "share": [4 / 6, 1 / 6, 1 / 6, 1.0],
            "actor_quotes": [6, 6, 6, 2],
        }
    )


def divergence(days: int = 3) -> pd.DataFrame:
    rows = [(o, d) for o in ("Harbour Post", "Kettervale Wire") for d in DAYS[:days]]
    return pd.DataFrame(
        {
            "outlet": [o for o, _ in rows],
            "day": [d for _, d in rows],
            "js_divergence": [0.2, None, 0.3, 0.1, 0.15, 0.4][: len(rows)],
            "editorial_classified": [1.0] * len(rows),
            "ad_teaser_classified": [0.8] * len(rows),
        }
    )


def widgets() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "outlet": ["Harbour Post", "Harbour Post", "Kettervale Wire"],
            "kind": ["teaser", "sponsored", "sponsored"],
            "provider": ["unknown", "outbrain", "taboola"],
            "blocks": [6, 2, 3],
            "articles_with": [3, 2, 3],
            "blocks_per_article": [2.0, 0.67, 1.0],
        }
    )


FRAMES = {
    "quote_frequency": frequency,
    "quotes_over_time": over_time,
    "share_of_voice": voice,
    "stance_mix": stances,
    "topic_mix": topics,
    "topic_divergence": divergence,
    "junk_share": junk,
    "widgets": widgets,
}


def values(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the rows embedded in a chart spec (Altair puts them in one named dataset)."""
    (rows,) = spec["datasets"].values()
    return rows


def encoded_fields(spec: dict[str, Any]) -> dict[str, str]:
    return {ch: enc["field"] for ch, enc in spec["encoding"].items() if "field" in enc}


def test_quote_frequency_bars_direct_and_indirect() -> None:
    df = frequency()
    spec = charts.quote_frequency(df).to_dict()
    assert spec["mark"]["type"] == "bar"
    assert encoded_fields(spec) == {
        "y": "actor_name", "x": "count", "color": "kind", "order": "kind"
    }  # fmt: skip
    assert spec["transform"][0]["fold"] == ["quotes", "indirect_quotes"]
    assert spec["encoding"]["y"]["sort"] == ["Mara Volkanov", "Port Authority", "Ivesk United"]
    assert spec["encoding"]["color"]["scale"]["domain"] == ["direct", "indirect"]
    assert len(values(spec)) == len(df)
    assert {t["field"] for t in spec["encoding"]["tooltip"]} >= {"quotes", "words_quoted"}
    assert spec["width"] == "container"


def test_quotes_over_time_lines_by_actor() -> None:
    df = over_time()
    spec = charts.quotes_over_time(df).to_dict()
    assert spec["mark"]["type"] == "line" and spec["mark"]["point"]
    assert encoded_fields(spec) == {"x": "day", "y": "quotes", "color": "actor_name"}
    assert spec["encoding"]["x"]["type"] == "temporal"
    assert spec["encoding"]["y"]["impute"] == {"value": 0}
    assert len(values(spec)) == len(df)


def test_topic_mix_normalised_bars_per_outlet_and_kind() -> None:
    df = topics()
    spec = charts.topic_mix(df).to_dict()
    assert encoded_fields(spec) == {"y": "row", "x": "share", "color": "topic", "order": "stack"}
    assert spec["encoding"]["x"]["stack"] == "normalize"
    assert spec["encoding"]["y"]["sort"] == [
        "Harbour Post · editorial",
        "Harbour Post · ads & teasers",
        "Kettervale Wire · editorial",
        "Kettervale Wire · ads & teasers",
    ]
    scale = spec["encoding"]["color"]["scale"]
    assert scale["domain"][-1] == "unclassified" and scale["range"][-1] == charts.NEUTRAL
    assert len(set(scale["range"])) == len(scale["range"])  # every topic its own colour
    labour = charts.TOPIC_COLORS[charts.TOPICS.index("labour")]
    assert scale["range"][scale["domain"].index("labour")] == labour
    assert len(values(spec)) == len(df)


def test_junk_share_lines_over_days_and_drops_missing_shares() -> None:
    df = junk()
    spec = charts.junk_share(df).to_dict()
    assert spec["mark"]["type"] == "line"
    assert encoded_fields(spec) == {"x": "day", "y": "junk_share", "color": "outlet"}
    assert len(values(spec)) == len(df) - 1  # the day with no blocks has no share


def test_junk_share_bars_for_a_single_day() -> None:
    df = junk(days=1)
    spec = charts.junk_share(df).to_dict()
    assert spec["mark"]["type"] == "bar"
    assert encoded_fields(spec) == {"y": "outlet", "x": "junk_share"}
    assert len(values(spec)) == len(df)


def test_share_of_voice_bars_with_attention_tooltip() -> None:
    spec = charts.share_of_voice(voice()).to_dict()
    assert spec["mark"]["type"] == "bar"
    assert encoded_fields(spec) == {"y": "actor_name", "x": "share_of_voice"}
    assert spec["encoding"]["x"]["axis"]["format"] == "%"
    assert {t["field"] for t in spec["encoding"]["tooltip"]} >= {"attention", "quotes"}
    assert len(values(spec)) == 2


def test_stance_mix_keeps_fixed_stance_colours() -> None:
    spec = charts.stance_mix(stances()).to_dict()
    assert encoded_fields(spec) == {
        "y": "actor_name", "x": "quotes", "color": "stance", "order": "stack"
    }  # fmt: skip
    assert spec["encoding"]["x"]["stack"] == "normalize"
    assert spec["encoding"]["y"]["sort"] == ["Mara Volkanov", "Port Authority"]
    scale = spec["encoding"]["color"]["scale"]
    assert scale["domain"] == ["neutral", "denial", "praise", "a new stance"]
    assert scale["range"][0] == charts.NEUTRAL and len(set(scale["range"])) == 4
    assert len(values(spec)) == 4


def test_topic_divergence_lines_on_a_zero_to_one_scale() -> None:
    spec = charts.CHARTS["topic_divergence"](divergence()).to_dict()
    assert spec["mark"]["type"] == "line"
    assert encoded_fields(spec) == {"x": "day", "y": "js_divergence", "color": "outlet"}
    assert spec["encoding"]["y"]["scale"]["domain"] == [0, 1]
    assert len(values(spec)) == 5  # the day without a divergence is left out
    one_day = charts.CHARTS["topic_divergence"](divergence(days=1)).to_dict()
    assert one_day["mark"]["type"] == "bar"


def test_widgets_stack_blocks_per_article_by_provider() -> None:
    spec = charts.CHARTS["widgets"](widgets()).to_dict()
    assert encoded_fields(spec) == {"y": "outlet", "x": "blocks_per_article", "color": "widget"}
    assert [r["widget"] for r in values(spec)] == [
        "teaser", "sponsored · outbrain", "sponsored · taboola"
    ]  # fmt: skip


@pytest.mark.parametrize("name", sorted(FRAMES))
def test_empty_frames_give_a_no_data_chart(name: str) -> None:
    spec = charts.CHARTS[name](FRAMES[name]().iloc[0:0], title="Empty").to_dict()
    assert spec["mark"]["type"] == "text"
    assert spec["title"]["text"] == "Empty"
    assert spec["data"]["values"] == [{"message": "No data for this selection"}]


def test_every_registered_chart_is_tested_and_shares_the_report_config() -> None:
    assert set(charts.CHARTS) == set(FRAMES)
    for name, make in FRAMES.items():
        spec = charts.CHARTS[name](make()).to_dict()
        assert spec["config"]["font"] == charts.FONT
        assert spec["autosize"] == {"type": "fit-x", "contains": "padding"}


def test_junk_share_shades_the_days_with_coverage_gaps() -> None:
    df = junk()
    df["coverage_gap"] = [None, "feeds: fetch failures", None, None, "feeds: fetch failures", None]
    spec = charts.junk_share(df).to_dict()
    shade, line = spec["layer"]
    assert shade["mark"]["type"] == "rect" and line["mark"]["type"] == "line"
    assert encoded_fields(shade) == {"x": "day", "x2": "day_end"}
    shaded = spec["datasets"][shade["data"]["name"]]
    assert [row["coverage_gap"] for row in shaded] == ["feeds: fetch failures"]  # one rect per day
