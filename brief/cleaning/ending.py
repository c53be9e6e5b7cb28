"""Where the article ends: what only follows an article, and trailing blocks apart from it.

A comment thread's heading ends the article, and so does the author's bio when little prose
follows it. Past the last of the article's lines, blocks that stand apart (after a run of lines
weighing against the article) and share neither its names nor half its words are the
publisher's footer, related stories or a disclaimer.
"""

from __future__ import annotations

import re

from brief.cleaning.furniture import is_comments_heading
from brief.cleaning.lines import Unit
from brief.cleaning.topic import Features, Topic
from brief.cleaning.weights import topic_weight
from brief.english import PUBLISHER_WORDS, READER_WORDS, alternation

_FOOTER_SHARE = 0.5
_FAR_GAP = 6  # this many lines against the article in a row (a footer's menus) set what follows apart
_END_MARKERS = {"author bio"}
_TAIL_SHARE = 0.34  # prose after an end marker, against the prose before it, for the marker to end the article
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w/&-]+")
_READER = re.compile(rf"\b{alternation((*READER_WORDS, *PUBLISHER_WORDS))}\b", re.I)


def _names(text: str) -> set[str]:
    """Capitalised words that do not start a sentence: the names a paragraph mentions."""
    return set(_NAME.findall(text))


def _continues(i: int, text: str, feat: Features, topic: Topic, names: set[str]) -> bool:
    """Does a line after a gap continue the article: a list item on its subject, or a paragraph
    naming what it names or sharing half its words? (A publisher's footer shares a few common words.)"""
    if not feat.prose:
        return topic.near(i, feat)
    return bool(_names(text) & names) or topic.overlap(i, feat) >= _FOOTER_SHARE


def _cut_at_end_marker(units: list[Unit], feats: list[Features], span: tuple[int, int]) -> tuple[int, int]:
    """End the article at what only follows an article: a comment thread's heading, or (with
    little prose after it) the author's bio."""
    first, last = span
    prose = [feats[i].size if feats[i].prose else 0 for i in range(first, last + 1)]
    before, after = 0, sum(prose)
    for i in range(first, last + 1):
        after -= prose[i - first]
        if before and is_comments_heading(units[i].text, feats[i].furniture):
            return first, i - 1
        if before and feats[i].furniture in _END_MARKERS and after < _TAIL_SHARE * before:
            return first, i - 1
        before += prose[i - first]
    return first, last


def article_end(units: list[Unit], feats: list[Features], span: tuple[int, int], topic: Topic) -> tuple[int, int]:
    """The span without what follows the article: after an end marker, and trailing blocks that
    share nothing with the article and stand apart from it.

    Only a block smaller than what stays is left off: the article is the larger part. A small
    block beyond a long run of such lines (a footer's menus and sign-up boxes) is left off even
    when it names what the article names (a disclaimer naming the site's products).

    A block stands apart after two or more lines that weigh against the article (a label and
    a caption, a heading and a prompt), or after one when it addresses the reader as
    furniture does.
    """
    first, last = _cut_at_end_marker(units, feats, span)
    weights = {j: topic_weight(j, feats[j], topic) for j in range(first, last + 1)}
    while last > first:
        found = _last_block(weights, first, last)
        if found is None:
            break
        gap_start, block_start = found
        block, gap = range(block_start, last + 1), block_start - gap_start
        kept = range(first, gap_start)
        kept_prose = sum(feats[j].size for j in kept if feats[j].prose)
        block_prose = sum(feats[j].size for j in block if feats[j].prose)
        kept_text = sum(feats[j].size for j in kept if not feats[j].furniture)
        far = gap >= _FAR_GAP and block_prose < kept_text / 3
        names = set().union(*(_names(units[j].text) for j in kept))
        if not far and any(_continues(j, units[j].text, feats[j], topic, names) for j in block):
            break
        apart = gap >= 2 or any(_READER.search(units[j].text) for j in block)
        if not apart or block_prose >= kept_prose:
            break
        last = gap_start - 1
    return first, last


def _last_block(weights: dict[int, float], first: int, last: int) -> tuple[int, int] | None:
    """(start of the last run of lines weighing against the article, start of the block after it)."""
    block_start = last + 1
    while block_start - 1 > first and weights[block_start - 1] >= 0:
        block_start -= 1
    if block_start > last or weights[block_start - 1] >= 0:
        return None
    gap_start = block_start - 1
    while gap_start - 1 >= first and weights[gap_start - 1] < 0:
        gap_start -= 1
    return gap_start, block_start
