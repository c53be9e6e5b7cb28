"""Greedy selection shared by rankers that only score sentences: best first, no repeats, within limits."""

from __future__ import annotations

from typing import Callable, Sequence

from brief.model import Sentence
from brief.ranking.base import Limit, Ranked

MIN_WORDS = 5  # shorter fragments ("He said.") carry too little to stand alone in a briefing
REDUNDANT = 0.6


def word_count(text: str) -> int:
    """Words as ROUGE and readers count them: white-space separated tokens."""
    return len(text.split())


def reading_order(sentences: Sequence[Sentence], i: int) -> tuple[float, int, int]:
    """Sort key that interleaves sources by how far into its article each sentence is."""
    total = sum(1 for s in sentences if s.source_id == sentences[i].source_id)
    return (sentences[i].index / max(total, 1), sentences[i].source_id, sentences[i].index)


def select_by_score(
    sentences: Sequence[Sentence],
    scores: Sequence[float],
    limit: Limit,
    similarity: Callable[[str, str], float],
    name: str,
) -> list[Ranked]:
    """Take sentences best-scored first, skipping short and redundant ones, until the limit.

    Ties break by position, so the result is deterministic; the chosen ones come back in
    reading order (leads first, sources interleaved).
    """
    order = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    chosen: list[int] = []
    words = 0
    for i in order:
        if limit.sentences is not None and len(chosen) >= limit.sentences:
            break
        n = word_count(sentences[i].text)
        if n < MIN_WORDS and len(order) > 1:
            continue
        if limit.words is not None and chosen and words + n > limit.words:
            continue
        if any(similarity(sentences[i].text, sentences[j].text) >= REDUNDANT for j in chosen):
            continue
        chosen.append(i)
        words += n
    chosen.sort(key=lambda i: reading_order(sentences, i))
    return [Ranked(i, float(scores[i]), ((name, round(float(scores[i]), 6)),)) for i in chosen]
