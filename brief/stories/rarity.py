"""How common a word is in English at large, looked up word by word without loading a word list.

The frequencies are wordfreq's (its large English list, from many sources; a dependency, never copied
into brief). Loading that list takes wordfreq about half a second (0.2 s even read directly), which a
briefing of ten articles should not pay. So the first lookup writes the list once into an SQLite table
in brief's cache folder (``TABLE``: about half a second, then never again), and every later run reads
only its own words from it, in a few milliseconds. Where the cache folder cannot be written, the list
is read into memory instead, with the same frequencies.

A word is looked up as wordfreq's ``zipf_frequency`` looks it up (checked on the development
articles' words): ``’`` as ``'``, split at hyphens, an abbreviation's last period dropped, runs of
digits counted as their shape ("1998" as "0000") times wordfreq's estimate of that number among
numbers of its length (a year's curve for four digits, Benford's law otherwise), and the parts'
frequencies combined as ``1 / f = 1 / f1 + 1 / f2 ...``; a word with a part the list lacks is unknown.
"""

from __future__ import annotations

import os
import re
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    import sqlite3

TABLE = "wordfreq-3.1.1-large_en.sqlite"  # named by the pinned wordfreq release it was built from
_CHUNK = 900  # words a query (SQLite allows 999 parameters)
_NUMBER = re.compile(r"\d[\d.,]+")
# wordfreq's estimates for numbers (its numbers.py): how often a number starts with each digit, and a
# year's log10 frequency among four-digit numbers, highest from its reference year on.
_LEADING = (0.009, 0.300, 0.175, 0.124, 0.096, 0.078, 0.066, 0.057, 0.050, 0.045)
_YEAR_PEAK, _REFERENCE_YEAR, _PLATEAU, _NOT_YEAR = -1.9185, 2019, 20, 0.1


def frequencies(words: Iterable[str]) -> dict[str, float]:
    """The frequency in English (per word of running text) of each of ``words`` that wordfreq knows."""
    parts = {word: _parts(word) for word in set(words)}
    known = _lookup({key for keyed in parts.values() for key, _ in keyed})
    found: dict[str, float] = {}
    for word, keyed in parts.items():
        if keyed and all(key in known for key, _ in keyed):
            found[word] = 1 / sum(1 / (known[key] * factor) for key, factor in keyed)
    return found


def _parts(word: str) -> list[tuple[str, float]]:
    """The entries ``word`` is looked up as, each with the factor its frequency is multiplied by."""
    keyed = []
    for part in word.replace("’", "'").split("-"):
        part = part[:-1] if part.endswith(".") else part
        if not part:
            continue
        factor = 1.0
        for number in _NUMBER.findall(part):
            for digits in re.findall(r"\d+", number):
                factor *= _year(digits) if len(digits) == 4 else _benford(digits)
        shape = _NUMBER.sub(lambda m: re.sub(r"\d", "0", m.group()), part)
        keyed.append((shape, factor if shape != part else 1.0))  # zeros are their own entry
    return keyed


def _benford(digits: str) -> float:
    return _LEADING[int(digits[0])] / 10 ** (len(digits) - 1)


def _year(digits: str) -> float:
    year = int(digits)
    if year <= _REFERENCE_YEAR:
        log = _YEAR_PEAK - 0.0083 * (_REFERENCE_YEAR - year)
    elif year <= _REFERENCE_YEAR + _PLATEAU:
        log = _YEAR_PEAK
    else:
        log = _YEAR_PEAK - 0.2 * (year - _REFERENCE_YEAR - _PLATEAU)
    return 10 ** log + _NOT_YEAR * _benford(digits)


def _lookup(keys: Iterable[str]) -> dict[str, float]:
    """Each of ``keys`` the list holds, with its frequency."""
    wanted = sorted(set(keys))
    found: dict[str, float] = {}
    db = _table()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for key, centibels in db.execute(f"SELECT word, cb FROM freq WHERE word IN ({marks})", chunk):
            found[key] = 10 ** (-centibels / 100)
    return found


def _entries() -> Iterable[tuple[str, int]]:
    """wordfreq's large English list as ``(word, centibels below 1)``, each word at its first (highest)
    frequency: the list is a msgpack of buckets, the n-th holding the words of frequency 10^(-n/100)."""
    import gzip
    from importlib.util import find_spec

    import msgpack

    spec = find_spec("wordfreq")  # where it is installed, without importing it (a fifth of a second)
    if spec is None or not spec.submodule_search_locations:
        raise OSError("wordfreq is not installed")
    packed = (Path(spec.submodule_search_locations[0]) / "data" / "large_en.msgpack.gz").read_bytes()
    buckets = msgpack.loads(gzip.decompress(packed), raw=False)[1:]  # [0] is the format's header
    seen: set[str] = set()
    for centibels, bucket in enumerate(buckets):
        for word in bucket:
            if word not in seen:
                seen.add(word)
                yield word, centibels


def _build(path: Path) -> None:
    """Write the table to ``path`` whole: into a temporary file beside it, then renamed into place (two
    runs building it at once each rename a complete table)."""
    import sqlite3

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".rarity-", dir=path.parent)
    os.close(handle)
    try:
        with sqlite3.connect(temporary) as db:
            _fill(db)
        db.close()
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _fill(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE freq (word TEXT PRIMARY KEY, cb INTEGER) WITHOUT ROWID")
    db.executemany("INSERT INTO freq VALUES (?, ?)", _entries())


@lru_cache(maxsize=1)
def _table() -> sqlite3.Connection:
    """The table, built on first use; in memory when the cache folder cannot hold it."""
    import sqlite3  # (here: a briefing that groups no sources has no use for it)

    from brief.cache import cache_dir

    path = cache_dir() / TABLE
    try:
        if not path.is_file():
            _build(path)
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        db.execute("SELECT cb FROM freq WHERE word = 'the'").fetchall()  # a damaged file fails here, not later
        return db
    except (OSError, sqlite3.Error):
        db = sqlite3.connect(":memory:", check_same_thread=False)
        _fill(db)
        return db
