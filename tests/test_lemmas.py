"""brief's lexicon lookup gives lemminflect's own answers, word for word."""

from __future__ import annotations

import gzip
from pathlib import Path

import lemminflect
import pytest

from brief.lemmas import all_lemmas


def _lexicon_words() -> list[str]:
    path = Path(lemminflect.__file__).parent / "resources" / "lemma_lu.csv.gz"
    return sorted({line.split(",")[0] for line in gzip.open(path, "rt").read().splitlines()})


def test_every_word_of_the_lexicon_gets_lemminflects_lemmas() -> None:
    words = _lexicon_words()
    assert len(words) > 50_000
    differ = [w for w in words if all_lemmas(w) != lemminflect.getAllLemmas(w)]
    assert differ == []


@pytest.mark.parametrize("word", ["Ran", "RAN", "Prosecutors", "all", "anybody", "o'clock", "xyzzy", "", "Fourteen"])
def test_capitals_overrides_and_unknown_words_as_lemminflect(word: str) -> None:
    assert all_lemmas(word) == lemminflect.getAllLemmas(word)


def test_a_verb_form_gives_its_verb() -> None:
    assert all_lemmas("cancelled")["VERB"] == ("cancel",)
