"""Embedding similarity with the packaged all-MiniLM-L6-v2 (as KeyBERT and EmbedRank do).

Vectors come from ``brief.embedding``, the same model run in NumPy: loading torch and
sentence-transformers would cost seconds a briefing should not pay.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


def embed(texts: Sequence[str], max_tokens: int = 256) -> np.ndarray:
    """Unit-length all-MiniLM-L6-v2 embeddings of ``texts``, one row each.

    The encoder pads each batch to its longest text, so embed long and short texts in
    separate calls: a phrase padded to 256 tokens costs as much as a page.
    """
    import numpy as np

    from brief.embedding import encode

    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return encode(list(texts), max_tokens)
