"""Fetching URLs: bounded, one clear line per failure, extracted like a saved page."""

from __future__ import annotations

import pytest
from samples import BRIDGE, page
from webserver import closed_port

from brief.inputs import ReadError, read_documents
from brief.inputs.urls import MAX_BYTES, MAX_REDIRECTS, fetch
from brief.pipeline import load


def test_url_is_fetched_and_extracted(site) -> None:
    url = site.add("/bridge", page("Harbour bridge reopens after repairs", BRIDGE))
    documents, problems = read_documents([url])
    assert problems == []
    assert documents[0].path == url and documents[0].title == "Harbour bridge reopens after repairs"
    assert BRIDGE[0] in documents[0].text
    assert site.agents[0].startswith("brief/")


def test_redirects_are_followed_within_the_limit(site) -> None:
    site.add("/final", page("Harbour bridge reopens after repairs", BRIDGE))
    start = site.add("/old", status=301, headers={"Location": "/final"})
    for i in range(MAX_REDIRECTS):  # the most redirects brief follows: /hop0 -> ... -> /hop4 -> /final
        site.add(f"/hop{i}", status=302, headers={"Location": f"/hop{i + 1}" if i + 1 < MAX_REDIRECTS else "/final"})
    documents, problems = read_documents([start, site.url("/hop0")])
    assert problems == [] and [d.path for d in documents] == [start, site.url("/hop0")]
    assert all("eight months of repairs" in d.text for d in documents) and site.hits["/final"] == 2
    for i in range(MAX_REDIRECTS + 2):
        site.add(f"/loop{i}", status=302, headers={"Location": f"/loop{i + 1}"})
    with pytest.raises(ReadError, match=r"too many redirects \(more than 5\)"):
        fetch(site.url("/loop0"))


@pytest.mark.parametrize(("route", "message"), [
    ({"status": 404, "body": "gone"}, "HTTP 404 Not Found"),
    ({"status": 500, "body": "oops"}, "HTTP 500 Internal Server Error"),
    ({"body": "x", "headers": {"Content-Length": str(MAX_BYTES + 1)}}, "too large (5 MiB; the limit is 5 MiB)"),
    ({"body": b"a" * 1024 * 1024, "chunks": 6}, "too large (more than 5 MiB; the limit is 5 MiB)"),
    ({"body": b"\x89PNG\r\n\x1a\n\x00\x00", "content_type": "image/png"}, "binary file (an image), not text"),
    ({"body": "<html><body><nav><a href='/'>Home</a></nav></body></html>"}, "not an article"),
    ({"body": ""}, "not an article (the page is empty)"),
])
@pytest.mark.slow
def test_each_failing_url_is_one_problem(site, route: dict, message: str) -> None:
    url = site.add("/x", **route)
    sources, _, problems = load([url])
    assert sources == []
    assert [p.path for p in problems] == [url]
    assert problems[0].message.startswith(message)


def test_unreachable_url_and_refused_schemes() -> None:
    url = f"http://127.0.0.1:{closed_port()}/story"
    bad = [url, "file:///etc/passwd", "ftp://example.org/a.txt", "javascript:alert(1)"]
    documents, problems = read_documents(bad)
    assert documents == []
    assert [(p.path, p.message) for p in problems] == [
        (url, "could not connect (connection refused)"),
        ("file:///etc/passwd", "only http and https addresses are fetched, not file:"),
        ("ftp://example.org/a.txt", "only http and https addresses are fetched, not ftp:"),
        ("javascript:alert(1)", "only http and https addresses are fetched, not javascript:"),
    ]


@pytest.mark.slow
def test_slow_server_times_out(site) -> None:
    url = site.add("/slow", page("Slow", BRIDGE), delay=2.0)
    with pytest.raises(ReadError, match="timed out after 1 s"):
        fetch(url, timeout=1.0)


def test_plain_text_url(site) -> None:
    url = site.add("/story.txt", "\n\n".join(BRIDGE), content_type="text/plain; charset=utf-8")
    documents, problems = read_documents([url])
    assert problems == [] and documents[0].kind == "text" and documents[0].url == url
