"""Keyword extraction: the keyphrases of one document, and the keywords of a story.

Candidates are noun phrases (no tagger needed: a closed-class word list and the
``lemminflect`` lexicon); variants are merged (plural/singular, demonym/country, a
surname and the full name); web boilerplate never becomes a keyword. Backends rank
the candidates: ``fast`` (brief's scoring: MiniLM run in NumPy, similarity with position
and frequency priors; the default), ``keybert`` (the KeyBERT library on the same model
through sentence-transformers and torch, similarity alone) or ``statistical`` (no model).
"""

from __future__ import annotations

from brief.keywords._backends import BACKENDS, EMBEDDED_PER_DOCUMENT, Backend
from brief.keywords._candidates import extract_candidates
from brief.keywords._scoring import without_nested
from brief.keywords._story import all_keywords, locate, per_source_keywords, story_keywords, within_budget

DEFAULT_BACKEND = "fast"

__all__ = [
    "BACKENDS",
    "all_keywords",
    "DEFAULT_BACKEND",
    "extract_document",
    "get_backend",
    "locate",
    "per_source_keywords",
    "story_keywords",
    "within_budget",
]


def get_backend(name: str = DEFAULT_BACKEND) -> Backend:
    """The backend registered under ``name``; ValueError listing the choices otherwise."""
    try:
        return BACKENDS[name]
    except KeyError:
        raise ValueError(f"unknown keyword backend {name!r}; choose from {', '.join(BACKENDS)}") from None


def extract_document(text: str, top_n: int = 10, backend: str = DEFAULT_BACKEND) -> list[tuple[str, float]]:
    """Keyphrases of one document, best first, as (phrase as written, score)."""
    ranked = get_backend(backend)([extract_candidates(within_budget(text))], max(top_n, EMBEDDED_PER_DOCUMENT))[0]
    return [(r.candidate.text, round(r.score, 4)) for r in without_nested(ranked, lambda r: r.candidate.text, top_n)]
