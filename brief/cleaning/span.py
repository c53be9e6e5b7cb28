"""Where the article is in copied page text: the run of lines that is most article-like.

A page's visible text is navigation, then a headline, the article, and whatever follows an
article (sign-up prompts, related stories, comments, the footer). Each line weighs for or
against being article text: paragraphs of running text weigh their length, short lines and
site furniture weigh against, and lines that share the article's vocabulary (a list item, a
subheading, a short line that continues the article's own content) weigh slightly for. The
article is the contiguous run with the greatest total weight (the maximum-sum subarray), found
twice: once by shape alone, to learn what the article is about, then with that subject known.
A comment thread's heading inside the run ends it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from brief.cleaning.furniture import furniture, is_comments_heading
from brief.cleaning.lines import Unit, is_prose, is_sentence_shaped, words

# English function words of four letters or more (shorter words are never content words here).
_STOP = frozenset("""that this with from have were will would their they them there then than been which
also after more said says about when what your into just only some such very over most other these those
while where being does could should make made like because before between""".split())
_ON_TOPIC = 0.3  # share of a short line's words that must be the article's for it to continue the article
_PROSE_ON_TOPIC = 0.15  # the same for a paragraph (paragraphs bring new words; they need fewer shared)
_MIN_PARAGRAPHS = 3
_HEADLINE_REACH = 4  # lines above the article searched for its headline's words
_FURNITURE_WEIGHT = 4
_LABEL_WORDS = 5  # a sentence-shaped line shorter than this is a label or prompt unless on the subject
_READER = re.compile(r"\b(?:you|your|our|we|us)\b", re.I)
_SHORT_WEIGHT = 2
_ITEM_WORDS = 3  # an on-subject line this long counts for the article (shorter ones are menu-like)


@dataclass(frozen=True)
class Features:
    """What the span search reads of one unit."""

    size: int
    prose: bool
    sentence: bool
    furniture: str | None
    vocabulary: frozenset[str]


def vocabulary(text: str) -> frozenset[str]:
    """The content words of ``text``, casefolded (no function words, nothing under four letters)."""
    return frozenset(w for w in (w.casefold() for w in words(text)) if len(w) > 3 and w not in _STOP)


def features(unit: Unit) -> Features:
    """Shape, furniture kind and vocabulary of one unit."""
    return Features(len(words(unit.text)), is_prose(unit.text), is_sentence_shaped(unit.text),
                    furniture(unit.text), vocabulary(unit.text))


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


class Topic:
    """The article's vocabulary: the words of the rough run's sentences and of the headline above it.

    A unit is measured against the others: its own words count only when another line shares
    them, so a paragraph of the article is on its subject because the rest of it speaks of
    the same things, and a footer is off it because nothing else does.
    """

    def __init__(self, feats: list[Features], span: tuple[int, int] | None) -> None:
        first, last = span if span is not None else (0, len(feats) - 1)
        self.members = {i for i in range(first, last + 1) if feats[i].sentence and not feats[i].furniture}
        self.members |= {i for i in range(max(first - _HEADLINE_REACH, 0), first)
                         if not feats[i].sentence and not feats[i].furniture and feats[i].size >= 4}
        self.counts = Counter(w for i in self.members for w in feats[i].vocabulary)
        # with under three paragraphs there is too little text to learn a subject from
        self.judged = sum(1 for f in feats if f.prose) >= _MIN_PARAGRAPHS

    def overlap(self, i: int, feat: Features) -> float:
        """The share of unit ``i``'s content words that some other line of the article also uses."""
        if not feat.vocabulary:
            return 0.0
        own = 1 if i in self.members else 0
        return sum(1 for w in feat.vocabulary if self.counts[w] - own >= 1) / len(feat.vocabulary)

    def near(self, i: int, feat: Features) -> bool:
        """Does unit ``i`` continue the article's own content (shares enough of its vocabulary)?"""
        if not self.judged:
            return feat.sentence
        return self.overlap(i, feat) >= (_PROSE_ON_TOPIC if feat.prose else _ON_TOPIC)


def _furniture_weight(feat: Features) -> float:
    return -(_FURNITURE_WEIGHT + feat.size / 2)


def _shape_weight(feat: Features) -> float:
    if feat.furniture:
        return _furniture_weight(feat)
    if feat.prose:
        return float(feat.size)
    return 1.0 if feat.sentence else -_SHORT_WEIGHT


def _topic_weight(i: int, feat: Features, topic: Topic) -> float:
    if feat.furniture:
        return _furniture_weight(feat)
    if feat.prose:
        return float(feat.size)
    near = topic.near(i, feat)
    if feat.sentence:
        return max(1.0, feat.size / 2) if near else (0.5 if feat.size >= _LABEL_WORDS else -1.0)
    if not near:
        return -_SHORT_WEIGHT
    return 1.0 if feat.size >= _ITEM_WORDS else 0.0


def _trim_tail(units: list[Unit], feats: list[Features], span: tuple[int, int], topic: Topic) -> tuple[int, int]:
    """Leave off trailing blocks that share nothing with the article and stand apart from it.

    Only a block smaller than what stays is left off: the article is the larger part.

    A block stands apart after two or more lines that weigh against the article (a label and
    a caption, a heading and a prompt), or after one when it addresses the reader as
    furniture does; a comment thread's heading ends the article outright.
    """
    first, last = span
    seen_prose = False
    for i in range(first, last + 1):
        if seen_prose and is_comments_heading(units[i].text):
            last = i - 1
            break
        seen_prose = seen_prose or feats[i].prose
    while last > first:
        weights = [_topic_weight(j, feats[j], topic) for j in range(first, last + 1)]
        block_start = next((first + j + 1 for j in range(len(weights) - 1, -1, -1) if weights[j] < 0), None)
        if block_start is None or block_start > last:
            break
        gap_end = block_start - 1
        gap_start = gap_end
        while gap_start - 1 >= first and weights[gap_start - 1 - first] < 0:
            gap_start -= 1
        block = range(block_start, last + 1)
        apart = gap_end - gap_start + 1 >= 2 or any(_READER.search(units[j].text) for j in block)
        kept_words = sum(feats[j].size for j in range(first, gap_start) if feats[j].prose)
        block_words = sum(feats[j].size for j in block if feats[j].prose)
        if any(topic.near(j, feats[j]) for j in block) or not apart or block_words >= kept_words:
            break
        last = gap_start - 1
    return first, last


def article_span(units: list[Unit], feats: list[Features]) -> tuple[tuple[int, int] | None, Topic]:
    """The article's run of units (first, last index) and its vocabulary."""
    topic = Topic(feats, best_run([_shape_weight(f) for f in feats]))
    span = best_run([_topic_weight(i, f, topic) for i, f in enumerate(feats)])
    if span is None:
        return None, topic
    return _trim_tail(units, feats, span, topic), topic
