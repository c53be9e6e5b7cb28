"""The default ranker: cover the story's most widely reported concepts, once each.

Concepts are stemmed word bigrams. A concept is worth the number of sources that
mention it (cross-source support, as in Gillick & Favre's ILP summariser), with extra
credit when a source mentions it in its opening sentences (news leads carry the story).
Sentences are then picked greedily by uncovered concept weight per word (a lazy greedy
for a monotone submodular objective), so a point repeated by several sources counts
once and redundancy is avoided by construction. Runs in time linear in the input.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from typing import Sequence

from brief.lexical import bigrams, cosine, idf, terms, vector
from brief.model import Sentence
from brief.ranking.base import Limit, Ranked
from brief.ranking.filters import is_candidate, word_count

DECAY = 0.5  # a mention in sentence i of a source earns LEAD_BONUS * DECAY ** i extra
LEAD_BONUS = 1.0  # a lead mention is worth this much more than a later one
LENGTH_POWER = 1.0  # gain is divided by words ** LENGTH_POWER
REDUNDANT = 0.5  # cosine above which a candidate repeats a chosen point
DEFAULT_WORDS = 100
UNI = 0.0


def concept_weights(sentences: Sequence[Sentence], concepts: Sequence[set[str]], n_sources: int) -> dict[str, float]:
    """Weight of each concept: sources mentioning it, plus a bonus per source that leads with it.

    With several sources, concepts only one source mentions are dropped: they are not
    corroborated, and ignoring them keeps the choice on the common story.
    """
    first: dict[str, dict[int, int]] = defaultdict(dict)
    for sentence, cs in zip(sentences, concepts):
        for c in cs:
            first[c].setdefault(sentence.source_id, sentence.index)
    min_sources = 2 if n_sources > 1 else 1
    return {
        c: sum(1.0 + LEAD_BONUS * DECAY ** i for i in where.values())
        for c, where in first.items()
        if len(where) >= min_sources
    }


def rank(sentences: Sequence[Sentence], n_sources: int, limit: Limit) -> list[Ranked]:
    """Choose the briefing's sentences: most covered concept weight per word, within ``limit``."""
    max_words = limit.words if limit.words is not None else (None if limit.sentences else DEFAULT_WORDS)
    max_count = limit.sentences
    concepts = [set(bigrams(s.text)) | ({"1 " + t for t in terms(s.text)} if UNI else set()) for s in sentences]
    weights = concept_weights(sentences, concepts, n_sources)
    if UNI:
        weights = {c: w * (UNI if c.startswith("1 ") else 1.0) for c, w in weights.items()}
    lengths = [word_count(s.text) for s in sentences]
    candidates = [i for i, s in enumerate(sentences) if is_candidate(s)]
    if not candidates:
        candidates = [i for i, s in enumerate(sentences) if s.text.strip()]

    def gain(i: int, covered: set[str]) -> float:
        return sum(weights.get(c, 0.0) for c in concepts[i] if c not in covered)

    # Lazy greedy: a candidate's gain only shrinks as concepts get covered, so a stale
    # heap entry is an upper bound; re-score it and push back unless it still leads.
    heap = [(-gain(i, set()) / lengths[i] ** LENGTH_POWER, i) for i in candidates]
    heapq.heapify(heap)
    covered: set[str] = set()
    chosen: list[int] = []
    scores: dict[int, tuple[float, float]] = {}
    vectors: dict[int, dict[str, float]] = {}
    weights_idf = idf(terms(s.text) for s in sentences)
    used = 0
    while heap:
        if max_count is not None and len(chosen) >= max_count:
            break
        neg, i = heapq.heappop(heap)
        g = gain(i, covered)
        ratio = g / lengths[i] ** LENGTH_POWER
        if heap and ratio < -heap[0][0] - 1e-12:
            heapq.heappush(heap, (-ratio, i))
            continue
        if g <= 0 and chosen:
            break
        if max_words is not None and used + lengths[i] > max_words and chosen:
            continue
        vec = vector(terms(sentences[i].text), weights_idf)
        if any(cosine(vec, vectors[j]) > REDUNDANT for j in chosen):
            continue
        chosen.append(i)
        vectors[i] = vec
        scores[i] = (g, ratio)
        covered.update(concepts[i])
        used += lengths[i]
    chosen.sort(key=lambda i: (sentences[i].source_id, sentences[i].index))
    return [
        Ranked(i, round(scores[i][1], 4), (("coverage_gain", round(scores[i][0], 3)), ("per_word", round(scores[i][1], 4))))
        for i in chosen
    ]
