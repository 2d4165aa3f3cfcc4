"""Page charts of the report (topics, junk, widgets): aggregated DataFrame in, Altair chart out."""

from __future__ import annotations

import altair as alt
import pandas as pd

from presswatch.chartkit import (
    BAR_STEP,
    JUNK,
    KIND_LABELS,
    NEUTRAL,
    bar_height,
    day_axis,
    finish,
    no_data,
    rows,
    topic_colors,
)


def topic_mix(df: pd.DataFrame, title: str = "Topic mix: editorial vs ads & teasers") -> alt.Chart:
    """Return normalised stacked bars of topic shares per outlet, one bar per content kind."""
    if df.empty:
        return no_data(title)
    data = rows(df, ["outlet", "content_kind", "topic", "share"])
    data["kind"] = data["content_kind"].map(KIND_LABELS).fillna(data["content_kind"])
    data["row"] = data["outlet"] + " · " + data["kind"]
    domain, colors = topic_colors(data["topic"].tolist())
    data["stack"] = data["topic"].map({t: i for i, t in enumerate(domain)})
    bars = data.sort_values(["outlet", "content_kind"], key=_kind_first)["row"].unique().tolist()
    chart = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            y=alt.Y("row:N", sort=bars, title=None),
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
        .properties(height=bar_height(len(bars), BAR_STEP + 4))
    )
    return finish(chart, title, "Character-weighted topic shares per outlet and content kind")


def _kind_first(column: pd.Series) -> pd.Series:
    """Sort key: editorial before ads & teasers, other columns unchanged."""
    if column.name == "content_kind":
        return column.map({"editorial": 0, "ad_teaser": 1}).fillna(2)
    return column


def gap_days(df: pd.DataFrame) -> pd.DataFrame:
    """Return one row per day with a coverage gap: day, day_end (the next day) and the gap text."""
    if "coverage_gap" not in df.columns:
        return pd.DataFrame(columns=["day", "day_end", "coverage_gap"])
    gaps = df.loc[df["coverage_gap"].notna(), ["day", "coverage_gap"]].drop_duplicates("day")
    gaps = gaps.reset_index(drop=True)
    gaps["day"] = pd.to_datetime(gaps["day"])
    gaps["day_end"] = gaps["day"] + pd.Timedelta(days=1)
    return gaps


def junk_share(df: pd.DataFrame, title: str = "Junk share per outlet") -> alt.Chart:
    """Return the junk share per outlet and day: lines over days, or bars when there is one day."""
    if df.empty:
        return no_data(title)
    columns = ["outlet", "day", "articles", "junk_share", "ad_teaser_share", "teasers_per_article"]
    data = rows(df, columns)
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
            .properties(height=bar_height(data["outlet"].nunique()))
        )
    else:
        chart = (
            base.mark_line(point=alt.OverlayMarkDef(size=40), strokeWidth=2)
            .encode(
                x=alt.X("day:T", title=None, axis=day_axis(data["day"])),
                y=alt.Y("junk_share:Q", title="Share of page characters", axis=share_axis),
                color=alt.Color("outlet:N", title="Outlet", legend=alt.Legend(orient="bottom")),
                tooltip=tooltip,
            )
            .properties(height=260)
        )
        gaps = gap_days(df)
        if not gaps.empty:  # days the coverage ledger marks incomplete are shaded grey
            shade = (
                alt.Chart(gaps)
                .mark_rect(color=NEUTRAL, opacity=0.18)
                .encode(
                    x="day:T",
                    x2="day_end:T",
                    tooltip=[
                        alt.Tooltip("day:T", title="Day", format="%Y-%m-%d"),
                        alt.Tooltip("coverage_gap:N", title="Coverage gap"),
                    ],
                )
            )
            chart = alt.layer(shade, chart)
    return finish(chart, title, subtitle)


def topic_divergence(
    df: pd.DataFrame, title: str = "Topic divergence: editorial vs ads & teasers"
) -> alt.Chart:
    """Return the Jensen-Shannon divergence per outlet: lines over days, bars for a single day."""
    data = rows(df, ["outlet", "day", "js_divergence", "editorial_classified",
                     "ad_teaser_classified"])  # fmt: skip
    data = data[data["js_divergence"].notna()].reset_index(drop=True)
    if data.empty:
        return no_data(title)
    tooltip = [
        alt.Tooltip("outlet:N", title="Outlet"),
        alt.Tooltip("day:T", title="Day", format="%Y-%m-%d"),
        alt.Tooltip("js_divergence:Q", title="JS divergence", format=".3f"),
        alt.Tooltip("editorial_classified:Q", title="Editorial classified", format=".0%"),
        alt.Tooltip("ad_teaser_classified:Q", title="Ads & teasers classified", format=".0%"),
    ]
    scale = alt.Scale(domain=[0, 1])
    subtitle = "Jensen-Shannon divergence of the topic mixes (0 = same, 1 = nothing in common)"
    if data["day"].nunique() == 1:
        chart = alt.Chart(data).mark_bar().encode(
            y=alt.Y("outlet:N", title=None),
            x=alt.X("js_divergence:Q", title="JS divergence", scale=scale),
            tooltip=tooltip,
        ).properties(height=bar_height(data["outlet"].nunique()))  # fmt: skip
    else:
        chart = (
            alt.Chart(data)
            .mark_line(point=alt.OverlayMarkDef(size=40), strokeWidth=2)
            .encode(
                x=alt.X("day:T", title=None, axis=day_axis(data["day"])),
                y=alt.Y("js_divergence:Q", title="JS divergence", scale=scale),
                color=alt.Color("outlet:N", title="Outlet", legend=alt.Legend(orient="bottom")),
                tooltip=tooltip,
            )
            .properties(height=240)
        )
    return finish(chart, title, subtitle)


def widgets(df: pd.DataFrame, title: str = "Teasers and widgets per outlet") -> alt.Chart:
    """Return stacked bars of ad/teaser blocks per article per outlet, by kind and provider."""
    if df.empty:
        return no_data(title)
    data = rows(df, ["outlet", "kind", "provider", "blocks", "articles_with", "blocks_per_article"])
    data["widget"] = data["kind"].where(
        data["provider"] == "unknown", data["kind"] + " · " + data["provider"]
    )
    chart = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            y=alt.Y("outlet:N", title=None),
            x=alt.X("blocks_per_article:Q", stack="zero", title="Blocks per article"),
            color=alt.Color(
                "widget:N", title="Block · provider", legend=alt.Legend(orient="bottom", columns=3)
            ),
            tooltip=[
                alt.Tooltip("outlet:N", title="Outlet"),
                alt.Tooltip("widget:N", title="Block · provider"),
                alt.Tooltip("blocks:Q", title="Blocks", format=","),
                alt.Tooltip("articles_with:Q", title="Articles carrying it", format=","),
                alt.Tooltip("blocks_per_article:Q", title="Per article", format=".2f"),
            ],
        )
        .properties(height=bar_height(data["outlet"].nunique(), BAR_STEP + 4))
    )
    return finish(chart, title, "Teasers, recommendations, sponsored and ad blocks per article")
