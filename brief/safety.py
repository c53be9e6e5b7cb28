"""Keep source text inert: no terminal control sequences ever reach the screen."""

from __future__ import annotations

import re

# ANSI/VT escape sequences (CSI, OSC, and two-byte escapes), then any remaining C0/C1 control
# character except tab and newline.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI ... final byte
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL or ST
    r"|\x1b[@-Z\\-_]"  # two-byte escapes
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences and control characters, keeping tabs and newlines."""
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def one_line(text: str) -> str:
    """A control-free single line: newlines and tabs become spaces."""
    return " ".join(strip_controls(text).split())
