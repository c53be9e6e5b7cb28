"""Local inputs: paths, folders, glob patterns and stdin become (shown name, bytes) pairs."""

from __future__ import annotations

import glob
import os
import sys
from pathlib import Path
from typing import BinaryIO, Iterator

from brief.inputs.document import ReadError, too_large
from brief.osfiles import FileTooLarge, describe, read_regular

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
# One article is rarely above 200 kB of text; a saved page with inline images and scripts can be a
# few MiB. Anything above this is refused before it is read, so a huge file costs nothing.
MAX_BYTES = 8 * 1024 * 1024
_GLOB_CHARS = frozenset("*?[")


def is_glob(arg: str) -> bool:
    """Does ``arg`` hold a pattern the shell did not expand (e.g. because it was quoted)?"""
    return any(c in _GLOB_CHARS for c in arg) and not os.path.lexists(arg)


def _folder(path: Path) -> list[Path]:
    try:
        found = sorted(p for p in path.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES and os.path.isfile(p))
    except OSError as error:
        raise ReadError(describe(error)) from None
    if not found:
        raise ReadError("no readable files in this folder (.txt, .md, .html, .htm, .rss, .atom, .xml)")
    return found


def expand(arg: str) -> Iterator[tuple[str, Path | None]]:
    """The files one argument names: itself, a folder's supported files, or a pattern's matches.

    ``-`` yields ``("-", None)`` for stdin. Raises ReadError for a folder or pattern that names
    nothing readable.
    """
    if arg == "-":
        yield "-", None
        return
    if is_glob(arg):
        matches = sorted(glob.glob(arg))
        if not matches:
            raise ReadError("no files match this pattern")
        for match in matches:
            path = Path(match)
            if os.path.isdir(path):
                yield from ((str(p), p) for p in _folder(path))
            else:
                yield match, path
        return
    path = Path(arg)
    if os.path.isdir(path):
        yield from ((str(p), p) for p in _folder(path))
        return
    yield arg, path


def read_limited(handle: BinaryIO, limit: int = MAX_BYTES) -> bytes:
    """At most ``limit`` bytes of ``handle``; ReadError (without reading on) when there are more."""
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise too_large(None, limit)
    return data


_kept: bytes | ReadError | None = None  # stdin as read by keep_stdin, before the terminal was handed over


def keep_stdin(limit: int = MAX_BYTES) -> None:
    """Read stdin now and keep it (or why it could not be read) for every later ``read_stdin``.

    The TUI calls this before it starts, so that the article piped in is read as an article
    and the keyboard, not the pipe, gives the app its keys.
    """
    global _kept
    try:
        _kept = read_stdin(limit)
    except ReadError as error:
        _kept = error


def read_stdin(limit: int = MAX_BYTES) -> bytes:
    """At most ``limit`` bytes of stdin; ReadError when stdin is closed or unreadable.

    When stdin is a terminal, a line on stderr says how to end the text (Ctrl-D).
    """
    if isinstance(_kept, ReadError):
        raise _kept
    if _kept is not None:
        return _kept
    if sys.stdin is None:  # started with stdin closed
        raise ReadError("stdin is closed")
    try:
        if sys.stdin.isatty():
            print("brief: reading the article from the terminal: type or paste it, then press Ctrl-D on a line "
                  "of its own", file=sys.stderr, flush=True)
        return read_limited(sys.stdin.buffer, limit)
    except OSError as error:
        raise ReadError(f"stdin: {describe(error)}") from None
    except ValueError:  # closed by the caller
        raise ReadError("stdin is closed") from None


def read_file(path: Path | None, limit: int = MAX_BYTES) -> bytes:
    """The bytes of one regular file (stdin when ``path`` is None), refusing files above ``limit``.

    Pipes, sockets and devices are refused without being opened for a blocking read.
    """
    if path is None:
        return read_stdin(limit)
    try:
        return read_regular(path, limit)
    except FileTooLarge as error:
        raise too_large(error.size, limit) from None
    except OSError as error:
        raise ReadError(describe(error)) from None
