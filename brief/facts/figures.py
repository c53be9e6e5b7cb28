"""The figures a sentence states, to tell two versions of a fact apart.

Two sentences each of which gives a figure the other does not ("the United States planning to pay
dlrs 24 billion" and "... dlrs 21 billion"; "killed 113 people" and "All 109 people aboard were
killed") do not state one fact, however close their words: at most one of them is right, or they
count different things. A figure is a number written in digits (thousands separators and decimals
read as one number) or a count written as a word ("two" to "twelve"; "one" is too often no count).
"""

from __future__ import annotations

import re
from functools import lru_cache

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
          "nine": "9", "ten": "10", "eleven": "11", "twelve": "12"}
_COUNT = re.compile(r"\b(?:" + "|".join(_WORDS) + r")\b", re.I)


@lru_cache(maxsize=1 << 14)
def figures(text: str) -> frozenset[str]:
    """The figures ``text`` states, normalised ("1,500" and "1500" are one; "two" is "2")."""
    found = {m.group().replace(",", "").rstrip(".") for m in _DIGITS.finditer(text)}
    found |= {_WORDS[m.group().lower()] for m in _COUNT.finditer(text)}
    return frozenset(found)


def disagree(a: str, b: str) -> bool:
    """Whether each of ``a`` and ``b`` states a figure the other does not ("$24 billion" against "$21
    billion", whatever else they share). One that states fewer figures is only less precise."""
    fa, fb = figures(a), figures(b)
    return bool(fa - fb) and bool(fb - fa)
