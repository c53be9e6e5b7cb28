"""The default ranker: cover the story's most widely reported concepts, once each.

Concepts are stemmed word bigrams. A concept is worth the number of sources that
mention it (cross-source support, as in Gillick & Favre's concept ILP), plus a bonus
that decays with how late in each source it first appears (news leads carry the story).
Sentences are chosen by a budgeted lazy greedy over this coverage objective, so a fact
repeated by several sources is worth choosing once and then worth nothing: redundancy
is avoided by construction, and a cosine check catches near-duplicates on top.
Everything is sparse and the work grows linearly with the input.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from brief.lexical import bigrams, cosine, idf, terms, vector, words
from brief.model import Sentence
from brief.ranking.base import Limit, Ranked
from brief.ranking.filters import is_candidate, word_count
from brief.ranking.select import greedy_cover

LEAD_BONUS = 1.0  # extra weight for a concept in a source's first sentence ...
DECAY = 0.5  # ... which halves with every later sentence
REDUNDANT = 0.5  # TF-IDF cosine above which a candidate repeats a chosen point
DEFAULT_WORDS = 100


def concept_weights(concepts: Sequence[frozenset[str]], sentences: Sequence[Sentence], n_sources: int) -> dict[str, float]:
    """Weight of each concept: per source that mentions it, 1 plus a lead bonus.

    With several sources, a concept only one source mentions gets no weight: it is not
    corroborated, and ignoring it keeps the briefing on the shared story.
    """
    first: dict[str, dict[int, int]] = defaultdict(dict)
    for sentence, cs in zip(sentences, concepts):
        for c in cs:
            first[c].setdefault(sentence.source_id, sentence.index)
    min_sources = 2 if n_sources > 1 else 1
    return {
        c: sum(1.0 + LEAD_BONUS * DECAY**i for i in where.values())
        for c, where in first.items()
        if len(where) >= min_sources
    }


def rank(sentences: Sequence[Sentence], n_sources: int, limit: Limit) -> list[Ranked]:
    """Choose the briefing's sentences (see the module doc), within ``limit``, in reading order."""
    max_words = limit.words if limit.words is not None or limit.sentences else DEFAULT_WORDS
    tokens = [words(s.text) for s in sentences]
    concepts = [frozenset(bigrams(ws)) for ws in tokens]
    weights = concept_weights(concepts, sentences, n_sources)
    lengths = [word_count(s.text) for s in sentences]
    candidates = [i for i, s in enumerate(sentences) if is_candidate(s)]
    if not candidates:  # e.g. only headlines: better something than nothing
        candidates = [i for i, s in enumerate(sentences) if s.text.strip()]

    term_lists = [terms(ws) for ws in tokens]
    idf_weights = idf(term_lists)
    vectors: dict[int, dict[str, float]] = {}

    def redundant(i: int, chosen: list[int]) -> bool:
        if i not in vectors:
            vectors[i] = vector(term_lists[i], idf_weights)
        return any(cosine(vectors[i], vectors[j]) > REDUNDANT for j in chosen)

    picks = greedy_cover(concepts, weights, lengths, candidates, max_words, limit.sentences, redundant)
    total = sum(weights.values()) or 1.0
    supporters = _support_counts(concepts, sentences, [p.index for p in picks])
    picks.sort(key=lambda p: (sentences[p.index].source_id, sentences[p.index].index))
    return [
        Ranked(
            p.index,
            round(p.per_word, 4),
            (
                ("coverage_gain", round(p.gain / total, 4)),
                ("concept_sources", float(supporters[p.index])),
                ("position", float(sentences[p.index].index)),
            ),
        )
        for p in picks
    ]


def _support_counts(concepts: Sequence[frozenset[str]], sentences: Sequence[Sentence], chosen: list[int]) -> dict[int, int]:
    """For --explain: how many sources share at least a third of each chosen sentence's concepts."""
    out: dict[int, int] = {}
    for i in chosen:
        mine = concepts[i]
        shared: dict[int, set[str]] = defaultdict(set)
        for s, cs in zip(sentences, concepts):
            hit = mine & cs
            if hit:
                shared[s.source_id] |= hit
        need = max(1, len(mine) // 3)
        out[i] = sum(1 for hits in shared.values() if len(hits) >= need)
    return out
