"""Fetching http(s) addresses with httpx: bounded in wall-clock time, size and redirects, one error line each."""

from __future__ import annotations

import re
from dataclasses import dataclass

from brief import __version__
from brief.inputs.decoding import ACCEPT_ENCODING, decoded
from brief.inputs.document import ReadError, too_large
from brief.policy import TIMEOUT, Deadline
from brief.safety import one_line

MAX_BYTES = 5 * 1024 * 1024  # an article page is rarely above 1 MiB; stop streaming past this
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


def fetch(url: str, limit: int = MAX_BYTES, timeout: float = TIMEOUT, deadline: Deadline | None = None,
          allow_private: bool = True) -> Fetched:
    """GET ``url``; raise ReadError with one clear line when it cannot be had.

    Everything (resolving, connecting, headers, body, redirects) ends by ``deadline``
    (``timeout`` seconds from now when not given), and the body is decoded a piece at a time
    up to ``limit`` bytes. With ``allow_private`` off, no request goes to a loopback,
    link-local or private address, redirects included.
    """
    check_scheme(url)
    import httpx

    from brief.inputs.network import DeadlineTransport, PrivateAddress

    deadline = deadline or Deadline.after(timeout)
    if deadline.passed():
        raise ReadError(deadline.message)
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING}
    try:
        with httpx.Client(transport=DeadlineTransport(deadline, allow_private), follow_redirects=True,
                          max_redirects=MAX_REDIRECTS, headers=headers,
                          timeout=httpx.Timeout(max(deadline.left(), 0.001))) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    phrase = f" {response.reason_phrase}" if response.reason_phrase else ""
                    raise ReadError(f"HTTP {response.status_code}{phrase}")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise too_large(int(declared), limit)
                data = decoded(response.iter_raw(), response.headers.get("content-encoding", ""), limit)
                return Fetched(str(response.url), response.headers.get("content-type", ""), data)
    except PrivateAddress as refused:
        raise ReadError(f"not fetched: {refused.address} is a private address (--allow-private fetches it)") from None
    except httpx.TooManyRedirects:
        raise ReadError(f"too many redirects (more than {MAX_REDIRECTS})") from None
    except httpx.UnsupportedProtocol:
        raise ReadError("redirected to an address that is not http or https") from None
    except httpx.TimeoutException:
        raise ReadError(deadline.message) from None
    except (httpx.ConnectError, httpx.NetworkError) as error:
        raise ReadError(f"could not connect ({_connect_reason(error)})") from None
    except httpx.InvalidURL as error:
        raise ReadError(f"not a valid address ({one_line(str(error))})") from None
    except httpx.HTTPError as error:
        raise ReadError(f"could not fetch ({one_line(str(error)) or type(error).__name__})") from None
