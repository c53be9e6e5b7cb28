"""Keep source text inert: no terminal control sequence or invisible formatting ever reaches an output.

Three kinds of characters are unsafe in what brief prints: terminal escape sequences, C0/C1
control characters (U+009B alone starts a sequence on many terminals), and Unicode format
characters (category Cf: bidi overrides and isolates such as an unbalanced U+202E, zero-width
spaces and joiners, the BOM, tag characters), which reorder or hide text on screen. Text is
stripped of them (``strip_controls``, ``one_line``); JSON keeps them, escaped (``escape_json``).
"""

from __future__ import annotations

import re

# ANSI/VT escape sequences (CSI, OSC, and two-byte escapes).
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI ... final byte
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL or ST
    r"|\x1b[@-Z\\-_]"  # two-byte escapes
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)
# Every character of general category Cf (Unicode 15; tests/test_safety.py checks the list
# against unicodedata), so bidi controls and zero-width characters are all covered.
_FORMAT = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
_CONTROLS = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_FORMAT}]")
# What JSON text must not carry raw: controls (json.dumps escapes C0 inside strings, and its own
# layout is only spaces and newlines), format characters, and the line and paragraph
# separators that end a line in some readers.
_JSON_UNSAFE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029{_FORMAT}]")


# The same escape sequences as bytes (ESC-introduced only: a lone 0x9B byte is part of a UTF-8
# character), for markup that must be clean before a parser drops the ESC and keeps the rest.
_ESCAPE_BYTES = re.compile(
    rb"\x1b\[[0-?]*[ -/]*[@-~]"
    rb"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    rb"|\x1b[@-Z\\-_]"
)


def strip_escape_bytes(data: bytes) -> bytes:
    """``data`` without terminal escape sequences, whole: an HTML parser would drop their ESC and
    keep their printable tail ("[31m", "]52;c;...") as text."""
    return _ESCAPE_BYTES.sub(b"", data) if b"\x1b" in data else data


def strip_controls(text: str) -> str:
    """Remove escape sequences, control and format characters, keeping tabs and newlines."""
    if "\x1b" in text or "\x9b" in text:  # (every escape sequence opens with one of them)
        text = _ESCAPES.sub("", text)
    return _CONTROLS.sub("", text)


def one_line(text: str) -> str:
    """A control-free single line: newlines and tabs become spaces."""
    return " ".join(strip_controls(text).split())


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code > 0xFFFF:  # a surrogate pair, as JSON spells characters beyond the BMP
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def escape_json(document: str) -> str:
    """A JSON document with every unsafe character written as a ``\\u`` escape.

    Lossless (a JSON reader gets the same strings back) and inert on a terminal. Unsafe
    characters can only stand inside JSON strings, where an escape means the same character.
    """
    return _JSON_UNSAFE.sub(_json_escape, document)
