"""A briefing cache keyed on content, in the platform's cache directory.

The key hashes brief's own code, the options and every input's path and exact text, so a
changed article, option or brief version can never be served a stale briefing. Entries
are written to a temporary file and renamed into place, so concurrent runs never see a
half-written entry; an unreadable entry is treated as a miss.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from brief.model import Briefing

_FORMAT = b"brief-cache-1"


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/brief``, else ``~/.cache/brief``."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "brief"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of brief's source files: any code change invalidates every entry."""
    digest = hashlib.sha256(_FORMAT)
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def make_key(parts: Iterable[str]) -> str:
    """The cache key for these parts (options and inputs), salted with the code fingerprint."""
    digest = hashlib.sha256(code_fingerprint().encode())
    for part in parts:
        data = part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def get(key: str) -> Briefing | None:
    """The cached briefing for ``key``, or None."""
    try:
        data = (cache_dir() / f"{key}.pickle").read_bytes()
        briefing = pickle.loads(data)
    except Exception:  # missing, truncated or from another version: a miss, never an error
        return None
    return briefing if isinstance(briefing, Briefing) else None


def put(key: str, briefing: Briefing) -> None:
    """Store a briefing atomically; a cache that cannot be written is silently skipped."""
    directory = cache_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".pickle")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(briefing, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, directory / f"{key}.pickle")
    except OSError:
        return


def clear() -> int:
    """Delete every cache entry; returns how many were removed."""
    removed = 0
    for path in cache_dir().glob("*.pickle"):
        try:
            path.unlink()
            removed += 1
        except OSError:
            continue
    return removed
