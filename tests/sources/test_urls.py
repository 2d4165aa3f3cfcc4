"""Canonical URLs, registered domains and outlet display names."""

from __future__ import annotations

from pathlib import Path

from presswatch.sources.urls import as_url, canonical_url, domain, outlet_for


def test_canonical_url_drops_tracking_fragment_default_port_and_www() -> None:
    url = "HTTPS://WWW.Harbour.example:443/news//story/?utm_source=x&b=2&a=1&fbclid=z#top"
    assert canonical_url(url) == "https://harbour.example/news/story?a=1&b=2"
    assert canonical_url("http://harbour.example:8080/") == "http://harbour.example:8080/"
    assert canonical_url("ftp://harbour.example/x") is None and canonical_url(None) is None


def test_domain_keeps_two_level_public_suffixes() -> None:
    assert domain("https://news.bbc.co.uk/a") == "bbc.co.uk"
    assert domain("https://www.harbour.example/a") == "harbour.example"
    assert domain("http://127.0.0.1:8000/x") == "127.0.0.1"


def test_outlet_for_maps_host_or_domain_to_a_display_name() -> None:
    names = {"harbour.example": "Harbour Post"}
    assert outlet_for("https://www.harbour.example/a", names) == "Harbour Post"
    assert outlet_for("https://sport.harbour.example/a", names) == "Harbour Post"
    assert outlet_for("https://other.example/a", names) is None


def test_urls_survive_being_passed_as_paths() -> None:
    assert as_url(Path("https://harbour.example/feed.xml")) == "https://harbour.example/feed.xml"
    assert as_url("data/samples") is None


def test_web_pages_without_date_metadata_get_htmldate_s_guess() -> None:
    from presswatch.sources.dates import page_date

    html = "<html><body><p>A story</p></body></html>"
    assert page_date(html, "https://x.test/2026/11/20/story", "page") == "2026-11-20T00:00:00"
    assert page_date(html, "https://x.test/2026/11/20/story", "html") is None  # files: not guessed
