"""A briefing cache keyed on content, in the platform's cache directory, and the pieces briefings share.

The key hashes brief's own code, the options and every input's path and exact text, so a
changed article, option or brief version can never be served a stale briefing. Entries are
plain JSON data (``brief.plaindata``), never pickles: reading one can build a Briefing and
nothing else. Each carries a format version and a SHA-256 of its body; an entry that is not a
regular file, fails its checksum or does not fit the model is a miss, replaced by the next
store. Entries are written to a temporary file and renamed into place, so concurrent runs never
see a half-written entry.

Besides whole briefings, the cache keeps pieces: each source's sentence vectors (``Vectors``; those
embedded to confirm a link of words too), so a story that gains one article embeds only that article's
sentences, and the results of the steps that read one input or one set of inputs (``Pieces``: an input
cleaned, a cleaned text split into sentences, a source's sentences sorted into candidates and those
leaning on the sentence before, the verbs they give as planned and as done, a source's words weighed for
the grouping into stories, a sample of sources' keywords), so it cleans, splits, sorts, reads, weighs and
ranks keywords for that article alone. Each piece is keyed on everything its step reads, salted with
brief's code.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from brief.model import Briefing
from brief.osfiles import read_regular
from brief.plaindata import from_data, to_data

if TYPE_CHECKING:
    import numpy as np

_FORMAT = b"brief-cache-2"
VERSION = 2
SUFFIX = ".json"
MAX_ENTRY = 256 * 1024 * 1024  # a briefing of the largest inputs is well below this


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/brief``, else ``~/.cache/brief`` (a relative XDG_CACHE_HOME is ignored, as XDG says)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "brief"


def pieces_dir() -> Path:
    """Where ``Pieces`` keeps its entries, apart from the briefings."""
    return cache_dir() / "pieces"


def vectors_dir() -> Path:
    """Where ``Vectors`` keeps its entries, apart from the briefings."""
    return cache_dir() / "vectors"


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


def encode(briefing: Briefing) -> bytes:
    """A cache entry: a header line (format, version, SHA-256 of the body), then the JSON body."""
    body = json.dumps(to_data(briefing), separators=(",", ":")).encode()  # ASCII: lone surrogates survive too
    header = {"format": "brief-cache", "version": VERSION, "sha256": hashlib.sha256(body).hexdigest()}
    return json.dumps(header).encode() + b"\n" + body


def decode(entry: bytes) -> Briefing:
    """The briefing in a cache entry; ValueError when the entry is damaged, foreign or of another version."""
    head, _, body = entry.partition(b"\n")
    header = json.loads(head)
    if not isinstance(header, dict) or header.get("format") != "brief-cache" or header.get("version") != VERSION:
        raise ValueError("not a cache entry of this version")
    if header.get("sha256") != hashlib.sha256(body).hexdigest():
        raise ValueError("checksum mismatch")
    return from_data(json.loads(body), Briefing)


def briefing_key(options: Any, items: Iterable[Any]) -> str:
    """The key of the briefing of ``items`` (documents read, problems) made with ``options``: their reprs, salted."""
    return make_key([repr(options), *map(repr, items)])


def holds(key: str) -> bool:
    """Whether an entry is stored for ``key`` (read or not: ``get`` tells whether it is whole)."""
    return (cache_dir() / f"{key}{SUFFIX}").is_file()


def get(key: str) -> Briefing | None:
    """The cached briefing for ``key``, or None."""
    try:
        return decode(read_regular(cache_dir() / f"{key}{SUFFIX}", MAX_ENTRY))
    except Exception:  # missing, not a file, truncated, tampered with or from another version: a miss
        return None


def put(key: str, briefing: Briefing) -> None:
    """Store a briefing atomically; a cache that cannot be written is silently skipped."""
    try:
        _write(cache_dir(), key, encode(briefing))
    except ValueError:
        return


def _write(directory: Path, key: str, entry: bytes) -> None:
    """Write an entry atomically (a temporary file renamed into place); skipped when it cannot be."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=SUFFIX)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(entry)
            os.replace(temp, directory / f"{key}{SUFFIX}")
        except OSError:
            os.unlink(temp)
            raise
    except OSError:
        return


class Vectors:
    """Sentence vectors kept between runs, one entry per source (in the cache's ``vectors`` folder):
    the source is known by all its sentences' texts (its cleaned text, split), a sentence by its
    text's SHA-256.

    A vector does not depend on the sentences embedded beside it (each batch row is computed on
    its own), so one served from here is the vector a fresh run computes, bit for bit.
    """

    def __init__(self, max_tokens: int) -> None:
        self.max_tokens = max_tokens

    def key(self, texts: Sequence[str]) -> str:
        """The entry of the source whose sentences are ``texts``, in order."""
        return make_key(["sentence vectors", str(self.max_tokens), *texts])

    def get(self, key: str) -> dict[str, np.ndarray]:
        """The vectors stored for a source, by their sentence's ``digest``; empty when there are none."""
        import numpy as np

        try:
            head, _, body = read_regular(vectors_dir() / f"{key}{SUFFIX}", MAX_ENTRY).partition(b"\n")
            header = json.loads(head)
            if header.get("format") != "brief-vectors" or header.get("version") != VERSION \
                    or header.get("sha256") != hashlib.sha256(body).hexdigest():
                return {}
            data = json.loads(body)
            rows = np.frombuffer(base64.b64decode(data["vectors"]), "<f4").reshape(len(data["digests"]), -1)
            return dict(zip(data["digests"], rows.astype(np.float32)))
        except Exception:  # missing, damaged or foreign: embed afresh
            return {}

    def put(self, key: str, vectors: dict[str, np.ndarray]) -> None:
        """Store a source's vectors (by ``digest``), replacing what was stored for it."""
        import numpy as np

        digests = sorted(vectors)
        rows = np.array([vectors[d] for d in digests], dtype="<f4")
        body = json.dumps({"digests": digests, "vectors": base64.b64encode(rows.tobytes()).decode()}).encode()
        header = {"format": "brief-vectors", "version": VERSION, "sha256": hashlib.sha256(body).hexdigest()}
        _write(vectors_dir(), key, json.dumps(header).encode() + b"\n" + body)

    @staticmethod
    def digest(text: str) -> str:
        """A sentence's name in an entry."""
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Pieces:
    """Steps' results kept between runs, one entry per step and input of the step (``parts``: the texts
    and settings it reads), as plain JSON data like the briefings: reading one builds a value of the type
    asked for and nothing else. A damaged or foreign entry is a miss, replaced by the next store."""

    def __init__(self) -> None:
        self.folder = pieces_dir()

    def get(self, step: str, parts: Sequence[str], hint: Any) -> Any:
        """The value of type ``hint`` that ``step`` stored for ``parts``, or None."""
        try:
            entry = read_regular(self.folder / f"{make_key([step, *parts])}{SUFFIX}", MAX_ENTRY)
            head, _, body = entry.partition(b"\n")
            header = json.loads(head)
            if header.get("format") != "brief-piece" or header.get("version") != VERSION \
                    or header.get("step") != step or header.get("sha256") != hashlib.sha256(body).hexdigest():
                return None
            return from_data(json.loads(body), hint)
        except Exception:  # missing, damaged or foreign: computed afresh
            return None

    def put(self, step: str, parts: Sequence[str], value: Any) -> None:
        """Store ``value`` (dataclasses, tuples, dicts... of plain data) for ``step`` on ``parts``."""
        try:
            body = json.dumps(to_data(value), separators=(",", ":")).encode()
        except ValueError:
            return
        header = {"format": "brief-piece", "version": VERSION, "step": step,
                  "sha256": hashlib.sha256(body).hexdigest()}
        _write(self.folder, make_key([step, *parts]), json.dumps(header).encode() + b"\n" + body)


def clear() -> int:
    """Delete every cache entry (and entries of older formats); returns how many were removed."""
    removed = 0
    for directory, pattern in ((cache_dir(), f"*{SUFFIX}"), (cache_dir(), "*.pickle"), (vectors_dir(), f"*{SUFFIX}"),
                               (pieces_dir(), f"*{SUFFIX}")):
        for path in directory.glob(pattern):
            try:
                path.unlink()
                removed += 1
            except OSError:
                continue
    return removed
