"""Assemble the chart report: one offline HTML page, plus a PNG and an SVG of every chart."""

from __future__ import annotations

import re
import time
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from presswatch.db import connect
from presswatch.db.queries import run_report
from presswatch.report_html import BUNDLE_MARKER, page, plain
from presswatch.resources import dashboards_dir

__all__ = ["BUNDLE_MARKER", "ReportResult", "build_report", "load_declaration", "summary_text"]

EXPORT_WIDTH = 720  # PNG/SVG width in pixels; the page itself sizes charts to their container
PNG_SCALE = 2.0
NAME = re.compile(r"^[a-z][a-z0-9_]*$")
TOP_ACTORS_QUERY = "quote_frequency_by_actor"  # its chart's rows give the CLI's top actors


@dataclass(frozen=True)
class ReportResult:
    """Where the report was written, its headline numbers and how long each step took."""

    index: Path
    charts: list[Path]
    summary: dict[str, Any]
    top_actors: list[tuple[str, int]] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


def load_declaration(path: Path | None = None) -> dict[str, Any]:
    """Return the report declaration (dashboards/report.toml), with chart names checked."""
    from presswatch.charts import CHARTS  # imports Altair: kept out of module import time

    path = path or dashboards_dir() / "report.toml"
    with path.open("rb") as f:
        decl = tomllib.load(f)
    for chart in decl.get("charts", []):
        if not NAME.match(chart["name"]):  # names become file names and HTML ids
            raise ValueError(f"chart name {chart['name']!r} must match {NAME.pattern}")
        if chart["chart"] not in CHARTS:
            raise ValueError(f"chart {chart['name']!r}: no chart function {chart['chart']!r}")
    tables = {ev["name"] for ev in decl["evidence"]}
    for ev in decl["evidence"]:
        if not NAME.match(ev["name"]):  # names become HTML ids
            raise ValueError(f"evidence name {ev['name']!r} must match {NAME.pattern}")
    for chart in decl.get("charts", []):
        if "evidence" in chart and chart["evidence"] not in tables:
            raise ValueError(f"chart {chart['name']!r}: no evidence table {chart['evidence']!r}")
    return decl


def build_report(
    db: Path,
    out_dir: Path,
    since: str | date | None = None,
    until: str | date | None = None,
    outlet: str | None = None,
    actor: str | None = None,
) -> ReportResult:
    """Write index.html and <chart>.png/.svg for each declared chart to out_dir; return where."""
    import altair as alt

    from presswatch import charts

    started = time.perf_counter()
    decl = load_declaration()
    filters = {"since": _iso(since), "until": _iso(until), "outlet": outlet, "actor": actor}
    summary, frames, evidence = _run_queries(db, decl, {**decl.get("params", {}), **filters})
    timings = {"queries": time.perf_counter() - started}

    specs: dict[str, dict[str, Any]] = {}
    for item in decl["charts"]:
        df = frames[item["name"]]
        try:
            specs[item["name"]] = charts.CHARTS[item["chart"]](df, title=item["title"]).to_dict()
        except alt.MaxRowsError:
            message = f"{len(df):,} rows are too many to draw: narrow the dates or pick an outlet"
            specs[item["name"]] = charts.no_data(item["title"], message).to_dict()
    timings["charts"] = time.perf_counter() - started - timings["queries"]

    out_dir.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    for name, spec in specs.items():
        t0 = time.perf_counter()
        files.extend(_export(spec, out_dir / name))
        timings[f"export:{name}"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    index = out_dir / "index.html"
    index.write_text(page(decl, specs, summary, evidence, filters, _bundle()), encoding="utf-8")
    timings["html"] = time.perf_counter() - t0
    timings["total"] = time.perf_counter() - started
    quoted = [frames[c["name"]] for c in decl["charts"] if c["query"] == TOP_ACTORS_QUERY]
    top = _top_actors(quoted[0]) if quoted else []
    return ReportResult(index, files, summary, top, timings)


def _run_queries(
    db: Path, decl: dict[str, Any], params: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any], Any]:
    """Return the summary, each chart's DataFrame by chart name, and each evidence table's."""
    con = connect(db, read_only=True)
    try:
        summary = _summary(run_report(con, decl["summary"]["query"], params).df())
        frames = {
            c["name"]: run_report(con, c["query"], {**params, **c.get("params", {})}).df()
            for c in decl["charts"]
        }
        evidence = {
            ev["name"]: run_report(con, ev["query"], {**params, **ev.get("params", {})}).df()
            for ev in decl["evidence"]
        }
    finally:
        con.close()
    return summary, frames, evidence


def summary_text(result: ReportResult) -> str:
    """Return a few lines for the terminal: counts, top actors and where the report is."""
    s = result.summary
    period = f"{s['first_day']} to {s['last_day']}" if s.get("first_day") else "no dated articles"
    lines = [
        f"articles: {s['articles']} from {_count(s['outlets'], 'outlet')}, {period} "
        f"({s['documents']} documents, {s['quarantined']} quarantined)",
        f"quotes: {s['direct_quotes']} direct, {s['indirect_quotes']} indirect, "
        f"{_count(s['actors_quoted'], 'actor')} quoted",
    ]
    if result.top_actors:
        lines.append("top actors: " + ", ".join(f"{n} ({q})" for n, q in result.top_actors[:5]))
    seconds = result.timings.get("total", 0.0)
    lines.append(f"report: {result.index} ({len(result.charts)} chart files, {seconds:.1f} s)")
    return "\n".join(lines)


def _count(n: int, noun: str) -> str:
    """Return '1 outlet', '3 outlets'."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _iso(value: str | date | None) -> str | None:
    """Return a date parameter as an ISO string (None stays None)."""
    return value.isoformat() if isinstance(value, date) else value


def _summary(df: Any) -> dict[str, Any]:
    """Return the one-row summary result as a dict of plain values."""
    return {k: plain(v) for k, v in df.iloc[0].to_dict().items()} if len(df) else {}


def _top_actors(df: Any) -> list[tuple[str, int]]:
    """Return (actor, direct quotes) for the most quoted actors, in query order."""
    return [(str(r.actor_name), int(r.quotes)) for r in df.itertuples() if r.quotes == r.quotes]


def _vl_version() -> str | None:
    """Return the Vega-Lite version of Altair's schema if vl-convert has it, else None (latest)."""
    import altair as alt
    import vl_convert as vlc

    wanted = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    return wanted if wanted in vlc.get_vegalite_versions() else None


def _export(spec: dict[str, Any], stem: Path) -> list[Path]:
    """Write stem.png and stem.svg of a chart at a fixed width; return both paths."""
    import vl_convert as vlc

    fixed = {**spec, "width": EXPORT_WIDTH} if spec.get("width") == "container" else spec
    png, svg = stem.with_suffix(".png"), stem.with_suffix(".svg")
    version = _vl_version()
    png.write_bytes(vlc.vegalite_to_png(fixed, vl_version=version, scale=PNG_SCALE))
    svg.write_text(vlc.vegalite_to_svg(fixed, vl_version=version), encoding="utf-8")
    return [png, svg]


def _bundle() -> str:
    """Return the Vega, Vega-Lite and vega-embed JavaScript, safe to inline in a <script>."""
    import vl_convert as vlc

    js = vlc.javascript_bundle(vl_version=_vl_version())
    return re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
