"""The figures a sentence states, to tell two versions of a fact apart.

Two sentences each of which gives a figure the other does not ("the United States planning to pay
dlrs 24 billion" and "... dlrs 21 billion"; "killed 113 people" and "All 109 people aboard were
killed") do not state one fact, however close their words: at most one of them is right, or they
count different things. A figure is a number written in digits (thousands separators and decimals
read as one number) or a count written as a word ("two" to "twelve"; "one" is too often no count, but
"one million" is one),
with its scale ("1.5 million" is 1,500,000, "3 million" is no "3") and as a share when it is one ("3
percent" and "3%" are one figure, and not "3 million"). Nor do two sentences state one figure when one
puts a number below it and the other above ("approach 15,000" and "more than 15,000").
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
          "nine": "9", "ten": "10", "eleven": "11", "twelve": "12"}
_SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12, "bn": 9}
# A number, then its scale or its percent sign; "1.5 million", "3 per cent", "$2bn", "five percent".
_COUNTS = "|".join(w for w in _WORDS if w != "one") + r"|one(?=\s+(?:thousand|million|billion|trillion)\b)"
_FIGURE = re.compile(r"(?:(?P<digits>\d+(?:[.,]\d+)*)|\b(?P<word>" + _COUNTS + r")\b)"
                     r"(?:\s*(?P<share>%|percent\b|per\s+cent\b)|\s*(?P<scale>(?:thousand|million|billion|trillion)\b"
                     r"|(?<=\d)bn\b))?", re.I)
# Words that put the number after them below it, or above it: "nearly 600", "more than 15,000".
_BELOW = r"nearly|almost|approaching|approach|approaches|under|fewer\s+than|less\s+than|just\s+short\s+of|close\s+to"
_ABOVE = r"more\s+than|over|exceeding|above|upwards\s+of|upward\s+of|in\s+excess\s+of"
_BOUND = re.compile(rf"\b(?:(?P<below>{_BELOW})|(?P<above>{_ABOVE}))\s+(?:\$|dlrs\s+|US\$)?$", re.I)


_RANGE = re.compile(r"\s*(?:to|and|or|-|–)\s*$")  # "3 to 5 percent", "1.5 and 2.4 million": one suffix for both


def _value(match: re.Match[str], suffix: re.Match[str]) -> str:
    """A figure as one string: its number without separators, times its scale, or with "%" for a share, the
    scale or share written after it or (for a range's first number) after the range (``suffix``)."""
    number = match["digits"].replace(",", "").rstrip(".") if match["digits"] else _WORDS[match["word"].lower()]
    if suffix["share"]:
        return number + "%"
    if suffix["scale"]:
        try:
            scaled = Decimal(number).scaleb(_SCALES[suffix["scale"].lower()])
        except InvalidOperation:
            return number
        return format(scaled.normalize(), "f") if scaled == scaled.to_integral_value() else str(scaled)
    return number


@lru_cache(maxsize=1 << 14)
def _stated(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The figures ``text`` states, then those of them it puts a number below, then above."""
    found: set[str] = set()
    below: set[str] = set()
    above: set[str] = set()
    matches = list(_FIGURE.finditer(text))
    for k, m in enumerate(matches):
        suffix = m
        if not (m["share"] or m["scale"]) and k + 1 < len(matches) and _RANGE.fullmatch(
                text, m.end(), matches[k + 1].start()):
            suffix = matches[k + 1]
        value = _value(m, suffix)
        found.add(value)
        bound = _BOUND.search(text, max(0, m.start() - 30), m.start())
        if bound is not None:
            (below if bound["below"] else above).add(value)
    return frozenset(found), frozenset(below), frozenset(above)


def figures(text: str) -> frozenset[str]:
    """The figures ``text`` states, normalised ("1,500" and "1500" are one; "two" is "2"; "1.5 million" is
    "1500000"; "3 percent" is "3%")."""
    return _stated(text)[0]


def disagree(a: str, b: str) -> bool:
    """Whether each of ``a`` and ``b`` states a figure the other does not ("$24 billion" against "$21
    billion", whatever else they share), or one puts a number below a figure and the other above it
    ("nearly 15,000" against "more than 15,000"). One that states fewer figures is only less precise."""
    (fa, below_a, above_a), (fb, below_b, above_b) = _stated(a), _stated(b)
    return (bool(fa - fb) and bool(fb - fa)) or bool(below_a & above_b) or bool(above_a & below_b)
