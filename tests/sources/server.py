"""A real HTTP server on 127.0.0.1 (stdlib, in a thread) serving feeds, pages and failure modes."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROBOTS = b"User-agent: *\nDisallow: /private/\n"

WIRE_BODY = (
    "LISBON (AP) — Harbour cranes at the container terminal stood idle on Monday after a storm "
    "tore through the port overnight, flooding warehouses and snapping mooring lines on three "
    "cargo ships. Port officials said repairs to the main quay would take at least two weeks and "
    "that shipping lines had already started diverting vessels to neighbouring terminals along "
    "the coast. Dock workers spent the morning pumping water out of the cold store while "
    "insurers sent assessors to count the damaged containers stacked along the northern pier."
)


def page(title: str, body: str, site: str = "Test Outlet", extra: str = "") -> bytes:
    """Return an article page with a headline, paragraphs and og:site_name."""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    return (
        f'<html><head><title>{title}</title><meta property="og:site_name" content="{site}">'
        f"</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        f"<h1>{title}</h1>{paragraphs}{extra}</article></body></html>"
    ).encode()


def rss(items: list[tuple[str, str, str]]) -> bytes:
    """Return an RSS 2.0 feed of (title, link, RFC 822 date) items."""
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><pubDate>{d}</pubDate>"
        f"<guid>{link}</guid><author>desk@example.org (News Desk)</author></item>"
        for t, link, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test feed</title>'
        f"<link>http://example.org/</link><description>d</description>{entries}</channel></rss>"
    ).encode()


def atom(entries: list[tuple[str, str, str]]) -> bytes:
    """Return an Atom feed of (title, link, ISO date) entries."""
    body = "".join(
        f'<entry><title>{t}</title><link href="{link}"/><id>{link}</id><updated>{d}</updated>'
        "<author><name>Ana Ribeiro</name></author></entry>"
        for t, link, d in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Atom test</title><id>urn:test</id>"
        f"<updated>2026-11-20T10:00:00Z</updated>{body}</feed>"
    ).encode()


BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b']><rss version="2.0"><channel><title>&lol9;</title></channel></rss>'
)


@dataclass
class Route:
    """What the server answers on one path."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: bool = True  # answer If-None-Match with 304
    headers: dict[str, str] = field(default_factory=dict)
    handler: Callable[[BaseHTTPRequestHandler], None] | None = None


@dataclass
class Site:
    """The routes of the test server and a log of the requests it received."""

    routes: dict[str, Route] = field(default_factory=dict)
    log: list[tuple[str, int, dict[str, str]]] = field(default_factory=list)
    base: str = ""

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> list[int]:
        """Return the statuses answered on path, in order."""
        return [status for p, status, _ in self.log if p == path]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            route = site.routes.get(self.path)
            if route is None and self.path == "/robots.txt":
                route = Route(ROBOTS, content_type="text/plain")
            if route is None:
                route = Route(b"not found", status=404, content_type="text/plain")
            if route.handler:
                site.log.append((self.path, 200, dict(self.headers)))
                route.handler(self)
                return
            tag = '"' + hashlib.sha1(route.body).hexdigest() + '"'
            if route.etag and route.status == 200 and self.headers.get("If-None-Match") == tag:
                site.log.append((self.path, 304, dict(self.headers)))
                self.send_response(304)
                self.send_header("ETag", tag)
                self.end_headers()
                return
            site.log.append((self.path, route.status, dict(self.headers)))
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            if route.etag and route.status == 200:
                self.send_header("ETag", tag)
            for key, value in route.headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(route.body)

    return Handler


def sleepy(seconds: float) -> Callable[[BaseHTTPRequestHandler], None]:
    """Return a handler that waits before answering (a host that times out)."""

    def handle(req: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        try:
            req.send_response(200)
            req.send_header("Content-Type", "text/html")
            req.end_headers()
            req.wfile.write(b"<html><body><p>late</p></body></html>")
        except OSError:
            pass

    return handle


def trickle(chunk: bytes, pause: float, count: int) -> Callable[[BaseHTTPRequestHandler], None]:
    """Return a handler that sends count chunks with a pause between them (a slow host)."""

    def handle(req: BaseHTTPRequestHandler) -> None:
        try:
            req.send_response(200)
            req.send_header("Content-Type", "text/html")
            req.end_headers()
            for _ in range(count):
                req.wfile.write(chunk)
                req.wfile.flush()
                time.sleep(pause)
        except OSError:
            pass

    return handle


def endless(req: BaseHTTPRequestHandler) -> None:
    """Send bytes until the client hangs up (an endless response)."""
    try:
        req.send_response(200)
        req.send_header("Content-Type", "text/html")
        req.end_headers()
        block = b"<p>" + b"x" * 65_000 + b"</p>"
        for _ in range(100_000):
            req.wfile.write(block)
    except OSError:
        pass


@contextmanager
def serve(site: Site) -> Iterator[Site]:
    """Run the site on a free port of 127.0.0.1 for the duration of the block."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
