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


def too_large(size: int | None, limit: int) -> ReadError:
    """The error for an input above ``limit`` bytes (``size`` None when only "more" is known)."""
    mib = 1024 * 1024
    known = f"{size / mib:.0f} MiB" if size is not None else f"more than {limit // mib} MiB"
    return ReadError(f"too large ({known}; the limit is {limit // mib} MiB)")


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


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few bad bytes (a truncated copy, one stray byte): keep the rest, mark the damage."""
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd")
    well_formed = sum(1 for ch in text if ord(ch) > 127) - damaged
    return text if well_formed > damaged else None


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (with or without BOM), falling back to cp1252, then latin-1.

    UTF-16 with a byte-order mark is honoured; text that is UTF-8 but for a few bad bytes keeps
    its UTF-8 (bad bytes become U+FFFD). Never raises on undecodable bytes.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    check_not_binary(data)
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data.removeprefix(b"\xef\xbb\xbf"))
    if mostly is not None:
        return mostly, "utf-8 (bad bytes replaced)"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"
