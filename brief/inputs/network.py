"""The sockets under httpx, held to a wall-clock deadline and, for feed links, to public addresses.

httpx's timeouts are per operation: a server that sends one byte a second never trips a
10 s read timeout. Here every connect, read and write gets only the time left before the
input's deadline, so a request ends on time however its bytes trickle in. Names are
resolved within the deadline too, and when private addresses are refused, every address a
name resolves to is checked before anything is sent to it (redirect hops included, as each
one connects anew).
"""

from __future__ import annotations

import ipaddress
import queue
import socket
import threading
from typing import Any, Iterable

import httpcore
import httpx

from brief.policy import Deadline


class PrivateAddress(Exception):
    """A feed link resolved to a loopback, link-local or private address."""

    def __init__(self, address: str) -> None:
        super().__init__(address)
        self.address = address


def is_public(address: str) -> bool:
    """Is ``address`` a global unicast address (not loopback, link-local, private, reserved, multicast)?"""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _resolve(host: str, port: int, deadline: Deadline) -> list[str]:
    """The addresses of ``host``, asked in a thread so that a stalled resolver cannot outlast the deadline."""
    answers: queue.Queue[Any] = queue.Queue(maxsize=1)

    def ask() -> None:
        try:
            answers.put([info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)])
        except OSError as error:
            answers.put(error)

    threading.Thread(target=ask, daemon=True, name="brief-resolve").start()
    try:
        found = answers.get(timeout=max(deadline.left(), 0.001))
    except queue.Empty:
        raise httpcore.ConnectTimeout(deadline.message) from None
    if isinstance(found, OSError):
        raise httpcore.ConnectError(str(found))
    return list(dict.fromkeys(found))


class _Stream(httpcore.NetworkStream):
    """A socket stream whose every operation ends by the deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: Deadline) -> None:
        self.inner = inner
        self.deadline = deadline

    def _left(self, timeout: float | None, error: type[Exception]) -> float:
        left = self.deadline.left()
        if left <= 0:
            raise error(self.deadline.message)
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, self._left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, self._left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        stream = self.inner.start_tls(ssl_context, server_hostname, self._left(timeout, httpcore.ConnectTimeout))
        return _Stream(stream, self.deadline)

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """Connects within the deadline, to public addresses only unless ``allow_private``."""

    def __init__(self, deadline: Deadline, allow_private: bool = True) -> None:
        self.inner = httpcore.SyncBackend()
        self.deadline = deadline
        self.allow_private = allow_private

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        addresses = _resolve(host, port, self.deadline)
        if not self.allow_private:
            for address in addresses:
                if not is_public(address):
                    raise PrivateAddress(address)
        error: Exception = httpcore.ConnectError(f"no address for {host}")
        for address in addresses:
            left = self.deadline.left()
            if left <= 0:
                raise httpcore.ConnectTimeout(self.deadline.message)
            try:
                stream = self.inner.connect_tcp(address, port, left if timeout is None else min(timeout, left),
                                                local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as failed:
                error = failed
                continue
            return _Stream(stream, self.deadline)
        raise error

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not used")

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


class DeadlineTransport(httpx.HTTPTransport):
    """httpx's own transport over a DeadlineBackend (httpx has no public hook for the backend)."""

    def __init__(self, deadline: Deadline, allow_private: bool = True) -> None:
        super().__init__(retries=0)
        self._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(), http1=True, http2=False,
                                             network_backend=DeadlineBackend(deadline, allow_private))
