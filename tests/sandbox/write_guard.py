"""Notice every file a test writes outside the folders it may write to, with Python's audit hooks.

conftest.py arms it in the test process for each test; ``sitecustomize.py`` beside this file arms it
in every Python subprocess a test starts (brief itself, ``python -c``), which then appends what it
wrote outside to a report file that the test's teardown reads.
"""

from __future__ import annotations

import os
import sys

# events that change the file system: which of their arguments name what they change, and the argument holding
# the folder descriptor a relative name is relative to (None: the working directory)
_EVENTS: dict[str, tuple[tuple[int, int | None], ...]] = {
    "open": ((0, None),), "os.mkdir": ((0, 2),), "os.rename": ((0, 2), (1, 3)), "os.remove": ((0, 1),),
    "os.rmdir": ((0, 1),), "os.symlink": ((1, 2),), "os.link": ((1, 3),), "os.truncate": ((0, None),),
    "os.chmod": ((0, 2),), "os.chown": ((0, 3),), "os.utime": ((0, 3),), "shutil.rmtree": ((0, None),)}
_WRITING = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

_roots: tuple[str, ...] = ()
_outside: list[str] = []
_report: str | None = None


def _allowed(path: str) -> bool:
    if "__pycache__" in path or path.startswith("/dev/"):  # Python's own byte code; /dev/null and terminals
        return True
    for candidate in {path, os.path.realpath(path)}:
        if any(candidate == root or candidate.startswith(root + os.sep) for root in _roots):
            return True
    return False


def _hook(event: str, args: tuple[object, ...]) -> None:
    if not _roots or event not in _EVENTS:
        return
    if event == "open" and not (isinstance(args[2], int) and args[2] & _WRITING):
        return
    for index, folder_index in _EVENTS[event]:
        target = args[index]
        if not isinstance(target, (str, bytes, os.PathLike)):  # a file descriptor: opened (and checked) before
            continue
        path = os.fsdecode(target)
        folder = args[folder_index] if folder_index is not None and folder_index < len(args) else None
        if isinstance(folder, int) and folder >= 0 and not os.path.isabs(path):
            try:
                path = os.path.join(os.readlink(f"/proc/self/fd/{folder}"), path)
            except OSError:  # no /proc: judge the name alone
                pass
        path = os.path.abspath(path)
        if not _allowed(path):
            _record(f"{event} {path}")


def _record(what: str) -> None:
    if _report is None:
        _outside.append(what)
        return
    global _roots
    roots, _roots = _roots, ()  # the report itself is no finding
    try:
        with open(_report, "a", encoding="utf-8") as report:
            report.write(what + "\n")
    finally:
        _roots = roots


def arm(roots: list[str], report: str | None = None) -> None:
    """From now on, note writes outside ``roots`` (in ``report`` when given, else in memory for ``disarm``)."""
    global _roots, _report
    _roots = tuple(os.path.realpath(r) for r in roots) + tuple(os.path.abspath(r) for r in roots)
    _report = report
    _outside.clear()


def disarm() -> list[str]:
    """Stop noting writes; what was written outside the roots since ``arm``, one "event path" each."""
    global _roots
    _roots = ()
    found = list(_outside)
    _outside.clear()
    return found


sys.addaudithook(_hook)
