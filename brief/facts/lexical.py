"""Sentences that say the same thing in the same words: an exact all-pairs search.

Sentences are compared as IDF-weighted bags of stemmed content words (see
``brief.lexical.similarity``), so reworded reports ("demanded Iran withdraw ... or face
crushing sanctions" / "demanded that Iran ... pull out ... or face the toughest
sanctions") match while sentences that merely share the story's names do not.

Only sentences sharing an indexed word are compared (an inverted index). A match needs
at least ``MIN_SHARED`` shared words and, since containment is at most 1, a cosine of at
least ``threshold ** 2``; so each sentence's most common words can be left out of the
index as long as they alone could not satisfy both (prefix filtering, as in Bayardo et
al.'s all-pairs similarity search). The result is exact, and the common words that
would make the index quadratic ("president", "said") are no longer posted.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator, Sequence

from brief.lexical import analyse, cosine, held, idf, similarity
from brief.model import Sentence

# Chosen by inspecting all cross-source pairs of the seed articles and a sample of DUC
# clusters: true paraphrases score 0.5-0.9; pairs that share only names or the topic
# mostly score 0.3-0.5 (several DUC false matches sat at 0.45-0.52).
THRESHOLD = 0.5
MIN_SHARED = 4  # fewer shared content words is coincidence, whatever the weights say


class LexicalMatcher:
    """Finds, for a sentence, every sentence of another source that rewords it."""

    def __init__(self, sentences: Sequence[Sentence], threshold: float = THRESHOLD) -> None:
        self.sentences = sentences
        # One source has nothing to match across: its vectors are all that is asked for.
        indexed = len({s.source_id for s in sentences}) > 1
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
            if not indexed:
                continue
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

    def similarity(self, i: int, j: int) -> float:
        """The lexical similarity of sentences ``i`` and ``j`` (0 below ``MIN_SHARED`` shared words)."""
        a, b = self.vectors[i], self.vectors[j]
        if len(a.keys() & b.keys()) < MIN_SHARED:
            return 0.0
        return similarity(a, b)

    def holding(self, i: int, j: int) -> float:
        """The similarity of ``i`` and ``j`` read from ``i``'s side: the geometric mean of their cosine and the share
        of ``i``'s weight that ``j`` holds (``similarity`` takes the lighter sentence's share, so that a short
        rewording matches the long sentence it condenses; this asks whether ``j`` holds all of ``i``)."""
        a, b = self.vectors[i], self.vectors[j]
        c = cosine(a, b)
        return (c * held(a, b)) ** 0.5 if c else 0.0

    def matches(self, i: int) -> Iterator[tuple[int, float]]:
        """Every sentence of another source with similarity >= threshold to sentence ``i``, with it."""
        own = self.sentences[i].source_id
        seen: set[int] = set()
        for t in self.vectors[i]:
            seen.update(self.index.get(t, ()))
        for j in sorted(seen):
            if self.sentences[j].source_id == own:
                continue
            sim = self.similarity(i, j)
            if sim >= self.threshold:
                yield j, sim

    def corroborating_sources(self, i: int) -> int:
        """How many other sources hold a sentence that rewords sentence ``i``."""
        return len({self.sentences[j].source_id for j, _ in self.matches(i)})
