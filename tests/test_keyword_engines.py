"""The two keyword engines: ``fast`` scores as KeyBERT does, and ``keybert`` is KeyBERT itself.

The KeyBERT tests import torch through KeyBERT and sentence-transformers (about 10 s the first time): they
are slow; the fast lane checks that the fast engine finds keyphrases without loading torch.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from cli_support import brief_here, run_env

from brief.keywords import extract_document
from brief.keywords._backends import EMBEDDED_PER_DOCUMENT, _statistical_one
from brief.keywords._candidates import extract_candidates
from brief.resources import seed_paths

SPILL = (
    "Millions of gallons of crude oil spilled when the tanker Exxon Valdez ran aground in Alaska.\n\n"
    "The oil spill is the biggest in U.S. history, officials told reporters. Crude oil covered the beaches.\n\n"
    "Captain Joseph Hazelwood was questioned. Hazelwood said the oil spills were an accident."
)


def _keybert():  # noqa: ANN202 - KeyBERT's own type, imported only here
    from brief.keywords._keybert import model

    return model()


@pytest.mark.slow
@pytest.mark.xdist_group("torch")
def test_fast_engine_ranks_candidates_as_keybert_similarity_does() -> None:
    from sklearn.metrics.pairwise import cosine_similarity

    from brief.keywords._embedding import embed

    doc = seed_paths()[0].read_text(encoding="utf-8")
    # the phrases the fast engine embeds for this document: its shortlist, lower-cased
    phrases = sorted({r.candidate.text.lower() for r in _statistical_one(extract_candidates(doc),
                                                                         EMBEDDED_PER_DOCUMENT)})
    assert len(phrases) >= 30
    backend = _keybert().model  # KeyBERT's sentence-transformers backend, as extract_keywords uses it
    theirs = cosine_similarity(backend.embed([doc]), backend.embed(phrases))[0]
    ours = embed(phrases) @ embed([doc], 256)[0]
    assert np.abs(ours - theirs).max() < 1e-3
    assert [phrases[i] for i in np.argsort(-ours, kind="stable")] == [
        phrases[i] for i in np.argsort(-theirs, kind="stable")]


@pytest.mark.slow
@pytest.mark.xdist_group("torch")
def test_keybert_engine_is_keyberts_own_ranking_of_brief_candidates() -> None:
    ranked = extract_document(SPILL, 5, backend="keybert")
    assert len(ranked) == 5 and ranked[0][0] == "oil spill"
    # KeyBERT's vectorizer reads lower-case words of two letters or more: "U.S. history" is "history"
    forms = sorted({c.text.lower() for c in extract_candidates(SPILL).candidates} - {"u.s. history"} | {"history"})
    direct = _keybert().extract_keywords(SPILL, candidates=forms, keyphrase_ngram_range=(1, 3), stop_words=None,
                                         top_n=5)
    assert [(text.lower(), score) for text, score in ranked] == direct


def _program(*args: str) -> subprocess.CompletedProcess[bytes]:
    """brief's command line in a program of its own, which says on its last stderr line whether torch was loaded."""
    code = ("import sys; from brief.cli import run; run(sys.argv[1:]); "
            "print('torch' in sys.modules, file=sys.stderr)")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, env=run_env(), check=False,
                          timeout=300)  # brief from the tree under test, offline


def test_the_fast_engine_finds_keyphrases_without_loading_torch(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text(SPILL, encoding="utf-8")
    fast = _program("--keyphrases", str(doc), "--keywords", "5")
    assert fast.returncode == 0 and len(fast.stdout.decode().splitlines()) == 5
    assert fast.stderr.decode().strip() == "False"


@pytest.mark.slow
@pytest.mark.xdist_group("torch")
def test_cli_keyword_engine_reaches_keyphrases_and_briefing(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text(SPILL, encoding="utf-8")
    keybert = _program("--keyphrases", str(doc), "--keywords", "5", "--keyword-engine", "keybert")
    assert keybert.stderr.decode().strip() == "True"
    assert keybert.stdout.decode().splitlines() == [p for p, _ in extract_document(SPILL, 5, backend="keybert")]
    assert brief_here("--keyphrases", str(doc), "--keywords", "5").stdout.decode() != keybert.stdout.decode()
    plain = brief_here("--plain", "--no-cache", "--keyword-engine", "keybert", str(doc))  # KeyBERT loaded here
    assert plain.returncode == 0 and "Keywords: oil spill" in plain.stdout.decode()
