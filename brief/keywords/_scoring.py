"""Cheap priors for candidates: how often, how early, how specific.

These give the statistical backend its whole score and the embedding backend its
position and frequency priors (and the pruning before anything is embedded).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from brief.keywords._candidates import Candidate, Token
from brief.keywords._variants import porter_stem

MAX_N = 4
T = TypeVar("T")


@dataclass(frozen=True)
class Priors:
    """Document-level evidence for one candidate."""

    frequency: int  # occurrences of its words in sequence anywhere, inside longer phrases too
    position: float  # first occurrence, as a fraction of the document (0 = first word)

    @property
    def position_weight(self) -> float:
        """Earlier is better, smoothly: 1 at the start, 1/2 at the middle, 1/3 at the end."""
        return 1.0 / (1.0 + 2.0 * self.position)

    @property
    def frequency_weight(self) -> float:
        """Diminishing returns on repetition."""
        return 1.0 + math.log(self.frequency)


def _ngram_counts(tokens: Sequence[Token], aliases: dict[str, str]) -> Counter[str]:
    stems = [aliases.get(porter_stem(t.text), porter_stem(t.text)) for t in tokens]
    counts: Counter[str] = Counter()
    for n in range(1, MAX_N + 1):
        for i in range(len(stems) - n + 1):
            counts[" ".join(stems[i : i + n])] += 1
    return counts


def priors(tokens: Sequence[Token], cands: Sequence[Candidate], aliases: dict[str, str]) -> list[Priors]:
    """Frequency and first position of every candidate."""
    counts = _ngram_counts(tokens, aliases)
    n = max(1, len(tokens))
    return [Priors(max(c.count, counts[c.key]), c.first / n) for c in cands]


def length_weight(cand: Candidate) -> float:
    """Prefer two- and three-word phrases: "oil spill" says more than "oil" or "spill".

    It also offsets the frequency prior, which counts a single word inside every
    longer phrase that contains it.
    """
    return 1.0 + 0.5 * min(cand.n_words - 1, 2)


def statistical_scores(cands: Sequence[Candidate], prior: Sequence[Priors]) -> list[float]:
    """Frequency × position × length."""
    return [p.frequency_weight * p.position_weight * length_weight(c) for c, p in zip(cands, prior)]


def without_nested(ranked: Iterable[T], text: Callable[[T], str], top_n: int) -> list[T]:
    """The first ``top_n`` of ``ranked`` (best first), leaving out a phrase whose words all belong
    to a better phrase already kept: "spill" after "oil spill" would only repeat it, in a list
    with no room to spare. ``text`` gives an item's phrase as shown; words are compared stemmed,
    as written ("Syria" is not inside "Syrian President Bashar al-Assad")."""
    kept: list[T] = []
    taken: list[frozenset[str]] = []
    for item in ranked:
        words = frozenset(porter_stem(w) for w in text(item).lower().split())
        if any(words < better for better in taken):
            continue
        kept.append(item)
        taken.append(words)
        if len(kept) == top_n:
            break
    return kept
