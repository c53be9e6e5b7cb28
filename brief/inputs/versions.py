"""Which sources are versions of one report: a wire story and its update, or two outlets running one wire copy.

Independent reporters write their own sentences, though they may quote the same words. Versions of
one report share sentences outside quotations, word for word or nearly (an update changes a figure,
a rewrite a word or two). Two sources are versions of one report when at least ``VERSION_SENTENCES``
of their sentences, quotations left out, are such copies of each other: the shorter sentence of a
pair has ``COPIED`` of its word triples in the other. Versions of versions are one report.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Sequence

from brief.inputs.dedupe import normalized_words, shingles
from brief.model import Sentence

VERSION_SENTENCES = 2
COPIED = 0.6
MIN_WORDS = 8  # shorter sentences ("The talks resume on Monday.") repeat by chance, not by copying
COMMON = 25  # a word triple this many sentences hold is a phrase of the language ("said on Tuesday"), not a copy
_QUOTE = re.compile(r"[\"“”`]|''")


def copies(sentences: Sequence[Sentence]) -> dict[tuple[int, int], int]:
    """For each pair of sources (lower id first), how many of their sentences are copies of each other."""
    grams: list[frozenset[tuple[str, ...]]] = []
    owner: list[int] = []
    holders: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for s in sentences:
        if _QUOTE.search(s.text):
            continue
        words = normalized_words(s.text)
        if len(words) < MIN_WORDS:
            continue
        k = len(grams)
        grams.append(shingles(words))
        owner.append(s.source_id)
        for gram in grams[k]:
            holders[gram].append(k)
    shared: dict[tuple[int, int], int] = defaultdict(int)  # (sentence, later sentence) -> word triples shared
    for held in holders.values():
        if 2 <= len(held) <= COMMON:  # most triples are one sentence's own: only shared ones are walked
            for x, k in enumerate(held):
                for j in held[x + 1:]:
                    if owner[j] != owner[k]:
                        shared[k, j] += 1
    found: dict[tuple[int, int], set[int]] = defaultdict(set)  # source pair -> the sentences copied, of both
    for (k, j), n in shared.items():
        if n >= COPIED * min(len(grams[k]), len(grams[j])):
            found[min(owner[j], owner[k]), max(owner[j], owner[k])].update((j, k))
    return {pair: min(sum(owner[k] == side for k in held) for side in pair) for pair, held in sorted(found.items())}


def reports(sentences: Sequence[Sentence]) -> dict[int, int]:
    """Source id -> the lowest id among the versions of its report; only sources with another version appear."""
    parent: dict[int, int] = {}

    def root(a: int) -> int:
        while parent.get(a, a) != a:
            a = parent[a]
        return a

    for (a, b), n in copies(sentences).items():
        if n >= VERSION_SENTENCES:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {a: root(a) for a in sorted(parent.keys() | set(parent.values()))}
