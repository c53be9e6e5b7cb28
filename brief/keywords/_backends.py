"""Keyword backends: parsed document in, candidates ranked best first out.

``statistical`` needs nothing but the lexicon; ``fast`` (brief's own scoring) re-scores the
statistical shortlist by embedding similarity to the document, MiniLM run in NumPy
(EmbedRank / KeyBERT with noun-phrase candidates), and keeps the position and frequency
priors (SIFRank+); ``keybert`` is the KeyBERT library itself (``_keybert``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from brief.keywords._candidates import Candidate, Parsed
from brief.keywords._scoring import length_weight, priors, statistical_scores

EMBEDDED_PER_DOCUMENT = 40  # candidates embedded per document


@dataclass(frozen=True)
class ScoredCandidate:
    """A candidate and its backend score."""

    candidate: Candidate
    score: float


# A backend ranks several documents at once, so a model can batch across them.
Backend = Callable[..., list[list[ScoredCandidate]]]  # (docs, top_n, lead_tokens=256) -> ranks per doc


def _statistical_one(parsed: Parsed, top_n: int) -> list[ScoredCandidate]:
    cands = parsed.candidates
    scores = statistical_scores(cands, priors(parsed.tokens, cands, parsed.aliases))
    order = sorted(range(len(cands)), key=lambda i: (-scores[i], cands[i].first))
    return [ScoredCandidate(cands[i], scores[i]) for i in order[:top_n]]


def statistical(docs: Sequence[Parsed], top_n: int, lead_tokens: int = 256) -> list[list[ScoredCandidate]]:
    """Rank each document's candidates by frequency, first position and length only."""
    return [_statistical_one(parsed, top_n) for parsed in docs]


def fast(docs: Sequence[Parsed], top_n: int, lead_tokens: int = 256) -> list[list[ScoredCandidate]]:
    """brief's scoring: MiniLM (in NumPy) similarity × position × frequency × length, over each
    document's shortlist.

    All documents and all shortlisted phrases are embedded in two batches.
    """
    from brief.keywords import _embedding

    shortlists = [[r.candidate for r in _statistical_one(p, EMBEDDED_PER_DOCUMENT)] for p in docs]
    phrases = sorted({c.text.lower() for short in shortlists for c in short})
    if not phrases:
        return [[] for _ in docs]
    # The encoder reads the first 256 tokens: for news, the lead, which is what it's about.
    doc_vectors = _embedding.embed([p.text for p in docs], lead_tokens)
    row = {phrase: i for i, phrase in enumerate(phrases)}
    phrase_vectors = _embedding.embed(phrases)
    out: list[list[ScoredCandidate]] = []
    for parsed, short, doc_vector in zip(docs, shortlists, doc_vectors):
        prior = dict(zip((c.key for c in short), priors(parsed.tokens, short, parsed.aliases)))
        vectors = phrase_vectors[[row[c.text.lower()] for c in short]] if short else phrase_vectors[:0]
        sims = vectors @ doc_vector
        scores = [
            max(float(s), 0.0) * prior[c.key].position_weight * prior[c.key].frequency_weight * length_weight(c)
            for s, c in zip(sims, short)
        ]
        picks = sorted(range(len(short)), key=lambda k: (-scores[k], short[k].first))[:top_n]
        out.append([ScoredCandidate(short[k], scores[k]) for k in picks])
    return out


def keybert(docs: Sequence[Parsed], top_n: int, lead_tokens: int = 256) -> list[list[ScoredCandidate]]:
    """The KeyBERT library's cosine ranking of the candidates (torch, imported on first use)."""
    from brief.keywords._keybert import keybert as run

    return run(docs, top_n, lead_tokens)


BACKENDS: dict[str, Backend] = {"fast": fast, "keybert": keybert, "statistical": statistical}
