"""Assemble the chart report: one offline HTML page, plus a PNG and an SVG of every chart."""

from __future__ import annotations

import html
import json
import re
import time
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from presswatch.db import connect
from presswatch.db.queries import run_report
from presswatch.resources import dashboards_dir

EXPORT_WIDTH = 720  # PNG/SVG width in pixels; the page itself sizes charts to their container
PNG_SCALE = 2.0
NAME = re.compile(r"^[a-z][a-z0-9_]*$")
BUNDLE_MARKER = "presswatch:vega-bundle"
SUMMARY_FIELDS = (
    ("Articles", "articles"), ("Outlets", "outlets"), ("Period", "period"),
    ("Direct quotes", "direct_quotes"), ("Indirect quotes", "indirect_quotes"),
    ("Actors quoted", "actors_quoted"), ("Documents", "documents"), ("Quarantined", "quarantined"),
)  # fmt: skip
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
    return decl


def build_report(
    db: Path,
    out_dir: Path,
    since: str | date | None = None,
    until: str | date | None = None,
    outlet: str | None = None,
) -> ReportResult:
    """Write index.html and <chart>.png/.svg for each declared chart to out_dir; return where."""
    import altair as alt

    from presswatch import charts

    started = time.perf_counter()
    decl = load_declaration()
    filters = {"since": _iso(since), "until": _iso(until), "outlet": outlet}
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
    index.write_text(_page(decl, specs, summary, evidence, filters), encoding="utf-8")
    timings["html"] = time.perf_counter() - t0
    timings["total"] = time.perf_counter() - started
    quoted = [frames[c["name"]] for c in decl["charts"] if c["query"] == TOP_ACTORS_QUERY]
    top = _top_actors(quoted[0]) if quoted else []
    return ReportResult(index, files, summary, top, timings)


def _run_queries(
    db: Path, decl: dict[str, Any], params: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any], Any]:
    """Return the summary, each chart's DataFrame by chart name, and the evidence DataFrame."""
    con = connect(db, read_only=True)
    try:
        summary = _summary(run_report(con, decl["summary"]["query"], params).df())
        frames = {
            c["name"]: run_report(con, c["query"], {**params, **c.get("params", {})}).df()
            for c in decl["charts"]
        }
        ev = decl["evidence"]
        evidence = run_report(con, ev["query"], {**params, **ev.get("params", {})}).df()
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


def _plain(value: Any) -> Any:
    """Return a JSON-friendly Python value for one result cell (NaN/NaT as None, dates as ISO)."""
    if value is None or value != value:  # NaN and NaT are not equal to themselves
        return None
    value = value.item() if hasattr(value, "item") else value  # numpy scalar
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _summary(df: Any) -> dict[str, Any]:
    """Return the one-row summary result as a dict of plain values."""
    return {k: _plain(v) for k, v in df.iloc[0].to_dict().items()} if len(df) else {}


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


def _script_json(value: Any) -> str:
    """Return JSON that is safe inside a <script> element (no '<', '>' or '&' characters)."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, default=str)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escaped)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _bundle() -> str:
    """Return the Vega, Vega-Lite and vega-embed JavaScript, safe to inline in a <script>."""
    import vl_convert as vlc

    js = vlc.javascript_bundle(vl_version=_vl_version())
    return re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)


def _page(
    decl: dict[str, Any],
    specs: dict[str, dict[str, Any]],
    summary: dict[str, Any],
    evidence: Any,
    filters: dict[str, str | None],
) -> str:
    """Return the self-contained HTML report page."""
    e = html.escape
    title = e(decl.get("title", "presswatch report"))
    chosen = [f"{k}: {v}" for k, v in filters.items() if v]
    sections = []
    for item in decl["charts"]:
        name = item["name"]
        sections.append(
            f'<section class="chart"><h2>{e(item["title"])}</h2>'
            f"<p>{e(item.get('description', ''))}</p>"
            f'<div class="vis" id="vis-{name}"></div>'
            f'<p class="files"><a href="{name}.png">PNG</a> · <a href="{name}.svg">SVG</a></p>'
            "</section>"
        )
    # The page shows titles as headings, so the embedded charts drop their own.
    page_specs = {n: {k: v for k, v in s.items() if k != "title"} for n, s in specs.items()}
    return TEMPLATE.format(
        title=title,
        filters=e(" · ".join(chosen)) if chosen else "all outlets, all dates",
        summary=_summary_html(summary),
        charts="\n".join(sections),
        evidence_title=e(decl["evidence"].get("title", "Evidence")),
        evidence_description=e(decl["evidence"].get("description", "")),
        evidence=_evidence_html(evidence),
        marker=BUNDLE_MARKER,
        bundle=_bundle(),
        specs=_script_json(page_specs),
    )


def _summary_html(s: dict[str, Any]) -> str:
    """Return the summary numbers as a definition list (counts with thousands separators)."""
    period = f"{s['first_day']} – {s['last_day']}" if s.get("first_day") else None
    values = {**s, "period": period}
    cells = "".join(
        f"<div><dt>{label}</dt><dd>{html.escape(_number(values.get(key)))}</dd></div>"
        for label, key in SUMMARY_FIELDS
    )
    return f'<dl class="summary">{cells}</dl>'


def _number(value: Any) -> str:
    """Return a count with thousands separators, other values as text, None as a dash."""
    return "–" if value is None else f"{value:,}" if isinstance(value, int) else str(value)


def _evidence_html(df: Any) -> str:
    """Return the top quotes as an HTML table, every article-derived string escaped."""
    if df is None or not len(df):
        return '<p class="empty">No attributed direct quotes for this selection.</p>'
    e = html.escape
    rows = []
    for r in df.itertuples():
        day = _plain(r.day)
        where = f"{str(r.doc_id)[:12]} {_plain(r.start_char)}–{_plain(r.end_char)}"
        cue = f'<span class="cue">{e(str(r.cue))}</span>' if _plain(r.cue) else ""
        rows.append(
            f"<tr><td>{e(str(r.actor_name))}</td><td>“{e(str(r.quote_text))}” {cue}</td>"
            f"<td>{e(str(r.outlet))}</td><td>{e(str(day or '–'))}</td>"
            f"<td>{e(str(_plain(r.title) or '–'))}</td>"
            f'<td class="src" title="doc_id and character span">{e(where)}</td></tr>'
        )
    head = "".join(f"<th>{h}</th>" for h in ("Actor", "Quote", "Outlet", "Date", "Title", "Span"))
    return (
        f'<div class="table"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


CSS = """
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;
color:#222;background:#fafafa}
main{max-width:960px;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.15rem;margin:0 0 .25rem}
.filters,.files,.cue,.src{color:#666;font-size:.85rem}
section{background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:1rem;margin:1rem 0}
.summary{display:grid;grid-template-columns:repeat(auto-fill,minmax(9rem,1fr));gap:.5rem;margin:0}
.summary div{background:#f3f5f8;border-radius:4px;padding:.5rem}
dt{font-size:.8rem;color:#555}dd{margin:0;font-size:1.25rem;font-weight:600}
.vis{width:100%;min-height:4rem}
.table{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;vertical-align:top;padding:.4rem;border-bottom:1px solid #eee}
td:nth-child(2){min-width:16rem}
@media (max-width:600px){main{padding:.5rem}section{padding:.6rem}dd{font-size:1.05rem}}
"""

# {placeholders} are filled by _page; literal braces of the CSS/JS are doubled or kept out.
TEMPLATE = (
    """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src 'self' data:">
<title>{title}</title>
<style>"""
    + CSS.replace("{", "{{").replace("}", "}}")
    + """</style>
</head>
<body>
<main>
<h1>{title}</h1>
<p class="filters">Selection: {filters}</p>
<noscript><p>Charts need JavaScript; their PNG and SVG files are beside this page.</p></noscript>
<section><h2>Summary</h2>{summary}</section>
{charts}
<section><h2>{evidence_title}</h2><p>{evidence_description}</p>{evidence}</section>
</main>
<script id="vega-bundle">/* {marker} */
{bundle}
</script>
<script type="application/json" id="chart-specs">{specs}</script>
<script>
const specs = JSON.parse(document.getElementById("chart-specs").textContent);
for (const [name, spec] of Object.entries(specs)) {{
  const el = document.getElementById("vis-" + name);
  vegaEmbed(el, spec, {{actions: false, renderer: "svg"}}).catch((err) => {{
    el.textContent = "This chart could not be drawn: " + err;
  }});
}}
</script>
</body>
</html>
"""
)
