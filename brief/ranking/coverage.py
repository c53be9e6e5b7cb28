"""Budgeted greedy selection for a weighted concept-coverage objective.

f(S) = total weight of the concepts the chosen sentences cover is monotone submodular,
so the greedy by gain per word (Khuller et al.; Lin & Bilmes 2010) is near-optimal and
can be evaluated lazily: a candidate's gain only shrinks as concepts get covered, so a
stale heap entry is an upper bound. Once the best candidate no longer fits the word
budget, the remaining room is filled by the same gain-per-word rule among what fits.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import Callable, Mapping, Sequence


@dataclass(frozen=True)
class Pick:
    """A chosen sentence: its position, what it added, and that per word."""

    index: int
    gain: float
    per_word: float


def greedy_cover(
    concepts: Sequence[frozenset[str]],
    weights: Mapping[str, float],
    lengths: Sequence[int],
    candidates: Sequence[int],
    max_words: int | None,
    max_count: int | None,
    redundant: Callable[[int, list[int]], bool],
    bonus: Callable[[int], float] | None = None,
    bonus_bound: float = 0.0,
    swap_rounds: int = 0,
) -> list[Pick]:
    """Greedily choose candidates maximising covered concept weight within the limits.

    ``bonus(i)`` is a fixed extra value of choosing candidate ``i`` while it still covers
    something new (so gains still only shrink), at most ``bonus_bound``; it is only asked for
    candidates that reach the top of the lazy queue, so it may be costly (the caller
    memoises). ``redundant(i, chosen)`` vetoes a candidate that repeats a chosen sentence. Ties go
    to the earlier sentence, so the result is deterministic. If no candidate fits the
    word budget at all, the single best one is returned anyway.

    With ``swap_rounds``, the greedy result is then improved by local search: up to that many
    times, the single swap (one chosen sentence out, one unchosen candidate in, within the
    word budget) that most raises the objective is made, until none does.
    """
    covered: set[str] = set()

    def coverage(i: int) -> float:
        return sum(weights.get(c, 0.0) for c in concepts[i] if c not in covered)

    def gain(i: int) -> float:  # the bonus only counts for a sentence that adds coverage
        g = coverage(i)
        return g + bonus(i) if bonus is not None and g > 0 else g

    def bound(i: int) -> float:  # an upper bound of gain(i), cheap
        return coverage(i) + bonus_bound if bonus is not None else coverage(i)

    def per_word(i: int, g: float) -> float:
        return g / max(1, lengths[i])

    heap = [(-per_word(i, bound(i)), i) for i in candidates]
    heapq.heapify(heap)
    picks: list[Pick] = []
    used = 0
    skipped: list[int] = []
    while heap and (max_count is None or len(picks) < max_count):
        _, i = heapq.heappop(heap)
        g = gain(i)
        ratio = per_word(i, g)
        if heap and ratio < -heap[0][0] - 1e-12:
            heapq.heappush(heap, (-ratio, i))
            continue
        if g <= 0:
            break
        if max_words is not None and used + lengths[i] > max_words:
            skipped.append(i)
            break
        if redundant(i, [p.index for p in picks]):
            continue
        picks.append(Pick(i, g, ratio))
        covered.update(concepts[i])
        used += lengths[i]
    if max_words is not None:
        rest = [i for _, i in heap] + skipped
        while max_count is None or len(picks) < max_count:
            room = max_words - used
            # Lazily, best exact gain per word first; ties to the earlier sentence.
            queue = [(-per_word(i, bound(i)), i, False) for i in rest if lengths[i] <= room]
            heapq.heapify(queue)
            best = None
            while queue:
                neg, i, exact = heapq.heappop(queue)
                if not exact:
                    heapq.heappush(queue, (-per_word(i, gain(i)), i, True))
                    continue
                if neg >= 0:
                    break
                if not redundant(i, [p.index for p in picks]):
                    best = i
                    break
            if best is None:
                break
            g = gain(best)
            picks.append(Pick(best, g, per_word(best, g)))
            covered.update(concepts[best])
            used += lengths[best]
            rest.remove(best)
    if swap_rounds and max_words is not None and picks and used <= max_words:
        picks = _swap(picks, concepts, weights, lengths, candidates, max_words, redundant, bonus, bonus_bound,
                      swap_rounds)
    if not picks and candidates:
        best = min(candidates, key=lambda i: (-per_word(i, gain(i)), i))
        picks.append(Pick(best, gain(best), per_word(best, gain(best))))
    return picks


def _swap(
    picks: list[Pick],
    concepts: Sequence[frozenset[str]],
    weights: Mapping[str, float],
    lengths: Sequence[int],
    candidates: Sequence[int],
    max_words: int,
    redundant: Callable[[int, list[int]], bool],
    bonus: Callable[[int], float] | None,
    bonus_bound: float,
    rounds: int,
) -> list[Pick]:
    """Best-improvement 1-for-1 swaps for the greedy's objective: covered weight plus bonuses.

    A sentence swapped in must add coverage (as the greedy asks for its bonus to count) and
    not repeat a kept one. The costly bonus is only asked when its bound could make the
    swap the best so far. Ties go to the earlier position and candidate: deterministic.
    """
    chosen = [p.index for p in picks]
    extra = bonus if bonus is not None else (lambda i: 0.0)
    bound = bonus_bound if bonus is not None else 0.0
    for _ in range(rounds):
        count: dict[str, int] = {}
        for j in chosen:
            for c in concepts[j]:
                count[c] = count.get(c, 0) + 1
        used = sum(lengths[j] for j in chosen)
        inside = set(chosen)
        best_delta, best_pos, best_in = 1e-9, -1, -1
        for pos, j in enumerate(chosen):
            mine = concepts[j]
            lost = sum(weights.get(c, 0.0) for c in mine if count[c] == 1) + extra(j)
            rest = chosen[:pos] + chosen[pos + 1 :]
            room = max_words - used + lengths[j]
            for i in candidates:
                if i in inside or lengths[i] > room:
                    continue
                cov = sum(weights.get(c, 0.0) for c in concepts[i] if not count.get(c) or (count[c] == 1 and c in mine))
                if cov <= 0 or cov + bound - lost <= best_delta:
                    continue
                delta = cov + extra(i) - lost
                if delta > best_delta and not redundant(i, rest):
                    best_delta, best_pos, best_in = delta, pos, i
        if best_pos < 0:
            break
        chosen[best_pos] = best_in
    covered: set[str] = set()
    out = []
    for j in chosen:
        g = sum(weights.get(c, 0.0) for c in concepts[j] if c not in covered) + extra(j)
        covered.update(concepts[j])
        out.append(Pick(j, g, g / max(1, lengths[j])))
    return out
