"""Reading files without surprises: only regular files, never blocking, every failure an OSError.

``open()`` on a named pipe waits for a writer, possibly forever; a socket or a device is no
article either. ``read_regular`` checks what a path is before reading it, and again on the
open descriptor (opened non-blocking), so nothing swapped in between can make it wait.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from brief.safety import one_line

_KINDS = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
          (stat.S_ISBLK, "a device"))
_MESSAGES = {errno.ENOENT: "no such file", errno.EISDIR: "is a directory", errno.EACCES: "permission denied",
             errno.EPERM: "permission denied", errno.ENOTDIR: "no such file (a part of the path is not a folder)"}


class NotRegular(OSError):
    """The path is a pipe, socket or device: not something to read."""


class FileTooLarge(Exception):
    """The file holds more than the limit; ``size`` is None when only "more" is known."""

    def __init__(self, size: int | None) -> None:
        super().__init__(size)
        self.size = size


def _check_regular(mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "is a directory")
    kind = next((name for test, name in _KINDS if test(mode)), "not a file")
    hint = "; to brief what a command prints, pipe it into brief and give - instead" if stat.S_ISFIFO(mode) else ""
    raise NotRegular(f"not a regular file ({kind}){hint}")


def read_regular(path: str | Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path``; FileTooLarge above ``limit`` bytes (not read on).

    Raises NotRegular for pipes, sockets and devices without opening them, and OSError for
    anything else the system refuses.
    """
    _check_regular(os.stat(path).st_mode)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        _check_regular(info.st_mode)  # it may have been swapped since the stat
        if info.st_size > limit:
            raise FileTooLarge(info.st_size)
        os.set_blocking(fd, True)
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(None)
    return data


def describe(error: OSError) -> str:
    """One lower-case line for what went wrong: "permission denied", "file name too long"."""
    if isinstance(error, NotRegular):
        return str(error)
    message = one_line(_MESSAGES.get(error.errno or 0) or error.strerror or str(error) or type(error).__name__)
    return message[:1].lower() + message[1:]
