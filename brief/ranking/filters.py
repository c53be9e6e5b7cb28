"""Which sentences can be briefing points at all: real sentences with enough words."""

from __future__ import annotations

import re

from brief.model import Sentence

MIN_WORDS = 8

# A sentence ends in . ! ? (optionally followed by closing quotes/brackets); headlines,
# captions, bylines and datelines usually do not.
_TERMINAL = re.compile(r"""[.!?…]["'”’»)\]]*$""")
_CAPITALISED = re.compile(r"^[A-Z0-9]")
_DATELINE = re.compile(r"^\s*(?:\d{1,2}\s+\w+,?\s+\d{4}|\w+\s+\d{1,2},?\s+\d{4})\s*$")


# Openings that need the previous sentence to make sense ("He said ...", "But ...").
_DANGLING = frozenset(
    "he she it they this these those his her its their him them but and or so also however yet".split()
)
_QUOTES = "\"'`“”‘’«»"


def word_count(text: str) -> int:
    """Words as length limits count them: whitespace-separated tokens."""
    return len(text.split())


def is_headline(text: str) -> bool:
    """True for title-case lines ("Damascus Rejects U.S. Demand ..."): most words capitalised."""
    toks = [t for t in text.split() if t[:1].isalpha() and len(t) > 3]
    if len(toks) < 3:
        return False
    caps = sum(1 for t in toks if _CAPITALISED.match(t))
    return caps / len(toks) > 0.7


def is_candidate(sentence: Sentence, min_words: int | None = None) -> bool:
    """Whether ``sentence`` may be chosen: long enough, ends like a sentence, stands on its own.

    Rejects headlines, captions and datelines, bare quotations, and sentences opening with
    a pronoun or conjunction that needs the previous sentence.
    """
    text = sentence.text.strip()
    if word_count(text) < (MIN_WORDS if min_words is None else min_words):
        return False
    if not _TERMINAL.search(text) or _DATELINE.match(text):
        return False
    if text.split()[0].strip(_QUOTES + ",").lower() in _DANGLING:
        return False
    # A bare quotation does not say who is speaking; its attributed neighbour is the point.
    if text[0] in _QUOTES and text.rstrip(".!?)]")[-1:] in _QUOTES:
        return False
    return not is_headline(text)
