"""Corroboration: which sources report the same content as a chosen sentence.

Sentences are compared as IDF-weighted bags of stemmed content words (see
``brief.lexical.similarity``), so reworded reports ("demanded Iran withdraw ... or face
crushing sanctions" / "demanded that Iran ... pull out ... or face the toughest
sanctions") match while sentences that merely share the story's names do not. Only
sentences sharing a word with the chosen one are compared (an inverted index), so the
cost grows with the number of chosen points times their matches, not with n².
"""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from brief.lexical import idf, similarity, terms, vector
from brief.model import Sentence, Support
from brief.ranking.base import Ranked

# Chosen by inspecting all cross-source pairs of the seed articles and a sample of DUC
# clusters: true paraphrases score 0.5-0.9; pairs that share only names or the topic
# mostly score 0.3-0.5 (several DUC false matches sat at 0.45-0.52).
THRESHOLD = 0.5
MIN_SHARED = 4  # fewer shared content words is coincidence, whatever the weights say


def corroborate(
    sentences: Sequence[Sentence],
    chosen: Sequence[Ranked],
    threshold: float = THRESHOLD,
) -> list[tuple[Support, ...]]:
    """For each chosen sentence, its own support first, then the best match in every other source.

    A source supports a point when one of its sentences has ``similarity >= threshold``
    and shares at least ``MIN_SHARED`` content words with it; supports are ordered by source.
    """
    bags = [terms(s.text) for s in sentences]
    weights = idf(bags)
    index: dict[str, list[int]] = defaultdict(list)
    for i, bag in enumerate(bags):
        for t in set(bag):
            index[t].append(i)
    result: list[tuple[Support, ...]] = []
    for pick in chosen:
        own = sentences[pick.index]
        mine = vector(bags[pick.index], weights)
        shared: dict[int, int] = defaultdict(int)
        for t in mine:
            for j in index[t]:
                shared[j] += 1
        best: dict[int, Support] = {}
        for j, n in shared.items():
            other = sentences[j]
            if n < MIN_SHARED or other.source_id == own.source_id:
                continue
            sim = similarity(mine, vector(bags[j], weights))
            known = best.get(other.source_id)
            if sim >= threshold and (known is None or sim > known.similarity):
                best[other.source_id] = Support(other.source_id, other.index, other.start, other.end, round(sim, 4))
        mine_support = Support(own.source_id, own.index, own.start, own.end, 1.0)
        result.append((mine_support, *(best[k] for k in sorted(best))))
    return result
