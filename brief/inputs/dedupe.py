"""Duplicates: the same article given twice, or syndicated copies of it, are one source.

Two texts are the same article when their normalized words are identical, or when the Jaccard
similarity of their word 3-shingles is at least ``THRESHOLD`` (a wire story republished with a
different standfirst or a corrected typo still counts; a rewrite does not).
"""

from __future__ import annotations

import re
from typing import Sequence

THRESHOLD = 0.9
_WORD = re.compile(r"\w+", re.UNICODE)
_SHINGLE = 3


def normalized_words(text: str) -> tuple[str, ...]:
    """The text's words, case-folded, without punctuation or spacing."""
    return tuple(w.casefold() for w in _WORD.findall(text))


def shingles(words: Sequence[str], size: int = _SHINGLE) -> frozenset[tuple[str, ...]]:
    """Every run of ``size`` consecutive words (the whole text when shorter)."""
    if len(words) <= size:
        return frozenset({tuple(words)})
    return frozenset(tuple(words[i:i + size]) for i in range(len(words) - size + 1))


def jaccard(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> float:
    """|a ∩ b| / |a ∪ b| (1.0 for two empty sets)."""
    union = len(a | b)
    return len(a & b) / union if union else 1.0


def group_duplicates(texts: Sequence[str], threshold: float = THRESHOLD) -> list[list[int]]:
    """Indexes of ``texts`` grouped by article: each group in input order, groups by first member."""
    words = [normalized_words(t) for t in texts]
    sets = [shingles(w) for w in words]
    groups: list[list[int]] = []
    for i in range(len(texts)):
        for group in groups:
            first = group[0]
            if words[i] == words[first]:
                group.append(i)
                break
            # sizes bound the Jaccard similarity; skip the set work when they cannot reach it
            small, large = sorted((len(sets[i]), len(sets[first])))
            if large and small / large >= threshold and jaccard(sets[i], sets[first]) >= threshold:
                group.append(i)
                break
        else:
            groups.append([i])
    return groups
