"""A polite HTTP client: timeouts, retries, conditional GET, per-host rate limit, robots.txt."""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from presswatch import __version__

USER_AGENT = f"presswatch/{__version__} (news coverage research; contact: set [http] user_agent)"
RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class Fetched:
    """The outcome of one GET: the body, or why there is none (error, 304, robots)."""

    url: str
    final_url: str
    status: int | None  # None when no response arrived
    content: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None  # set when the fetch failed; names the reason
    attempts: int = 1
    location: str | None = None  # the target of a redirect
    elapsed_s: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class HttpClient:
    """Fetch URLs one at a time with limits; keeps robots.txt rules and host clocks per host."""

    user_agent: str = USER_AGENT
    connect_timeout_s: float = 5.0
    read_timeout_s: float = 10.0
    total_timeout_s: float = 30.0  # wall clock per attempt, body included
    max_bytes: int = 10_000_000
    retries: int = 2
    backoff_s: float = 0.5  # doubled after every failed attempt
    host_interval_s: float = 1.0  # minimum gap between two requests to one host
    max_redirects: int = 5
    respect_robots: bool = True
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _client: httpx.Client | None = None

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            timeout = httpx.Timeout(self.read_timeout_s, connect=self.connect_timeout_s)
            self._client = httpx.Client(
                timeout=timeout,
                follow_redirects=False,
                headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
                trust_env=False,
            )
        return self._client

    def fetch(
        self,
        url: str,
        etag: str | None = None,
        last_modified: str | None = None,
        robots: bool = True,
    ) -> Fetched:
        """Return the response to a GET of url, following redirects, retrying transient errors."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen: list[str] = []
        current = url
        while True:
            if current in seen:
                return Fetched(url, current, None, error=f"redirect loop via {current}")
            if len(seen) > self.max_redirects:
                return Fetched(
                    url, current, None, error=f"more than {self.max_redirects} redirects"
                )
            seen.append(current)
            if urlsplit(current).scheme not in ("http", "https"):
                return Fetched(url, current, None, error=f"unsupported URL scheme in {current}")
            if robots and self.respect_robots and not self.allowed(current):
                return Fetched(url, current, None, error="disallowed by robots.txt")
            result = self._with_retries(url, current, headers)
            if result.location is None:
                return result
            current = urljoin(current, result.location)

    def _with_retries(self, url: str, current: str, headers: dict[str, str]) -> Fetched:
        delay = self.backoff_s
        for attempt in range(1, self.retries + 2):
            result = self._once(url, current, headers, attempt)
            transient = result.status in RETRY_STATUS or (result.status is None and result.error)
            if not transient or attempt > self.retries:
                return result
            time.sleep(delay)
            delay *= 2
        raise AssertionError("unreachable")

    def _wait_for_host(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        with self._lock:
            wait = self._last.get(host, -1e9) + self.host_interval_s - time.monotonic()
            self._last[host] = time.monotonic() + max(wait, 0.0)
        if wait > 0:
            time.sleep(wait)

    def _once(self, url: str, current: str, headers: dict[str, str], attempt: int) -> Fetched:
        self._wait_for_host(current)
        start = time.monotonic()
        deadline = start + self.total_timeout_s
        try:
            with self.client.stream("GET", current, headers=headers) as response:
                status = response.status_code
                if status in (301, 302, 303, 307, 308):
                    location = response.headers.get("location")
                    if not location:
                        return Fetched(url, current, status, error="redirect without Location")
                    return Fetched(url, current, status, attempts=attempt, location=location)
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    problem = None
                    if len(body) > self.max_bytes:
                        problem = f"response larger than {self.max_bytes} bytes"
                    elif time.monotonic() > deadline:
                        problem = f"response took longer than {self.total_timeout_s} s"
                    if problem:
                        return Fetched(url, current, status, error=problem, attempts=attempt)
                error = None if status in (200, 304) else f"HTTP {status}"
                return Fetched(
                    url, current, status, bytes(body) if status == 200 else b"",
                    content_type=response.headers.get("content-type", ""),
                    etag=response.headers.get("etag"),
                    last_modified=response.headers.get("last-modified"),
                    error=error, attempts=attempt, elapsed_s=time.monotonic() - start,
                )  # fmt: skip
        except httpx.TimeoutException as exc:
            return Fetched(url, current, None, error=f"timeout ({type(exc).__name__})",
                           attempts=attempt, elapsed_s=time.monotonic() - start)  # fmt: skip
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            return Fetched(url, current, None, error=f"{type(exc).__name__}: {exc}",
                           attempts=attempt, elapsed_s=time.monotonic() - start)  # fmt: skip

    def allowed(self, url: str) -> bool:
        """Return whether the host's robots.txt lets our User-Agent fetch url."""
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            self._robots[root] = self._load_robots(root)
        rules = self._robots[root]
        return True if rules is None else rules.can_fetch(self.user_agent, url)

    def _load_robots(self, root: str) -> urllib.robotparser.RobotFileParser | None:
        result = self.fetch(root + "/robots.txt", robots=False)
        rules = urllib.robotparser.RobotFileParser()
        if result.status is not None and 400 <= result.status < 500:
            return None  # no robots.txt: everything is allowed (RFC 9309)
        if not result.ok:
            rules.parse(["User-agent: *", "Disallow: /"])  # unreachable: assume disallowed
            return rules
        rules.parse(result.content.decode("utf-8", "replace").splitlines())
        return rules
