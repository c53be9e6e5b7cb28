"""Local inputs: paths, folders, glob patterns and stdin become (shown name, bytes) pairs."""

from __future__ import annotations

import glob
import sys
from pathlib import Path
from typing import BinaryIO, Iterator

from brief.inputs.document import ReadError, too_large
from brief.safety import one_line

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
    return any(c in _GLOB_CHARS for c in arg) and not Path(arg).exists()


def _folder(path: Path) -> list[Path]:
    try:
        found = sorted(p for p in path.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES and p.is_file())
    except OSError as error:
        raise ReadError(one_line(error.strerror or str(error))) from None
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
            if path.is_dir():
                yield from ((str(p), p) for p in _folder(path))
            else:
                yield match, path
        return
    path = Path(arg)
    if path.is_dir():
        yield from ((str(p), p) for p in _folder(path))
        return
    yield arg, path


def read_limited(handle: BinaryIO, limit: int = MAX_BYTES) -> bytes:
    """At most ``limit`` bytes of ``handle``; ReadError (without reading on) when there are more."""
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise too_large(None, limit)
    return data


def read_file(path: Path | None, limit: int = MAX_BYTES) -> bytes:
    """The bytes of one file (stdin when ``path`` is None), refusing files above ``limit``."""
    if path is None:
        return read_limited(sys.stdin.buffer, limit)
    try:
        with path.open("rb") as handle:
            size = path.stat().st_size
            if size > limit:
                raise too_large(size, limit)
            return read_limited(handle, limit)
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except IsADirectoryError:
        raise ReadError("is a directory") from None
    except PermissionError:
        raise ReadError("permission denied") from None
    except OSError as error:
        raise ReadError(one_line(error.strerror or str(error))) from None
