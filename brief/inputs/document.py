"""What every reader produces: a decoded Document, or a ReadError whose message is one line."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SNIFF = 8192
# C0 controls other than tab, newline, form feed and carriage return: rare in text, common in binaries.
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_MAGIC = {b"%PDF-": "a PDF", b"PK\x03\x04": "a zip archive", b"\x89PNG": "an image", b"\xff\xd8\xff": "an image",
          b"GIF8": "an image", b"\x1f\x8b": "a gzip archive", b"\x7fELF": "a program"}


@dataclass(frozen=True)
class Document:
    """Decoded text of one input, before cleaning.

    ``kind`` is "text" for text brief reads as written, "page" for text extracted from a web
    page or feed entry, whose title, outlet, date and address come from its metadata.
    """

    path: str  # as shown to the user: a file path, URL, "-" for stdin, or "feed#n"
    text: str
    encoding: str = "utf-8"
    kind: str = "text"
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None


class ReadError(Exception):
    """An input that cannot be read; its message is the one line the user sees."""


def check_not_binary(data: bytes) -> None:
    """Raise ReadError when ``data`` looks like a binary file rather than text or markup."""
    head = data[:_SNIFF]
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            raise ReadError(f"binary file ({what}), not text")
    if b"\x00" in head:
        raise ReadError("binary file, not text")
    sample = head.decode("latin-1")
    if sample and len(_BINARY_CONTROLS.findall(sample)) > len(sample) // 20:
        raise ReadError("binary file, not text")


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (with or without BOM), falling back to cp1252, then latin-1.

    UTF-16 with a byte-order mark is honoured. Never raises on undecodable bytes.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    check_not_binary(data)
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), encoding.replace("-sig", "")
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"
