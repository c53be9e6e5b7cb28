"""Hostile servers (all on 127.0.0.1): bombs, trickles, slow redirects, stalling feeds, private links."""

from __future__ import annotations

import gzip
import socket
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Iterator

import pytest
from cli_support import run_brief
from samples import BRIDGE, page, rss

from brief.inputs import ReadError, network, read_documents
from brief.inputs.urls import MAX_BYTES, fetch
from brief.pipeline import load
from brief.policy import FetchPolicy

TEASER = "<p>The bridge is open again after months of repairs.</p>"


def _bomb(size: int) -> bytes:
    """``size`` zero bytes, gzipped twice: a few KB on the wire."""
    return gzip.compress(gzip.compress(b"\0" * size, 9), 9)


@pytest.fixture
def trickle() -> Iterator[str]:
    """A server on 127.0.0.1 whose headers never end: after the status line, one byte every 0.1 s."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn:
                try:
                    conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                    while not stop.is_set():
                        conn.sendall(b"x")
                        time.sleep(0.1)
                except OSError:  # brief hung up, as it should
                    pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/slow"
    stop.set()
    thread.join(5)
    server.close()


@pytest.mark.slow
def test_a_double_gzip_bomb_is_refused_without_inflating_it(site) -> None:
    body = _bomb(64 * MAX_BYTES)
    assert len(body) < 20_000
    url = site.add("/bomb", body, headers={"Content-Encoding": "gzip, gzip"})
    tracemalloc.start()
    try:
        with pytest.raises(ReadError, match=r"too large \(more than 5 MiB; the limit is 5 MiB\)"):
            fetch(url)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2 * MAX_BYTES


@pytest.mark.slow
def test_a_feed_teaser_link_to_a_bomb_falls_back_to_the_teaser(site, local_links, tmp_path: Path) -> None:
    link = site.add("/bomb", _bomb(64 * MAX_BYTES), headers={"Content-Encoding": "gzip, gzip"})
    feed = tmp_path / "herald.rss"
    feed.write_text(rss([("Bridge reopens", link, TEASER)]))
    sources, _, problems = load([feed])
    assert [(p.path, p.message) for p in problems] == [
        (link, "too large (more than 5 MiB; the limit is 5 MiB); using the feed summary")]
    assert sources[0].text == "The bridge is open again after months of repairs."


def test_encoded_pages_still_read(site) -> None:
    html = page("Harbour bridge reopens after repairs", BRIDGE).encode()
    url = site.add("/gz", gzip.compress(gzip.compress(html)), headers={"Content-Encoding": "gzip, gzip"})
    assert fetch(url).data == html
    url = site.add("/br", html, headers={"Content-Encoding": "br"})
    with pytest.raises(ReadError, match="content encoding 'br' is not supported"):
        fetch(url)
    url = site.add("/fake", html, headers={"Content-Encoding": "gzip"})
    with pytest.raises(ReadError, match="^damaged 'gzip' content$"):
        fetch(url)


@pytest.mark.slow
def test_headers_sent_a_byte_at_a_time_end_at_the_deadline(trickle: str) -> None:
    start = time.monotonic()
    with pytest.raises(ReadError, match=r"^timed out after 1 s$"):
        fetch(trickle, timeout=1.0)
    assert time.monotonic() - start < 2.5


@pytest.mark.slow
def test_slow_redirect_hops_share_one_deadline(site) -> None:
    site.add("/end", page("Harbour bridge reopens after repairs", BRIDGE), delay=0.5)
    for hop in range(4):
        site.add(f"/hop{hop}", status=302, headers={"Location": f"/hop{hop + 1}" if hop < 3 else "/end"}, delay=0.5)
    start = time.monotonic()
    with pytest.raises(ReadError, match=r"^timed out after 1.5 s$"):
        fetch(site.url("/hop0"), timeout=1.5)  # 2.5 s in all, each hop well within 1.5 s
    assert time.monotonic() - start < 2.5


@pytest.mark.slow
def test_a_feeds_stalling_links_share_the_inputs_deadline(site, tmp_path: Path) -> None:
    links = [site.add(f"/stall{i}", page("Bridge", BRIDGE), delay=2.0) for i in range(4)]
    feed = tmp_path / "herald.rss"
    feed.write_text(rss([(f"Bridge {i}", link, TEASER) for i, link in enumerate(links)]))
    start = time.monotonic()
    documents, problems = read_documents([feed], policy=FetchPolicy(timeout=1.0, allow_private=True))
    assert time.monotonic() - start < 2.5  # not 4 x 1 s
    assert [(p.path, p.message) for p in problems] == [(link, "timed out after 1 s; using the feed summary")
                                                       for link in links]
    assert len(documents) == 4


@pytest.mark.slow
def test_a_whole_run_is_bounded_too(site) -> None:
    urls = [site.add(f"/slow{i}", page("Bridge", BRIDGE), delay=1.0) for i in range(8)]
    start = time.monotonic()
    _, problems = read_documents(urls, policy=FetchPolicy(timeout=0.4))
    assert time.monotonic() - start < 3.4  # the run's 2.4 s, and the last input's start
    messages = [p.message for p in problems]
    assert len(messages) == 8 and set(messages) == {"timed out after 0.4 s", "timed out (the whole run may take 2.4 s)"}
    assert messages[0] == "timed out after 0.4 s" and messages[-1] == "timed out (the whole run may take 2.4 s)"


def test_feed_links_to_private_addresses_are_not_followed(site, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    real = socket.getaddrinfo

    def getaddrinfo(host: str, *args: object, **kwargs: object) -> list:  # type: ignore[type-arg]
        if host == "localhost":  # as on many machines: IPv6 first, then IPv4
            return [info for name in ("::1", "127.0.0.1") for info in real(name, *args, **kwargs)]  # type: ignore[arg-type]
        return real(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    link = site.add("/bridge", page("Harbour bridge reopens after repairs", BRIDGE))
    by_name = link.replace("127.0.0.1", "localhost")
    feed = tmp_path / "herald.rss"
    feed.write_text(rss([("Bridge reopens", link, TEASER), ("Bridge again", by_name, TEASER)]))
    sources, _, problems = load([feed])
    assert site.hits == {}
    assert [p.message for p in problems] == [
        "not fetched: 127.0.0.1 is a private address (--allow-private fetches it); using the feed summary",
        "not fetched: ::1 is a private address (--allow-private fetches it); using the feed summary"]
    assert len(sources) == 1  # the two teasers, merged
    documents, problems = read_documents([feed], policy=FetchPolicy(allow_private=True))
    assert problems == [] and site.hits == {"/bridge": 2}


def test_a_feed_links_redirect_to_a_private_address_is_not_followed(site, monkeypatch, tmp_path) -> None:
    # Here 127.0.0.1 stands for a public server, so that its redirect to another loopback address
    # (never connected to: the check comes first) is what the check meets.
    monkeypatch.setattr(network, "is_public", lambda address: address == "127.0.0.1")
    port = site.url("").rsplit(":", 1)[1]
    link = site.add("/moved", status=302, headers={"Location": f"http://127.0.0.2:{port}/bridge"})
    feed = tmp_path / "herald.rss"
    feed.write_text(rss([("Bridge reopens", link, TEASER)]))
    _, problems = read_documents([feed])
    assert [p.message for p in problems] == [
        "not fetched: 127.0.0.2 is a private address (--allow-private fetches it); using the feed summary"]
    assert site.hits == {"/moved": 1}


def test_addresses_the_check_refuses() -> None:
    for address in ("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "::1", "fe80::1",
                    "fc00::1", "::ffff:127.0.0.1", "0.0.0.0", "100.64.0.1", "224.0.0.1"):
        assert not network.is_public(address), address
    assert network.is_public("93.184.216.34") and network.is_public("2606:2800:220:1::1")


@pytest.mark.slow
def test_the_command_line_sets_the_deadline_and_private_links(site, tmp_path: Path) -> None:
    link = site.add("/bridge", page("Harbour bridge reopens after repairs", BRIDGE), delay=1.5)
    feed = tmp_path / "herald.rss"
    feed.write_text(rss([("Bridge reopens", link, TEASER)]))
    fast = ("--plain", "--no-keywords", "--no-cache")
    refused = run_brief(*fast, str(feed))
    assert refused.returncode == 0 and site.hits == {}
    assert refused.stderr.decode() == (f"brief: {link}: not fetched: 127.0.0.1 is a private address "
                                       "(--allow-private fetches it); using the feed summary\n")
    late = run_brief(*fast, "--allow-private", "--timeout", "0.5", str(feed))
    assert late.stderr.decode() == f"brief: {link}: timed out after 0.5 s; using the feed summary\n"
    allowed = run_brief(*fast, "--allow-private", "--timeout", "5", str(feed))
    assert allowed.returncode == 0 and allowed.stderr == b""
    assert f"    {link} · The Coast Herald" in allowed.stdout.decode()
    assert run_brief("--timeout", "0", str(feed)).returncode == 2
