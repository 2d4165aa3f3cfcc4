"""The chart report on a small real warehouse: files written, page offline and escaped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from presswatch import charts
from presswatch.db import build_models, connect
from presswatch.db.queries import run_report
from presswatch.report import (
    BUNDLE_MARKER,
    ReportResult,
    build_report,
    load_declaration,
    summary_text,
)

PLANTED = "<script>alert(1)</script>"

DOCS = [  # doc_id, outlet, title, published day
    ("d1", "Harbour Post", f"Dockers strike {PLANTED}", "2026-11-23"),
    ("d2", "Harbour Post", "Offer rejected", "2026-11-24"),
    ("d3", "Kettervale Wire", "Arbitration & talks", "2026-11-24"),
    ("d4", "Kettervale Wire", "Cup tie postponed", "2026-11-25"),
]
QUOTES = [  # doc_id, quote_no, text, kind, actor_id
    ("d1", 0, f"We will not go back {PLANTED}", "direct", "a1"),
    ("d1", 1, "the offer was an insult", "indirect", "a1"),
    ("d2", 0, "Talks have failed", "direct", "a2"),
    ("d3", 0, "We stand ready to arbitrate", "direct", "a2"),
    ("d3", 1, "Nothing is agreed", "direct", "a1"),
    ("d4", 0, "The pitch is flooded", "direct", "a3"),
]


def make_warehouse(path: Path, rows: bool = True) -> Path:
    """Create a warehouse at path with the fixture rows (or none) and the model views."""
    con = connect(path)
    v, now = "test", "2026-11-26 00:00:00"
    con.execute(
        "insert into actors values ('a1', 'Mara Volkanov', 'person', null, [], null, null, "
        "'registry'), ('a2', 'Port Authority <Board>', 'organisation', null, [], null, null, "
        "'registry'), ('a3', $a3, 'organisation', null, [], null, null, 'local')",
        {"a3": f"Ivesk United {PLANTED}"},
    )
    for doc_id, outlet, title, day in DOCS if rows else []:
        con.execute(
            "insert into documents values ($id, $id, 'txt', 'x'::blob, 'utf-8', $outlet, null, "
            "$title, cast($day as timestamp), $now)",
            {"id": doc_id, "outlet": outlet, "title": title, "day": day, "now": now},
        )
        con.execute(
            "insert into articles values ($id, repeat('x', 200), $title, 200, 40, $v, $now)",
            {"id": doc_id, "title": title, "v": v, "now": now},
        )
        con.execute(
            "insert into blocks values ($id, 0, 0, 150, 'body', 'editorial', null, $v), "
            "($id, 1, 150, 180, 'teaser', 'ad_teaser', 'outbrain', $v), "
            "($id, 2, 180, 200, 'navigation', 'other', null, $v)",
            {"id": doc_id, "v": v},
        )
        con.execute(
            "insert into topic_scores values "
            "($id, 0, 'editorial', null, 150, 'labour', 'labour', 0.7, $v), "
            "($id, 0, 'editorial', null, 150, 'labour', 'economy', 0.3, $v), "
            "($id, 1, 'ad_teaser', 1, 30, 'lifestyle', 'labour', 0.4, $v), "
            "($id, 1, 'ad_teaser', 1, 30, 'lifestyle', 'lifestyle', 0.6, $v)",
            {"id": doc_id, "v": v},
        )
    for doc_id, no, text, kind, actor in QUOTES if rows else []:
        con.execute(
            "insert into quotes values ($id, $no, 10, 40, $text, $kind, $actor, $actor, $actor, "
            "'said', 'neutral', 1, 'body', len(string_split($text, ' ')), 0.9, $v)",
            {"id": doc_id, "no": no, "text": text, "kind": kind, "actor": actor, "v": v},
        )
    build_models(con)
    con.close()
    return path


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_warehouse(tmp_path_factory.mktemp("wh") / "w.duckdb")


@pytest.fixture(scope="module")
def built(warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> ReportResult:
    return build_report(warehouse, tmp_path_factory.mktemp("out"))


def test_writes_page_and_a_png_and_svg_per_declared_chart(built: ReportResult) -> None:
    names = [c["name"] for c in load_declaration()["charts"]]
    assert built.index.name == "index.html" and built.index.is_file()
    expected = {f"{n}.{ext}" for n in names for ext in ("png", "svg")}
    assert {p.name for p in built.charts} == expected
    for path in built.charts:
        head = path.read_bytes()[:8]
        assert head.startswith(b"\x89PNG") if path.suffix == ".png" else b"<svg" in head + b"<svg"
        assert path.stat().st_size > 500


def test_page_is_offline_with_one_bundle(built: ReportResult) -> None:
    page = built.index.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.IGNORECASE)
    assert page.count(BUNDLE_MARKER) == 1
    assert page.count("window.vegaEmbed=") == 1
    assert page.count("<script") == page.count("</script>") == 3
    for name in (c["name"] for c in load_declaration()["charts"]):
        assert f'id="vis-{name}"' in page


def test_article_text_is_escaped(built: ReportResult) -> None:
    page = built.index.read_text(encoding="utf-8")
    assert PLANTED not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # in the evidence table
    assert "Port Authority &lt;Board&gt;" in page
    assert "Ivesk United \\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page  # chart JSON
    pages = page[page.index('id="evidence-pages"') :]
    assert "Dockers strike &lt;script&gt;" in pages  # the headline in the page evidence table


def test_every_chart_links_to_an_evidence_table(built: ReportResult) -> None:
    page = built.index.read_text(encoding="utf-8")
    decl = load_declaration()
    assert len(decl["charts"]) >= 7
    for item in decl["charts"]:
        section = page[page.index(f'id="chart-{item["name"]}"') :]
        section = section[: section.index("</section>")]
        (target,) = re.findall(r'href="#(evidence-[a-z_]+)"', section)
        assert f'id="{target}"' in page
    quotes = page[page.index('id="evidence-quotes"') :]
    assert "We will not go back" in quotes and "Harbour Post" in quotes and "2026-11-23" in quotes


def test_summary(built: ReportResult) -> None:
    s = built.summary
    assert (s["documents"], s["articles"], s["outlets"]) == (4, 4, 2)
    assert (s["direct_quotes"], s["indirect_quotes"], s["actors_quoted"]) == (5, 1, 3)
    assert (s["first_day"], s["last_day"]) == ("2026-11-23", "2026-11-25")
    assert built.top_actors[0] == ("Mara Volkanov", 2)
    text = summary_text(built)
    assert "articles: 4 from 2 outlets" in text and "Mara Volkanov (2)" in text
    assert str(built.index) in text


def test_charts_on_real_query_output(warehouse: Path) -> None:
    con = connect(warehouse, read_only=True)
    params = {"since": None, "until": None, "outlet": None, "limit": 10}
    try:
        for item in load_declaration()["charts"]:
            df = run_report(con, item["query"], {**params, **item.get("params", {})}).df()
            spec = getattr(charts, item["chart"])(df, title=item["title"]).to_dict()
            (values,) = spec["datasets"].values()
            assert 0 < len(values) <= len(df)
    finally:
        con.close()


def test_filters_narrow_the_report(warehouse: Path, tmp_path: Path) -> None:
    result = build_report(warehouse, tmp_path, since="2026-11-24", outlet="Kettervale Wire")
    assert result.summary["articles"] == 2
    page = result.index.read_text(encoding="utf-8")
    assert "outlet: Kettervale Wire" in page
    assert "Dockers strike" not in page


def test_actor_filter_narrows_the_quote_charts(warehouse: Path, tmp_path: Path) -> None:
    result = build_report(warehouse, tmp_path, actor="port authority <board>")
    assert (result.summary["direct_quotes"], result.summary["actors_quoted"]) == (2, 1)
    assert result.top_actors == [("Port Authority <Board>", 2)]
    page = result.index.read_text(encoding="utf-8")
    assert "actor: port authority &lt;board&gt;" in page
    quotes = page[page.index('id="evidence-quotes"') :]
    assert "Talks have failed" in quotes and "We will not go back" not in quotes


def test_share_of_voice_report_divides_by_the_whole_selection(warehouse: Path) -> None:
    con = connect(warehouse, read_only=True)
    try:
        got = run_report(con, "share_of_voice", {"limit": 10}).fetchall()
        one = run_report(con, "share_of_voice", {"limit": 10, "actor": "a2"}).fetchall()
    finally:
        con.close()
    shares = {r[1]: (r[2], r[4], r[5]) for r in got}
    assert shares["Mara Volkanov"] == (3, 3 / 6, 3 / 6)  # all 6 fixture quotes are attributed
    assert sum(s for _, s, _ in shares.values()) == pytest.approx(1.0)
    assert [(r[0], r[4]) for r in one] == [("a2", 2 / 6)]


def test_empty_warehouse_still_builds(tmp_path: Path) -> None:
    db = make_warehouse(tmp_path / "empty.duckdb", rows=False)
    result = build_report(db, tmp_path / "out", outlet="<i>Nobody</i>")
    assert result.summary["articles"] == 0 and result.summary["first_day"] is None
    assert len(result.charts) == 2 * len(load_declaration()["charts"])
    page = result.index.read_text(encoding="utf-8")
    assert "No attributed direct quotes" in page
    assert "outlet: &lt;i&gt;Nobody&lt;/i&gt;" in page  # escaped once, not twice
    assert "articles: 0 from 0 outlets, no dated articles" in summary_text(result)
