"""What an article is about, as a vector: its stemmed content words, each weighted by how rare the
word is in English at large.

The weight of a word is a property of the word, not of the inputs it arrives with: "Columbine" or
"Pinochet" tells a story apart whether brief is given one story or fifty, while "said" or "school"
hardly does. Weighting words against the inputs themselves (TF-IDF over the inputs) made a single
story given alone look like several (its own names are in every article, so they weighed least:
37 of DUC 2006's 50 topics split when briefed alone). So an article's vector depends on the
article only, and two articles are as alike in a mix of a day's news as they are on their own.

The rarity is wordfreq's (general English, from many sources): a word of frequency ``f`` per word
is expected in about ``1 + 1 / (DOC_WORDS * f)`` of documents of ``DOC_WORDS`` words, whence its
weight ``log(1 + 1 / (DOC_WORDS * f))``: near 0 for a word in nearly every article, large for a
name only this story uses.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from brief.english import STOP_WORDS
from brief.lexical import stem, words
from brief.model import Sentence, Source

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

# A news article's length in words, about: a word once in this many words of English is in about
# every article (wordfreq's Zipf scale puts such a word at 6.3: "said", "year", "people").
DOC_WORDS = 500


@lru_cache(maxsize=262144)
def rarity(word: str) -> float:
    """How much ``word`` (lower case) tells one article from another: ``log(1 + 1 / (DOC_WORDS * f))``,
    ``f`` its frequency in English (a word wordfreq does not know counts as one in a billion)."""
    from wordfreq import zipf_frequency

    zipf = zipf_frequency(word, "en")  # log10 of the frequency per billion words
    frequency = 10 ** (zipf - 9) if zipf > 0 else 1e-9
    return math.log(1 + 1 / (DOC_WORDS * frequency))


def source_words(sources: Sequence[Source], sentences: Sequence[Sentence]) -> list[list[str]]:
    """Each source's lower-cased words, its title's first, in order."""
    held: dict[int, list[str]] = {s.id: words(s.title) for s in sources}
    for sentence in sentences:
        held[sentence.source_id].extend(words(sentence.text))
    return [held[s.id] for s in sources]


def weigh(document: Sequence[str]) -> dict[str, float]:
    """One document's vector, unnormalised: each stemmed content word's ``(1 + log count) * rarity``,
    the rarity of its commonest form in the document ("shooting" and "shootings" are one word)."""
    counts: dict[str, int] = {}
    rarest: dict[str, float] = {}
    for word, count in Counter(document).items():  # each word once, in order of first use
        if len(word) < 2 or word in STOP_WORDS:
            continue
        term = stem(word)
        counts[term] = counts.get(term, 0) + count
        weight = rarity(word)
        if weight < rarest.get(term, math.inf):
            rarest[term] = weight
    return {term: (1 + math.log(count)) * rarest[term] for term, count in counts.items()}


def vectors(documents: Sequence[Sequence[str]]) -> csr_matrix:
    """One L2-normalised row per document (``weigh``); columns are numbered in order of first
    appearance, so the matrix is the same whatever the hash seed."""
    import numpy as np
    from scipy.sparse import csr_matrix

    column: dict[str, int] = {}
    indptr, indices, data = [0], [], []  # type: list[int], list[int], list[float]
    for document in documents:
        weights = weigh(document)
        cols = sorted((column.setdefault(term, len(column)), weight) for term, weight in weights.items())
        norm = math.sqrt(sum(w * w for _, w in cols)) or 1.0
        indices.extend(c for c, _ in cols)
        data.extend(w / norm for _, w in cols)
        indptr.append(len(indices))
    return csr_matrix((np.array(data), np.array(indices, dtype=np.int64), np.array(indptr, dtype=np.int64)),
                      shape=(len(documents), len(column)))
