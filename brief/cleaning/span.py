"""Where the article is in copied page text: the run of lines that is most article-like.

A page's visible text is navigation, then a headline, the article, and whatever follows an
article (sign-up prompts, related stories, comments, the footer). Each line weighs for or
against being article text (``weights``); the article is the contiguous run with the greatest
total weight (the maximum-sum subarray), found twice: once by shape alone, to learn what the
article is about (``topic``) and where its headline is, then, below the headline,
with that subject known. What follows the article is then left off (``ending``).
"""

from __future__ import annotations

import re

from brief.cleaning.ending import article_end
from brief.cleaning.lines import Unit, glued_headline
from brief.cleaning.topic import Features, Topic
from brief.cleaning.weights import best_run, shape_weight, topic_weight
from brief.english import is_title_case

_TITLE_MIN_WORDS = 4
_TITLE_REACH = 12  # lines above the article's first paragraph searched for its headline
_TITLE_ON_TOPIC = 0.3
_TITLE_SHARE = 0.7  # see _title_case
_SENTENCES = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")  # "Turn the knob. Walk in." is two sentences, not a headline
_BREADCRUMB = re.compile(r"[>›»/|].*[>›»/|]")  # "Blog > Nutrition > Meal Plans" is where the page sits


def find_headline(units: list[Unit], feats: list[Features], topic: Topic) -> int | None:
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
        if feat.sentence and not _title_case(text) or _BREADCRUMB.search(text) or _SENTENCES.search(text):
            continue  # a sentence is a headline only in title case ("Why the Bridge Matters?"), two never
        nearest = i
        if topic.overlap(i, feat) >= _TITLE_ON_TOPIC:
            score = (texts.count(units[i].text) > 1, _title_case(text), i)
            best = score if best is None or score[:2] > best[:2] or score[:2] == best[:2] and i > best[2] else best
    if best is None:
        return nearest
    # a headline printed twice: the first copy is the headline, the second a repeat
    return next(j for j in window if units[j].text == units[best[2]].text)


def _title_case(text: str) -> bool:
    # Looser than is_title_case's defaults, and measured so on the development pages: the line
    # already has _TITLE_MIN_WORDS words and sits just above the body, so one long word is enough
    # ("Bridge Reopens Today"), and seven in ten capitalised (at eight in ten a BBC page's caption,
    # "Media caption Who is Julian Assange?", is no longer taken for its headline and stays in).
    return is_title_case(text, min_words=1, share=_TITLE_SHARE)


def article_span(units: list[Unit], feats: list[Features]) -> tuple[tuple[int, int] | None, Topic, int | None]:
    """The article's run of units (first, last index), its vocabulary, and its headline's index.

    The article starts after its headline when there is one: what is above is navigation.
    """
    topic = Topic(feats, best_run([shape_weight(f) for f in feats]))
    headline = find_headline(units, feats, topic)
    start = headline + 1 if headline is not None else 0
    span = best_run([topic_weight(i, f, topic) for i, f in enumerate(feats) if i >= start])
    if span is None:
        return None, topic, headline
    span = (span[0] + start, span[1] + start)
    return article_end(units, feats, span, topic), topic, headline
