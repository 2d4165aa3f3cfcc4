"""Fixtures for source tests: a loopback HTTP server and a client with short limits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from presswatch.sources.http import HttpClient

from .server import Site, serve


@pytest.fixture
def site() -> Iterator[Site]:
    """Return a running test site on 127.0.0.1 (routes are added by the test)."""
    with serve(Site()) as running:
        yield running


@pytest.fixture
def client() -> Iterator[HttpClient]:
    """Return a client with short timeouts and backoff, so failure tests stay fast."""
    with HttpClient(
        connect_timeout_s=1.0,
        read_timeout_s=0.5,
        total_timeout_s=1.0,
        max_bytes=200_000,
        retries=1,
        backoff_s=0.01,
        host_interval_s=0.0,
    ) as http:
        yield http
