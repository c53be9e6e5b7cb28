"""Which sources report the same story: the grouping step between reading and briefing.

Articles are compared by their words, each weighted by its rarity in English (``features``), each
with its nearest others (``neighbours``), and joined by average linkage (``linkage``) while the
articles of two groups are, on average, at least ``THRESHOLD`` alike, and more than ``APART`` times
as alike as the less cohesive group's own articles are. Then a small group joins the
larger story it is most alike, when it is alike it at all (``ATTACH``): a follow-up or a sidebar of
a story is part of that story, not a story of its own. Last, each article moves to the story whose
centroid it is nearest (``refine``), when that is not the one the linkage gave it. The parameters were chosen on one
development mix, DUC 2006's 50 topics of 25 articles (``bench/stories.py``), each topic mixed with
the others and given alone; the other mixes are measured on them.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Sequence

from brief.model import Sentence, Source
from brief.stories.features import source_texts, vectors
from brief.stories.linkage import average_linkage
from brief.stories.neighbours import candidate_pairs
from brief.stories.refine import refine

if TYPE_CHECKING:
    import numpy as np

    from brief.cache import Pieces
    from brief.stories.features import Rows

# Mean cosine of two groups' vectors at which they are one story.
THRESHOLD = 0.10
# A group of at most SMALL articles joins the group of at least twice its size whose articles it is on
# average most alike, when at least ATTACH alike and at least KIN times as alike as that group's own
# articles are on average: the story it shares its subject with, not merely a kind of news (two strikes
# share "walkout", "pay" and "talks"; two reports of one strike share its names as well).
SMALL = 8
ATTACH = 0.04
KIN = 0.2
# Two stories of two sources or more are clearly apart (``apart``, brief's default) when their articles are on
# average at most APART times as alike as those of the less cohesive of the two; stories not clearly apart are
# briefed as one, and a story of one source neither splits the inputs nor keeps them together. Chosen on
# DUC 2006: its topics that the grouping splits when given alone are parts at least 0.6 as alike as their own
# articles (two campaigns in China 0.61; feature stories 0.85), while of 30 mixes of 2 to 4 development
# clusters none has two clusters' stories more than 0.38 as alike.
APART = 0.5
CLEARLY_APART_SOURCES = 4  # the fewest sources stories clearly apart can have: two stories of two


def group(sources: Sequence[Source], sentences: Sequence[Sentence], threshold: float = THRESHOLD,
          attach: float = ATTACH, confident: bool = False, store: Pieces | None = None) -> list[tuple[int, ...]]:
    """The sources' ids grouped by story, each group in id order.

    Stories of several sources come first, the most independent reports first (then the most
    sources, then the earliest source); a source that shares its story with no other is a story
    of its own, listed after them in input order. The same sources always give the same stories.
    With ``confident``, the stories as brief's default briefs them (``apart``): those clearly apart
    apart, the others one: a story of one source, a sidebar or a notice, is no reason to split, nor
    a reason to brief stories clearly apart as one (it is then a story of its own, listed last).
    With a ``store`` (the cache), a source's features are read back when it was grouped before.
    """
    if len(sources) < (CLEARLY_APART_SOURCES if confident else 2):
        return [tuple(s.id for s in sources)] if sources else []
    rows = vectors(source_texts(sources, sentences), store)
    groups = _attach_small(rows, average_linkage(rows, candidate_pairs(rows), threshold, APART), attach)
    groups = refine(rows, groups, attach)
    if confident:
        groups = apart(rows, groups)
        if len(groups) == 1:
            return [tuple(s.id for s in sources)]
    stories = [tuple(sources[r].id for r in members) for members in groups]
    report = {s.id: s.report_id for s in sources}

    def order(story: tuple[int, ...]) -> tuple[int, int, int, int]:
        reports = len({report[i] for i in story})
        return (len(story) == 1, -reports, -len(story), story[0])

    return sorted(stories, key=order)


def _attach_small(rows: Rows, groups: list[list[int]], attach: float) -> list[list[int]]:
    """``groups`` with each group of at most ``SMALL`` rows joined to the group of at least twice its size
    that it is on average most alike (the dot product of their mean rows), when at least ``attach`` and
    at least ``KIN`` times the mean cosine within that group.

    Smallest first (ties: the lowest first row), each group as it then is: a group that others joined
    is compared as a whole, and moves on while it is still small. Groups keep the order of their first row.
    """
    import heapq

    import numpy as np

    size = np.array([len(g) for g in groups], dtype=float)
    small = [k for k in range(len(groups)) if size[k] <= SMALL]
    if not small or len(groups) < 2:
        return groups
    owner = np.zeros(rows.shape[0], dtype=np.int64)
    for k, members in enumerate(groups):
        owner[members] = k
    # Only groups that began small ever move: their dot products with every group are all it takes.
    dots, square = _group_products(rows, owner, len(groups), small)
    owner = np.arange(len(groups))  # each first group -> the group it is now part of
    parts = {k: [k] for k in range(len(groups))}
    first = [g[0] for g in groups]
    heap = [(size[k], first[k], k) for k in small]
    heapq.heapify(heap)
    while heap:
        n, _, k = heapq.heappop(heap)
        if owner[k] != k or size[k] != n:
            continue  # joined another, or grew since: its newer entry stands
        shared = np.bincount(owner, weights=sum(dots[p] for p in parts[k]), minlength=len(groups))
        now = np.bincount(owner, weights=np.array([len(g) for g in groups], dtype=float), minlength=len(groups))
        alike = np.where(now >= 2 * n, shared / (n * np.maximum(now, 1)), -1.0)
        best = int(np.argmax(alike))
        if alike[best] < attach:
            continue
        # the mean cosine of the story's own articles (unit rows: |their sum|^2 is n plus each pair twice)
        if alike[best] < KIN * (square[best] - now[best]) / (now[best] * (now[best] - 1)):
            continue
        square[best] += square[k] + 2 * shared[best]
        owner[owner == k] = best
        parts[best] += parts.pop(k)
        size[best] += n
        first[best] = min(first[best], first[k])
        if size[best] <= SMALL:
            heapq.heappush(heap, (size[best], first[best], best))
    joined = [sorted(m for p in parts[k] for m in groups[p]) for k in parts]
    return sorted(joined, key=lambda g: g[0])


def apart(rows: Rows, groups: list[list[int]]) -> list[list[int]]:
    """``groups`` (of row numbers) as brief's default briefs them: stories clearly apart stay apart, the others
    are one. Two groups of two rows or more are clearly apart when the mean cosine across them is at most
    ``APART`` times the mean cosine within the less cohesive; groups not clearly apart are joined (a topic
    that runs over several events, found as several stories, is briefed as one; a day's news holding it and
    other stories is still split), the most alike first, and only while no two groups of the one briefing
    would be clearly apart: two stories clearly apart are never briefed as one because each is near a third.
    A group of one row has no cohesion to compare with: it stays a story of its own when the others are
    several, and is part of the one story when they are one (or none: the inputs are then one story)."""
    import numpy as np

    several = [g for g in groups if len(g) > 1]
    if len(several) < 2:
        return [sorted(r for g in groups for r in g)]
    owner = np.full(rows.shape[0], len(several), dtype=np.int64)  # the rows of stories of one: one more group
    for k, members in enumerate(several):
        owner[members] = k
    dots, square = _group_products(rows, owner, len(several) + 1, list(range(len(several))))
    norms = rows.multiply(rows).sum(axis=1) if not isinstance(rows, np.ndarray) else (rows * rows).sum(axis=1)
    own = np.bincount(owner, weights=np.asarray(norms).ravel(), minlength=len(several) + 1)[:-1]
    size = np.array([len(g) for g in several], dtype=float)
    within = (square[:-1] - own) / (size * (size - 1))  # each pair of a group's rows counted twice in |sum|^2
    close: dict[tuple[int, int], float] = {}  # pairs not clearly apart: likeness over the lesser cohesion
    for a in range(len(several)):
        for b in range(a + 1, len(several)):
            across, least = dots[a][b] / (size[a] * size[b]), min(within[a], within[b])
            if across > APART * least:
                close[a, b] = across / least if least > 0 else math.inf
    story = list(range(len(several)))  # each group's briefing, named by its first group
    held = {k: [k] for k in range(len(several))}
    for a, b in sorted(close, key=lambda pair: (-close[pair], pair)):
        x, y = sorted((story[a], story[b]))
        if x != y and all((min(p, q), max(p, q)) in close for p in held[x] for q in held[y]):
            for k in held[y]:
                story[k] = x
            held[x] += held.pop(y)
    joined = {k: [m for g in ks for m in several[g]] for k, ks in held.items()}
    if len(joined) == 1:
        return [sorted(r for g in groups for r in g)]
    return sorted([sorted(m) for m in joined.values()] + [g for g in groups if len(g) == 1], key=lambda g: g[0])


def _group_products(rows: Rows, owner: np.ndarray, groups: int,
                    small: list[int]) -> tuple[dict[int, np.ndarray], np.ndarray]:
    """For each group in ``small``, the dot products of its sum of rows with every group's, and every
    group's squared norm of its sum of rows (``owner``: each row's group)."""
    import numpy as np

    n = rows.shape[0]
    if isinstance(rows, np.ndarray):
        member = np.zeros((groups, n))
        member[owner, np.arange(n)] = 1.0
        sums = member @ rows
        return dict(zip(small, sums[small] @ sums.T)), (sums * sums).sum(axis=1)
    from scipy.sparse import csr_matrix

    sparse = (csr_matrix((np.ones(n), (owner, np.arange(n))), shape=(groups, n)) @ rows).tocsr()
    return (dict(zip(small, (sparse[small] @ sparse.T).toarray())),
            np.asarray(sparse.multiply(sparse).sum(axis=1)).ravel())
