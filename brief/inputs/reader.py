"""Every argument (file, folder, pattern, stdin, URL) becomes documents, or one problem line each.

What an input is (text, web page, feed) is decided by sniffing its first bytes, helped by
its name or content type; each kind has one parser in ``PARSERS``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from brief import policy as policies
from brief.inputs.document import Document, ReadError, check_not_binary, decode
from brief.inputs.feeds import looks_like_feed, read_feed
from brief.inputs.files import HTML_SUFFIXES, expand, read_file
from brief.inputs.html import extract, looks_like_html
from brief.inputs.urls import fetch as get
from brief.inputs.urls import scheme_of
from brief.model import Problem
from brief.osfiles import describe
from brief.policy import Deadline, FetchPolicy


@dataclass(frozen=True)
class Reading:
    """How one input is read: whether feed teasers are followed, by when, and where they may lead."""

    fetch: bool
    deadline: Deadline
    allow_private: bool = False


Parser = Callable[[bytes, str, "str | None", Reading], Iterator["Document | Problem"]]


def _text(data: bytes, shown: str, url: str | None, reading: Reading) -> Iterator[Document | Problem]:
    text, encoding = decode(data)
    if not text.strip():
        raise ReadError("empty file")
    yield Document(path=shown, text=text, encoding=encoding, url=url)


def _page(data: bytes, shown: str, url: str | None, reading: Reading) -> Iterator[Document | Problem]:
    check_not_binary(data)
    yield extract(data, shown, url)


def _feed(data: bytes, shown: str, url: str | None, reading: Reading) -> Iterator[Document | Problem]:
    yield from read_feed(data, shown, reading.fetch, deadline=reading.deadline, allow_private=reading.allow_private)


PARSERS: dict[str, Parser] = {"text": _text, "html": _page, "feed": _feed}


def kind_of(data: bytes, name: str = "", content_type: str = "") -> str:
    """"text", "html" or "feed": a feed by its content; a page by its name, content type or content."""
    if looks_like_feed(data):
        return "feed"
    suffix = Path(name.split("?")[0]).suffix.lower()
    if suffix in HTML_SUFFIXES or "html" in content_type.lower() or looks_like_html(data):
        return "html"
    return "text"


def _parse(data: bytes, shown: str, url: str | None, reading: Reading,
           content_type: str = "") -> Iterator[Document | Problem]:
    if not data.strip():
        raise ReadError("empty file")
    yield from PARSERS[kind_of(data, url or shown, content_type)](data, shown, url, reading)


def _read_url(arg: str, reading: Reading) -> Iterator[Document | Problem]:
    page = get(arg, deadline=reading.deadline)  # an address the user gave: theirs to choose, private or not
    if not page.data.strip():
        raise ReadError("not an article (the page is empty)")
    yield from _parse(page.data, arg, page.url, reading, page.content_type)


def _read_path(path: Path | None, shown: str, reading: Callable[[], Reading]) -> Iterator[Document | Problem]:
    data = read_file(path)
    yield from _parse(data, shown, None, reading())  # the deadline starts once the file is read


def _problem(shown: str, error: ReadError | OSError) -> Problem:
    """The one problem line of an input that failed; whatever the system refuses (any OSError) included."""
    return Problem(shown, str(error) if isinstance(error, ReadError) else describe(error))


def _one_problem(shown: str, items: Iterator[Document | Problem]) -> Iterator[Document | Problem]:
    """``items`` until reading them fails; then the failure, as ``shown``'s problem, never the run's."""
    try:
        yield from items
    except (ReadError, OSError) as error:
        yield _problem(shown, error)


def _read_arg(arg: str, fetch: bool, policy: FetchPolicy, run: Deadline) -> Iterator[Document | Problem]:
    def reading() -> Reading:  # each input's deadline starts when its reading does
        return Reading(fetch, policy.input_deadline(run), policy.allow_private)

    if scheme_of(arg) is not None and not os.path.lexists(arg):
        yield from _one_problem(arg, _read_url(arg, reading()))
        return
    try:
        targets = list(expand(arg))  # all or nothing: a folder that cannot be listed is one problem
    except (ReadError, OSError) as error:
        yield _problem(arg, error)
        return
    for shown, path in targets:
        yield from _one_problem(shown, _read_path(path, shown, reading))


def read_items(args: Iterable[str | Path], fetch: bool = True,
               policy: FetchPolicy | None = None) -> list[Document | Problem]:
    """Read every argument: a Document for each article, a Problem for each failure, in input order.

    With ``fetch`` off, feed entries that hold only a teaser are not followed to their article.
    ``policy`` (by default the configured one) bounds each input's time and the run's, and says
    whether feed links may lead to private addresses.
    """
    policy = policy or policies.current()
    run = policy.run_deadline()
    return [item for arg in args for item in _read_arg(str(arg), fetch, policy, run)]


def read_documents(args: Iterable[str | Path], fetch: bool = True,
                 policy: FetchPolicy | None = None) -> tuple[list[Document], list[Problem]]:
    """Read every argument; what fails becomes a Problem, the rest Documents, each in order."""
    items = read_items(args, fetch, policy)
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Problem)]
