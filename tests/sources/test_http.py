"""The HTTP client against a real server on 127.0.0.1: limits, retries, redirects, robots."""

from __future__ import annotations

import time

from presswatch.sources.http import USER_AGENT, HttpClient

from .server import Route, Site, endless, page, sleepy, trickle


def test_page_is_fetched_with_our_user_agent_and_robots_read_once(site: Site, client) -> None:
    site.routes["/a.html"] = Route(page("A", "Body"))
    site.routes["/b.html"] = Route(page("B", "Body"))
    first, second = client.fetch(site.url("/a.html")), client.fetch(site.url("/b.html"))
    assert first.ok and second.ok and b"<h1>A</h1>" in first.content
    assert first.etag and first.content_type.startswith("text/html")
    headers = next(h for path, _, h in site.log if path == "/a.html")
    assert headers["User-Agent"] == USER_AGENT and "presswatch" in USER_AGENT
    assert site.hits("/robots.txt") == [200]


def test_conditional_get_answers_not_modified(site: Site, client) -> None:
    site.routes["/a.html"] = Route(page("A", "Body"))
    first = client.fetch(site.url("/a.html"))
    again = client.fetch(site.url("/a.html"), etag=first.etag)
    assert again.not_modified and again.content == b"" and again.error is None
    assert site.hits("/a.html") == [200, 304]


def test_redirects_are_followed_and_loops_stopped(site: Site, client) -> None:
    site.routes["/a.html"] = Route(page("A", "Body"))
    site.routes["/old"] = Route(status=301, headers={"Location": "/a.html"})
    site.routes["/loop1"] = Route(status=302, headers={"Location": "/loop2"})
    site.routes["/loop2"] = Route(status=302, headers={"Location": "/loop1"})
    moved = client.fetch(site.url("/old"))
    assert moved.ok and moved.final_url == site.url("/a.html") and moved.url == site.url("/old")
    loop = client.fetch(site.url("/loop1"))
    assert not loop.ok and "redirect loop" in (loop.error or "")
    assert site.hits("/loop1") == [302] and site.hits("/loop2") == [302]


def test_client_errors_fail_at_once_and_server_errors_are_retried(site: Site, client) -> None:
    site.routes["/boom"] = Route(b"oops", status=500)
    missing = client.fetch(site.url("/missing"))
    assert missing.status == 404 and missing.error == "HTTP 404"
    assert site.hits("/missing") == [404]
    boom = client.fetch(site.url("/boom"))
    assert boom.status == 500 and boom.error == "HTTP 500" and boom.attempts == 2
    assert site.hits("/boom") == [500, 500]


def test_timeout_slow_host_and_endless_response_are_cut_off(site: Site, client) -> None:
    site.routes["/hang"] = Route(handler=sleepy(3.0))
    site.routes["/slow"] = Route(handler=trickle(b"<p>drip</p>", 0.2, 50))
    site.routes["/endless"] = Route(handler=endless)
    start = time.monotonic()
    hang = client.fetch(site.url("/hang"))
    assert hang.status is None and "timeout" in (hang.error or "")
    slow = client.fetch(site.url("/slow"))
    assert slow.status == 200 and "longer than" in (slow.error or "") and not slow.ok
    big = client.fetch(site.url("/endless"))
    assert "larger than 200000 bytes" in (big.error or "") and not big.ok
    assert time.monotonic() - start < 6  # two timed-out attempts, one cut-off, one size limit


def test_robots_txt_is_respected(site: Site, client) -> None:
    site.routes["/private/x.html"] = Route(page("X", "Secret"))
    blocked = client.fetch(site.url("/private/x.html"))
    assert blocked.error == "disallowed by robots.txt"
    assert site.hits("/private/x.html") == []


def test_unreachable_robots_txt_disallows_everything(site: Site, client) -> None:
    site.routes["/robots.txt"] = Route(b"down", status=503)
    site.routes["/a.html"] = Route(page("A", "Body"))
    assert client.fetch(site.url("/a.html")).error == "disallowed by robots.txt"
    assert site.hits("/a.html") == []


def test_requests_to_one_host_are_spaced(site: Site) -> None:
    site.routes["/a.html"] = Route(page("A", "Body"))
    with HttpClient(host_interval_s=0.3, respect_robots=False) as polite:
        start = time.monotonic()
        for _ in range(3):
            assert polite.fetch(site.url("/a.html")).ok
        assert time.monotonic() - start >= 0.6
