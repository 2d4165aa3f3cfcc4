"""Render results.json as BENCHMARKS.md: targets, stages, scaling, flow, queries, peers."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

FINDINGS = Path(__file__).resolve().parent / "FINDINGS.md"


def _fmt(value: object, digits: int = 0) -> str:
    if value is None:
        return "not measured"
    if isinstance(value, float | int):
        return f"{value:,.{digits}f}"
    return str(value)


def _check(value: float | None, target: float, higher_is_better: bool = True) -> str:
    if value is None:
        return "–"
    ok = value >= target if higher_is_better else value <= target
    return "met" if ok else f"**missed** ({value / target:.2f}× target)"


def _safe(section: Callable[[dict], list[str]], res: dict) -> list[str]:
    """Return a section's lines, or one line naming what was not measured and why."""
    try:
        return section(res)
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        errors = {k: v["error"] for k, v in res.items() if isinstance(v, dict) and "error" in v}
        return [f"Not measured in this run ({type(exc).__name__}: {exc}; errors: {errors})."]


def targets(res: dict) -> list[str]:
    """Return the markdown rows of the target table."""
    s = res.get("stages", {})
    q = res.get("queries", {"articles": 0})
    rows = [
        ("end-to-end analyse + load, text (articles/s, wall)", res["end_to_end_articles_per_s"],
         1000, True, 1),
        ("end-to-end analyse + load (articles per CPU-s: 1,000 is the stretch, 2,000/s on 2 cores)",
         res["end_to_end_articles_per_cpu_s"], 1000, True, 1),
        ("quote extraction (words per CPU-s)", res["quote_words_per_cpu_s"], 200_000, True, 0),
        (f"slowest report query, warm median (ms, {q['articles']:,} articles)",
         res["report_query_max_ms"], 200, False, 0),
        ("peak RSS of a 1M-article ingest (MB, the whole process tree)", res["peak_rss_mb_1m"],
         2048, False, 0),
        ("`presswatch sql` start-up (s, median)", res["sql_start_s"], 0.3, False, 3),
        ("segment text (articles per CPU-s)", s.get("segment_text_articles_per_cpu_s"), 2000,
         True, 0),
        ("topics (articles per CPU-s)", s.get("topics_articles_per_cpu_s"), 2000, True, 0),
        ("HTML segmentation vs trafilatura (ratio of pages per CPU-s, synthetic pages)",
         s.get("segment_html_vs_trafilatura"), 0.8, True, 2),
        (f"… on {s.get('n_html_real', 0)} real pages (Zyte benchmark; issue #4 sets it there)",
         s.get("segment_html_real_vs_trafilatura"), 0.8, True, 2),
    ]  # fmt: skip
    out = ["| metric | measured | target | status |", "|---|---:|---:|---|"]
    cut = res.get("report_queries_interrupted")
    for name, value, target, higher, digits in rows:
        sign = "≥" if higher else "<"
        shown = _fmt(value, digits)
        if name.startswith("slowest report query") and cut:
            shown += f" (+{cut} interrupted at the timeout)"
        out.append(f"| {name} | {shown} | {sign} {target:,} | "
                   f"{_check(value, target, higher)} |")  # fmt: skip
    return out


def scaling(res: dict) -> list[str]:
    """Return the end-to-end scaling table."""
    out = ["| planned | ingested | wall s | CPU s | articles/s | articles/CPU-s | peak RSS MB, "
           "largest process | peak RSS MB, process tree | note |",
           "|---:|---:|---:|---:|---:|---:|---:|---:|---|"]  # fmt: skip
    for size, r in res["end_to_end"].items():
        if "skipped" in r:
            out.append(f"| {int(size):,} | – | – | – | – | – | – | – | skipped: {r['skipped']} |")
            continue
        if "error" in r:
            out.append(
                f"| {int(size):,} | – | – | – | – | – | – | – | failed: {r['error'][:150]} |"
            )
            continue
        note = "cut at the time budget (committed batches kept)" if r["cut_at_deadline"] else ""
        note = "; ".join(x for x in (note, r.get("note", "")) if x)
        out.append(f"| {int(size):,} | {r['articles']:,} | {r['wall_s']:,} | {r['cpu_s']:,} | "
                   f"{r['articles_per_s']:,} | {r['articles_per_cpu_s']:,} | "
                   f"{r['peak_rss_mb']:,} | {_fmt(r.get('peak_tree_rss_mb'), 0)} | "
                   f"{note} |")  # fmt: skip
    return out


def stages(res: dict) -> list[str]:
    """Return the per-stage table (same synthetic articles for every stage)."""
    s = res["stages"]
    load = s["load"]
    rows = [
        ("segment text", s["segment_text_articles_per_cpu_s"], "articles/CPU-s"),
        ("quotes", s["quote_words_per_cpu_s"], "words/CPU-s"),
        ("quotes", s["quote_articles_per_cpu_s"], "articles/CPU-s"),
        ("topics", s["topics_articles_per_cpu_s"], "articles/CPU-s"),
        ("analyze_batch (segment + quotes + topics)", s["analyze_articles_per_cpu_s"],
         "articles/CPU-s"),
        ("load one batch into DuckDB", load["articles_per_s"], "articles/s (wall)"),
        ("load one batch into DuckDB", load["rows_per_s"], "rows/s (wall)"),
        ("segment HTML", s["segment_html_pages_per_cpu_s"], "pages/CPU-s"),
        ("segment HTML, real pages", s.get("segment_html_real_pages_per_cpu_s"), "pages/CPU-s"),
    ]  # fmt: skip
    when = f" Re-measured alone at {s['refreshed']}." if s.get("refreshed") else ""
    out = [f"{s['n_text']:,} text articles, {s['n_html']:,} HTML pages, median of "
           f"{s['repeat']} run(s); {s['quotes_per_article']} quotes and "
           f"{s['topics_units_per_article']} topic units per article.{when}", "",
           "| stage | throughput | unit |", "|---|---:|---|"]  # fmt: skip
    out += [f"| {name} | {_fmt(v)} | {unit} |" for name, v, unit in rows]
    return out


def peers(res: dict) -> list[str]:
    """Return the side-by-side rows against the peers."""
    s, p = res["stages"], res["stages"]["peers"]
    return [
        "| comparison | ours | peer | ratio |", "|---|---:|---:|---:|",
        f"| HTML pages/CPU-s vs trafilatura `extract` (same pages) | "
        f"{_fmt(s['segment_html_pages_per_cpu_s'])} | {_fmt(p.get('trafilatura_pages_per_cpu_s'))} "
        f"| {_fmt(s.get('segment_html_vs_trafilatura'), 2)} |",
        f"| … vs trafilatura `fast=True` | {_fmt(s['segment_html_pages_per_cpu_s'])} | "
        f"{_fmt(p.get('trafilatura_fast_pages_per_cpu_s'))} | – |",
        f"| … on real pages (Zyte, {s.get('n_html_real', 0)}) vs trafilatura `extract` | "
        f"{_fmt(s.get('segment_html_real_pages_per_cpu_s'), 1)} | "
        f"{_fmt(p.get('trafilatura_real_pages_per_cpu_s'), 1)} | "
        f"{_fmt(s.get('segment_html_real_vs_trafilatura'), 2)} |",
        f"| quote words/CPU-s vs spaCy `en_core_web_sm` anchor (5k, issue #9) | "
        f"{_fmt(s['quote_words_per_cpu_s'])} | 5,000 | "
        f"{_fmt(s.get('quotes_vs_spacy_sm_anchor'), 1)} |",
        f"| quote words/CPU-s vs spaCy blank-English tokenizer alone (same texts) | "
        f"{_fmt(s['quote_words_per_cpu_s'])} | {_fmt(p.get('spacy_tokenizer_words_per_cpu_s'))} | "
        f"{_fmt(s.get('quotes_vs_spacy_tokenizer'), 2)} |",
        "", f"textacy quotes: {p.get('textacy_quotes', p.get('spacy', 'not measured'))}.",
    ]  # fmt: skip


def queries(res: dict) -> list[str]:
    """Return the report-query table."""
    q = res["queries"]
    out = [f"On {q['articles']:,} articles. Cold = first run in the connection; warm = median of "
           "the following runs (one when the cold run took > 2 s).", "",
           "| query | cold ms | warm ms | rows | < 200 ms |",
           "|---|---:|---:|---:|---|"]  # fmt: skip
    for name, t in q["timings"].items():
        warm = t.get("warm_median_ms")
        status = "yes" if warm is not None and warm < 200 else "**no**"
        err = f" ({t['error']})" if t.get("error") else ""
        out.append(f"| {name} | {_fmt(t.get('cold_ms'))} | {_fmt(warm)}{err} | "
                   f"{_fmt(t.get('rows'))} | {status} |")  # fmt: skip
    return out


def write_markdown(res: dict, path: Path) -> None:
    """Write BENCHMARKS.md from the results of one run."""
    m = res["machine"]
    wh = res.get("warehouse")
    lines = [
        "# Benchmarks", "",
        f"Generated by `python -m benchmarks.run --size {res['profile']}` "
        f"(`make bench-quick` / `make bench` / `make bench-full`) in {res['total_s']:,} s.", "",
        f"- machine: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM, {m['os']}",
        f"- date: {m['date']}; commit {m['commit']} (+{m['uncommitted_files']} uncommitted files); "
        f"Python {m['python']}, DuckDB {m['duckdb']}",
        f"- load average at start: {', '.join(f'{x:.1f}' for x in m['load_avg_at_start'])} on "
        f"{m['cores']} cores. Other jobs share this machine: wall times are inflated by them; "
        "CPU-second rates are the steadier figures. Every number is a median where repeated.",
        "- parts and when they ran (`--only PART` re-runs one and keeps the others): "
        + ", ".join(f"{k} {v['date']} ({v['s']} s)" for k, v in res.get("parts", {}).items()),
        "",
        *_safe(budget, res),
        "## Targets", "", *_safe(targets, res), "",
        "## Each stage alone", "", *_safe(stages, res), "",
        "## Side by side with peers (same run, same inputs)", "", *_safe(peers, res), "",
        "## End to end without Prefect: how cost grows", "",
        "`ingest_paths` over seeded synthetic JSONL (text variant) into a fresh warehouse, in a "
        "worker process; CPU and peak RSS from `os.wait4` rusage.", "", *_safe(scaling, res), "",
        "## Inside the Prefect flow, and a no-op scheduled run", "", *_safe(flow, res), "",
        "## Report queries", "",
    ]  # fmt: skip
    if wh and "error" not in wh:
        lines += [f"Warehouse grown in DuckDB from the largest real ingest in {wh['seconds']} s "
                  f"({wh['file_mb']:,} MB; rows: {json.dumps(wh['rows'])}).", ""]  # fmt: skip
        if "build_s" in wh:  # the materialised models, built after replication as after an ingest
            lines += [f"Build at 1M (`build_models`, every materialised model): {wh['build_s']} s "
                      f"wall, {wh['build_cpu_s']} CPU-s, load average after it "
                      f"{wh['load_avg_after_build']}.", ""]  # fmt: skip
    lines += [*_safe(queries, res), "", *_safe(report_build, res), "",
              "## Colleagues' standalone scripts (raw JSON)", ""]  # fmt: skip
    sql = res.get("sql_start", {})
    scripts = {"bench_sql_start": sql.get("bench_sql_start"), **res.get("scripts", {})}
    for name, out in scripts.items():
        lines.append(f"- `{name}.py`: `{json.dumps(out) if out is not None else 'not present'}`")
    if FINDINGS.is_file():
        lines += ["", FINDINGS.read_text(encoding="utf-8").strip()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def report_build(res: dict) -> list[str]:
    """Return the report-build line."""
    rb = res["report_build"]
    return [f"Report build (`build_report`, all charts, PNG + SVG) on {rb['articles']:,} "
            f"articles: {_fmt(rb.get('s'), 1)} s; steps {json.dumps(rb.get('steps'))}"
            f"{' (timed out)' if rb.get('timed_out') else ''}."]  # fmt: skip


def flow(res: dict) -> list[str]:
    """Return the flow paragraph."""
    f = res["flow"]
    return [
        f"`pipeline` flow on {f['articles']:,} articles in a fresh process (temporary Prefect "
        f"server): {f['flow_process_s']} s in all ({f['flow_run_s']} s inside the flow call), "
        f"{f['flow_articles_per_s']} articles/s, peak RSS {f['flow_peak_rss_mb']} MB. The same "
        f"work without Prefect (ingest + build + report in one process): {f['plain_process_s']} s "
        f"({f['plain_articles_per_s']} articles/s). A second run with nothing new (what a "
        f"scheduled run does on a quiet hour): {f['noop_process_s']} s in all, "
        f"{f['noop_flow_run_s']} s inside the flow; counts {json.dumps(f['noop_counts'])}.",
    ]  # fmt: skip


def budget(res: dict) -> list[str]:
    """Return the time-budget paragraph: the budget, the load factor used and what was cut."""
    b = res.get("budget")
    if not b or b.get("total_s") is None:
        return []
    cuts = "; ".join(b["cuts"]) if b["cuts"] else "nothing"
    reserve = ", ".join(f"{k} {v:.0f} s" for k, v in b["reserve_s"].items())
    return [f"Time budget: {b['total_s']:,.0f} s for the whole run, which took {b['wall_s']:,} s. "
            "The ingests get what is left after the time kept for the later parts "
            f"({reserve}); wall/CPU of the single-threaded stages part: {b['load_factor']}; "
            f"cut to fit: {cuts}.", ""]  # fmt: skip
