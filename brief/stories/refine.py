"""A second look at each article once the stories are formed: it moves to the story it is most alike.

Average linkage joins groups greedily: an article joins the first group it is alike enough, early,
when that group is a few articles, and stays there once the group has grown into another story
than the one it is most alike (a Generation X feature among the reports of the evolution debate,
a stray on malaria in Kenya among malaria's). So each article of a story of three or more is
compared with every story's centroid, its own taken without it (the story as it would be had the
article never joined), and moves to the one whose centroid it is nearest by cosine, when that
is not its own and it is at least ``floor`` alike that story's articles on average. The moves are
made all at once, then asked again, until none moves: spherical k-means (Dhillon and Modha 2001)
begun from the linkage's stories, which only ever moves articles, so it makes no new story and no
story of one article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

    from brief.stories.features import Rows

ROUNDS = 10  # at most: on the development mixes every article has its story after four


def refine(rows: Rows, groups: list[list[int]], floor: float) -> list[list[int]]:
    """``groups`` (of row numbers, L2-normalised ``rows``) after moving each article of a group of three
    or more to the group of two or more whose centroid it is nearest by cosine (its own without it), when
    at least ``floor`` alike that group's rows on average. Groups keep the order of their first row;
    ties go to the group listed first."""
    import numpy as np

    n = rows.shape[0]
    if len(groups) < 2:
        return groups
    owner = np.zeros(n, dtype=np.int64)
    for k, members in enumerate(groups):
        owner[members] = k
    everyone = np.arange(n)
    # each row's squared norm: 1, but less for dense rows, which keep only the columns rows share
    own_square = (rows * rows).sum(axis=1) if isinstance(rows, np.ndarray) else \
        np.asarray(rows.multiply(rows).sum(axis=1)).ravel()
    for _ in range(ROUNDS):
        size = np.bincount(owner, minlength=len(groups)).astype(float)
        sums = _sums(rows, owner, len(groups))
        dots = np.asarray(rows @ sums.T) if isinstance(rows, np.ndarray) else (rows @ sums.T).toarray()
        square = (sums * sums).sum(axis=1) if isinstance(sums, np.ndarray) else \
            np.asarray(sums.multiply(sums).sum(axis=1)).ravel()
        own = dots[everyone, owner] - own_square  # its dot product with the rest of its group
        # the cosine with its own centroid without it (|sum - row|^2 = |sum|^2 - 2 row.sum + |row|^2) and with
        # every other group's (the row's own norm, common to all, left out)
        stay = own / np.sqrt(np.maximum(square[owner] - 2 * dots[everyone, owner] + own_square, 1e-12))
        near = dots / np.sqrt(np.maximum(square, 1e-12))
        near[everyone, owner] = -np.inf
        near[:, size < 2] = -np.inf
        best = np.argmax(near, axis=1)
        alike = dots[everyone, best] / np.maximum(size[best], 1)
        move = (size[owner] >= 3) & (near[everyone, best] > stay) & (alike >= floor)
        if not move.any():
            break
        owner = np.where(move, best, owner)
    joined: dict[int, list[int]] = {}
    for row, group in enumerate(owner.tolist()):
        joined.setdefault(group, []).append(row)
    return sorted(joined.values(), key=lambda g: g[0])


def _sums(rows: Rows, owner: np.ndarray, groups: int) -> Rows:
    """Each group's sum of rows (``owner``: each row's group), one row per group."""
    import numpy as np

    n = rows.shape[0]
    if isinstance(rows, np.ndarray):
        member = np.zeros((groups, n))
        member[owner, np.arange(n)] = 1.0
        return member @ rows
    from scipy.sparse import csr_matrix

    return (csr_matrix((np.ones(n), (owner, np.arange(n))), shape=(groups, n)) @ rows).tocsr()
