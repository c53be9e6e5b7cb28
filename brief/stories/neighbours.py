"""Which articles might share a story: each one's nearest others, found without an n x n matrix.

Every article is compared with the others through the words that weigh most in it (an inverted
index of each article's top terms), a block of rows at a time, so memory stays about
``BLOCK * n`` whatever the number of articles, and only articles sharing a telling word are
scored at all. The pairs kept are then scored exactly, by the cosine of their whole vectors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

    from brief.stories.features import Rows

NEIGHBOURS = 30  # candidates kept per article: more than a story's usual articles share telling words with
TOP_TERMS = 40  # the words of each article that find its candidates
BLOCK = 512  # rows scored at once


def _top_terms(vectors: csr_matrix, keep: int) -> csr_matrix:
    """``vectors`` with only each row's ``keep`` heaviest entries (ties broken by column)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    indptr, indices, data = [0], [], []
    for i in range(vectors.shape[0]):
        lo, hi = vectors.indptr[i], vectors.indptr[i + 1]
        cols, vals = vectors.indices[lo:hi], vectors.data[lo:hi]
        order = np.lexsort((cols, -vals))[:keep]
        chosen = np.sort(order)
        indices.extend(cols[chosen])
        data.extend(vals[chosen])
        indptr.append(len(indices))
    return csr_matrix((np.array(data, dtype=float), np.array(indices, dtype=np.int64), np.array(indptr)),
                      shape=vectors.shape)


def candidate_pairs(vectors: Rows, neighbours: int = NEIGHBOURS) -> dict[tuple[int, int], float]:
    """Pairs ``(i, j)``, ``i < j``, of rows that are among each other's nearest (by their top terms),
    with the exact cosine of their full rows (rows are L2-normalised); pairs with nothing in common
    are left out. Dense rows (a few) are all compared: every pair with something in common."""
    import numpy as np

    if isinstance(vectors, np.ndarray):
        cosines = vectors @ vectors.T
        return {(i, j): float(cosines[i, j]) for i in range(len(vectors)) for j in range(i + 1, len(vectors))
                if cosines[i, j] > 0}

    n = vectors.shape[0]
    top = _top_terms(vectors, TOP_TERMS)
    top_t = top.T.tocsr()
    pairs: dict[tuple[int, int], float] = {}
    for start in range(0, n, BLOCK):
        block = (top[start:start + BLOCK] @ top_t).toarray()
        for r in range(block.shape[0]):
            i = start + r
            row = block[r]
            row[i] = 0.0
            k = min(neighbours, n - 1)
            if k <= 0:
                continue
            near = np.argpartition(-row, k - 1)[:k] if k < n else np.arange(n)
            for j in near[row[near] > 0]:
                pairs.setdefault((min(i, int(j)), max(i, int(j))), 0.0)
    if pairs:
        keys = sorted(pairs)
        left = vectors[[a for a, _ in keys]]
        right = vectors[[b for _, b in keys]]
        exact = np.asarray(left.multiply(right).sum(axis=1)).ravel()
        pairs = {key: float(value) for key, value in zip(keys, exact)}
    return pairs
