"""The report page: HTML for the summary, chart sections and evidence tables, all text escaped."""

from __future__ import annotations

import html
import json
from datetime import date, datetime
from typing import Any

BUNDLE_MARKER = "presswatch:vega-bundle"
SUMMARY_FIELDS = (
    ("Articles", "articles"), ("Outlets", "outlets"), ("Period", "period"),
    ("Direct quotes", "direct_quotes"), ("Indirect quotes", "indirect_quotes"),
    ("Actors quoted", "actors_quoted"), ("Documents", "documents"), ("Quarantined", "quarantined"),
)  # fmt: skip


def plain(value: Any) -> Any:
    """Return a JSON-friendly Python value for one result cell (NaN/NaT as None, dates as ISO)."""
    if value is None or value != value:  # NaN and NaT are not equal to themselves
        return None
    value = value.item() if hasattr(value, "item") else value  # numpy scalar
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return int(value) if isinstance(value, float) and value.is_integer() else value


def script_json(value: Any) -> str:
    """Return JSON that is safe inside a <script> element (no '<', '>' or '&' characters)."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, default=str)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escaped)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def page(
    decl: dict[str, Any],
    specs: dict[str, dict[str, Any]],
    summary: dict[str, Any],
    evidence: dict[str, Any],
    filters: dict[str, str | None],
    bundle: str,
) -> str:
    """Return the self-contained HTML report page."""
    e = html.escape
    title = e(decl.get("title", "presswatch report"))
    chosen = [f"{k}: {v}" for k, v in filters.items() if v]
    titles = {ev["name"]: ev.get("title", "Evidence") for ev in decl["evidence"]}
    nav, sections = [], []
    for item in decl["charts"]:
        name = item["name"]
        nav.append(f'<a href="#chart-{name}">{e(item["title"])}</a>')
        link = ""
        if item.get("evidence") in titles:
            link = (
                f' · <a class="ev" href="#evidence-{item["evidence"]}">'
                f"{e(titles[item['evidence']])}</a>"
            )
        sections.append(
            f'<section class="chart" id="chart-{name}"><h2>{e(item["title"])}</h2>'
            f"<p>{e(item.get('description', ''))}</p>"
            f'<div class="vis" id="vis-{name}"></div>'
            f'<p class="files"><a href="{name}.png">PNG</a> · '
            f'<a href="{name}.svg">SVG</a>{link}</p>'
            "</section>"
        )
    tables = [
        f'<section class="evidence" id="evidence-{ev["name"]}"><h2>{e(ev.get("title", ""))}</h2>'
        f"<p>{e(ev.get('description', ''))}</p>{evidence_html(ev, evidence[ev['name']])}</section>"
        for ev in decl["evidence"]
    ]
    nav += [
        f'<a href="#evidence-{ev["name"]}">{e(titles[ev["name"]])}</a>' for ev in decl["evidence"]
    ]
    # The page shows titles as headings, so the embedded charts drop their own.
    page_specs = {n: {k: v for k, v in s.items() if k != "title"} for n, s in specs.items()}
    return TEMPLATE.format(
        title=title,
        filters=e(" · ".join(chosen)) if chosen else "all outlets, all actors, all dates",
        summary=summary_html(summary),
        nav=" ".join(nav),
        charts="\n".join(sections),
        evidence="\n".join(tables),
        marker=BUNDLE_MARKER,
        bundle=bundle,
        specs=script_json(page_specs),
    )


def summary_html(s: dict[str, Any]) -> str:
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


def _cell(row: dict[str, Any], column: dict[str, str]) -> str:
    """Return one escaped table cell of a row, formatted as the column's declaration says."""
    e = html.escape
    fmt, value = column.get("format", "text"), plain(row.get(column["field"]))
    if fmt == "quote":
        cue = plain(row.get("cue"))
        cue_html = f' <span class="cue">{e(str(cue))}</span>' if cue else ""
        return f"<td>“{e(str(value))}”{cue_html}</td>"
    if fmt == "span":
        where = f"{str(row['doc_id'])[:12]} {plain(row['start_char'])}–{plain(row['end_char'])}"
        return f'<td class="src" title="doc_id and character span">{e(where)}</td>'
    if value is None:
        return "<td>–</td>"
    if fmt == "percent":
        return f'<td class="num">{value:.1%}</td>'
    if fmt == "doc":  # a content hash: the first 12 characters identify it, the rest on hover
        return f'<td class="src" title="{e(str(value))}">{e(str(value)[:12])}</td>'
    if fmt == "date":
        return f'<td class="date">{e(str(value))}</td>'
    return f"<td>{e(str(value))}</td>"


def evidence_html(decl: dict[str, Any], df: Any) -> str:
    """Return an evidence table of the declared columns, every article-derived string escaped."""
    if df is None or not len(df):
        return (
            f'<p class="empty">{html.escape(decl.get("empty", "No rows for this selection."))}</p>'
        )
    columns = decl["columns"]
    head = "".join(f"<th>{html.escape(c['label'])}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(_cell(row, c) for c in columns) + "</tr>"
        for row in df.to_dict(orient="records")
    )
    return (
        f'<div class="table"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>"
    )


CSS = """
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;
color:#222;background:#fafafa}
main{max-width:960px;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.15rem;margin:0 0 .25rem}
.filters,.files,.cue,.src{color:#666;font-size:.85rem}
nav{font-size:.85rem;line-height:1.9}nav a{margin-right:.6rem;white-space:nowrap}
section{background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:1rem;margin:1rem 0}
.summary{display:grid;grid-template-columns:repeat(auto-fill,minmax(9rem,1fr));gap:.5rem;margin:0}
.summary div{background:#f3f5f8;border-radius:4px;padding:.5rem}
dt{font-size:.8rem;color:#555}dd{margin:0;font-size:1.25rem;font-weight:600}
.vis{width:100%;min-height:4rem}
.table{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;vertical-align:top;padding:.4rem;border-bottom:1px solid #eee}
td.num{text-align:right}td.date{white-space:nowrap}
.evidence td:nth-child(2){min-width:14rem}
@media (max-width:600px){main{padding:.5rem}section{padding:.6rem}dd{font-size:1.05rem}}
"""

# {placeholders} are filled by page(); literal braces of the CSS/JS are doubled or kept out.
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
<nav>{nav}</nav>
<noscript><p>Charts need JavaScript; their PNG and SVG files are beside this page.</p></noscript>
<section><h2>Summary</h2>{summary}</section>
{charts}
{evidence}
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
