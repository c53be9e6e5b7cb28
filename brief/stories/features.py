"""What an article is about, as a vector: its stemmed content words, each weighted by how rare the
word is in English at large.

The weight of a word is a property of the word, not of the inputs it arrives with: "Columbine" or
"Pinochet" tells a story apart whether brief is given one story or fifty, while "said" or "school"
hardly does. Weighting words against the inputs themselves (TF-IDF over the inputs) made a single
story given alone look like several (its own names are in every article, so they weighed least:
37 of DUC 2006's 50 topics split when briefed alone), and so did the inputs' rarity on top of the
English one (``log(1 + N / df)`` times it: 45 of the 50 split with ``--stories``; its square root:
22; docs/benchmarks.md, "Stories"). So an article's vector depends on the article only, and two articles are as
alike in a mix of a day's news as they are on their own.

The rarity is wordfreq's (general English, from many sources; looked up through ``rarity``, which
reads only the words asked for): a word of frequency ``f`` per word is expected in about
``1 + 1 / (DOC_WORDS * f)`` of documents of ``DOC_WORDS`` words, whence its weight
``log(1 + 1 / (DOC_WORDS * f))``: near 0 for a word in nearly every article, large for a name only
this story uses.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING, Iterable, Sequence

from brief.english import STOP_WORDS
from brief.lexical import stem, words
from brief.model import Sentence, Source
from brief.stories.rarity import frequencies

if TYPE_CHECKING:
    from typing import TypeAlias

    import numpy as np
    from scipy.sparse import csr_matrix

    from brief.cache import Pieces

    Rows: TypeAlias = np.ndarray | csr_matrix  # the vectors: dense up to DENSE rows, sparse beyond

# A news article's length in words, about: a word once in this many words of English is in about
# every article (wordfreq's Zipf scale puts such a word at 6.3: "said", "year", "people").
DOC_WORDS = 500
UNKNOWN = 1e-9  # the frequency of a word wordfreq does not know: one in a billion
# Up to this many documents, the vectors are a dense array and every pair of them is compared.
DENSE = 100


def rarities(words: Iterable[str]) -> dict[str, float]:
    """How much each of ``words`` (lower case) tells one article from another: ``log(1 + 1 / (DOC_WORDS * f))``,
    ``f`` its frequency in English (a word wordfreq does not know counts as one in a billion)."""
    wanted = set(words)
    known = frequencies(wanted)
    rarity = {}
    for word in wanted:
        frequency = known.get(word, 0.0)
        # to 0.01 on wordfreq's Zipf scale (log10 per billion words), as its zipf_frequency gives it
        zipf = round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0
        rarity[word] = math.log(1 + 1 / (DOC_WORDS * (10 ** (zipf - 9) if zipf > 0 else UNKNOWN)))
    return rarity


def source_texts(sources: Sequence[Source], sentences: Sequence[Sentence]) -> list[list[str]]:
    """Each source's title, then its sentences' texts, in order: what its words are read from."""
    held: dict[int, list[str]] = {s.id: [s.title] for s in sources}
    for sentence in sentences:
        held[sentence.source_id].append(sentence.text)
    return [held[s.id] for s in sources]


def _words(texts: Sequence[str]) -> list[str]:
    """A source's lower-cased words, its title's first, in order, from its texts (``source_texts``)."""
    return [word for text in texts for word in words(text)]


def weigh(document: Sequence[str], rarity: dict[str, float]) -> dict[str, float]:
    """One document's vector, unnormalised: each stemmed content word's ``(1 + log count) * rarity``,
    the rarity (``rarities``) of its commonest form in the document ("shooting" and "shootings" are one word)."""
    counts: dict[str, int] = {}
    rarest: dict[str, float] = {}
    for word, count in Counter(document).items():  # each word once, in order of first use
        if len(word) < 2 or word in STOP_WORDS:
            continue
        term = stem(word)
        counts[term] = counts.get(term, 0) + count
        weight = rarity[word]
        if weight < rarest.get(term, math.inf):
            rarest[term] = weight
    return {term: (1 + math.log(count)) * rarest[term] for term, count in counts.items()}


Weighed = tuple[tuple[str, ...], tuple[float, ...]]  # a document's terms and their weights, in ``weigh``'s order


def weighed(documents: Sequence[Sequence[str]], store: Pieces | None = None) -> list[dict[str, float]]:
    """Each document's ``weigh`` on its words' ``rarities``, a document being its texts (``source_texts``). A
    document's weights read nothing of the others (a word's rarity is its own), so with a ``store`` (the cache)
    a document weighed in an earlier run (the same texts) is read back, and only the others' words are read
    and looked up."""
    found: list[Weighed | None] = [None] * len(documents)
    if store is not None:
        found = [store.get("story terms", document, Weighed) for document in documents]
    read = [_words(document) if kept is None else [] for document, kept in zip(documents, found)]
    rarity = rarities(word for document in read for word in document
                      if len(word) >= 2 and word not in STOP_WORDS) if None in found else {}
    out = []
    for document, texts, kept in zip(read, documents, found):
        if kept is None:
            weights = weigh(document, rarity)
            if store is not None:
                store.put("story terms", texts, (tuple(weights), tuple(weights.values())))
        else:
            weights = dict(zip(*kept))
        out.append(weights)
    return out


def vectors(documents: Sequence[Sequence[str]], store: Pieces | None = None) -> Rows:
    """One L2-normalised row per document, its texts (``weighed``: read back from ``store``, the cache, when
    weighed before); columns are numbered in order of first
    appearance, so the matrix is the same whatever the hash seed. Up to ``DENSE`` documents, a NumPy
    array of the columns that two or more rows share (the others add nothing to any row's cosine with
    another), which needs no SciPy (a fifth of a second to import); beyond, a SciPy sparse matrix."""
    import numpy as np

    column: dict[str, int] = {}
    indptr, indices, data = [0], [], []  # type: list[int], list[int], list[float]
    for weights in weighed(documents, store):
        cols = sorted((column.setdefault(term, len(column)), weight) for term, weight in weights.items())
        norm = math.sqrt(sum(w * w for _, w in cols)) or 1.0
        indices.extend(c for c, _ in cols)
        data.extend(w / norm for _, w in cols)
        indptr.append(len(indices))
    if len(documents) <= DENSE:
        shared = np.flatnonzero(np.bincount(np.array(indices, dtype=np.int64), minlength=len(column)) >= 2)
        dense = np.zeros((len(documents), len(column)))
        for row in range(len(documents)):
            dense[row, indices[indptr[row]:indptr[row + 1]]] = data[indptr[row]:indptr[row + 1]]
        return dense[:, shared]
    from scipy.sparse import csr_matrix

    return csr_matrix((np.array(data), np.array(indices, dtype=np.int64), np.array(indptr, dtype=np.int64)),
                      shape=(len(documents), len(column)))


def row_weights(rows: Rows) -> list[dict[int, float]]:
    """Each row of ``rows`` as ``{column: weight}``, its non-zero entries."""
    import numpy as np

    if isinstance(rows, np.ndarray):
        return [{int(c): float(row[c]) for c in np.flatnonzero(row)} for row in rows]
    return [dict(zip(rows.indices[lo:hi].tolist(), rows.data[lo:hi].tolist()))
            for lo, hi in zip(rows.indptr[:-1], rows.indptr[1:])]
