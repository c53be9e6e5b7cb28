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
# "Blog > Nutrition > Meal Plans" is where the page sits, and so is a numbered trail ("1. Home", "2. News", "3. …")
_BREADCRUMB = re.compile(r"[>›»/|].*[>›»/|]|^\d{1,2}\.\s")
_SIGNED_REACH = 60  # lines above the body searched for a headline signed by its byline or date
_SIGNATURE_REACH = 4  # lines with words under a headline where its byline or date stands
_SIGNATURE_SEARCH = 16  # lines under a headline looked at for them (most may be icons)
_SIGNATURE_WORDS = 10
_CREDITED = re.compile(r"^\W*(?:\w+\s+){0,2}[Bb]y\s+[A-Z]")  # "Analysis by Chris Cillizza, CNN Editor-at-large"


def find_headline(units: list[Unit], feats: list[Features], topic: Topic) -> int | None:
    """The article's headline: a headline-shaped line on its subject just above its body.

    Among the lines on the subject, one with its byline or date under it comes first (a list
    of related stories may stand between the headline and the body), then a line printed
    twice (the page's title, then the article's), then a title-case line (a caption above the
    body is written as a sentence), then the nearest; without one on the subject, the nearest
    headline-shaped line. Dates, bylines and furniture between headline and body are passed over.
    """
    body = min((i for i in topic.members if feats[i].prose), default=None)
    if body is None:
        return None
    near = body - _TITLE_REACH
    window = range(max(body - _SIGNED_REACH, 0), body)
    texts = [units[i].text for i in window]
    best: tuple[bool, bool, bool, bool, int] | None = None
    nearest = last_signed = None
    for i in window:
        text, feat = units[i].text.lstrip("#").strip(), feats[i]
        if not units[i].keep or feat.furniture or feat.dated or feat.size < _TITLE_MIN_WORDS or glued_headline(text):
            continue
        if feat.sentence and not _title_case(text) or _BREADCRUMB.search(text) or _SENTENCES.search(text):
            continue  # a sentence is a headline only in title case ("Why the Bridge Matters?"), two never
        signed = _signed(i, units, feats)
        if i < near and not signed:
            continue  # far above the body only a headline with its byline or date under it is one
        nearest = i if i >= near else nearest
        standfirst = signed and last_signed == i - 1  # the line under a signed headline is its summary
        last_signed = i if signed else last_signed
        if topic.overlap(i, feat) >= _TITLE_ON_TOPIC:
            score = (signed, not standfirst, texts.count(units[i].text) > 1, _title_case(text), i)
            best = score if best is None or score[:4] > best[:4] or score[:4] == best[:4] and i > best[4] else best
    if best is None:
        return nearest
    # a headline printed twice: the first copy is the headline, the second a repeat
    return next(j for j in window if units[j].text == units[best[4]].text)


def _signed(i: int, units: list[Unit], feats: list[Features]) -> bool:
    """Does a byline or a date stand just under line ``i``, as under an article's headline?

    A related story's teaser is a headline too, but the page signs and dates only its own article.
    """
    below = [j for j in range(i + 1, min(i + 1 + _SIGNATURE_SEARCH, len(units))) if feats[j].size]
    for j in below[:_SIGNATURE_REACH]:  # lines of icons ("*", "+") are passed over
        feat = feats[j]
        if units[j].reason == "byline" or feat.dated or feat.furniture == "page label":
            return True
        if not feat.sentence and feat.size <= _SIGNATURE_WORDS and _CREDITED.search(units[j].text):
            return True
    return False


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
