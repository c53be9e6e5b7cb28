"""Which surface forms are the same keyword.

Phrases are compared by Porter stems of their lower-cased words, so plural and
singular meet. On top of that, a document's demonyms fold into their country
("Syrian" → "Syria", "Iranian" → "Iran") and a surname standing alone folds into the
full name it abbreviates ("Golob" → "Richard Golob").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

_DEMONYM_ENDINGS = ("n", "an", "ian", "i", "ese")


@lru_cache(maxsize=1)
def _stemmer():  # noqa: ANN202 - snowballstemmer has no type hints
    # The original Porter algorithm from snowballstemmer: `import nltk` alone costs ~2 s.
    import snowballstemmer

    return snowballstemmer.stemmer("porter")


@lru_cache(maxsize=65536)
def porter_stem(word: str) -> str:
    """The Porter stem of a lower-cased word (acronyms and short words kept whole)."""
    lower = word.lower()
    if len(lower) <= 3 or "." in lower:
        return lower
    return _stemmer().stemWord(lower)


def phrase_key(words: Iterable[str], aliases: Mapping[str, str] | None = None) -> str:
    """The normalised key of a phrase: stems joined by spaces, aliases applied per word."""
    stems = (porter_stem(w) for w in words)
    if aliases:
        return " ".join(aliases.get(s, s) for s in stems)
    return " ".join(stems)


def demonym_aliases(names: Iterable[str]) -> dict[str, str]:
    """Map the Porter stem of each demonym among ``names`` to the Porter stem of its place name.

    ``names`` are capitalised words of the text; "Syrian" maps to "Syria" only when
    "Syria" is among them too, so no guessing about unseen places.
    """
    places = {n.lower(): n for n in names if n[:1].isupper()}
    aliases: dict[str, str] = {}
    for lower in places:
        for base in _demonym_bases(lower):
            if base in places and base != lower:
                aliases[porter_stem(lower)] = porter_stem(base)
                break
    return aliases


def _demonym_bases(word: str) -> list[str]:
    bases = [word[: -len(e)] for e in _DEMONYM_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3]
    if word.endswith("ian"):
        bases.append(word[:-3] + "a")  # Canadian → Canada
    if word.endswith("ese"):
        bases.append(word[:-3] + "a")  # Chinese → China
    return bases


def _last(key: str) -> str:
    last = key.rsplit(" ", 1)[-1]
    return last.rsplit("-", 1)[-1]  # "al-assad" is written "Assad" alone


def surname_of(key: str, full_keys: Iterable[str]) -> str | None:
    """The shortest multi-word name in ``full_keys`` that ``key`` abbreviates or titles.

    A lone surname ("golob") folds into the full name ("richard golob"); a titled name
    ("syrian president bashar al-assad") folds into the bare full name ("bashar al-assad").
    """
    best: str | None = None
    for full in full_keys:
        if full == key or " " not in full or _last(full) != _last(key):
            continue
        if " " in key and not key.endswith(" " + full):
            continue
        if best is None or (len(full), full) < (len(best), best):  # a tie never depends on set order
            best = full
    return best
