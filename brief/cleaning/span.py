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

from brief.cleaning.furniture import furniture, is_comments_heading
from brief.cleaning.lines import TERMINAL, Unit, glued_headline, is_prose, parse_date_line, words
from brief.cleaning.topic import Features, Topic, vocabulary

_FURNITURE_WEIGHT = 3
_SHORT_WEIGHT = 2
_ITEM_WORDS = 3  # an on-subject line this long counts for the article (shorter ones are menu-like)
_LABEL_WORDS = 5  # a sentence-shaped line shorter than this is a label or prompt unless on the subject
_LONG_PARAGRAPH = 15  # a paragraph this long that shares nothing with the article is about something else
_TITLE_MIN_WORDS = 4
_TITLE_REACH = 12  # lines above the article's first paragraph searched for its headline
_TITLE_ON_TOPIC = 0.3
_FOOTER_SHARE = 0.5
_FAR_GAP = 6  # this many lines against the article in a row (a footer's menus) set what follows apart
_END_MARKERS = {"author bio"}
_TAIL_SHARE = 0.34  # prose after an end marker, against the prose before it, for the marker to end the article
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w/&-]+")
_BREADCRUMB = re.compile(r"[>›»/|].*[>›»/|]")  # "Blog > Nutrition > Meal Plans" is where the page sits
_READER = re.compile(r"\b(?:you|your|our|we|us)\b", re.I)


def features(unit: Unit) -> Features:
    """Shape, furniture kind and vocabulary of one unit."""
    found = words(unit.text.lower())  # lowercase once: shape and vocabulary need no case
    prose = is_prose(unit.text, found)
    return Features(len(found), prose, prose or bool(TERMINAL.search(unit.text)),
                    furniture(unit.text, len(found)), vocabulary(unit.text, found),
                    dated=not prose and parse_date_line(unit.text) is not None)


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


def _furniture_weight(feat: Features) -> float:
    return -_FURNITURE_WEIGHT


def _shape_weight(feat: Features) -> float:
    if feat.furniture:
        return _furniture_weight(feat)
    if feat.prose:
        return float(feat.size)
    return 1.0 if feat.sentence else -_SHORT_WEIGHT


def _topic_weight(i: int, feat: Features, topic: Topic) -> float:
    if feat.furniture:
        return _furniture_weight(feat)
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


def _trim_tail(units: list[Unit], feats: list[Features], span: tuple[int, int], topic: Topic) -> tuple[int, int]:
    """Leave off trailing blocks that share nothing with the article and stand apart from it.

    Only a block smaller than what stays is left off: the article is the larger part. A small
    block beyond a long run of such lines (a footer's menus and sign-up boxes) is left off even
    when it names what the article names (a disclaimer naming the site's products).

    A block stands apart after two or more lines that weigh against the article (a label and
    a caption, a heading and a prompt), or after one when it addresses the reader as
    furniture does.
    """
    first, last = _cut_at_end_marker(units, feats, span)
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
        names = set().union(*(_names(units[j].text) for j in range(first, gap_start)))
        kept_text = sum(feats[j].size for j in range(first, gap_start) if not feats[j].furniture)
        far = gap_end - gap_start + 1 >= _FAR_GAP and block_words < kept_text / 3
        if not far and any(_continues(j, units[j].text, feats[j], topic, names) for j in block):
            break
        if not apart or block_words >= kept_words:
            break
        last = gap_start - 1
    return first, last


def _headline(units: list[Unit], feats: list[Features], topic: Topic) -> int | None:
    """The article's headline: a headline-shaped line on its subject just above its body.

    Among the lines on the subject, a line printed twice (the page's title, then the
    article's) comes first, then a title-case line (a caption above the body is written as a
    sentence), then the nearest; without one on the subject, the nearest headline-shaped
    line. Dates, bylines and furniture between headline and body are passed over.
    """
    body = min((i for i in topic.members if feats[i].prose), default=None)
    if body is None:
        return None
    window = range(max(body - _TITLE_REACH, 0), body)
    texts = [units[i].text for i in window]
    best: tuple[bool, bool, int] | None = None
    nearest = None
    for i in window:
        text, feat = units[i].text.lstrip("#").strip(), feats[i]
        if not units[i].keep or feat.furniture or feat.size < _TITLE_MIN_WORDS or glued_headline(text):
            continue
        if feat.prose and not _title_case(text) or _BREADCRUMB.search(text):
            continue
        nearest = i
        if topic.overlap(i, feat) >= _TITLE_ON_TOPIC:
            score = (texts.count(units[i].text) > 1, _title_case(text), i)
            best = score if best is None or score[:2] > best[:2] or score[:2] == best[:2] and i > best[2] else best
    if best is None:
        return nearest
    # a headline printed twice: the first copy is the headline, the second a repeat
    return next(j for j in window if units[j].text == units[best[2]].text)


def _title_case(text: str) -> bool:
    found = [w for w in words(text) if len(w) > 3]
    return bool(found) and sum(1 for w in found if w[0].isupper()) >= 0.7 * len(found)


def article_span(units: list[Unit], feats: list[Features]) -> tuple[tuple[int, int] | None, Topic, int | None]:
    """The article's run of units (first, last index), its vocabulary, and its headline's index.

    The article starts after its headline when there is one: what is above is navigation.
    """
    topic = Topic(feats, best_run([_shape_weight(f) for f in feats]))
    headline = _headline(units, feats, topic)
    start = headline + 1 if headline is not None else 0
    span = best_run([_topic_weight(i, f, topic) for i, f in enumerate(feats) if i >= start])
    if span is None:
        return None, topic, headline
    span = (span[0] + start, span[1] + start)
    return _trim_tail(units, feats, span, topic), topic, headline
