"""RSS and Atom feeds: every entry becomes a document; a teaser's linked article is fetched.

An entry whose text is shorter than ``TEASER_WORDS`` is only a teaser, so its link is fetched
and extracted like any page (unless fetching is off, or fails: then the teaser is used). All
of a feed's fetches share its input's deadline, and a link that leads to a loopback,
link-local or private address is not followed unless private addresses are allowed.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from brief.inputs.document import Document, ReadError
from brief.model import Problem
from brief.policy import TIMEOUT, Deadline

TEASER_WORDS = 80
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_BLOCK = re.compile(r"<\s*/?\s*(?:p|div|br|li|h[1-6]|blockquote|tr|section|article)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def looks_like_feed(data: bytes) -> bool:
    """Does ``data`` start like an RSS, RDF or Atom document?"""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<"):
        return False
    return bool(_FEED_ROOT.search(head)) and not re.match(rb"<!doctype\s+html|<html", head, re.IGNORECASE)


def fragment_text(markup: str) -> str:
    """Plain text of a feed's HTML snippet, one paragraph per block, entities decoded."""
    import html  # (here: a briefing of text files has no use for it)

    text = html.unescape(_TAG.sub("", _BLOCK.sub("\n\n", markup)))
    return "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip())


def _entry_text(entry: Any) -> str:
    contents = [c.get("value", "") for c in entry.get("content", []) or []]
    best = max([*contents, entry.get("summary", "") or ""], key=len)
    return fragment_text(best)


def _entry_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}" if parsed else None


def _fetch_article(link: str, deadline: Deadline, allow_private: bool) -> Document:
    from brief.inputs.html import extract
    from brief.inputs.urls import fetch

    page = fetch(link, deadline=deadline, allow_private=allow_private)
    return extract(page.data, link, page.url)


def read_feed(data: bytes, shown: str, fetch: bool = True, deadline: Deadline | None = None,
              allow_private: bool = False) -> Iterator[Document | Problem]:
    """The feed's entries as documents, in feed order; a problem for each that fails.

    Teasers' articles are fetched by ``deadline`` (``TIMEOUT`` seconds from now by default),
    all of them together.
    """
    import feedparser

    deadline = deadline or Deadline.after(TIMEOUT)
    parsed = feedparser.parse(data)
    if not parsed.entries:
        raise ReadError("feed has no entries")
    outlet = one_or_none(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link") or None
        title = one_or_none(entry.get("title"))
        date = _entry_date(entry)
        text = _entry_text(entry)
        if link and fetch and len(text.split()) < TEASER_WORDS and link.startswith(("http://", "https://")):
            try:
                page = _fetch_article(link, deadline, allow_private)
            except ReadError as error:
                yield Problem(link, f"{error}{'; using the feed summary' if text else ''}")
            else:
                yield Document(page.path, page.text, kind="page", title=page.title or title,
                               outlet=page.outlet or outlet, date=page.date or date, url=page.url)
                continue
        if text:
            yield Document(f"{shown}#{number}", text, kind="page", title=title, outlet=outlet, date=date, url=link)
        elif not (link and fetch):
            yield Problem(f"{shown}#{number}", "feed entry has no text")


def one_or_none(value: object) -> str | None:
    """A non-empty single-line string, or None."""
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
