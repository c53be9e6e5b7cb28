"""Reading sources: paths, folders and stdin become decoded documents or one-line problems."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from brief.model import Problem
from brief.safety import one_line

SUPPORTED_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})
MAX_BYTES = 8 * 1024 * 1024  # one article is rarely above 200 kB; refuse rather than stall
_SNIFF = 8192


@dataclass(frozen=True)
class Document:
    """Decoded text of one input, before cleaning."""

    path: str  # as shown to the user
    text: str
    encoding: str = "utf-8"


class ReadError(Exception):
    """An input that cannot be read; its message is the one line the user sees."""


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (with or without BOM), falling back to cp1252, then latin-1."""
    if b"\x00" in data[:_SNIFF]:
        raise ReadError("binary file, not text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), encoding.replace("-sig", "")
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def read_bytes(data: bytes, path: str) -> Document:
    """Turn raw bytes into a document, or raise ReadError with the reason."""
    if len(data) > MAX_BYTES:
        raise ReadError(f"too large ({len(data) // (1024 * 1024)} MiB; the limit is {MAX_BYTES // (1024 * 1024)} MiB)")
    text, encoding = decode(data)
    if not text.strip():
        raise ReadError("empty file")
    return Document(path=path, text=text, encoding=encoding)


def _expand(arg: str) -> Iterator[tuple[str, Path | None]]:
    if arg == "-":
        yield "-", None
        return
    path = Path(arg)
    if path.is_dir():
        found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
        if not found:
            raise ReadError(f"no {', '.join(sorted(SUPPORTED_SUFFIXES))} files in this folder")
        for p in found:
            yield str(p), p
        return
    yield arg, path


def read_one(shown: str, path: Path | None) -> Document:
    """Read one path (or stdin when ``path`` is None)."""
    if path is None:
        return read_bytes(sys.stdin.buffer.read(), "-")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except IsADirectoryError:
        raise ReadError("is a directory") from None
    except PermissionError:
        raise ReadError("permission denied") from None
    except OSError as error:
        raise ReadError(one_line(error.strerror or str(error))) from None
    return read_bytes(data, shown)


def read_sources(args: Iterable[str | Path]) -> tuple[list[Document], list[Problem]]:
    """Read every argument; what fails becomes a Problem, the rest Documents, in order."""
    documents: list[Document] = []
    problems: list[Problem] = []
    for arg in args:
        try:
            targets = list(_expand(str(arg)))
        except ReadError as error:
            problems.append(Problem(str(arg), str(error)))
            continue
        for shown, path in targets:
            try:
                documents.append(read_one(shown, path))
            except ReadError as error:
                problems.append(Problem(shown, str(error)))
    return documents, problems
