"""Every argument (file, folder, pattern, stdin, URL) becomes documents, or one problem line each.

What an input is (text, web page, feed) is decided by sniffing its first bytes, helped by
its name or content type; each kind has one parser in ``PARSERS``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Iterator

from brief.inputs.document import Document, ReadError, check_not_binary, decode
from brief.inputs.feeds import looks_like_feed, read_feed
from brief.inputs.files import HTML_SUFFIXES, expand, read_file
from brief.inputs.html import extract, looks_like_html
from brief.inputs.urls import fetch as get
from brief.inputs.urls import scheme_of
from brief.model import Problem

Parser = Callable[[bytes, str, "str | None", bool], Iterator["Document | Problem"]]


def _text(data: bytes, shown: str, url: str | None, fetch: bool) -> Iterator[Document | Problem]:
    text, encoding = decode(data)
    if not text.strip():
        raise ReadError("empty file")
    yield Document(path=shown, text=text, encoding=encoding, url=url)


def _page(data: bytes, shown: str, url: str | None, fetch: bool) -> Iterator[Document | Problem]:
    check_not_binary(data)
    yield extract(data, shown, url)


def _feed(data: bytes, shown: str, url: str | None, fetch: bool) -> Iterator[Document | Problem]:
    yield from read_feed(data, shown, fetch)


PARSERS: dict[str, Parser] = {"text": _text, "html": _page, "feed": _feed}


def kind_of(data: bytes, name: str = "", content_type: str = "") -> str:
    """"text", "html" or "feed": a feed by its content; a page by its name, content type or content."""
    if looks_like_feed(data):
        return "feed"
    suffix = Path(name.split("?")[0]).suffix.lower()
    if suffix in HTML_SUFFIXES or "html" in content_type.lower() or looks_like_html(data):
        return "html"
    return "text"


def _parse(data: bytes, shown: str, url: str | None, fetch: bool,
           content_type: str = "") -> Iterator[Document | Problem]:
    if not data.strip():
        raise ReadError("empty file")
    yield from PARSERS[kind_of(data, url or shown, content_type)](data, shown, url, fetch)


def _read_url(arg: str, fetch: bool) -> Iterator[Document | Problem]:
    page = get(arg)
    if not page.data.strip():
        raise ReadError("not an article (the page is empty)")
    yield from _parse(page.data, arg, page.url, fetch, page.content_type)


def _read_arg(arg: str, fetch: bool) -> Iterator[Document | Problem]:
    if scheme_of(arg) is not None and not Path(arg).exists():
        try:
            yield from _read_url(arg, fetch)
        except ReadError as error:
            yield Problem(arg, str(error))
        return
    try:
        targets = list(expand(arg))
    except ReadError as error:
        yield Problem(arg, str(error))
        return
    for shown, path in targets:
        try:
            yield from _parse(read_file(path), shown, None, fetch)
        except ReadError as error:
            yield Problem(shown, str(error))


def read_items(args: Iterable[str | Path], fetch: bool = True) -> list[Document | Problem]:
    """Read every argument: a Document for each article, a Problem for each failure, in input order.

    With ``fetch`` off, feed entries that hold only a teaser are not followed to their article.
    """
    return [item for arg in args for item in _read_arg(str(arg), fetch)]


def read_sources(args: Iterable[str | Path], fetch: bool = True) -> tuple[list[Document], list[Problem]]:
    """Read every argument; what fails becomes a Problem, the rest Documents, each in order."""
    items = read_items(args, fetch)
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Problem)]
