"""Feeds and pages ingested end to end from a real server on 127.0.0.1 into a real warehouse."""

from __future__ import annotations

from pathlib import Path

import duckdb

from presswatch.ingest import build_warehouse, ingest_paths

from .server import BOMB, WIRE_BODY, Route, Site, page, rss, sleepy

STORY = (
    "The city council voted on Tuesday to reopen the old harbour bridge after nine months of "
    "repairs.\n"
    "Engineers told the council that the steel deck had been replaced and that the bridge was safe "
    "for buses and lorries again, and the mayor said the vote ended a long wait for the people of "
    "the eastern districts who had been cut off from the centre."
)


def _feed_site(site: Site, n: int = 3) -> str:
    for i in range(1, n + 1):
        body = STORY + f"\nThe council will publish its report number {i} on the bridge next week."
        site.routes[f"/a/{i}.html"] = Route(page(f"Bridge story {i}", body))
    items = [(f"Bridge story {i}", site.url(f"/a/{i}.html"), "Tue, 24 Nov 2026 08:30:00 GMT")
             for i in range(1, n + 1)]  # fmt: skip
    site.routes["/feed.xml"] = Route(rss(items), content_type="application/rss+xml")
    return site.url("/feed.xml")


def _rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_feed_is_ingested_and_reingesting_it_adds_nothing(
    tmp_path: Path, site: Site, client
) -> None:
    db = tmp_path / "w.duckdb"
    feed = _feed_site(site)
    first = ingest_paths([feed], db, client=client)
    assert (first.new, first.quarantined) == (3, 0)
    again = ingest_paths([feed], db, client=client)
    assert (again.new, again.duplicate, again.quarantined) == (0, 0, 0)
    assert site.hits("/feed.xml") == [200, 304]
    assert site.hits("/a/1.html") == [200]  # the feed did not change: its pages are not re-read
    assert _rows(db, "select count(*) from documents") == [(3,)]
    log = _rows(db, "select kind, status, outcome from fetch_log order by fetched_at, kind, url")
    assert (
        log.count(("feed", 304, "not_modified")) == 1 and log.count(("page", 200, "fetched")) == 3
    )
    assert _rows(db, "select count(*) from raw_responses") == [(1,)]  # the feed body, stored once
    meta = _rows(
        db, "select author, canonical_url like 'http://127.0.0.1:%/a/_.html' from doc_meta"
    )
    assert all(author and "News Desk" in author and ok for author, ok in meta)
    published = _rows(db, "select distinct published_utc::varchar from documents")
    assert published == [("2026-11-24 08:30:00",)]


def test_only_new_or_changed_pages_are_analysed(tmp_path: Path, site: Site, client) -> None:
    db = tmp_path / "w.duckdb"
    site.routes["/p.html"] = Route(page("Bridge", STORY))
    url = site.url("/p.html")
    assert ingest_paths([url], db, client=client).new == 1
    assert ingest_paths([url], db, client=client).new == 0  # 304: nothing parsed or analysed
    site.routes["/p.html"] = Route(
        page("Bridge", STORY + "\nUpdate: the first bus crossed at noon.")
    )
    assert ingest_paths([url], db, client=client).new == 1
    assert site.hits("/p.html") == [200, 304, 200]
    build_warehouse(db)
    counts = _rows(db, "select sum(raw_articles), sum(distinct_stories) from fct_story_counts")
    assert counts == [(1, 1)]  # the older version of the page is superseded, not counted twice
    assert _rows(db, "select count(*) from articles") == [(2,)]


def test_fetch_failures_are_quarantined_and_the_batch_goes_on(
    tmp_path: Path, site: Site, client
) -> None:
    db = tmp_path / "w.duckdb"
    site.routes["/ok.html"] = Route(page("Bridge", STORY))
    site.routes["/boom"] = Route(b"oops", status=500)
    site.routes["/loop1"] = Route(status=302, headers={"Location": "/loop2"})
    site.routes["/loop2"] = Route(status=302, headers={"Location": "/loop1"})
    site.routes["/hang"] = Route(handler=sleepy(2.0))
    links = ["/ok.html", "/missing", "/boom", "/loop1", "/private/x.html", "/hang"]
    items = [(f"Item {p}", site.url(p), "Tue, 24 Nov 2026 08:30:00 GMT") for p in links]
    site.routes["/feed.xml"] = Route(rss(items), content_type="application/rss+xml")
    stats = ingest_paths([site.url("/feed.xml")], db, client=client, batch_size=2)
    assert (stats.new, stats.quarantined) == (1, 5)
    reasons = dict(_rows(db, "select origin, detail from quarantine where reason = 'fetch failed'"))
    assert reasons[site.url("/missing")] == "HTTP 404"
    assert reasons[site.url("/boom")] == "HTTP 500"
    assert "redirect loop" in reasons[site.url("/loop1")]
    assert reasons[site.url("/private/x.html")] == "disallowed by robots.txt"
    assert "timeout" in reasons[site.url("/hang")]
    build_warehouse(db)
    ledger = _rows(db, "select failed, complete, gap, reasons from fct_coverage_daily")
    assert ledger[-1][:3] == (5, False, "fetch failures") and "fetch failed" in ledger[-1][3]
    # the feed's validators were not kept, so the next run re-reads it and retries the failures
    ingest_paths([site.url("/feed.xml")], db, client=client)
    assert site.hits("/feed.xml") == [200, 200] and site.hits("/missing") == [404, 404]


def test_bad_feeds_are_quarantined_with_the_reason(tmp_path: Path, site: Site, client) -> None:
    db = tmp_path / "w.duckdb"
    site.routes["/bomb.xml"] = Route(BOMB, content_type="application/rss+xml")
    site.routes["/broken.xml"] = Route(b"<rss version='2.0'><chan", content_type="text/xml")
    site.routes["/ok.html"] = Route(page("Bridge", STORY))
    urls = [site.url(p) for p in ("/bomb.xml", "/broken.xml", "/ok.html")]
    stats = ingest_paths(urls, db, client=client)
    assert (stats.new, stats.quarantined) == (1, 2)
    rows = dict(_rows(db, "select origin, detail from quarantine where reason = 'malformed feed'"))
    assert "entity" in rows[urls[0]] and "malformed feed" in rows[urls[1]]


def test_syndicated_story_counts_three_raw_one_distinct(tmp_path: Path, site: Site, client) -> None:
    db = tmp_path / "w.duckdb"
    variants = {
        "harbour": ("Storm shuts port", "Harbour Post", ""),
        "courier": ("Port closed after storm", "The Saldane Courier", "\nMore updates to follow."),
        "wire": ("Storm damage halts port", "Kettervale Wire", "\nAssociated Press"),
    }
    for key, (title, outlet, tail) in variants.items():
        site.routes[f"/{key}/storm.html"] = Route(page(title, WIRE_BODY + tail, site=outlet))
    site.routes["/harbour/bridge.html"] = Route(page("Bridge reopens", STORY, site="Harbour Post"))
    paths = [
        "/harbour/storm.html",
        "/courier/storm.html",
        "/wire/storm.html",
        "/harbour/bridge.html",
    ]
    stats = ingest_paths([site.url(p) for p in paths], db, client=client)
    assert stats.new == 4
    build_warehouse(db)
    assert _rows(db, "select count(distinct story_id) from story_members") == [(2,)]
    daily = _rows(db, "select raw_articles, distinct_stories, original_stories, wire_articles, "
                      "outlets from fct_stories_daily")  # fmt: skip
    assert daily == [(4, 2, 1, 3, 3)]
    storm = _rows(db, "select count(*), count(distinct story_id) from stg_story_members "
                      "where outlet <> 'Harbour Post' or not is_original")  # fmt: skip
    assert storm == [(3, 1)]
    per_outlet = dict(_rows(db, "select outlet, original_articles from fct_story_counts"))
    assert per_outlet == {"Harbour Post": 1, "The Saldane Courier": 0, "Kettervale Wire": 0}


def test_other_language_is_stored_and_flagged_not_analysed(
    tmp_path: Path, site: Site, client
) -> None:
    db = tmp_path / "w.duckdb"
    german = (
        "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke nach neun Monaten wieder "
        "zu öffnen. Die Ingenieure sagten, dass die Brücke für Busse und Lastwagen sicher sei und "
        "dass "
        "die Arbeiten an der Fahrbahn abgeschlossen wurden, wie der Bürgermeister mitteilte."
    )
    site.routes["/de.html"] = Route(page("Brücke wieder offen", german))
    site.routes["/en.html"] = Route(page("Bridge", STORY))
    stats = ingest_paths([site.url("/de.html"), site.url("/en.html")], db, client=client)
    assert (stats.new, stats.other_language) == (2, 1)
    assert sorted(_rows(db, "select lang, analysed from doc_meta")) == [("de", False), ("en", True)]
    assert _rows(db, "select count(*) from articles") == [(1,)]
    assert _rows(db, "select count(*) from documents") == [(2,)]


def test_outlet_comes_from_the_domain_with_display_names(
    tmp_path: Path, site: Site, client
) -> None:
    db = tmp_path / "w.duckdb"
    site.routes["/x.html"] = Route(page("Bridge", STORY, site="Whatever Site Name"))
    ingest_paths([site.url("/x.html")], db, client=client, outlet_names={"127.0.0.1": "Loopback"})
    assert _rows(db, "select outlet from documents") == [("Loopback",)]
