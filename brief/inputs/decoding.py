"""Content-Encoding undone in bounded steps: a small body can never inflate past the size limit.

A decompression bomb (10 KB of ``gzip, gzip`` that inflates to gigabytes) is decoded a
64 KiB piece at a time through every stage of the chain, and counting stops the moment the
output passes the limit, so memory never holds more than the limit and a few pieces.
"""

from __future__ import annotations

import zlib
from typing import Iterable, Iterator

from brief.inputs.document import ReadError, too_large

PIECE = 64 * 1024  # largest output of one decompression step
MAX_STAGES = 3  # "gzip, gzip" is odd but seen; longer chains are refused
_GZIP = 16 + zlib.MAX_WBITS
_KNOWN = frozenset({"gzip", "x-gzip", "deflate", "identity"})
ACCEPT_ENCODING = "gzip, deflate"


class _Stage:
    """One encoding of the chain, decoded incrementally with bounded output."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self.inflater: zlib._Decompress | None = None
        self.started = False

    def _new(self, head: bytes) -> zlib._Decompress:
        if self.encoding == "deflate":
            # "deflate" is meant to be zlib-wrapped; some servers send raw deflate.
            wrapped = len(head) >= 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0
            return zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        return zlib.decompressobj(_GZIP)

    def pieces(self, data: bytes) -> Iterator[bytes]:
        """The decoded output of ``data`` (b"" drains what is pending), at most PIECE bytes at a time."""
        if self.encoding == "identity":
            if data:
                yield data
            return
        if self.inflater is None:
            if not data:
                return
            self.inflater = self._new(data)
        while True:
            out = self.inflater.decompress(data, PIECE)
            if out:
                yield out
            if self.inflater.eof:
                rest = self.inflater.unused_data
                if self.encoding == "deflate" or not rest.strip(b"\0"):
                    return  # trailing bytes after the stream: ignored, as browsers do
                self.inflater, data = self._new(rest), rest  # the next member of a multi-member gzip
                continue
            data = self.inflater.unconsumed_tail
            if not data and len(out) < PIECE:
                return


def _through(stages: list[_Stage], data: bytes) -> Iterator[bytes]:
    if not stages:
        if data:
            yield data
        return
    for piece in stages[0].pieces(data):
        yield from _through(stages[1:], piece)


def decoded(chunks: Iterable[bytes], content_encoding: str, limit: int) -> bytes:
    """The body of ``chunks`` (as sent) with ``content_encoding`` undone, at most ``limit`` bytes.

    Raises ReadError (too large) as soon as the sent or the decoded bytes pass ``limit``, and
    for encodings brief does not read.
    """
    names = [n.strip().lower() for n in content_encoding.split(",") if n.strip()]
    unknown = [n for n in names if n not in _KNOWN]
    if unknown:
        raise ReadError(f"content encoding {unknown[0][:20]!r} is not supported")
    if len(names) > MAX_STAGES:
        raise ReadError(f"too many content encodings ({len(names)})")
    stages = [_Stage(n) for n in reversed(names)]  # the last encoding applied is undone first
    out: list[bytes] = []
    sent = size = 0
    try:
        for chunk in chunks:
            sent += len(chunk)
            if sent > limit:
                raise too_large(None, limit)
            for piece in _through(stages, chunk):
                size += len(piece)
                if size > limit:
                    raise too_large(None, limit)
                out.append(piece)
    except zlib.error:
        raise ReadError(f"damaged {content_encoding.strip()[:40]!r} content") from None
    return b"".join(out)
