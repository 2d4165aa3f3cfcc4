"""URLs: recognise them, canonicalise them, and name the outlet behind a domain."""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

URL = re.compile(r"^https?://", re.I)
# A pathlib.Path collapses "https://" to "https:/"; such a path is still meant as a URL.
COLLAPSED = re.compile(r"^(https?):/(?!/)", re.I)
TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|mc_cid|mc_eid|ocid|cmpid|at_medium|at_campaign)$"
)
DEFAULT_PORTS = {"http": 80, "https": 443}
TWO_LEVEL_SUFFIXES = {"co.uk", "org.uk", "ac.uk", "gov.uk", "com.au", "net.au", "co.nz", "co.jp",
                      "com.br", "co.za", "com.mx", "co.in", "com.sg", "com.tr"}  # fmt: skip


def as_url(item: object) -> str | None:
    """Return item as an http(s) URL string, or None when it is a file path."""
    text = str(item)
    if URL.match(text):
        return text
    if COLLAPSED.match(text):
        return COLLAPSED.sub(r"\1://", text)
    return None


def canonical_url(url: str | None) -> str | None:
    """Return url lower-cased in scheme and host, without default port, fragment or tracking."""
    if not url or not URL.match(url.strip()):
        return None
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    port = parts.port if parts.port and parts.port != DEFAULT_PORTS.get(scheme) else None
    netloc = f"{host}:{port}" if port else host
    query = sorted((k, v) for k, v in parse_qsl(parts.query, True) if not TRACKING.match(k))
    path = re.sub(r"/{2,}", "/", parts.path) or "/"
    if path != "/" and path.endswith("/"):
        path = path[:-1]
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def domain(url: str | None) -> str | None:
    """Return the registered domain of a URL (news.example.co.uk -> example.co.uk), or None."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if not host:
        return None
    labels = host.split(".")
    if re.fullmatch(r"[\d.]+", host) or len(labels) <= 2:
        return host
    keep = 3 if ".".join(labels[-2:]) in TWO_LEVEL_SUFFIXES else 2
    return ".".join(labels[-keep:])


def outlet_for(url: str | None, names: Mapping[str, str] | None = None) -> str | None:
    """Return the display name mapped to the URL's host or domain, or None when not mapped."""
    if not url or not names:
        return None
    host = (urlsplit(url).hostname or "").lower()
    for key in (host, host.removeprefix("www."), domain(url)):
        if key and key in names:
            return names[key]
    return None
