"""The units cleaning judges (lines, hard wraps rejoined) and the shapes it reads them by."""

from __future__ import annotations

import re
from dataclasses import dataclass

from brief.english import (
    CLOCK_WORDS,
    FREQUENT_WORDS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NAME_PARTICLES,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    alternation,
    is_title_case,
)

# What ends a sentence, in the scripts with and without spaces, before closing quotes or brackets.
TERMINAL = re.compile(r"[.!?…:;。！？][\"'”’»)\]」』]*$")
_FULL_STOP = re.compile(r"[.!?。！？][\"'”’»)\]」』]*$")
_TRUNCATED = re.compile(r"(?:…|\.\.\.|\.\.)[\"'”’»)\]]*$")
LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
WORDS = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)
# A headline run straight into its summary, as teaser lists copy: "…Student-AthleteA 24-year-old …".
_GLUED = re.compile(r"[a-z0-9’'!?)][A-Z](?:[a-z]|\s)")
_GLUED_HEAD_WORDS = 4  # a headline before the glue has this many words at least
_GLUED_MIN_WORDS = 12  # shorter lines may just hold a brand name in camel case ("YouTube")
_MONTHS = {m[:3]: i for i, m in enumerate(MONTHS, start=1)}
_MONTH = rf"(?P<month>{alternation((*MONTHS, *MONTH_ABBREVIATIONS))})\.?"
_WEEKDAY = rf"(?:{alternation((*WEEKDAYS, *WEEKDAY_ABBREVIATIONS))}\.?,?\s+)?"
_DATE_LINES = [
    re.compile(rf"^{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})\b.{{0,20}}$", re.I),
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b.{{0,20}}$", re.I),
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b.{0,20}$"),
]
_STAMP_NAMES = frozenset((*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS, *WEEKDAY_ABBREVIATIONS))
_STAMP_WORDS = _STAMP_NAMES | frozenset(CLOCK_WORDS)
_STAMP_NUMBER = re.compile(r"^\d[\d.:/-]*(?:st|nd|rd|th|am|pm|h)?$", re.I)  # "18", "2019", "18.11.2019", "10am"
_STAMP_SHARE = 0.75  # a line this much made of a date and a time is a time stamp, whatever else it names
PROSE_WORDS = 20  # a line this long is prose even without a full stop (a truncated paragraph)
SENTENCE_WORDS = 8  # a sentence-shaped line this long is a paragraph of the article's kind
_RUNNING_SHARE = 0.1  # running English has this share of its most frequent words at least; lists of names do not


@dataclass
class Unit:
    """One line (or hard-wrapped paragraph) of the input and cleaning's verdict on it."""

    line: int
    text: str
    keep: bool = True
    reason: str = ""

    def drop(self, reason: str) -> None:
        """Mark this unit as boilerplate, for ``reason``."""
        self.keep, self.reason = False, reason


def words(text: str) -> list[str]:
    """The words of ``text`` (letters and digits, inner apostrophes, dots and hyphens kept)."""
    return WORDS.findall(text)


def is_sentence_shaped(text: str) -> bool:
    """Does this line read as running text (ends like a sentence, or is long prose)?"""
    return bool(TERMINAL.search(text)) or len(words(text)) >= PROSE_WORDS


def is_prose(text: str, found: list[str] | None = None) -> bool:
    """A paragraph of running text: a full sentence of some length, or long lowercase-rich text.

    Truncated teasers ("…"), a headline glued to its summary and strings of names without
    function words (tag lists, menus run together) are not prose, whatever their length.
    ``found`` is the text's words when the caller has them already.
    """
    found = words(text) if found is None else found
    if len(found) < SENTENCE_WORDS or _TRUNCATED.search(text) or glued_headline(text, len(found)):
        return False
    if sum(1 for w in found if w in FREQUENT_WORDS or w.lower() in FREQUENT_WORDS) < _RUNNING_SHARE * len(found):
        return False
    return bool(_FULL_STOP.search(text)) or len(found) >= PROSE_WORDS


def glued_headline(text: str, size: int | None = None) -> bool:
    """A capitalised headline run straight into a sentence, with no space or stop between them."""
    match = _GLUED.search(text[:160])
    if not match or (len(words(text)) if size is None else size) < _GLUED_MIN_WORDS:
        return False
    # Every word of the head counts, short ones too: a title-case head capitalises them, while a
    # sentence's words are mostly lowercase (and a false glue would cost a paragraph of the article).
    return is_title_case(text[: match.start() + 1], min_words=_GLUED_HEAD_WORDS, shortest=1)


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


def is_time_stamp(text: str) -> bool:
    """Is this line mostly a date and a time ("Reuters November 18, 2019 11:03 PM", "Updated 1909 GMT")?

    It names a month or a weekday, it has a number, and three in four of its words belong to a
    date or a time.
    """
    found = [w.lower().rstrip(".") for w in words(text)]
    numbers = sum(1 for w in found if _STAMP_NUMBER.match(w))
    if not numbers or not any(w in _STAMP_NAMES for w in found):
        return False
    return numbers + sum(1 for w in found if w in _STAMP_WORDS) >= _STAMP_SHARE * len(found)


# A wire desk's service notes after a headline: "... resigns over slush fund scandal ATTENTION - RECASTS with
# president's comment ///", "... = (PICTURE) =", "... (ADDS filmmaker's quotes)" (AFP), and the writer's
# byline AFP sets after it ("... biggest ever food recall by Deborah Haynes": "by", then a name of two to four
# words, each capitalised or a surname particle, ending the line, after four words or more); before it, a
# version label ("1stlead:", "Writethru:", "URGENT:", Xinhua). They tell editors what changed or who wrote
# it; they are not the headline.
_DESK_TAIL = re.compile(r"(?:\s+ATTENTION\s*[-\u2013\u2014]+\s.*/{2,}|\s+=\s*\(PICTURE\)\s*="
                        r"|\s+\((?:ADDS|UPDATES|RECASTS|CORRECTS|REPEATS|REFIL\w*|(?i:more\s+added))\b[^()]*\)?)+\s*$")
_BYLINE_TAIL = re.compile(rf"\s+by\s+[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|{alternation(NAME_PARTICLES)})){{0,2}}"
                          r"\s+[A-Z][\w'’-]+$")
_BYLINE_AFTER = 4  # words of headline before a byline at least
# "1st lead: ...", "Writethru: ...", and a desk's story code before a dash ("hke042451-- Philippine Military ...").
_DESK_LABEL = re.compile(r"^(?:(?i:\d+\s*(?:st|nd|rd|th)\s*lead|writethru|urgent|flash|bulletin)\s*:\s+"
                         r"|[a-z]{2,5}\d{4,}\s*-{1,2}\s*)(?=\S)")


def _without_desk_marks(line: str) -> str:
    """``line`` without a wire desk's notes, byline and version label (``_DESK_TAIL``); the same line when
    nothing would be left of it."""
    # Each pattern only after a test for the text any match of it holds ("(" or "ATTENTION", "by", ":" or "-"):
    # most lines hold none, and three searches of every line cost more than the rest of its splitting.
    bare = _DESK_TAIL.sub("", line) if "(" in line or "ATTENTION" in line else line
    byline = _BYLINE_TAIL.search(bare) if "by" in bare else None
    before = bare[:byline.start()] if byline else ""
    if byline and len(before.split()) >= _BYLINE_AFTER and not is_time_stamp(before):
        bare = before  # not under a headline's date ("Monday November 18, 2019 7:45 am PST by Joe Rossignol")
    if ":" in bare or "-" in bare:
        bare = _DESK_LABEL.sub("", bare)
    return bare if bare.strip() else line


def split_units(text: str) -> list[Unit]:
    """Non-empty lines, with hard-wrapped continuation lines joined to the line they continue, a wire
    desk's notes around a headline left out (``_DESK_TAIL``), and a notice in capitals that opens a
    paragraph apart from it (``_notice_end``)."""
    units: list[Unit] = []
    previous_blank = True
    for number, raw in enumerate(text.split("\n"), start=1):
        line = _without_desk_marks(raw.strip())
        if not line:
            previous_blank = True
            continue
        last = units[-1] if units else None
        if last and not previous_blank and not TERMINAL.search(last.text) and line[0].islower():
            last.text = f"{last.text} {line}"
        elif cut := _notice_end(line):
            units.extend([Unit(number, line[:cut].rstrip()), Unit(number, line[cut:])])
        else:
            units.append(Unit(number, line))
        previous_blank = False
    return units


# "... COPYRIGHT 1998 BY WORLDSOURCES, INC. ... WITHOUT ATTRIBUTION TO WORLDSOURCES, INC. JAKARTA (JP): Attorney
# General Soedjono C. Atmonegoro revealed ...": a service's notice, in capitals, run into the article's paragraph.
_NOTICE = re.compile(r"\bCOPYRIGHT\b|©|\bALL RIGHTS RESERVED\b")
_CAPITALS_END = re.compile(r"[.!]\s+(?=[A-Z])")
_NOTICE_WORDS = 40  # a paragraph shorter than this is a notice, or a notice's line, whole
_LOWER_SHARE = 0.1  # capitals: at most this share of the letters in lower case ("Tel:", "Fax:")


def _notice_end(line: str) -> int:
    """Where the article starts in a paragraph that opens with a notice in capitals, at the end of the last
    sentence in capitals after the notice's mark; 0 when it opens with none (or is no more than one)."""
    if all(line.find(word, 0, 600) < 0 for word in ("COPYRIGHT", "©", "ALL RIGHTS RESERVED")):
        return 0  # the pattern's words, looked for first: most paragraphs hold none
    mark = _NOTICE.search(line, 0, 600)
    if mark is None or len(line.split()) < _NOTICE_WORDS:
        return 0
    end = 0
    for boundary in _CAPITALS_END.finditer(line, mark.end()):
        letters = [c for c in line[:boundary.start()] if c.isalpha()]
        if sum(c.islower() for c in letters) > _LOWER_SHARE * len(letters):
            break
        end = boundary.end()
    rest = line[end:]
    return end if end and sum(c.islower() for c in rest) > len(rest) / 3 else 0
