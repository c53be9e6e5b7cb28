"""Quotations, to tell two sentences of one speaker apart.

Two sentences that quote someone share the speaker's name and title whatever each quotes: ``"The tone has
totally changed," said Rich Tafel, executive director of the Log Cabin Republicans`` and ``"We're happy to
see changes taking place at our convention," said Rich Tafel, ...`` are close in words and in meaning, and
state two things. When both quote words of their own (two content words or more) and the quotations share
fewer than half the content words of the shorter, they are two statements, not one fact (``other_words``).
"""

from __future__ import annotations

from functools import lru_cache

from brief.english import QUOTATION
from brief.lexical import analyse

_FEWEST = 2  # content words a quotation needs before its words tell it apart


@lru_cache(maxsize=1 << 12)
def quoted_words(text: str) -> frozenset[str]:
    """The content words (stemmed) of the quotations in ``text`` (their marks are no words)."""
    quotations = QUOTATION.findall(text)
    return frozenset(analyse(" ".join(quotations)).terms) if quotations else frozenset()


def other_words(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` each quote words of their own, and not the same words (see the module doc)."""
    mine, theirs = quoted_words(a), quoted_words(b)
    if len(mine) < _FEWEST or len(theirs) < _FEWEST:
        return False
    return 2 * len(mine & theirs) < min(len(mine), len(theirs))
