"""Fetching http(s) addresses with httpx: bounded in time, size and redirects, one error line each."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from brief import __version__
from brief.inputs.document import ReadError, too_large
from brief.safety import one_line

MAX_BYTES = 5 * 1024 * 1024  # an article page is rarely above 1 MiB; stop streaming past this
TIMEOUT = 10.0  # seconds for the whole fetch, redirects and body included
MAX_REDIRECTS = 5
USER_AGENT = f"brief/{__version__} (+extractive news briefings; fetches only the addresses it is given)"
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_REFUSED_SCHEMES = frozenset({"file", "ftp", "ftps", "javascript", "data", "mailto", "about", "gopher", "ws", "wss"})


@dataclass(frozen=True)
class Fetched:
    """A fetched response body with what is known about it."""

    url: str  # the final address, after redirects
    content_type: str
    data: bytes


def scheme_of(arg: str) -> str | None:
    """The URL scheme ``arg`` starts with, if it looks like an address rather than a file name."""
    match = _SCHEME.match(arg)
    if not match:
        return None
    scheme = match[1].lower()
    if "://" in arg or scheme in _REFUSED_SCHEMES:
        return scheme
    return None


def check_scheme(url: str) -> None:
    """Raise ReadError unless ``url`` is an http or https address."""
    scheme = scheme_of(url)
    if scheme not in ("http", "https"):
        raise ReadError(f"only http and https addresses are fetched, not {scheme or 'this'}:")


def _connect_reason(error: Exception) -> str:
    text = str(error)
    for needle, reason in (("refused", "connection refused"), ("Name or service not known", "unknown host"),
                           ("nodename nor servname", "unknown host"), ("No address", "unknown host"),
                           ("unreachable", "network unreachable"), ("certificate", "certificate not trusted")):
        if needle.lower() in text.lower():
            return reason
    return one_line(text)[:80] or type(error).__name__


def fetch(url: str, limit: int = MAX_BYTES, timeout: float = TIMEOUT) -> Fetched:
    """GET ``url``; raise ReadError with one clear line when it cannot be had."""
    check_scheme(url)
    import httpx

    deadline = time.monotonic() + timeout
    try:
        with httpx.Client(follow_redirects=True, max_redirects=MAX_REDIRECTS, headers={"User-Agent": USER_AGENT},
                          timeout=httpx.Timeout(timeout, connect=min(5.0, timeout))) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    phrase = f" {response.reason_phrase}" if response.reason_phrase else ""
                    raise ReadError(f"HTTP {response.status_code}{phrase}")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise too_large(int(declared), limit)
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise too_large(None, limit)
                    if time.monotonic() > deadline:
                        raise ReadError(f"timed out after {timeout:.0f} s")
                    chunks.append(chunk)
                return Fetched(str(response.url), response.headers.get("content-type", ""), b"".join(chunks))
    except httpx.TooManyRedirects:
        raise ReadError(f"too many redirects (more than {MAX_REDIRECTS})") from None
    except httpx.UnsupportedProtocol:
        raise ReadError("redirected to an address that is not http or https") from None
    except httpx.TimeoutException:
        raise ReadError(f"timed out after {timeout:.0f} s") from None
    except (httpx.ConnectError, httpx.NetworkError) as error:
        raise ReadError(f"could not connect ({_connect_reason(error)})") from None
    except httpx.InvalidURL as error:
        raise ReadError(f"not a valid address ({one_line(str(error))})") from None
    except httpx.HTTPError as error:
        raise ReadError(f"could not fetch ({one_line(str(error)) or type(error).__name__})") from None
