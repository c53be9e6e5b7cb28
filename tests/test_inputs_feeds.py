"""Feeds: every entry a source; a teaser's article fetched unless --no-fetch."""

from __future__ import annotations

from pathlib import Path

from samples import BRIDGE, FLOOD, page, rss
from webserver import closed_port

from brief.pipeline import load

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley News</title>
<entry><title>Floods in the lower town</title><link href="https://valley.example/floods"/>
<updated>2024-03-04T10:00:00Z</updated><content type="html">{content}</content></entry>
</feed>
"""


def test_full_entries_are_sources_without_fetching(tmp_path: Path) -> None:
    feed = tmp_path / "valley.atom"
    feed.write_text(ATOM.format(content="".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in FLOOD * 2)))
    sources, sentences, problems = load([feed])
    assert problems == []
    (source,) = sources
    assert (source.title, source.outlet, source.date) == ("Floods in the lower town", "Valley News", "2024-03-04")
    assert source.path == f"{feed}#1" and source.url == "https://valley.example/floods"
    assert [s.text for s in sentences[:4]] == FLOOD


def test_teaser_entries_fetch_their_article(site, local_links, tmp_path: Path) -> None:
    link = site.add("/bridge", page("Harbour bridge reopens after repairs", BRIDGE))
    feed = tmp_path / "herald.rss"
    feed.write_text(rss([("Bridge reopens", link, "<p>The bridge is open again.</p>")]))
    sources, _, problems = load([feed])
    assert problems == [] and site.hits["/bridge"] == 1
    assert sources[0].path == link and sources[0].text.count(".") == 4


def test_no_fetch_uses_the_teaser_and_fetches_nothing(site, tmp_path: Path) -> None:
    link = site.add("/bridge", page("Harbour bridge reopens after repairs", BRIDGE))
    feed = tmp_path / "herald.rss"
    feed.write_text(rss([("Bridge reopens", link, "<p>The bridge is open again after months of repairs.</p>")]))
    sources, _, problems = load([feed], fetch=False)
    assert problems == [] and site.hits == {}
    assert sources[0].text == "The bridge is open again after months of repairs."


def test_feed_served_from_a_url(site) -> None:
    feed = site.add("/feed", rss([("Floods", "https://valley.example/floods",
                                   "".join(f"<p>{p}</p>" for p in FLOOD * 3))]),
                    content_type="application/rss+xml")
    sources, _, problems = load([feed])
    assert problems == [] and sources[0].path == f"{feed}#1"


def test_failed_teaser_fetch_is_one_line_and_falls_back(local_links, tmp_path: Path) -> None:
    link = f"http://127.0.0.1:{closed_port()}/bridge"
    feed = tmp_path / "herald.rss"
    feed.write_text(rss([("Bridge reopens", link, "<p>The bridge is open again after months of repairs.</p>")]))
    sources, _, problems = load([feed])
    assert [(p.path,
             p.message) for p in problems] == [(link, "could not connect (connection refused); using the feed summary")]
    assert sources[0].text == "The bridge is open again after months of repairs."


def test_feed_with_no_entries_is_one_problem(tmp_path: Path) -> None:
    feed = tmp_path / "empty.xml"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    sources, _, problems = load([feed])
    assert sources == [] and [(p.path, p.message) for p in problems] == [(str(feed), "feed has no entries")]


def test_control_characters_in_a_feed_never_reach_the_text(tmp_path: Path) -> None:
    feed = tmp_path / "evil.rss"
    feed.write_text(rss([("Evil \x1b[2J title", "", "<p>Officials met in [bold]Geneva[/bold] on Monday, and "
                                                     "the \x1b[31mtalks\x1b[0m went on late into the night.</p>")]))
    sources, _, _ = load([feed], fetch=False)
    assert "\x1b" not in sources[0].text + sources[0].title
    assert "[bold]Geneva[/bold]" in sources[0].text
