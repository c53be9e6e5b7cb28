"""Corroboration: which sources report the same content as a chosen sentence."""

from __future__ import annotations

import re
from typing import Sequence

from brief.model import Sentence, Support
from brief.ranking.base import Ranked

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
THRESHOLD = 0.6


def _tokens(text: str) -> frozenset[str]:
    return frozenset(t.lower() for t in _TOKEN.findall(text) if len(t) > 2)


def similarity(a: str, b: str) -> float:
    """Containment of the smaller token set in the larger, 0..1."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def corroborate(sentences: Sequence[Sentence], chosen: Sequence[Ranked]) -> list[tuple[Support, ...]]:
    """For each chosen sentence, its own support first, then the best match in every other source."""
    result: list[tuple[Support, ...]] = []
    for pick in chosen:
        own = sentences[pick.index]
        best: dict[int, Support] = {}
        for other in sentences:
            if other.source_id == own.source_id:
                continue
            sim = similarity(own.text, other.text)
            if sim >= THRESHOLD and (other.source_id not in best or sim > best[other.source_id].similarity):
                best[other.source_id] = Support(other.source_id, other.index, other.start, other.end, round(sim, 4))
        mine = Support(own.source_id, own.index, own.start, own.end, 1.0)
        result.append((mine, *(best[k] for k in sorted(best))))
    return result
