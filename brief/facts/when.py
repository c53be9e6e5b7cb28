"""The dates and times of day a sentence gives an event, to tell two sentences of one fact apart.

A date is a month and a day ("Nov. 3", "November 3, 1998", "3 November"); a time is a clock time
("12:05 p.m.", "9 a.m."). Weekdays and "yesterday" are left out of those: they count from the day a report
was written, and a weekday beside "said" is the day of the saying, not of the event. A weekday that names
when something happened ("troops Tuesday continued air attacks") is the same day in every report written
that week, so two sentences whose one such weekday differs tell of two days' events (``other_day``).
Like a count (``quantities``), a date or time comes with its context, the content words around it in its
clause, and two sentences give the same event another date or time only when each one's context is in the
other too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from brief.english import WEEKDAYS, alternation
from brief.facts.quantities import vocabulary

_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
           "oct": 10, "nov": 11, "dec": 12}
_MONTH = (r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
          r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_DATE = re.compile(rf"\b{_MONTH}\s+(?P<day>[0-3]?\d)\b(?!:)|"
                   rf"\b(?P<day2>[0-3]?\d)\s+{_MONTH.replace('month', 'month2')}\b")
_TIME = re.compile(r"\b(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*(?P<half>[ap])\.?m\b\.?", re.I)
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.:]*|[^\w\s]")
_WINDOW = 3
_WEEKDAY = re.compile(rf"\b({alternation(day.capitalize() for day in WEEKDAYS)})\b")
# A weekday this close after one of these verbs is the day of the saying: "said late Tuesday", "told reporters
# on Friday".
_SAYING = re.compile(r"\b(?:said|says|told|announced|reported|added|stated|declared|confirmed|insisted|warned|"
                     r"disclosed|revealed|acknowledged|admitted|claimed|denied|noted|predicted|quoted|according|"
                     r"asked|replied|urged|vowed)\b(?:\W+\w+){0,2}\W+$", re.I)


@dataclass(frozen=True)
class When:
    """A date or a time a sentence gives: as written, what kind, its value, and the words around it."""

    text: str
    kind: str  # "date" or "time"
    value: tuple[int, int]  # (month, day) or (hour on a 24-hour clock, minute)
    context: frozenset[str]


def _clause(tokens: list[str]) -> list[str]:
    """Up to ``_WINDOW`` of ``tokens``, stopping where the clause ends."""
    taken: list[str] = []
    for token in tokens:
        if token in ",;:()\"“”.!?" or len(taken) == _WINDOW:
            break
        taken.append(token)
    return taken


def _context(text: str, start: int, end: int) -> frozenset[str]:
    """The content words next to ``text[start:end]`` in its clause, a few on each side."""
    before = _TOKEN.findall(text[max(0, start - 60):start])
    after = _TOKEN.findall(text[end:end + 60])
    return vocabulary(" ".join([*_clause(before[::-1]), *_clause(after)]))


@lru_cache(maxsize=1 << 12)
def moments(text: str) -> tuple[When, ...]:
    """Every date and clock time ``text`` gives, in text order (see the module doc)."""
    found = []
    for m in _DATE.finditer(text):
        month = (m.group("month") or m.group("month2")).lower().rstrip(".")[:4]
        day = int(m.group("day") or m.group("day2"))
        if 1 <= day <= 31:
            key = month if month in _MONTHS else month[:3]
            found.append((m.start(), When(m.group(), "date", (_MONTHS[key], day), _context(text, m.start(), m.end()))))
    for m in _TIME.finditer(text):
        hour = int(m.group("hour")) % 12 + (12 if m.group("half").lower() == "p" else 0)
        minute = int(m.group("minute") or 0)
        found.append((m.start(), When(m.group().strip(), "time", (hour, minute), _context(text, m.start(), m.end()))))
    return tuple(w for _, w in sorted(found, key=lambda item: item[0]))


def other_moment(a: str, b: str) -> tuple[str, str] | None:
    """``(a's, b's)`` when the two sentences give one event another date, or another time of day: each
    gives exactly one of that kind, in the same context; None otherwise."""
    for kind in ("date", "time"):
        ours = [w for w in moments(a) if w.kind == kind]
        theirs = [w for w in moments(b) if w.kind == kind]
        if len(ours) != 1 or len(theirs) != 1:
            continue
        mine, other = ours[0], theirs[0]
        if mine.value != other.value and mine.context <= vocabulary(b) and other.context <= vocabulary(a):
            return mine.text, other.text
    return None


@lru_cache(maxsize=1 << 12)
def event_days(text: str) -> tuple[str, ...]:
    """The weekdays ``text`` gives events, in text order: every weekday but the day of a saying ("said Tuesday")."""
    return tuple(m.group(1) for m in _WEEKDAY.finditer(text)
                 if not _SAYING.search(text[max(0, m.start() - 40):m.start()]))


def other_day(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` each give their event exactly one weekday, and not the same one: two days'
    events ("continued air and artillery attacks" Tuesday and Friday), not one fact."""
    ours, theirs = event_days(a), event_days(b)
    return len(ours) == 1 and len(theirs) == 1 and ours != theirs
