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


@pytest.mark.parametrize("make", [frequency, over_time, topics, junk])
def test_empty_frames_give_a_no_data_chart(make: Any) -> None:
    name = {frequency: "quote_frequency", over_time: "quotes_over_time", topics: "topic_mix"}
    chart = charts.CHARTS[name.get(make, "junk_share")]
    spec = chart(make().iloc[0:0], title="Empty").to_dict()
    assert spec["mark"]["type"] == "text"
    assert spec["title"]["text"] == "Empty"
    assert spec["data"]["values"] == [{"message": "No data for this selection"}]


def test_all_charts_share_the_report_config() -> None:
    frames = [frequency(), over_time(), topics(), junk()]
    for make, df in zip(charts.CHARTS.values(), frames, strict=True):
        spec = make(df).to_dict()
        assert spec["config"]["font"] == charts.FONT
        assert spec["autosize"] == {"type": "fit-x", "contains": "padding"}
