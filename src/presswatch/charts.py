"""Quote charts of the report: an aggregated report DataFrame in, an Altair chart out, no I/O.

The page charts (topics, junk, widgets) live in presswatch.charts_pages; CHARTS names them all.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from presswatch.chartkit import (
    DIRECT,
    FONT,
    INDIRECT,
    NEUTRAL,
    TOPIC_COLORS,
    TOPICS,
    bar_height,
    count_axis,
    day_axis,
    finish,
    no_data,
    rows,
    stance_colors,
)
from presswatch.charts_pages import junk_share, topic_divergence, topic_mix, widgets

__all__ = [
    "CHARTS", "FONT", "NEUTRAL", "TOPICS", "TOPIC_COLORS", "junk_share", "no_data",
    "topic_divergence", "topic_mix", "widgets",
]  # fmt: skip


def quote_frequency(df: pd.DataFrame, title: str = "Who is quoted") -> alt.Chart:
    """Return stacked horizontal bars of direct and indirect quotes per actor, most quoted first."""
    if df.empty:
        return no_data(title)
    data = rows(df, ["actor_name", "quotes", "indirect_quotes", "words_quoted"])
    data["total"] = data["quotes"] + data["indirect_quotes"]
    order = data.sort_values(["total", "quotes"], ascending=False)["actor_name"].tolist()
    chart = (
        alt.Chart(data)
        .transform_fold(["quotes", "indirect_quotes"], as_=["series", "count"])
        .transform_calculate(kind="datum.series === 'quotes' ? 'direct' : 'indirect'")
        .mark_bar()
        .encode(
            y=alt.Y("actor_name:N", sort=order, title=None),
            x=alt.X("count:Q", stack="zero", title="Quotes", axis=count_axis(data["total"].max())),
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
        .properties(height=bar_height(len(order)))
    )
    return finish(chart, title, "Direct and indirect quotes per actor")


def quotes_over_time(df: pd.DataFrame, title: str = "Quotes over time") -> alt.Chart:
    """Return lines with points of direct quotes per day for each of the top actors."""
    if df.empty:
        return no_data(title)
    data = rows(df, ["day", "actor_name", "quotes"])
    chart = (
        alt.Chart(data)
        .mark_line(point=alt.OverlayMarkDef(size=45), strokeWidth=2)
        .encode(
            x=alt.X("day:T", title=None, axis=day_axis(data["day"])),
            # days on which a top actor has no quote are drawn as 0, not interpolated
            y=alt.Y(
                "quotes:Q",
                title="Direct quotes per day",
                axis=count_axis(data["quotes"].max()),
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
    return finish(chart, title, "Direct quotes per day, most quoted actors")


def share_of_voice(df: pd.DataFrame, title: str = "Share of voice") -> alt.Chart:
    """Return bars of each actor's share of the attributed quotes, with attention in the tooltip."""
    if df.empty:
        return no_data(title)
    data = rows(df, ["actor_name", "quotes", "words_quoted", "share_of_voice", "attention"])
    chart = (
        alt.Chart(data)
        .mark_bar(color=DIRECT)
        .encode(
            y=alt.Y("actor_name:N", sort="-x", title=None),
            x=alt.X(
                "share_of_voice:Q", title="Share of attributed quotes", axis=alt.Axis(format="%")
            ),
            tooltip=[
                alt.Tooltip("actor_name:N", title="Actor"),
                alt.Tooltip("share_of_voice:Q", title="Share of voice", format=".1%"),
                alt.Tooltip("attention:Q", title="Share of all quotes", format=".1%"),
                alt.Tooltip("quotes:Q", title="Quotes", format=","),
                alt.Tooltip("words_quoted:Q", title="Words quoted", format=","),
            ],
        )
        .properties(height=bar_height(len(data)))
    )
    return finish(chart, title, "Each actor's direct and indirect quotes / all attributed quotes")


def stance_mix(df: pd.DataFrame, title: str = "Stance mix per actor") -> alt.Chart:
    """Return normalised stacked bars of each actor's quotes by stance, most quoted actor first."""
    if df.empty:
        return no_data(title)
    data = rows(df, ["actor_name", "stance", "quotes", "share", "actor_quotes"])
    domain, colors = stance_colors(data["stance"].tolist())
    data["stack"] = data["stance"].map({s: i for i, s in enumerate(domain)})
    order = (
        data.drop_duplicates("actor_name").sort_values("actor_quotes", ascending=False)[
            "actor_name"
        ]
    ).tolist()
    chart = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            y=alt.Y("actor_name:N", sort=order, title=None),
            x=alt.X(
                "quotes:Q",
                stack="normalize",
                title="Share of the actor's quotes",
                axis=alt.Axis(format="%"),
            ),
            color=alt.Color(
                "stance:N",
                title="Stance",
                scale=alt.Scale(domain=domain, range=colors),
                legend=alt.Legend(orient="bottom", columns=3),
            ),
            order=alt.Order("stack:Q"),
            tooltip=[
                alt.Tooltip("actor_name:N", title="Actor"),
                alt.Tooltip("stance:N", title="Stance"),
                alt.Tooltip("quotes:Q", title="Quotes", format=","),
                alt.Tooltip("share:Q", title="Share", format=".1%"),
            ],
        )
        .properties(height=bar_height(len(order)))
    )
    return finish(chart, title, "Direct and indirect quotes by stance")


# The chart functions the report declaration (dashboards/report.toml) may name.
CHARTS = {
    "quote_frequency": quote_frequency,
    "quotes_over_time": quotes_over_time,
    "share_of_voice": share_of_voice,
    "stance_mix": stance_mix,
    "topic_mix": topic_mix,
    "topic_divergence": topic_divergence,
    "junk_share": junk_share,
    "widgets": widgets,
}
