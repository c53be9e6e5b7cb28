"""Cleaning copied article text: drop web boilerplate by shape, keep what was dropped.

The rules are general, not lists of known strings:
- a line with no words, or one that only states a date, is not article text;
- before the first real sentence, the first headline-shaped line is the title and every
  other non-sentence line is navigation or a caption;
- after it, a line that neither ends like a sentence nor is long enough to be prose is a
  caption, credit or label ("2 min read", "16x9 Image", "With reporting by ...");
- a byline ("By Jane Doe, Reuters") is not article text;
- a line repeating an earlier one (a headline printed twice) is dropped;
- paragraphs after the article's last label that share almost no vocabulary with the
  article are the publisher's footer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from brief.model import DroppedLine
from brief.safety import strip_controls

_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_WORDS = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)
_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DATE_LINES = [
    re.compile(rf"^{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})\b.{{0,20}}$", re.I),
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b.{{0,20}}$", re.I),
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b.{0,20}$"),
]
_PROSE_WORDS = 20  # a line this long is prose even without a full stop (a truncated paragraph)
_TITLE_MIN_WORDS = 4
_FOOTER_OVERLAP = 0.5
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w/&-]+")
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<who>[^.,|]+)", re.I)
_BYLINE = re.compile(r"^by\s+[A-Z][\w.'-]*(?:\s+\S+){0,8}$", re.I)
_OUTLET_SUBJECT = re.compile(r"^(?P<who>[A-Z][\w/&.-]*(?:\s+[A-Z][\w/&.-]*){0,3})\s+[a-z]")


@dataclass(frozen=True)
class Cleaned:
    """An article's text with boilerplate removed, plus what cleaning learned and dropped."""

    title: str
    text: str
    outlet: str | None
    date: str | None
    dropped: tuple[DroppedLine, ...]


@dataclass
class _Unit:
    line: int
    text: str
    keep: bool = True
    reason: str = ""


def _words(text: str) -> list[str]:
    return _WORDS.findall(text)


def is_sentence_shaped(text: str) -> bool:
    """Does this line read as running text (ends like a sentence, or is long prose)?"""
    return bool(_TERMINAL.search(text)) or len(_words(text)) >= _PROSE_WORDS


def parse_date_line(text: str) -> str | None:
    """The ISO date if the whole line is a date ("23 May, 2018", "May 23, 2018 10:02")."""
    for pattern in _DATE_LINES:
        match = pattern.match(text.strip())
        if match:
            month = match["month"]
            number = int(month) if month.isdigit() else _MONTHS[month[:3].lower()]
            day, year = int(match["day"]), int(match["year"])
            if 1 <= number <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{number:02d}-{day:02d}"
    return None


def _units(text: str) -> list[_Unit]:
    """Non-empty lines, with hard-wrapped continuation lines joined to the line they continue."""
    units: list[_Unit] = []
    previous_blank = True
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            previous_blank = True
            continue
        last = units[-1] if units else None
        if last and not previous_blank and not _TERMINAL.search(last.text) and line[0].islower():
            last.text = f"{last.text} {line}"
        else:
            units.append(_Unit(number, line))
        previous_blank = False
    return units


def _vocabulary(text: str) -> set[str]:
    return {w.lower() for w in _words(text) if len(w) > 3}


def _names(text: str) -> set[str]:
    """Capitalised words that do not start a sentence: the names a paragraph mentions."""
    return set(_NAME.findall(text))


def _off_topic(text: str, body_words: set[str], body_names: set[str]) -> bool:
    """A paragraph that names nothing the article names and shares little of its vocabulary."""
    vocab = _vocabulary(text)
    if not vocab or _names(text) & body_names:
        return False
    return len(vocab & body_words) / len(vocab) < _FOOTER_OVERLAP


def _drop_footer(units: list[_Unit]) -> None:
    """Mark the (at most three) paragraphs after the article's last label as footer when off-topic."""
    labels = [i for i, u in enumerate(units) if not u.keep]
    kept_before = [u for u in units if u.keep]
    if not labels or len(kept_before) < 4:
        return
    tail = [u for u in units[labels[-1] + 1:] if u.keep]
    if not tail or len(tail) > 3:
        return
    body = [u.text for u in units[: labels[-1]] if u.keep]
    body_words = set().union(*map(_vocabulary, body))
    body_names = set().union(*map(_names, body))
    for unit in tail:
        if _off_topic(unit.text, body_words, body_names):
            unit.keep, unit.reason = False, "publisher footer (off-topic paragraph after the article)"


def _outlet(units: list[_Unit]) -> str | None:
    for unit in units:
        if unit.keep:
            continue
        match = _COPYRIGHT.match(unit.text)
        if match:
            return match["who"].strip()
        if unit.reason.startswith("publisher footer"):
            match = _OUTLET_SUBJECT.match(unit.text)
            if match:
                return match["who"]
    return None


def _fallback_title(kept: list[_Unit]) -> str:
    if not kept:
        return "Untitled"
    words = kept[0].text.split()
    return " ".join(words[:12]) + (" …" if len(words) > 12 else "")


def clean(raw: str) -> Cleaned:
    """Clean one article: title, outlet and date where the text gives them, body, dropped lines."""
    units = _units(strip_controls(raw.replace("\r\n", "\n").replace("\r", "\n")))
    title: str | None = None
    date: str | None = None
    seen: set[str] = set()
    body_started = False
    for unit in units:
        key = " ".join(unit.text.casefold().split())
        if not _LETTER.search(unit.text):
            unit.keep, unit.reason = False, "no words"
        elif (parsed := parse_date_line(unit.text)) is not None:
            date = date or parsed
            unit.keep, unit.reason = False, "date line"
        elif _BYLINE.match(unit.text) and not _TERMINAL.search(unit.text):
            unit.keep, unit.reason = False, "byline"
        elif key in seen:
            unit.keep, unit.reason = False, "repeated line"
        elif not is_sentence_shaped(unit.text):
            heading = unit.text.lstrip("#").strip()
            if not body_started and title is None and len(_words(heading)) >= _TITLE_MIN_WORDS:
                title = heading
                unit.keep, unit.reason = False, "headline (used as title)"
            elif not body_started:
                unit.keep, unit.reason = False, "navigation or caption before the article"
            else:
                unit.keep, unit.reason = False, "not a sentence (caption, credit or label)"
        else:
            body_started = True
        seen.add(key)
    _drop_footer(units)
    kept = [u for u in units if u.keep]
    return Cleaned(
        title=title or _fallback_title(kept),
        text="\n\n".join(u.text for u in kept),
        outlet=_outlet(units),
        date=date,
        dropped=tuple(DroppedLine(u.line, u.text, u.reason) for u in units if not u.keep),
    )
