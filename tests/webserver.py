"""A local web server for tests: routes on 127.0.0.1, never the internet."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

import pytest


@dataclass
class Route:
    """What one path answers."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    chunks: int = 0  # stream the body this many times without a Content-Length
    delay: float = 0.0


class Site:
    """Routes by path; ``url(path)`` is the address to give brief; ``hits`` counts requests."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: dict[str, int] = {}
        self.agents: list[str] = []
        self.base = ""

    def add(self, path: str, body: bytes | str = b"", **kwargs: object) -> str:
        """Serve ``body`` at ``path``; returns its full address."""
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = Route(data, **kwargs)  # type: ignore[arg-type]
        return self.url(path)

    def url(self, path: str) -> str:
        """The full address of ``path``."""
        return self.base + path


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:
            site.hits[self.path] = site.hits.get(self.path, 0) + 1
            site.agents.append(self.headers.get("User-Agent", ""))
            route = site.routes.get(self.path, Route(b"not found", 404, "text/plain"))
            if route.delay:
                time.sleep(route.delay)
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            for name, value in route.headers.items():
                if name != "Content-Length":
                    self.send_header(name, value)
            if route.chunks:
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                try:
                    for _ in range(route.chunks):
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(route.body), route.body))
                    self.wfile.write(b"0\r\n\r\n")
                except OSError:  # the client hung up, as brief should past its size limit
                    pass
                return
            self.send_header("Content-Length", route.headers.get("Content-Length", str(len(route.body))))
            self.end_headers()
            try:
                self.wfile.write(route.body)
            except OSError:
                pass

    return Handler


class _QuietServer(ThreadingHTTPServer):
    """A client that hangs up early (as brief does past a limit or a deadline) is no error to print."""

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[Site]:
    """A web server on 127.0.0.1 for the test's duration."""
    served = Site()
    server = _QuietServer(("127.0.0.1", 0), _handler(served))
    served.base = f"http://127.0.0.1:{server.server_address[1]}"
    # shutdown() waits for the serving loop to look up: every 20 ms, not the default 0.5 s, at every test's end
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield served
    server.shutdown()
    server.server_close()


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def local_links() -> Iterator[None]:
    """Feed links may lead to 127.0.0.1 for the test's duration (as ``--allow-private`` does)."""
    from brief import policy

    before = policy.current()
    policy.configure(policy.FetchPolicy(before.timeout, allow_private=True))
    yield
    policy.configure(before)
