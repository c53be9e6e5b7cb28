"""Budgeted greedy selection for a weighted concept-coverage objective.

f(S) = total weight of the concepts the chosen sentences cover is monotone submodular,
so the greedy by gain per word (Khuller et al.; Lin & Bilmes 2010) is near-optimal and
can be evaluated lazily: a candidate's gain only shrinks as concepts get covered, so a
stale heap entry is an upper bound. Once the best candidate no longer fits the word
budget, the remaining room is filled by the same gain-per-word rule among what fits; then
one-for-one swaps polish the result.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence


@dataclass(frozen=True)
class Pick:
    """A chosen sentence: its position, what it added, and that per word."""

    index: int
    gain: float
    per_word: float


@dataclass(frozen=True)
class Coverage:
    """One selection problem: what each sentence covers and costs, and what limits the choice.

    ``bonus(i)`` is a fixed extra value of choosing candidate ``i`` while it still covers
    something new (so gains still only shrink), at most ``bonus_bound``; it is only asked for
    candidates that reach the top of the lazy queue, so it may be costly (the caller
    memoises). ``redundant(i, chosen)`` vetoes a candidate that repeats a chosen sentence.
    A candidate in ``worths`` is worth that share (at most 1) of its gain, bonus included: the
    bounds stay bounds.
    """

    concepts: Sequence[frozenset[str]]
    weights: Mapping[str, float]
    lengths: Sequence[int]
    candidates: Sequence[int]
    max_words: int | None
    max_count: int | None
    redundant: Callable[[int, list[int]], bool]
    bonus: Callable[[int], float] | None = None
    bonus_bound: float = 0.0
    worths: Mapping[int, float] = field(default_factory=dict)  # candidates worth only a share of what they add

    def worth(self, i: int) -> float:
        """The share of what candidate ``i`` adds that it is worth: its ``worths``, else 1."""
        return self.worths.get(i, 1.0)

    def extra(self, i: int) -> float:
        """The bonus of ``i`` (0 without one)."""
        return self.bonus(i) if self.bonus is not None else 0.0

    def full(self, count: int) -> bool:
        """Whether ``count`` picks reach the limit on their number."""
        return self.max_count is not None and count >= self.max_count


@dataclass
class _Greedy:
    """The greedy's state: what is chosen, what it covers and how many words it uses."""

    problem: Coverage
    covered: set[str] = field(default_factory=set)
    picks: list[Pick] = field(default_factory=list)
    used: int = 0

    def coverage(self, i: int) -> float:
        weights = self.problem.weights
        return sum(weights.get(c, 0.0) for c in self.problem.concepts[i] if c not in self.covered)

    def gain(self, i: int) -> float:  # the bonus only counts for a sentence that adds coverage
        g = self.coverage(i)
        return (g + self.problem.extra(i) if self.problem.bonus is not None and g > 0 else g) * self.problem.worth(i)

    def bound(self, i: int) -> float:  # an upper bound of gain(i), cheap
        return self.coverage(i) + (self.problem.bonus_bound if self.problem.bonus is not None else 0.0)

    def per_word(self, i: int, g: float) -> float:
        return g / max(1, self.problem.lengths[i])

    def chosen(self) -> list[int]:
        return [p.index for p in self.picks]

    def take(self, i: int, g: float) -> None:
        self.picks.append(Pick(i, g, self.per_word(i, g)))
        self.covered.update(self.problem.concepts[i])
        self.used += self.problem.lengths[i]


def greedy_cover(problem: Coverage, swap_rounds: int = 0) -> list[Pick]:
    """Greedily choose candidates maximising covered concept weight within the limits.

    Ties go to the earlier sentence, so the result is deterministic. If no candidate fits
    the word budget at all, the single best one is returned anyway. With ``swap_rounds``,
    the result is then improved by local search: up to that many times, the single swap
    (one chosen sentence out, one unchosen candidate in, within the word budget) that most
    raises the objective is made, until none does.
    """
    state = _Greedy(problem)
    rest = _by_gain_per_word(state)
    if problem.max_words is not None:
        _fill_the_room(state, rest, problem.max_words)
    picks = state.picks
    if swap_rounds and problem.max_words is not None and picks and state.used <= problem.max_words:
        picks = _swap(problem, picks, problem.max_words, swap_rounds)
    if not picks and problem.candidates:
        best = min(problem.candidates, key=lambda i: (-state.per_word(i, state.gain(i)), i))
        picks = [Pick(best, state.gain(best), state.per_word(best, state.gain(best)))]
    return picks


def _by_gain_per_word(state: _Greedy) -> list[int]:
    """The lazy greedy, until the best candidate no longer fits; returns the candidates left."""
    problem = state.problem
    heap = [(-state.per_word(i, state.bound(i)), i) for i in problem.candidates]
    heapq.heapify(heap)
    skipped: list[int] = []
    while heap and not problem.full(len(state.picks)):
        _, i = heapq.heappop(heap)
        g = state.gain(i)
        ratio = state.per_word(i, g)
        if heap and ratio < -heap[0][0] - 1e-12:
            heapq.heappush(heap, (-ratio, i))
            continue
        if g <= 0:
            break
        if problem.max_words is not None and state.used + problem.lengths[i] > problem.max_words:
            skipped.append(i)
            break
        if problem.redundant(i, state.chosen()):
            continue
        state.take(i, g)
    return [i for _, i in heap] + skipped


def _fill_the_room(state: _Greedy, rest: list[int], max_words: int) -> None:
    """Fill the words left with the best gain per word among the candidates that still fit."""
    problem = state.problem
    while not problem.full(len(state.picks)):
        room = max_words - state.used
        # Lazily, best exact gain per word first; ties to the earlier sentence.
        queue = [(-state.per_word(i, state.bound(i)), i, False) for i in rest if problem.lengths[i] <= room]
        heapq.heapify(queue)
        best = None
        while queue:
            neg, i, exact = heapq.heappop(queue)
            if not exact:
                heapq.heappush(queue, (-state.per_word(i, state.gain(i)), i, True))
                continue
            if neg >= 0:
                break
            if not problem.redundant(i, state.chosen()):
                best = i
                break
        if best is None:
            break
        state.take(best, state.gain(best))
        rest.remove(best)


def _swap(problem: Coverage, picks: list[Pick], max_words: int, rounds: int) -> list[Pick]:
    """Best-improvement 1-for-1 swaps for the greedy's objective: covered weight plus bonuses.

    A sentence swapped in must add coverage (as the greedy asks for its bonus to count) and
    not repeat a kept one. The costly bonus is only asked when its bound could make the
    swap the best so far. Ties go to the earlier position and candidate: deterministic.
    """
    concepts, weights, lengths = problem.concepts, problem.weights, problem.lengths
    chosen = [p.index for p in picks]
    bound = problem.bonus_bound if problem.bonus is not None else 0.0
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
            lost = (sum(weights.get(c, 0.0) for c in mine if count[c] == 1) + problem.extra(j)) * problem.worth(j)
            rest = chosen[:pos] + chosen[pos + 1 :]
            room = max_words - used + lengths[j]
            for i in problem.candidates:
                if i in inside or lengths[i] > room:
                    continue
                cov = sum(weights.get(c, 0.0) for c in concepts[i] if not count.get(c) or (count[c] == 1 and c in mine))
                if cov <= 0 or cov + bound - lost <= best_delta:
                    continue
                delta = (cov + problem.extra(i)) * problem.worth(i) - lost
                if delta > best_delta and not problem.redundant(i, rest):
                    best_delta, best_pos, best_in = delta, pos, i
        if best_pos < 0:
            break
        chosen[best_pos] = best_in
    covered: set[str] = set()
    out = []
    for j in chosen:
        g = (sum(weights.get(c, 0.0) for c in concepts[j] if c not in covered) + problem.extra(j)) * problem.worth(j)
        covered.update(concepts[j])
        out.append(Pick(j, g, g / max(1, lengths[j])))
    return out
