"""The counts a sentence states, each with what it counts, so two sentences' counts can be compared.

A quantity is a number ("10,000", "2.5 million", "seven"), what it counts (the word after it:
"athletes", or a unit: "$", "percent") and the range the sentence allows ("more than 10,000" is
above 10,000, "about 6,000" within a tenth of it, "at least 231" 231 or more). Its *context* is the
content words around it in its clause: two sentences count the same thing only when each one's
context is in the other too ("231 deaths in Honduras" is not "7,000 deaths in the region").

Years, dates, ordinals, times of day and hyphenated modifiers ("a 5-year-old") are not counts.

Counts of the dead are read as tolls (``tolls``: "killing at least 15", "the death toll rose to 16"), and a
first report's word that who died is not known yet (``untold``: "no immediate signs of survivors") against a
later one that tells it (``told_dead``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from brief.english import MONTH_ABBREVIATIONS, MONTHS, STOP_WORDS, may_hold
from brief.lexical import stem

_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
          "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
          "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_CURRENCY = {"$": "$", "us$": "$", "dlrs": "$", "dollars": "$", "dollar": "$", "£": "£", "pounds": "£", "€": "€",
             "euros": "€", "yuan": "yuan", "yen": "yen"}
_PERCENT = {"%": "percent", "percent": "percent", "per cent": "percent", "percentage points": "points"}
# How a qualifier bounds the number it stands before: (low, high) as factors of it; open ends are inf.
_QUALIFIERS = {
    "more than": (1.0, math.inf), "over": (1.0, math.inf), "at least": (1.0, math.inf), "upwards of": (1.0, math.inf),
    "about": (0.9, 1.1), "around": (0.9, 1.1), "some": (0.9, 1.1), "roughly": (0.9, 1.1),
    "approximately": (0.9, 1.1), "an estimated": (0.85, 1.15), "estimated": (0.85, 1.15), "nearly": (0.85, 1.0),
    "almost": (0.85, 1.0), "close to": (0.85, 1.0), "up to": (0.0, 1.0), "as many as": (0.0, 1.0),
    "less than": (0.0, 1.0), "fewer than": (0.0, 1.0), "under": (0.0, 1.0), "at most": (0.0, 1.0),
}
_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?|" + "|".join(_SMALL)
_PATTERN = re.compile(
    r"(?<![\w.,$£€-])(?:(?P<qual>" + "|".join(sorted(_QUALIFIERS, key=len, reverse=True)) + r")\s+)?"
    r"(?P<cur>US\$|\$|£|€|dlrs\s?)?(?P<num>" + _NUMBER + r")"
    r"(?:\s+(?P<scale>hundred|thousand|million|billion|trillion))?"
    r"(?P<unit>\s*%|\s+per cent|\s+percent|\s+percentage points)?"
    r"(?![\w%-]|[.,]\d)",
    re.I,
)
_NEXT_WORD = re.compile(r"\s*[A-Za-z][\w'’-]*")
_BROKEN = re.compile(r"\d,\s$")  # "7, 000": a figure a typo split; neither half is a count
_DURATIONS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})
_CLOCK = frozenset({"am", "pm", "o'clock", "gmt"})
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*|[^\w\s]")
_DATE_WORDS = frozenset((*MONTHS, *MONTH_ABBREVIATIONS))
_CLAUSE_END = frozenset(",;:()—–\"“”'")
_WINDOW = 4  # content words of context read after what is counted (and half as many before the number)


@dataclass(frozen=True)
class Quantity:
    """A count a sentence states: ``text`` as written, ``thing`` it counts, the range it allows."""

    text: str
    start: int
    end: int
    thing: str  # the stem of the counted noun, or a unit ("$", "percent")
    value: float  # the number as written, scale applied ("2.5 million": 2,500,000)
    low: float
    high: float
    context: frozenset[str]  # stems of the content words around it in its clause
    head: str | None = None  # the content word right before it in its clause ("sickened 55"), its stem

    def conflicts(self, other: Quantity) -> bool:
        """Whether the two ranges leave no value both allow."""
        return self.high < other.low or other.high < self.low

    def changed(self, other: Quantity) -> bool:
        """Whether the numbers as written differ by more than rounding (a tenth): "at least 70" and "nearly
        600" allow one value, but a later report that gives the second has updated the first."""
        return abs(self.value - other.value) > 0.1 * max(self.value, other.value)


def _value(number: str) -> float:
    return float(_SMALL[number.lower()]) if number.lower() in _SMALL else float(number.replace(",", ""))


def _content(tokens: list[str]) -> list[str]:
    return [stem(t.lower()) for t in tokens if t[0].isalpha() and t.lower() not in STOP_WORDS and len(t) > 1]


def _clause(tokens: list[str]) -> list[str]:
    """``tokens`` up to the first that ends a clause."""
    for n, token in enumerate(tokens):
        if token in _CLAUSE_END or token in ".!?":
            return tokens[:n]
    return tokens


@lru_cache(maxsize=1 << 12)
def vocabulary(text: str) -> frozenset[str]:
    """The stems of every word of ``text``, as a quantity's ``context`` is written."""
    return frozenset(_content(_TOKEN.findall(text)))


def _noun(word: str) -> bool:
    return word[0].isalpha() and word[0].islower() and word not in STOP_WORDS and len(word) > 1


def _counted(after: list[str]) -> tuple[str, int] | None:
    """What the words after a number say it counts, and how many of them say it: a unit ("$"), a noun
    ("athletes"), or an adjective and its noun ("giant pandas"); None when no noun follows."""
    first = after[0].lower() if after else ""
    if first in _CURRENCY:
        return _CURRENCY[first], 1
    if not after or not _noun(after[0]):
        return None
    if not first.endswith("s") and len(after) > 1 and _noun(after[1]) and after[1].lower().endswith("s"):
        return stem(after[1].lower()), 2  # "giant pandas": the plural is the noun
    return stem(first), 1


@lru_cache(maxsize=1 << 12)
def quantities(text: str) -> tuple[Quantity, ...]:
    """Every count ``text`` states with what it counts (see the module doc), in text order."""
    found = []
    for m in _PATTERN.finditer(text):
        number, currency, unit = m.group("num"), (m.group("cur") or "").strip().lower(), m.group("unit")
        start, end = m.start() + len(m.group()) - len(m.group().lstrip()), m.end()
        before = _TOKEN.findall(text[max(0, m.start() - 60):m.start()])
        after = _TOKEN.findall(text[m.end():m.end() + 80])
        if before and before[-1].lower().rstrip(".") in _DATE_WORDS:
            continue  # "Nov. 3": a date
        if number.isdigit() and len(number) == 4 and not currency and not unit and 1800 <= int(number) <= 2100:
            continue  # a year
        if _BROKEN.search(text, 0, start) or (after and ((len(after[0]) == 1 and after[0].isalpha())
                                                         or after[0].lower() in _CLOCK)):
            continue  # "7, 000" split by a typo; "3 p.m.", "10 o'clock"
        counted = None if unit or currency else _counted(after)
        if unit:
            thing = _PERCENT[" ".join(unit.lower().split())]
        elif currency:
            thing = _CURRENCY[currency]
        elif counted is None:
            continue  # "rose to 231.": what it counts is not said beside it
        elif counted[0] in _DURATIONS:
            continue  # "3 hours, 50 minutes": a duration is told in parts, and rounded as a writer likes
        else:
            thing, used = counted
            modifiers, after = after[:used - 1], after[used:]
            for _ in range(used):
                end = _NEXT_WORD.match(text, end).end()  # type: ignore[union-attr]  # the words are there: read
        scale = _SCALES[m.group("scale").lower()] if m.group("scale") else 1.0
        value = _value(number) * scale
        low, high = _QUALIFIERS.get(" ".join((m.group("qual") or "").lower().split()), (1.0, 1.0))
        preceding = _content(list(reversed(_clause(before[::-1]))))
        context = _content(_clause(after))[:_WINDOW] + preceding[-2:]
        if counted is not None:
            context += _content(modifiers)
        found.append(Quantity(text[start:end], start, end, thing, value, value * low, value * high,
                              frozenset(context), preceding[-1] if preceding else None))
    return tuple(found)


# A count of the dead, as a toll: "eight people have been confirmed killed", "killing at least 15", "with two
# dead", "a death toll of 41"; and a toll told as risen ("the death toll rose to 16", "has climbed to 599").
_DEAD_AFTER = re.compile(r"\s+(?:(?:people|persons)\s+)?(?:(?:were|was|are|is|have|has|had)\s+(?:been\s+)?)?"
                         r"(?:(?:confirmed|reported|believed|feared|presumed|now|already|so far)\s+)?"
                         r"(?:killed|dead|died)\b|\s+(?:dead|deaths|fatalities)\b", re.I)
_KILLED_BEFORE = re.compile(r"\b(?:kill(?:ed|ing|s)?|claim(?:ed|ing|s)? the lives of)\s+$", re.I)
_WHOM_AFTER = re.compile(r"\s*(?:(?:people|persons)\b|[,.;:]|$|(?:and|in|on|at|when|as|after|since)\b)", re.I)
_TOLL_BEFORE = re.compile(r"\bdeath toll (?:of|at|was|is|stood at|stands at|reached)\s+$", re.I)
_RISEN_BEFORE = re.compile(r"\b(?:death toll|toll|number of (?:dead|deaths|people killed|fatalities))\b[^.;:]{0,60}?"
                           r"\b(?:rose|risen|rises|rising|climbed|climbs|increased|increases|jumped|jumps|mounted|"
                           r"grew|grown|soared)\b(?:\s+by\s[^,;.]{1,30}?)?(?:\s+[A-Za-z]+){0,2}?\s+to\s+$", re.I)
# what a risen toll rose from: "The death toll, initially 10, has risen to 12", "rose to 16 from eight"
_SINCE = re.compile(r"\b(?:initially|from|previously|earlier)\s+(?P<num>" + _NUMBER + r")\b(?![\w%-]|[.,]\d)", re.I)
_DEATH_WORDS = re.compile(r"\b(?:kill|dead|death|died|toll|fatalit|lives)", re.I)
_DEATH_STEMS = ("kill", "dead", "death", "died", "toll", "fatalit", "lives")  # what _DEATH_WORDS looks for


@dataclass(frozen=True)
class Toll:
    """A count of the dead a sentence states: ``text`` as written, the number, the lowest value it allows,
    whether it is told as risen to ("the death toll rose to 16"), and the count it rose from when the
    sentence says ("initially 10, has risen to 12": 10)."""

    text: str
    value: float
    low: float
    risen: bool
    since: float | None = None

    def leaves_behind(self, count: float) -> bool:
        """Whether this toll, told as risen, says a toll of ``count`` is out of date: ``count`` is below the
        least it allows, and no higher than the count it says it rose from ("initially 10, has risen to 12":
        10, not 11)."""
        return self.risen and count < self.low and (self.since is None or count <= self.since)


@lru_cache(maxsize=1 << 12)
def tolls(text: str) -> tuple[Toll, ...]:
    """Every count of the dead ``text`` gives as a toll, of people at large (not "two crew members", "eight
    Americans": a part of a toll), in text order."""
    if not may_hold(text, _DEATH_STEMS) or not _DEATH_WORDS.search(text):
        return ()
    found = []
    for m in _PATTERN.finditer(text):
        if m.group("cur") or m.group("unit"):
            continue
        number = m.group("num")
        if number.isdigit() and len(number) == 4 and 1800 <= int(number) <= 2100:
            continue  # a year
        before, after = text[max(0, m.start() - 120):m.start()], text[m.end():m.end() + 60]
        risen = _RISEN_BEFORE.search(before) is not None
        if not (risen or _TOLL_BEFORE.search(before) or _DEAD_AFTER.match(after)
                or (_KILLED_BEFORE.search(before) and _WHOM_AFTER.match(after))):
            continue
        scale = _SCALES[m.group("scale").lower()] if m.group("scale") else 1.0
        value = _value(number) * scale
        low, _high = _QUALIFIERS.get(" ".join((m.group("qual") or "").lower().split()), (1.0, 1.0))
        since = None
        if risen:
            told = [_value(f.group("num")) for f in _SINCE.finditer(before[-60:] + " " + after[:30])]
            since = min((v for v in told if v < value), default=None)
        found.append(Toll(m.group().strip(), value, value * low, risen, since))
    return tuple(found)


# What a first report could not tell yet of the dead ("there were no immediate signs of survivors", "it was not
# immediately known how many people were killed"), and what a later one tells: a toll, or that none survived.
_UNTOLD = re.compile(r"\bno immediate (?:word|signs?|reports?|information|indications?|confirmation) (?:of|on|about) "
                     r"(?:any )?(?:survivors|casualties|deaths|dead|fatalities|injuries)\b|\bnot (?:immediately|yet) "
                     r"(?:known|clear|confirmed)\b[^.;]{0,60}?\b(?:killed|dead|died|survived|survivors|casualties)\b",
                     re.I)
_NONE_SURVIVED = re.compile(r"\b(?:there were|there are|with|leaving) no survivors\b", re.I)


def untold(text: str) -> bool:
    """Whether ``text`` says that who died or survived is not known yet ("there were no immediate signs of
    survivors"): where a story stood before a toll was told."""
    return may_hold(text, ("no immediate", "not immediately", "not yet")) and _UNTOLD.search(text) is not None


def told_dead(text: str) -> bool:
    """Whether ``text`` tells who died: a toll (``tolls``) or that none survived ("There were no survivors"),
    and says nothing of it is unknown yet (``untold``)."""
    return not untold(text) and (bool(tolls(text)) or _NONE_SURVIVED.search(text) is not None)
