"""One function per report chart: an aggregated report DataFrame in, an Altair chart out, no I/O."""

from __future__ import annotations

import itertools
import math
from typing import Any

import altair as alt
import pandas as pd

# One palette for the whole report: categorical series (actors, outlets) use CATEGORY, the fixed
# series below keep the same colour in every chart.
CATEGORY = "tableau10"
DIRECT, INDIRECT = "#4c78a8", "#9ecae9"
JUNK = "#e45756"
NEUTRAL = "#bab0ac"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"
KIND_LABELS = {"editorial": "editorial", "ad_teaser": "ads & teasers"}
# The classifier's IPTC top-level topics, each with a fixed colour so a topic looks the same in
# every report (tableau20 without its grey, dark shades first); unknown topics get spare colours.
TOPICS = (
    "arts", "conflict", "crime", "disaster", "economy", "education", "environment", "health",
    "human_interest", "labour", "lifestyle", "politics", "religion", "scitech", "society", "sport",
    "weather",
)  # fmt: skip
TOPIC_COLORS = (
    "#4c78a8", "#f58518", "#54a24b", "#e45756", "#439894", "#b79a20", "#d67195", "#b279a2",
    "#9e765f", "#79706e", "#9ecae9", "#ffbf79", "#88d27a", "#ff9d98", "#83bcb6", "#f2cf5b",
    "#fcbfd2", "#d6a5c9", "#d8b5a5",
)  # fmt: skip
BAR_STEP = 22  # pixels per bar row: the height follows the number of rows

CONFIG: dict[str, Any] = {
    "font": FONT,
    "title": {"fontSize": 15, "anchor": "start", "subtitleColor": "#555"},
    "axis": {"labelFontSize": 11, "titleFontSize": 12, "labelLimit": 180},
    "legend": {"labelFontSize": 11, "titleFontSize": 12, "labelLimit": 200},
    "view": {"stroke": None},
    "range": {"category": {"scheme": CATEGORY}},
}


def _finish(chart: alt.Chart, title: str, subtitle: str | None = None) -> alt.Chart:
    """Return the chart with the report's title style, responsive width and shared config."""
    heading = alt.Title(title, subtitle=subtitle) if subtitle else alt.Title(title)
    return chart.properties(
        title=heading,
        width="container",
        autosize=alt.AutoSizeParams(type="fit-x", contains="padding"),
    ).configure(**CONFIG)


def _count_axis(largest: float) -> alt.Axis:
    """Return an axis for counts with whole-number ticks only, for values up to largest."""
    # tickMinStep is ignored by the Vega that vl-convert ships, so cap the tick count instead
    return alt.Axis(format="d", tickCount=max(1, min(math.ceil(largest), 6)))


def _day_axis(days: pd.Series) -> alt.Axis:
    """Return a date axis with ticks on whole days, at most about eight of them."""
    span = (pd.to_datetime(days.max()) - pd.to_datetime(days.min())).days + 1
    step = max(1, math.ceil(span / 8))
    return alt.Axis(format="%d %b", tickCount={"interval": "day", "step": step}, labelOverlap=True)


def no_data(title: str, message: str = "No data for this selection") -> alt.Chart:
    """Return a chart holding only a centred message, for empty report results."""
    chart = (
        alt.Chart(alt.Data(values=[{"message": message}]))
        .mark_text(fontSize=14, color="#777")
        .encode(text="message:N")
        .properties(height=80)
    )
    return _finish(chart, title)


def _rows(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """Return only the columns a chart uses, so the embedded data stays small."""
    return df.loc[:, columns].reset_index(drop=True)


def quote_frequency(df: pd.DataFrame, title: str = "Who is quoted") -> alt.Chart:
    """Return stacked horizontal bars of direct and indirect quotes per actor, most quoted first."""
    if df.empty:
        return no_data(title)
    data = _rows(df, ["actor_name", "quotes", "indirect_quotes", "words_quoted"])
    data["total"] = data["quotes"] + data["indirect_quotes"]
    order = data.sort_values(["total", "quotes"], ascending=False)["actor_name"].tolist()
    chart = (
        alt.Chart(data)
        .transform_fold(["quotes", "indirect_quotes"], as_=["series", "count"])
        .transform_calculate(kind="datum.series === 'quotes' ? 'direct' : 'indirect'")
        .mark_bar()
        .encode(
            y=alt.Y("actor_name:N", sort=order, title=None),
            x=alt.X("count:Q", stack="zero", title="Quotes", axis=_count_axis(data["total"].max())),
            color=alt.Color(
                "kind:N",
                title="Quote",
                scale=alt.Scale(domain=["direct", "indirect"], range=[DIRECT, INDIRECT]),
                legend=alt.Legend(orient="top"),
            ),
            order=alt.Order("kind:N", sort="ascending"),
            tooltip=[
                alt.Tooltip("actor_name:N", title="Actor"),
                alt.Tooltip("quotes:Q", title="Direct quotes", format=","),
                alt.Tooltip("indirect_quotes:Q", title="Indirect quotes", format=","),
                alt.Tooltip("words_quoted:Q", title="Words quoted", format=","),
            ],
        )
        .properties(height=alt.Step(BAR_STEP))
    )
    return _finish(chart, title, "Direct and indirect quotes per actor")


def quotes_over_time(df: pd.DataFrame, title: str = "Quotes over time") -> alt.Chart:
    """Return lines with points of direct quotes per day for each of the top actors."""
    if df.empty:
        return no_data(title)
    data = _rows(df, ["day", "actor_name", "quotes"])
    chart = (
        alt.Chart(data)
        .mark_line(point=alt.OverlayMarkDef(size=45), strokeWidth=2)
        .encode(
            x=alt.X("day:T", title=None, axis=_day_axis(data["day"])),
            # days on which a top actor has no quote are drawn as 0, not interpolated
            y=alt.Y(
                "quotes:Q",
                title="Direct quotes per day",
                axis=_count_axis(data["quotes"].max()),
                impute=alt.ImputeParams(value=0),
            ),
            color=alt.Color("actor_name:N", title="Actor", legend=alt.Legend(orient="bottom")),
            tooltip=[
                alt.Tooltip("day:T", title="Day", format="%Y-%m-%d"),
                alt.Tooltip("actor_name:N", title="Actor"),
                alt.Tooltip("quotes:Q", title="Direct quotes", format=","),
            ],
        )
        .properties(height=260)
    )
    return _finish(chart, title, "Direct quotes per day, most quoted actors")


def _topic_colors(topics: list[str]) -> tuple[list[str], list[str]]:
    """Return the topic domain and colours: fixed ones for known topics, 'unclassified' grey."""
    extra = sorted(set(topics) - set(TOPICS) - {"unclassified"})
    domain = [t for t in TOPICS if t in topics] + extra
    colors = [TOPIC_COLORS[TOPICS.index(t)] if t in TOPICS else "" for t in domain]
    spare = itertools.cycle([c for c in TOPIC_COLORS if c not in colors] or TOPIC_COLORS)
    colors = [c or next(spare) for c in colors]
    if "unclassified" in topics:
        domain, colors = [*domain, "unclassified"], [*colors, NEUTRAL]
    return domain, colors


def topic_mix(df: pd.DataFrame, title: str = "Topic mix: editorial vs ads & teasers") -> alt.Chart:
    """Return normalised stacked bars of topic shares per outlet, one bar per content kind."""
    if df.empty:
        return no_data(title)
    data = _rows(df, ["outlet", "content_kind", "topic", "share"])
    data["kind"] = data["content_kind"].map(KIND_LABELS).fillna(data["content_kind"])
    data["row"] = data["outlet"] + " · " + data["kind"]
    domain, colors = _topic_colors(data["topic"].tolist())
    data["stack"] = data["topic"].map({t: i for i, t in enumerate(domain)})
    rows = data.sort_values(["outlet", "content_kind"], key=_kind_first)["row"].unique().tolist()
    chart = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            y=alt.Y("row:N", sort=rows, title=None),
            x=alt.X(
                "share:Q", stack="normalize", title="Share of characters", axis=alt.Axis(format="%")
            ),
            color=alt.Color(
                "topic:N",
                title="Topic",
                scale=alt.Scale(domain=domain, range=colors),
                legend=alt.Legend(orient="bottom", columns=3),
            ),
            order=alt.Order("stack:Q"),  # the same topic order in every bar, as in the legend
            tooltip=[
                alt.Tooltip("outlet:N", title="Outlet"),
                alt.Tooltip("kind:N", title="Content"),
                alt.Tooltip("topic:N", title="Topic"),
                alt.Tooltip("share:Q", title="Share", format=".1%"),
            ],
        )
        .properties(height=alt.Step(BAR_STEP + 4))
    )
    return _finish(chart, title, "Character-weighted topic shares per outlet and content kind")


def _kind_first(column: pd.Series) -> pd.Series:
    """Sort key: editorial before ads & teasers, other columns unchanged."""
    if column.name == "content_kind":
        return column.map({"editorial": 0, "ad_teaser": 1}).fillna(2)
    return column


def junk_share(df: pd.DataFrame, title: str = "Junk share per outlet") -> alt.Chart:
    """Return the junk share per outlet and day: lines over days, or bars when there is one day."""
    if df.empty:
        return no_data(title)
    columns = ["outlet", "day", "articles", "junk_share", "ad_teaser_share", "teasers_per_article"]
    data = _rows(df, columns)
    data["teasers_per_article"] = data["teasers_per_article"].round(2)
    data = data[data["junk_share"].notna()].reset_index(drop=True)
    if data.empty:
        return no_data(title)
    tooltip = [
        alt.Tooltip("outlet:N", title="Outlet"),
        alt.Tooltip("day:T", title="Day", format="%Y-%m-%d"),
        alt.Tooltip("articles:Q", title="Articles", format=","),
        alt.Tooltip("junk_share:Q", title="Junk share", format=".1%"),
        alt.Tooltip("ad_teaser_share:Q", title="Ads & teasers share", format=".1%"),
        alt.Tooltip("teasers_per_article:Q", title="Teasers per article"),
    ]
    share_axis = alt.Axis(format="%")
    base = alt.Chart(data)
    subtitle = "Characters outside the editorial text (ads, teasers, navigation)"
    if data["day"].nunique() == 1:
        subtitle = f"{subtitle} on {pd.Timestamp(data['day'].iloc[0]):%d %b %Y}"
        chart = (
            base.mark_bar(color=JUNK)
            .encode(
                y=alt.Y("outlet:N", sort="-x", title=None),
                x=alt.X("junk_share:Q", title="Share of page characters", axis=share_axis),
                tooltip=tooltip,
            )
            .properties(height=alt.Step(BAR_STEP))
        )
    else:
        chart = (
            base.mark_line(point=alt.OverlayMarkDef(size=40), strokeWidth=2)
            .encode(
                x=alt.X("day:T", title=None, axis=_day_axis(data["day"])),
                y=alt.Y("junk_share:Q", title="Share of page characters", axis=share_axis),
                color=alt.Color("outlet:N", title="Outlet", legend=alt.Legend(orient="bottom")),
                tooltip=tooltip,
            )
            .properties(height=260)
        )
    return _finish(chart, title, subtitle)


# The chart functions the report declaration (dashboards/report.toml) may name.
CHARTS = {
    "quote_frequency": quote_frequency,
    "quotes_over_time": quotes_over_time,
    "topic_mix": topic_mix,
    "junk_share": junk_share,
}
