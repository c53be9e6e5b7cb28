"""Corroboration: which sources report the same content as a chosen sentence.

Sentences are compared as IDF-weighted bags of stemmed content words (see
``brief.lexical.similarity``), so reworded reports ("demanded Iran withdraw ... or face
crushing sanctions" / "demanded that Iran ... pull out ... or face the toughest
sanctions") match while sentences that merely share the story's names do not.

Only sentences sharing an indexed word are compared (an inverted index). A match needs
at least ``MIN_SHARED`` shared words and, since containment is at most 1, a cosine of at
least ``THRESHOLD ** 2``; so each sentence's most common words can be left out of the
index as long as they alone could not satisfy both (prefix filtering, as in Bayardo et
al.'s all-pairs similarity search). The result is exact, and the common words that
would make the index quadratic ("president", "said") are no longer posted.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Iterator, Sequence

from brief.lexical import analyse, idf, similarity
from brief.model import Sentence, Support

if TYPE_CHECKING:  # brief.ranking imports this module for its default ranker
    from brief.ranking.base import Ranked

# Chosen by inspecting all cross-source pairs of the seed articles and a sample of DUC
# clusters: true paraphrases score 0.5-0.9; pairs that share only names or the topic
# mostly score 0.3-0.5 (several DUC false matches sat at 0.45-0.52).
THRESHOLD = 0.5
MIN_SHARED = 4  # fewer shared content words is coincidence, whatever the weights say


class Matcher:
    """Finds, for a sentence, every sentence of another source that paraphrases it."""

    def __init__(self, sentences: Sequence[Sentence], threshold: float = THRESHOLD) -> None:
        self.sentences = sentences
        self.threshold = threshold
        bags = [analyse(s.text).terms for s in sentences]
        self.weights = idf(bags)
        self.vectors: list[dict[str, float]] = []
        index: dict[str, list[int]] = defaultdict(list)
        floor = threshold * threshold  # cosine needed when containment is perfect
        for i, bag in enumerate(bags):
            counts: dict[str, int] = {}
            for t in bag:
                counts[t] = counts.get(t, 0) + 1
            vec = {t: c * self.weights[t] for t, c in counts.items()}
            self.vectors.append(vec)
            # Most common first: skip a prefix that cannot carry a match on its own.
            order = sorted(vec, key=lambda t: (self.weights[t], t))
            limit = (floor * floor) * sum(v * v for v in vec.values())
            skipped, mass = 0, 0.0
            for t in order:
                mass += vec[t] * vec[t]
                if skipped >= MIN_SHARED - 1 and mass >= limit:
                    break
                skipped += 1
            for t in order[skipped:]:
                index[t].append(i)
        self.index = index

    def vector(self, i: int) -> dict[str, float]:
        """The IDF-weighted term vector of sentence ``i``."""
        return self.vectors[i]

    def matches(self, i: int) -> Iterator[tuple[int, float]]:
        """Every sentence of another source with similarity >= threshold to sentence ``i``, with it."""
        mine = self.vectors[i]
        own = self.sentences[i].source_id
        seen: set[int] = set()
        for t in mine:
            seen.update(self.index.get(t, ()))
        for j in sorted(seen):
            if self.sentences[j].source_id == own:
                continue
            other = self.vectors[j]
            if len(mine.keys() & other.keys()) < MIN_SHARED:
                continue
            sim = similarity(mine, other)
            if sim >= self.threshold:
                yield j, sim

    def corroborating_sources(self, i: int) -> int:
        """How many other sources hold a sentence that paraphrases sentence ``i``."""
        return len({self.sentences[j].source_id for j, _ in self.matches(i)})


_LAST: list[Matcher] = []


def matcher(sentences: Sequence[Sentence], threshold: float = THRESHOLD) -> Matcher:
    """A Matcher over ``sentences``, reused while the same sequence object is asked about.

    The ranker and ``corroborate`` see the same sentence list in one briefing; building
    the index once serves both. (Sentences are frozen; the list is not changed in between.)
    """
    if _LAST and _LAST[0].sentences is sentences and _LAST[0].threshold == threshold \
            and len(_LAST[0].vectors) == len(sentences):
        return _LAST[0]
    built = Matcher(sentences, threshold)
    _LAST[:] = [built]
    return built


def corroborate(
    sentences: Sequence[Sentence],
    chosen: Sequence[Ranked],
    threshold: float = THRESHOLD,
) -> list[tuple[Support, ...]]:
    """For each chosen sentence, its own support first, then the best match in every other source.

    A source supports a point when one of its sentences has ``similarity >= threshold``
    and shares at least ``MIN_SHARED`` content words with it; supports are ordered by source.
    """
    found = matcher(sentences, threshold)
    result: list[tuple[Support, ...]] = []
    for pick in chosen:
        own = sentences[pick.index]
        best: dict[int, Support] = {}
        for j, sim in found.matches(pick.index):
            other = sentences[j]
            known = best.get(other.source_id)
            if known is None or sim > known.similarity:
                best[other.source_id] = Support(other.source_id, other.index, other.start, other.end, round(sim, 4))
        mine_support = Support(own.source_id, own.index, own.start, own.end, 1.0)
        result.append((mine_support, *(best[k] for k in sorted(best))))
    return result
