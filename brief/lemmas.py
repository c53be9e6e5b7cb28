"""lemminflect's ``getAllLemmas``, looked up in its lexicon without loading it into a dictionary first.

lemminflect builds a dictionary of its 80,000 lines on the first lookup, which took about half a
second of every briefing (the fact checks ask it about a few words). The lines are sorted by word,
so a binary search over them finds a word's lines in a few steps; reading and splitting the file
takes a few hundredths of a second. The answers are lemminflect's own: the same lexicon, the same
overrides, the same capitalisation of the lemmas (``tests/test_lemmas.py`` checks it word for word).
"""

from __future__ import annotations

import gzip
from bisect import bisect_left
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

_UPOS = {"noun": "NOUN", "verb": "VERB", "adj": "ADJ", "adv": "ADV", "aux": "AUX", "modal": "AUX"}


def _resources() -> Path:
    spec = find_spec("lemminflect")  # where it is installed; importing it would load NumPy and its models
    if spec is None or spec.origin is None:
        raise ImportError("lemminflect is not installed")
    return Path(spec.origin).parent / "resources"


@lru_cache(maxsize=1)
def _lexicon() -> tuple[list[str], dict[str, dict[str, tuple[str, ...]]]]:
    """The lexicon's lines ("word,category,lemma/lemma"), sorted by word, and the overrides by word."""
    folder = _resources()
    with gzip.open(folder / "lemma_lu.csv.gz", "rb") as file:
        lines = file.read().decode().splitlines()
    overrides: dict[str, dict[str, tuple[str, ...]]] = {}
    for line in (folder / "lemma_overrides.csv").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, upos, lemma = line.split(",")
            overrides.setdefault(word, {})[upos] = (lemma,)
    return lines, overrides


def _word(line: str) -> str:
    return line[:line.index(",")]


@lru_cache(maxsize=1 << 14)
def _lookup(lower: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    lines, overrides = _lexicon()
    found: dict[str, tuple[str, ...]] = {}
    n = bisect_left(lines, lower, key=_word)
    while n < len(lines) and _word(lines[n]) == lower:
        _, category, forms = lines[n].split(",")
        found[_UPOS.get(category, category.upper())] = tuple(forms.split("/"))
        n += 1
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
