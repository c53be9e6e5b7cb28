"""Keyword backends: parsed document in, candidates ranked best first out.

``statistical`` needs nothing but the lexicon; ``keybert`` re-scores the statistical
shortlist by embedding similarity to the document (EmbedRank / KeyBERT with
noun-phrase candidates) and keeps the position and frequency priors (SIFRank+).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from brief.keywords._candidates import Candidate, Parsed
from brief.keywords._scoring import length_weight, priors, statistical_scores

SHORTLIST = 40  # candidates embedded per document
DIVERSITY = 0.0  # MMR trade-off; 0 keeps plain relevance order


@dataclass(frozen=True)
class Ranked:
    """A candidate and its backend score."""

    candidate: Candidate
    score: float


Backend = Callable[[Parsed, int], list[Ranked]]


def statistical(parsed: Parsed, top_n: int) -> list[Ranked]:
    """Rank by frequency, first position and phrase length only."""
    cands = parsed.candidates
    scores = statistical_scores(cands, priors(parsed.tokens, cands, parsed.aliases))
    order = sorted(range(len(cands)), key=lambda i: (-scores[i], cands[i].first))
    return [Ranked(cands[i], scores[i]) for i in order[:top_n]]


def keybert(parsed: Parsed, top_n: int) -> list[Ranked]:
    """Embedding similarity × position prior × frequency prior, over a shortlist."""
    from brief.keywords import _embedding

    cands = parsed.candidates
    if not cands:
        return []
    prior = priors(parsed.tokens, cands, parsed.aliases)
    cheap = statistical_scores(cands, prior)
    short = sorted(range(len(cands)), key=lambda i: (-cheap[i], cands[i].first))[:SHORTLIST]
    phrases = [cands[i].text for i in short]
    # The encoder reads the first 256 tokens: for news, the lead, which is what it's about.
    sims = _embedding.similarities(parsed.text, phrases)
    scores = [
        max(float(s), 0.0) * prior[i].position_weight * prior[i].frequency_weight * length_weight(cands[i])
        for s, i in zip(sims, short)
    ]
    order = sorted(range(len(short)), key=lambda k: (-scores[k], cands[short[k]].first))
    return [Ranked(cands[short[k]], scores[k]) for k in order[:top_n]]


BACKENDS: dict[str, Backend] = {"keybert": keybert, "statistical": statistical}
