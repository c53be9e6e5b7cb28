"""lemminflect's ``getAllLemmas``, looked up in its lexicon without loading it into a dictionary first.

lemminflect builds a dictionary of its 80,000 lines on the first lookup, which took about half a
second of every briefing (the fact checks ask it about a few words). The lines are sorted by word,
so a binary search over the file's text finds a word's lines in a few steps, without splitting it
into its lines first (reading it takes about 8 ms, splitting it took 6 more). The answers are
lemminflect's own: the same lexicon, the same overrides, the same capitalisation of the lemmas
(``tests/test_lemmas.py`` checks it word for word).
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Iterator

_UPOS = {"noun": "NOUN", "verb": "VERB", "adj": "ADJ", "adv": "ADV", "aux": "AUX", "modal": "AUX"}


def _resources() -> Path:
    spec = find_spec("lemminflect")  # where it is installed; importing it would load NumPy and its models
    if spec is None or spec.origin is None:
        raise ImportError("lemminflect is not installed")
    return Path(spec.origin).parent / "resources"


@lru_cache(maxsize=1)
def _lexicon() -> tuple[str, dict[str, dict[str, tuple[str, ...]]]]:
    """The lexicon's text, lines "word,category,lemma/lemma" sorted by word, and the overrides by word."""
    folder = _resources()
    with gzip.open(folder / "lemma_lu.csv.gz", "rb") as file:
        text = file.read().decode()
    if "\r" in text:  # its lines end in "\n" as installed; were they to end in "\r\n", read them so
        text = "\n".join(text.splitlines())
    overrides: dict[str, dict[str, tuple[str, ...]]] = {}
    for line in (folder / "lemma_overrides.csv").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, upos, lemma = line.split(",")
            overrides.setdefault(word, {})[upos] = (lemma,)
    return text, overrides


def _lines(text: str, word: str) -> Iterator[str]:
    """The lines of ``word`` in the sorted ``text``, found by a binary search over its characters: the line
    around the middle of the stretch left is read, and the stretch halved (no list of its lines is made)."""
    low, high = 0, len(text)  # line starts: the lines before ``low`` have smaller words, none from ``high`` on
    while low < high:
        start = text.rfind("\n", 0, (low + high) // 2) + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:text.index(",", start, end)] < word:
            low = end + 1
        else:
            high = start
    while low < len(text):
        end = text.find("\n", low)
        end = len(text) if end < 0 else end
        line = text[low:end]
        if line[:line.index(",")] != word:
            return
        yield line
        low = end + 1


@lru_cache(maxsize=1 << 15)  # the distinct words a story of 1,000 articles asks about (about 20,500)
def _lookup(lower: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    text, overrides = _lexicon()
    found: dict[str, tuple[str, ...]] = {}
    for line in _lines(text, lower):
        _, category, forms = line.split(",")
        found[_UPOS.get(category, category.upper())] = tuple(forms.split("/"))
    found.update(overrides.get(lower, {}))
    return tuple(found.items())


def all_lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """The lemmas of ``word`` by part of speech ("VERB": ("run",)), capitalised as ``word`` is:
    what ``lemminflect.getAllLemmas(word)`` returns."""
    found = _lookup(word.lower())
    if word.isupper():
        return {upos: tuple(w.upper() for w in forms) for upos, forms in found}
    if word and word[0].isupper():
        return {upos: tuple(w.capitalize() for w in forms) for upos, forms in found}
    return {upos: tuple(w.lower() for w in forms) for upos, forms in found}
