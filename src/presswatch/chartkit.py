"""The report's chart style: palette, config, axes and helpers shared by every chart function."""

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
    "arts, culture, entertainment and media", "conflict, war and peace", "crime, law and justice",
    "disaster, accident and emergency incident", "economy, business and finance", "education",
    "environment", "health", "human interest", "labour", "lifestyle and leisure", "politics",
    "religion", "science and technology", "society", "sport", "weather",
)  # fmt: skip
TOPIC_COLORS = (
    "#4c78a8", "#f58518", "#54a24b", "#e45756", "#439894", "#b79a20", "#d67195", "#b279a2",
    "#9e765f", "#79706e", "#9ecae9", "#ffbf79", "#88d27a", "#ff9d98", "#83bcb6", "#f2cf5b",
    "#fcbfd2", "#d6a5c9", "#d8b5a5",
)  # fmt: skip
BAR_STEP = 22  # pixels per bar row: the height follows the number of rows
# Quote stances in a fixed order and colour (neutral grey), so a stance looks the same everywhere.
STANCES = (
    "neutral", "assertive", "denial", "concession", "accusation", "question", "criticism",
    "warning", "commitment", "appeal", "characterisation", "hedge", "humour", "praise", "belief",
)  # fmt: skip
STANCE_COLORS = (
    NEUTRAL, "#4c78a8", "#e45756", "#9ecae9", "#b279a2", "#f58518", "#ff9d98", "#f2cf5b",
    "#54a24b", "#439894", "#9e765f", "#d6a5c9", "#88d27a", "#83bcb6", "#ffbf79",
)  # fmt: skip

CONFIG: dict[str, Any] = {
    "font": FONT,
    "title": {"fontSize": 15, "anchor": "start", "subtitleColor": "#555"},
    "axis": {"labelFontSize": 11, "titleFontSize": 12, "labelLimit": 180},
    "legend": {"labelFontSize": 11, "titleFontSize": 12, "labelLimit": 200},
    "view": {"stroke": None},
    "range": {"category": {"scheme": CATEGORY}},
}


def finish(chart: alt.Chart, title: str, subtitle: str | None = None) -> alt.Chart:
    """Return the chart with the report's title style, responsive width and shared config."""
    heading = alt.Title(title, subtitle=subtitle) if subtitle else alt.Title(title)
    return chart.properties(
        title=heading,
        width="container",
        autosize=alt.AutoSizeParams(type="fit-x", contains="padding"),
    ).configure(**CONFIG)


def count_axis(largest: float) -> alt.Axis:
    """Return an axis for counts with whole-number ticks only, for values up to largest."""
    # tickMinStep is ignored by the Vega that vl-convert ships, so cap the tick count instead
    return alt.Axis(format="d", tickCount=max(1, min(math.ceil(largest), 6)))


def day_axis(days: pd.Series) -> alt.Axis:
    """Return a date axis with ticks on whole days, at most about eight of them."""
    span = (pd.to_datetime(days.max()) - pd.to_datetime(days.min())).days + 1
    step = max(1, math.ceil(span / 8))
    return alt.Axis(format="%d %b", tickCount={"interval": "day", "step": step}, labelOverlap=True)


def bar_height(bars: int, step: int = BAR_STEP) -> int:
    """Return a bar chart's height in pixels: step pixels per bar."""
    # A fixed number rather than alt.Step: Vega-Lite warns about a discrete height next to the
    # container width the page uses.
    return max(bars, 1) * step


def no_data(title: str, message: str = "No data for this selection") -> alt.Chart:
    """Return a chart holding only a centred message, for empty report results."""
    chart = (
        alt.Chart(alt.Data(values=[{"message": message}]))
        .mark_text(fontSize=14, color="#777")
        .encode(text="message:N")
        .properties(height=80)
    )
    return finish(chart, title)


def rows(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """Return only the columns a chart uses, so the embedded data stays small."""
    return df.loc[:, columns].reset_index(drop=True).copy()


def topic_colors(topics: list[str]) -> tuple[list[str], list[str]]:
    """Return the topic domain and colours: fixed ones for known topics, 'unclassified' grey."""
    extra = sorted(set(topics) - set(TOPICS) - {"unclassified"})
    domain = [t for t in TOPICS if t in topics] + extra
    colors = [TOPIC_COLORS[TOPICS.index(t)] if t in TOPICS else "" for t in domain]
    spare = itertools.cycle([c for c in TOPIC_COLORS if c not in colors] or TOPIC_COLORS)
    colors = [c or next(spare) for c in colors]
    if "unclassified" in topics:
        domain, colors = [*domain, "unclassified"], [*colors, NEUTRAL]
    return domain, colors


def stance_colors(stances: list[str]) -> tuple[list[str], list[str]]:
    """Return the stance domain in the fixed order (unknown stances last) and their colours."""
    known = [s for s in STANCES if s in stances]
    extra = sorted(set(stances) - set(STANCES))
    spare = itertools.cycle(TOPIC_COLORS)
    colors = [STANCE_COLORS[STANCES.index(s)] for s in known] + [next(spare) for _ in extra]
    return known + extra, colors
