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
from brief.sentences import dateline_length

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
_BYLINE_REACH = 3  # lines with words under a byline where the author's name and outlet stand
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CREDITED = re.compile(r"^\W*(?:\w+\s+){0,2}[Bb]y\s+[A-Z]")  # "Analysis by Chris Cillizza, CNN Editor-at-large"
# A wire desk's line above a story, not its headline: a slug ("bc-grizzly", "NYTR-LKL-VIOX"), an advisory
# ("URGENT", "ADVANCE FOR SUNDAY, SEPT. 4", "EMBARGOED ..."), a bulletin's name ("AP Top News at 6 p.m. EST").
# An agency's byline credit, often cut short in wire copy ("*Associated Press Write", "AP Science Writer").
_DESK_LINE = re.compile(r"^(?:[\w.]+(?:-[\w.]+)+|URGENT\b.*|(?:ADVANCE|EMBARGOED|FOR RELEASE|HOLD FOR)\b.*"
                        r"|AP Top News\b.*"
                        r"|\W*(?:The\s+)?(?:Associated\s+Press|AP|Reuters|AFP|Agence\s+France-Presse)"
                        r"(?:\s+[A-Z][a-z]+){0,2}\s+(?:Write|Writer|Writers|Correspondent|Staff)\b\W*)$")


def find_headline(units: list[Unit], feats: list[Features], topic: Topic) -> int | None:
    """The article's headline: a headline-shaped line on its subject just above its body.

    Among the lines on the subject, one with its byline or date under it comes first (a list
    of related stories may stand between the headline and the body), then one with its byline
    or date right under it (a menu item a few lines above is not), then a line printed twice
    (the page's title, then the article's), then a title-case line (a caption above the body
    is written as a sentence), then the nearest; without one on the subject, the nearest
    headline-shaped line. Dates, bylines and furniture between headline and body are passed
    over, and so are the lines just under a byline (the author's outlet, "Follow ... on
    Twitter"); a line of two or three words is a headline only with its byline right under it.
    """
    body = min((i for i in topic.members if feats[i].prose), default=None)
    if body is None:
        return None
    near = body - _TITLE_REACH
    window = range(max(body - _SIGNED_REACH, 0), body)
    texts = [units[i].text for i in window]
    best: tuple[bool, bool, bool, bool, bool, int] | None = None
    nearest = last_signed = None
    for i in window:
        text, feat = units[i].text.lstrip("#").strip(), feats[i]
        opens = feat.size > 1 and _opens_text(i, body, feats)
        short = feat.size < _TITLE_MIN_WORDS and not (opens or feat.size and _byline_under(i, units, feats))
        if not units[i].keep or feat.furniture or feat.dated or short or glued_headline(text):
            continue
        if _DESK_LINE.match(text) or text.endswith(":"):
            continue  # a desk's line; a label for what follows ("Timeline for EgyptAir Flight 990:")
        if _under_byline(i, units, feats):
            continue  # the author's outlet or a "Follow ... on Twitter" link, not the headline above them
        if feat.sentence and not _title_case(text) or _BREADCRUMB.search(text) or _two_sentences(text) and not opens:
            continue  # a sentence is a headline only in title case ("Why the Bridge Matters?"), two in strict one
        if feat.sentence and dateline_length(text):
            continue  # "LOS ANGELES _ Sandy Darby is furious.": a wire story's first paragraph
        signed = _signed(i, units, feats)
        if i < near and not signed:
            continue  # far above the body only a headline with its byline or date under it is one
        nearest = i if i >= near else nearest
        standfirst = signed and last_signed == i - 1  # the line under a signed headline is its summary
        last_signed = i if signed else last_signed
        if topic.overlap(i, feat) >= _TITLE_ON_TOPIC:
            direct = signed and _signed(i, units, feats, reach=1)
            score = (signed, not standfirst, direct, texts.count(units[i].text) > 1, _title_case(text), i)
            best = score if best is None or score[:5] > best[:5] or score[:5] == best[:5] and i > best[5] else best
    if best is None:
        return nearest
    # a headline printed twice: the first copy is the headline, the second a repeat
    return next(j for j in window if units[j].text == units[best[5]].text)


def _signed(i: int, units: list[Unit], feats: list[Features], reach: int = _SIGNATURE_REACH) -> bool:
    """Does a byline or a date stand just under line ``i``, as under an article's headline?

    A related story's teaser is a headline too, but the page signs and dates only its own article.
    """
    for j in _worded_below(i, feats)[:reach]:  # lines of icons ("*", "+") are passed over
        feat = feats[j]
        if units[j].reason == "byline" or feat.dated or feat.furniture == "page label":
            return True
        if _CREDITED.search(units[j].text) and _YEAR.search(units[j].text):
            return True  # "By Jane Doe on Monday, November 18th, 2019 at 11:04 a.m."
        if not feat.sentence and feat.size <= _SIGNATURE_WORDS and _CREDITED.search(units[j].text):
            return True
    return False


def _worded_below(i: int, feats: list[Features]) -> list[int]:
    """The lines with words among the ``_SIGNATURE_SEARCH`` lines under line ``i``."""
    return [j for j in range(i + 1, min(i + 1 + _SIGNATURE_SEARCH, len(feats))) if feats[j].size]


def _opens_text(i: int, body: int, feats: list[Features]) -> bool:
    """Is line ``i`` the text's first line with words, right above its body? A copied article's
    headline, however short ("Walking Off Parkinson's"): a page's menu items stand above it."""
    return not any(feats[j].size for j in range(i)) and _worded_below(i, feats)[:1] == [body]


def _is_byline(unit: Unit) -> bool:
    """A byline, or the bare "By" a page prints above its author's name."""
    return unit.reason == "byline" or unit.text.strip().casefold() == "by"


def _byline_under(i: int, units: list[Unit], feats: list[Features]) -> bool:
    """Is the next line with words a byline? Then a short line ("The Impeachment Clock") is a headline."""
    below = _worded_below(i, feats)[:1]
    return bool(below) and _is_byline(units[below[0]])


def _under_byline(i: int, units: list[Unit], feats: list[Features]) -> bool:
    """Does a byline stand among the lines with words just above line ``i``?"""
    above = [j for j in range(max(i - _SIGNATURE_SEARCH, 0), i) if feats[j].size][-_BYLINE_REACH:]
    return any(_is_byline(units[j]) for j in above)


def _two_sentences(text: str) -> bool:
    """Two sentences are a paragraph ("Turn the knob. Walk in."), unless every word is capitalised
    as a headline's ("Stock Is Falling After Its Earnings Release. Why You Shouldn't Worry.")."""
    return bool(_SENTENCES.search(text)) and not is_title_case(text, share=1.0)


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
