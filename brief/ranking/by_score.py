"""Greedy selection for rankers that only score sentences: best first, no repeats, within limits."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from brief.lexical import cosine
from brief.ranking.base import Limit, Ranked
from brief.ranking.filters import word_count

if TYPE_CHECKING:
    from brief.story import Story

REDUNDANT = 0.5  # TF-IDF cosine above which a sentence repeats one already chosen


def select_by_score(story: Story, scores: Sequence[float], limit: Limit, name: str) -> list[Ranked]:
    """Take sentences best-scored first, skipping fragments and repeats, until the limit.

    A sentence repeats a chosen one when it states the same fact (``story.facts``) or
    shares most of its words. Ties break by position, so the result is deterministic; the
    chosen ones come back in reading order (source, then position).
    """
    sentences, facts = story.sentences, story.facts
    vectors = [facts.words.vector(i) for i in range(len(sentences))]
    candidates = list(story.candidates) or list(range(len(sentences)))
    chosen: list[int] = []
    words = 0
    for i in sorted(candidates, key=lambda i: (-scores[i], i)):
        if limit.sentences is not None and len(chosen) >= limit.sentences:
            break
        n = word_count(sentences[i].text)
        if limit.words is not None and chosen and words + n > limit.words:
            continue
        if any(cosine(vectors[i], vectors[j]) > REDUNDANT or facts.repeats(i, j) for j in chosen):
            continue
        chosen.append(i)
        words += n
    chosen.sort(key=lambda i: (sentences[i].source_id, sentences[i].index))
    return [Ranked(i, float(scores[i]), ((name, round(float(scores[i]), 6)),)) for i in chosen]
