"""Lexical helpers shared by ranking and corroboration: tokens, a light stemmer, IDF vectors.

Pure Python on purpose: importing numpy or nltk would cost more than the work itself
for a handful of articles, and sparse dicts keep memory linear in the text.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from functools import lru_cache
from typing import Iterable, Iterator, Mapping, NamedTuple, Sequence

from brief.english import STOP_WORDS

_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*", re.UNICODE)
_JOINERS = str.maketrans("", "", "'’.-")


# Ordered longest first; each rule: suffix, replacement, minimum stem length left behind.
_SUFFIXES: tuple[tuple[str, str, int], ...] = (
    ("ational", "ate", 3), ("ization", "ize", 3), ("fulness", "ful", 3), ("iveness", "ive", 3),
    ("ements", "", 4), ("ement", "", 4), ("ments", "", 4), ("ment", "", 4),
    ("ations", "ate", 3), ("ation", "ate", 3), ("ities", "", 4), ("ity", "", 4),
    ("ingly", "", 4), ("ings", "", 3), ("ing", "", 3), ("edly", "", 4),
    ("ies", "y", 2), ("ied", "y", 2), ("ers", "", 4), ("er", "", 4), ("ed", "", 3),
    ("ly", "", 4), ("s", "", 3),
)
_NO_STRIP_S = ("ss", "us", "is", "ous")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix-stripping stemmer: conflates inflections ("demanded", "demands" -> "demand").

    Deliberately conservative: over-stemming would merge unrelated words and hurt the
    precision of corroboration more than missed conflations hurt its recall.
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("s") and word.endswith(_NO_STRIP_S):
        return word
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    for suffix, repl, keep in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            base = word[: len(word) - len(suffix)] + repl
            # "stopped" -> "stop", "withdrawn"-style doubles are left alone.
            if not repl and len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]
            if suffix in ("ing", "ed", "er") and base.endswith(("at", "iz", "bl")):
                base += "e"
            return base
    return word


def words(text: str) -> list[str]:
    """Lower-cased word tokens; internal dots and hyphens are dropped ("U.S." -> "us")."""
    found = _WORD.findall(text.lower())
    # One translate over the joined tokens instead of one per token ("\n" is never in a token);
    # interned, so a long input's cached analyses hold each distinct word once, not once per use.
    return list(map(sys.intern, "\n".join(found).translate(_JOINERS).split("\n"))) if found else []


def terms(text: str | list[str]) -> list[str]:
    """Stemmed content words of ``text`` (or of its ``words``), stop words and single letters removed."""
    if isinstance(text, str):
        return list(analyse(text).terms)
    return [stem(w) for w in text if w not in STOP_WORDS and len(w) > 1]


@lru_cache(maxsize=1 << 12)
def text_terms(text: str) -> tuple[str, ...]:
    """``terms`` of a whole text (an input's, a source's), kept: the digests step reads every input's and the
    story's title every source's (``brief.headline``), most of them the same texts (976 of 987 sources of 1,000
    DUC 2006 articles)."""
    return tuple(terms(words(text)))


def bigrams(text: str | list[str]) -> list[str]:
    """Stemmed word bigrams of ``text`` (or of its ``words``) with at least one content word."""
    ws = words(text) if isinstance(text, str) else text
    toks = [w for w in ws if len(w) > 1 or w.isdigit()]
    stems = [stem(w) for w in toks]
    stop = [w in STOP_WORDS for w in toks]
    return [
        sys.intern(stems[k] + " " + stems[k + 1])
        for k in range(len(toks) - 1)
        if not (stop[k] and stop[k + 1])
    ]


class Concepts(frozenset[str]):
    """A frozenset of concepts that iterates in sorted order.

    Rankers sum float weights over a sentence's concepts; summed in hash order, the last bits
    (and so a near-tie between two sentences) would change with PYTHONHASHSEED. In one fixed
    order the briefing is the same every run.
    """

    __slots__ = ("_order",)
    _order: tuple[str, ...]

    def __new__(cls, items: Iterable[str] = ()) -> Concepts:
        made = super().__new__(cls, items)
        made._order = tuple(sorted(frozenset.__iter__(made)))
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)


class Analysis(NamedTuple):
    """What ranking and corroboration need from one sentence, computed once."""

    words: tuple[str, ...]
    terms: tuple[str, ...]  # stemmed content words, in order (see ``terms``)
    concepts: Concepts  # distinct stemmed bigrams (see ``bigrams``), iterated in sorted order


@lru_cache(maxsize=1 << 17)
def analyse(text: str) -> Analysis:
    """Tokens, terms and bigram concepts of a sentence, cached by its text.

    The default ranker, its redundancy check and corroboration all read the same
    sentences; the cache makes each sentence's tokenising and stemming happen once.
    """
    ws = words(text)
    # What ``terms`` and ``bigrams`` compute, with each word stemmed and looked up once.
    toks = [w for w in ws if len(w) > 1 or w.isdigit()]
    stems = [stem(w) for w in toks]
    stop = [w in STOP_WORDS for w in toks]
    terms = tuple(s for w, s, is_stop in zip(toks, stems, stop) if not is_stop and len(w) > 1)
    pairs = (sys.intern(stems[k] + " " + stems[k + 1]) for k in range(len(toks) - 1) if not (stop[k] and stop[k + 1]))
    return Analysis(tuple(ws), terms, Concepts(pairs))


def idf(docs: Iterable[Iterable[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency, ``log((1 + n) / (1 + df)) + 1``, of every term."""
    df: Counter[str] = Counter()
    n = 0
    for doc in docs:
        n += 1
        df.update(set(doc))
    return {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}


def vector(tokens: Sequence[str], weights: Mapping[str, float]) -> dict[str, float]:
    """A TF-IDF vector (sparse dict) of ``tokens``; unknown terms get the largest weight."""
    top = max(weights.values(), default=1.0)
    counts = Counter(tokens)
    return {t: c * weights.get(t, top) for t, c in counts.items()}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Cosine similarity of two sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b[t] for t, v in a.items() if t in b)
    if not dot:
        return 0.0
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb)


def weighted_containment(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Share of the lighter vector's weight found in the other: 1.0 when one contains the other."""
    wa, wb = sum(a.values()), sum(b.values())
    if not wa or not wb:
        return 0.0
    return (_shared_weight(b, a) if len(a) > len(b) else _shared_weight(a, b)) / min(wa, wb)


def held(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Share of ``a``'s weight found in ``b``: 1.0 when ``b`` holds every word of ``a``."""
    wa = sum(a.values())
    return _shared_weight(a, b) / wa if wa else 0.0


def _shared_weight(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """The weight two vectors share, each word counted at the lesser of its weights (summed in ``a``'s order)."""
    return sum(min(v, b[t]) for t, v in a.items() if t in b)


def similarity(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Paraphrase similarity of two IDF-weighted term vectors, 0..1.

    The geometric mean of cosine and weighted containment: containment lets a short
    rewording match the long sentence it condenses; cosine stops a long sentence from
    matching every short one that shares a few of its words.
    """
    c = cosine(a, b)
    return (c * weighted_containment(a, b)) ** 0.5 if c else 0.0
