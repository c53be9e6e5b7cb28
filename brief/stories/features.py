"""What an article is about, as a vector: the TF-IDF of its stemmed content words.

Words are weighted against the inputs themselves (a word every article uses says nothing about
which story one belongs to), so nothing here is tuned to a corpus: the weights are those of the
articles given, and the same articles give the same vectors.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Sequence

from brief.lexical import analyse
from brief.model import Sentence, Source

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix


def source_terms(sources: Sequence[Source], sentences: Sequence[Sentence]) -> list[list[str]]:
    """Each source's stemmed content words (``brief.lexical``'s terms), its title's first, in order."""
    held: dict[int, list[str]] = {s.id: list(analyse(s.title).terms) for s in sources}
    for sentence in sentences:
        held[sentence.source_id].extend(analyse(sentence.text).terms)
    return [held[s.id] for s in sources]


def tfidf(documents: Sequence[Sequence[str]]) -> csr_matrix:
    """One L2-normalised row per document: ``(1 + log tf) * (1 + log((1 + n) / (1 + df)))``.

    A word in every document weighs least (it tells no story from another; with two documents, what
    they share still counts); columns are
    numbered in order of first appearance, so the matrix is the same whatever the hash seed.
    """
    import numpy as np
    from scipy.sparse import csr_matrix

    column: dict[str, int] = {}
    counts: list[dict[int, int]] = []
    for words in documents:
        mine: dict[int, int] = {}
        for word in words:
            j = column.setdefault(word, len(column))
            mine[j] = mine.get(j, 0) + 1
        counts.append(mine)
    df = np.zeros(len(column))
    for mine in counts:
        df[list(mine)] += 1
    n = len(documents)
    idf = np.log((1 + n) / (1 + df)) + 1
    indptr, indices, data = [0], [], []  # type: list[int], list[int], list[float]
    for mine in counts:
        cols = sorted(mine)
        weights = [(1 + math.log(mine[j])) * idf[j] for j in cols]
        norm = math.sqrt(sum(w * w for w in weights)) or 1.0
        indices.extend(cols)
        data.extend(w / norm for w in weights)
        indptr.append(len(indices))
    return csr_matrix((np.array(data), np.array(indices, dtype=np.int64), np.array(indptr, dtype=np.int64)),
                      shape=(n, len(column)))
