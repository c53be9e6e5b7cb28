"""Average linkage over candidate pairs: join the two groups whose articles are, on average, the most
alike, until no two are alike enough.

The average similarity of two groups' articles is the dot product of their mean vectors (rows are
L2-normalised), so it is computed exactly, for every pair of groups that share a candidate pair,
without ever forming a matrix of all pairs. Two groups join only when they are at least ``threshold``
alike and, when ``apart`` is given, more than ``apart`` times as alike as the articles of the less
cohesive of them are to one another (a group's cohesion, the mean cosine of its own pairs, comes from
the squared norm of its sum of rows): the ratio by which ``brief.stories.grouping.apart`` calls
two stories apart, so that the joining and the default's split ask one question. Ties go to the lowest
article numbers: the same articles always give the same groups.
"""

from __future__ import annotations

import heapq
from typing import TYPE_CHECKING

from brief.stories.features import row_weights

if TYPE_CHECKING:
    from brief.stories.features import Rows


def _dot(a: dict[int, float], b: dict[int, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[k] for k, v in a.items() if k in b)


def average_linkage(vectors: Rows, pairs: dict[tuple[int, int], float], threshold: float,
                    apart: float | None = None) -> list[list[int]]:
    """Groups of row numbers, each sorted, in order of their first row: rows joined while the average
    cosine between two groups is at least ``threshold`` (and above ``apart`` times the cohesion of the
    less cohesive of two groups of two rows or more), considering only groups linked by ``pairs``."""
    n = vectors.shape[0]
    sums: dict[int, dict[int, float]] = dict(enumerate(row_weights(vectors)))
    square: dict[int, float] = dict.fromkeys(range(n), 1.0)  # |sum of the group's rows|^2
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    linked: dict[int, set[int]] = {i: set() for i in range(n)}
    joins: dict[int, int] = dict.fromkeys(range(n), 0)  # how often each group has grown: older entries are stale
    heap: list[tuple[float, int, int, int, int]] = []

    def cohesion(group: int) -> float:
        """The mean cosine of the group's pairs of rows (each pair counted twice in |sum|^2), 0 for one row."""
        size = len(members[group])
        return (square[group] - size) / (size * (size - 1)) if size > 1 else 0.0

    def joinable(a: int, b: int, similarity: float) -> bool:
        if similarity < threshold:
            return False
        if apart is None:
            return True
        cohesions = [cohesion(g) for g in (a, b) if len(members[g]) > 1]
        return not cohesions or similarity > apart * min(cohesions)

    for (a, b), similarity in sorted(pairs.items()):
        linked[a].add(b)
        linked[b].add(a)
        if similarity >= threshold:
            heap.append((-similarity, a, b, 0, 0))
    heapq.heapify(heap)
    # The dot products of linked groups' sums: a joined group's is the sum of its two parts' (exact for a
    # part linked to the other group, computed from the sums for a part that was not)
    dots: dict[tuple[int, int], float] = dict(pairs)  # two rows' sums: their cosine

    def dot(x: int, y: int) -> float:
        key = (x, y) if x < y else (y, x)
        if key not in dots:
            dots[key] = _dot(sums[x], sums[y])
        return dots[key]

    while heap:
        _, a, b, seen_a, seen_b = heapq.heappop(heap)
        if a not in members or b not in members or joins[a] != seen_a or joins[b] != seen_b:
            continue  # a side was joined to another group since: its similarity has been pushed anew
        # a (the lower id) absorbs b
        others = (linked[a] | linked.pop(b)) - {a, b}
        joined = {c: dot(a, c) + dot(b, c) for c in sorted(others)}
        square[a] += square.pop(b) + 2 * dot(a, b)
        for k, v in sums.pop(b).items():
            sums[a][k] = sums[a].get(k, 0.0) + v
        members[a] = sorted(members[a] + members.pop(b))
        joins[a] += 1
        linked[a] = others
        size_a = len(members[a])
        for c in sorted(others):
            linked[c].discard(b)
            linked[c].add(a)
            for key in ((min(a, c), max(a, c)), (min(b, c), max(b, c))):
                dots.pop(key, None)
            dots[min(a, c), max(a, c)] = joined[c]
            similarity = joined[c] / (size_a * len(members[c]))
            if joinable(a, c, similarity):
                low, high = min(a, c), max(a, c)
                heapq.heappush(heap, (-similarity, low, high, joins[low], joins[high]))
        dots.pop((a, b), None)
    return [members[i] for i in sorted(members)]
