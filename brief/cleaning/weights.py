"""How much each line weighs for or against being article text.

Paragraphs of running text weigh their length; short lines, dates and site furniture weigh
against; lines that share the article's vocabulary (a list item, a subheading, a short line
that continues the article's own content) weigh slightly for, and a paragraph off the subject
weighs less than its length. The article is the run of lines with the greatest total weight.
"""

from __future__ import annotations

from brief.cleaning.furniture import furniture
from brief.cleaning.lines import TERMINAL, Unit, is_prose, is_time_stamp, parse_date_line, words
from brief.cleaning.topic import Features, Topic, vocabulary

_FURNITURE_WEIGHT = 3
_SHORT_WEIGHT = 2
_ITEM_WORDS = 3  # an on-subject line this long counts for the article (shorter ones are menu-like)
_LABEL_WORDS = 5  # a sentence-shaped line shorter than this is a label or prompt unless on the subject
_LONG_PARAGRAPH = 15  # a paragraph this long that shares nothing with the article is about something else


def features(unit: Unit) -> Features:
    """Shape, furniture kind and vocabulary of one unit."""
    found = words(unit.text.lower())  # lowercase once: shape and vocabulary need no case
    prose = is_prose(unit.text, found)
    return Features(len(found), prose, prose or bool(TERMINAL.search(unit.text)),
                    furniture(unit.text, len(found)), vocabulary(unit.text, found),
                    dated=not prose and (parse_date_line(unit.text) is not None or is_time_stamp(unit.text)))


def best_run(weights: list[float]) -> tuple[int, int] | None:
    """The (first, last) indices of the contiguous run with the greatest positive sum, or None."""
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, weight in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += weight
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def shape_weight(feat: Features) -> float:
    """How much a line weighs for being article text, by its shape alone."""
    if feat.furniture:
        return -_FURNITURE_WEIGHT
    if feat.prose:
        return float(feat.size)
    return 1.0 if feat.sentence else -_SHORT_WEIGHT


def topic_weight(i: int, feat: Features, topic: Topic) -> float:
    """How much line ``i`` weighs for being article text, its shape and the article's subject known."""
    if feat.furniture:
        return -_FURNITURE_WEIGHT
    if feat.dated:
        return -_SHORT_WEIGHT
    near = topic.near(i, feat)
    if feat.prose:
        if near:
            return float(feat.size)
        return feat.size / 2 if feat.size < _LONG_PARAGRAPH else feat.size / 4
    if feat.sentence:
        return max(1.0, feat.size / 2) if near else (0.5 if feat.size >= _LABEL_WORDS else -1.0)
    if not near:
        return -_SHORT_WEIGHT
    return 1.0 if feat.size >= _ITEM_WORDS else 0.0
