"""Which sources report the same story: the grouping step between reading and briefing.

Articles are compared by the TF-IDF of their words (``features``), each with its nearest others
(``neighbours``), and joined by average linkage (``linkage``) while the articles of two groups
are, on average, at least ``THRESHOLD`` alike. The threshold was chosen on one development mix,
DUC 2006's 50 clusters of 25 articles (``bench/stories.py``); the other mixes are measured on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from brief.model import Sentence, Source
from brief.stories.features import source_terms, tfidf
from brief.stories.linkage import average_linkage
from brief.stories.neighbours import candidate_pairs

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

# Mean cosine of two groups' TF-IDF vectors at which they are one story (BCubed F1 on DUC 2006 peaks
# here: 0.08 joins topics that share vocabulary, 0.12 splits long-running topics).
THRESHOLD = 0.10
# A stray, an article average linkage left alone, joins the story whose articles it is on average most
# alike, when at least this alike: the story it shares its subject with, not a story of its own.
ATTACH = 0.03


def group(sources: Sequence[Source], sentences: Sequence[Sentence],
          threshold: float = THRESHOLD, attach: float | None = None) -> list[tuple[int, ...]]:
    """The sources' ids grouped by story, each group in id order.

    Stories of several sources come first, the most independent reports first (then the most
    sources, then the earliest source); a source that shares its story with no other is a story
    of its own, listed after them in input order. The same sources always give the same stories.
    """
    if len(sources) < 2:
        return [tuple(s.id for s in sources)] if sources else []
    vectors = tfidf(source_terms(sources, sentences))
    rows = _attach_strays(vectors, average_linkage(vectors, candidate_pairs(vectors), threshold), attach)
    stories = [tuple(sources[r].id for r in members) for members in rows]
    report = {s.id: s.report_id for s in sources}

    def order(story: tuple[int, ...]) -> tuple[int, int, int, int]:
        reports = len({report[i] for i in story})
        return (len(story) == 1, -reports, -len(story), story[0])

    return sorted(stories, key=order)


def _attach_strays(vectors: "csr_matrix", rows: list[list[int]], attach: float | None) -> list[list[int]]:
    """``rows`` with each group of one joined to the group of several it is on average most alike, when
    that average cosine is at least ``attach`` (``ATTACH``); groups keep the order of their first row."""
    import numpy as np

    floor = ATTACH if attach is None else attach
    big = [r for r in rows if len(r) > 1]
    strays = [r[0] for r in rows if len(r) == 1]
    if not big or not strays:
        return rows
    means = np.vstack([np.asarray(vectors[r].sum(axis=0)).ravel() / len(r) for r in big])
    scores = np.asarray(vectors[strays] @ means.T)
    joined = {id(r): list(r) for r in big}
    alone = []
    for k, stray in enumerate(strays):
        best = int(np.argmax(scores[k]))
        if scores[k][best] >= floor:
            joined[id(big[best])].append(stray)
        else:
            alone.append([stray])
    out = [sorted(joined[id(r)]) for r in big] + alone
    return sorted(out, key=lambda r: r[0])
