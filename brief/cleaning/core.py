"""Cleaning one article's text: find the article among the page's furniture, keep what was dropped.

The rules are general, not lists of known strings:
- a line with no words, one that only states a date, and a byline are not article text;
- site furniture (cookie notices, sharing buttons, sign-up forms, comment threads, captions
  and credits, copyright lines, author bios) is recognised by its wording (``furniture``);
- the article is the most article-like run of lines (``span``): what comes before it is
  navigation and the headline (the title), what comes after it is what follows an article;
- inside it, a short line that shares nothing with the article's subject is a caption, credit
  or label, and a paragraph printed twice (a pull quote) is kept once; list items,
  subheadings and short lines about the article's subject stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from brief.cleaning.furniture import is_photo_credit, slideshow_captions
from brief.cleaning.lines import LETTER, TERMINAL, Unit, is_sentence_shaped, parse_date_line, split_units, words
from brief.cleaning.outlet import outlet
from brief.cleaning.span import article_span
from brief.cleaning.topic import Features, Topic
from brief.cleaning.weights import features
from brief.cleaning.wire import has_codes, wire_reason, without_codes
from brief.english import WIRE_SERVICES, alternation, is_title_case
from brief.model import DroppedLine
from brief.safety import strip_controls
from brief.sentences import dateline_length

_TITLE_REACH = 3  # lines at the top of extracted text where the page's title may stand
_CAPTION_WORDS = 60
_WIDGET_WORDS = 25
_LABEL_WORDS = 5  # a line shorter than this ending in a colon, off the subject, is a label
_BYLINE = re.compile(r"^by\s+[A-Z][\w.'-]*(?:\s+\S+){0,8}$", re.I)
_YOU = re.compile(r"\b(?:you|your)\b", re.I)


@dataclass(frozen=True)
class Cleaned:
    """An article's text with boilerplate removed, plus what cleaning learned and dropped."""

    title: str
    text: str
    outlet: str | None
    date: str | None
    dropped: tuple[DroppedLine, ...]
    headline: str | None = None  # the article's own headline, when the text carried one (``title`` is then it)
    # A digest's items (``_digest_items``): each one's headline, the paragraph of ``text`` it opens on, its line.
    items: tuple[tuple[str, int, int], ...] = ()


def _fixed_reason(unit: Unit, feat: Features, coded: bool) -> str | None:
    """The reason to drop a unit wherever it stands (no words, a date, a byline, furniture, the wire's notes)."""
    if not LETTER.search(unit.text):
        return "no words"
    if wire := wire_reason(unit.text, coded):
        return wire
    if parse_date_line(unit.text) is not None or feat.dated:
        return "date line"
    if _BYLINE.match(unit.text) and not is_sentence_shaped(unit.text):
        return "byline"
    return feat.furniture


def _context_reason(i: int, units: list[Unit], feats: list[Features]) -> str | None:
    """Evidence from the neighbours: a line above a bare photo credit is its caption; a short
    line between two pieces of furniture, not a sentence or speaking to the reader, is part of
    the same widget (a sign-up box's blurb)."""
    after = feats[i + 1] if i + 1 < len(feats) else None
    before = feats[i - 1] if i > 0 else None
    if after and is_photo_credit(units[i + 1].text, after.size) and feats[i].size <= _CAPTION_WORDS:
        return "caption (above its photo credit)"
    widget_like = not feats[i].sentence or bool(_YOU.search(units[i].text))
    if before and after and before.furniture and after.furniture and feats[i].size <= _WIDGET_WORDS and widget_like:
        return "between site furniture (part of the same box)"
    return None


def _inside_reason(i: int, units_text: str, feat: Features, topic: Topic, repeated: bool) -> str | None:
    """Inside the article: a pull quote printed twice, a caption or label off its subject.

    A short sentence off the subject stays ("The problem is enforcement."): articles have them.
    """
    near = topic.near(i, feat)
    if repeated and (feat.prose or not near):
        return "repeated line"
    if near:
        return None
    if not feat.sentence:
        return "not a sentence (caption, credit or label)"
    if feat.size < _LABEL_WORDS and units_text.rstrip().endswith(":"):
        return "label (a short line ending in a colon, off the article's subject)"
    return None


# Lines that, dropped, may head a digest's item: the first one is the text's headline, the others are not sentences.
_ITEM_HEADS = frozenset({"headline (used as title)", "not a sentence (caption, credit or label)"})
DIGEST_ITEMS = 3  # a text of this many stories or more, each under its own headline, is a digest
_ITEM_WORDS = 15  # an item's headline is a line of at most this many words, in title case or capitals


# A table set as text: each row a line of cells between " ... " ("Oysters ... Tenfold increase by 2010 ... Harvests
# declining sharply"), under a row of the columns' names.
_CELL = " ... "
TABLE_ROWS = 3  # this many lines in a row with as many cells, three or more each, are a table


def _drop_tables(units: list[Unit]) -> None:
    """Drop the rows of a table set as text: ``TABLE_ROWS`` lines or more in a row, each of as many cells (three or
    more, between " ... "). Its cells are no sentences ("Behind schedule; pollution continues ..."), and a quotation
    that leaves words out ("We will fight ... we will win") is one line, not a run of them."""
    cells = [unit.text.count(_CELL) + 1 if _CELL in unit.text else 0 for unit in units]
    start = 0
    while start < len(units):
        end = start
        while end < len(units) and cells[end] >= 3 and cells[end] == cells[start]:
            end += 1
        if end - start >= TABLE_ROWS:
            for unit in units[start:end]:
                if unit.keep:
                    unit.drop("a table's row (not a sentence)")
        start = max(end, start + 1)


# A news service's budget, the stories it will move for its clients, one paragraph each, opening on the story's
# slug and place: "COLO-SCHOOL-SHOOTING (Littleton, Colo.) _ The governor of Colorado tours ... By Sam Howe Verhovek.",
# "POLYGAMIST (Colorado City, Ariz.) - School opens in Colorado City. ..."
# (Not "WASHINGTON (AP) - ..." nor "BONN (xinhua) -- ...": an agency's credit, in any case, is a dateline, as
# ``brief.inputs.versions.credit`` reads it.)
_BUDGET_ITEM = re.compile(rf"^[A-Z0-9]{{2,}}(?:-[A-Z0-9.]+)*\s+\((?!(?i:{alternation(WIRE_SERVICES)})\))[^()]{{1,40}}\)"
                          r"\s+(?:_|-|--|—|–|\{ndash\})\s")
# Cox's budgets for the Times service's clients set the place between underscores, or no place: "CUBA-ELIAN _ MIAMI _
# ...", "IMF _ WASHINGTON _ ...", "ESTATE-TAX _ Efforts to end ..." (a slug of two words or more; a story's own
# dateline, "WASHINGTON _ The bill _ which ...", is one word and a sentence, and "WINSTON-SALEM _ ..." opens one
# paragraph, not two).
_BUDGET_LINE = re.compile(r"^[A-Z0-9]{2,}(?:-[A-Z0-9.]+)+\s*_\s"
                          r"|^[A-Z0-9]{2,}\s+_\s+[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
                          r"(?:,\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2})?,?\s+_\s")
# In such a budget, any slug in capitals opens an item: "FREAKNOT _ The raunchy street party ...", "SWIMSUIT_ ...",
# "THE MECHANIC _ It is important to ...".
_BUDGET_SLUG = re.compile(r"^[A-Z0-9][A-Z0-9&'’.-]*(?:\s+[A-Z0-9][A-Z0-9&'’.-]*){0,3}\s*_\s")


# Such an item ends on its writer's credit, a parenthesis of names: "(MWilliams, Cox News Service)", "(Dart/Schulktz,
# Cox News Service)"; what follows it is the desk's ("30. WITH PHOTO.", "ETA: 6 p.m.", "WITH PHOTOS and data attached
# at end of story. MOVED THURSDAY").
_ITEM_CREDIT = re.compile(r"\((?:[A-Z][\w.'’&/-]*,?\s*){1,8}\)\.?")
_ITEM_TAIL_WORDS = 25  # the desk's notes after an item's credit are at most this many words


BUDGET_ITEMS = 2  # so many paragraphs opening on a slug and a place (not an agency's dateline) are a budget's


def _budget_items(units: list[Unit]) -> tuple[tuple[str, int, int], ...]:
    """A news service's budget's items, as a digest's (``_digest_items``): each one's paragraph and line (and no
    headline), when ``BUDGET_ITEMS`` paragraphs or more are items; () for any other text. A budget sets its items
    one way, with the place in parentheses (``_BUDGET_ITEM``) or between underscores (``_BUDGET_LINE``, then any
    slug, ``_BUDGET_SLUG``): in a budget of the first kind, "AM-FRONTPAGE-NYT _ A description of the front page
    ... will move at 7:30 p.m." is the service's schedule, not a story. The budget's other lines speak to its
    clients ("The New York Times plans two pages of stories ...", "With photo.", "The day supervisor is ...",
    "EDs: Moving in (w) Washington ...", "Spot news budgets move daily at 2 p.m. ..."): they are dropped."""
    at = [i for i, unit in enumerate(units) if unit.keep and _BUDGET_ITEM.match(unit.text)]
    if len(at) < BUDGET_ITEMS:
        if sum(1 for unit in units if unit.keep and _BUDGET_LINE.match(unit.text)) < BUDGET_ITEMS:
            return ()
        at = [i for i, unit in enumerate(units) if unit.keep and _BUDGET_SLUG.match(unit.text)]
        for i in reversed(at):
            if (tail := _item_tail(units[i])) is not None:
                units.insert(i + 1, tail)
        at = [i for i, unit in enumerate(units) if unit.keep and _BUDGET_SLUG.match(unit.text)]
    items: list[tuple[str, int, int]] = []
    for i, unit in enumerate(units):
        if i in at:
            items.append(("", len(items), unit.line))  # a slug is no headline: the item's sentences name it
        elif unit.keep:
            unit.drop("a news service's budget, not one of its stories")
    return tuple(items)


def _item_tail(unit: Unit) -> Unit | None:
    """Cut a budget's item after its writer's credit (``_ITEM_CREDIT``), when at most ``_ITEM_TAIL_WORDS`` words
    follow it: they are the desk's notes to its clients, returned as a dropped line of their own (None when none)."""
    credit = next(reversed(list(_ITEM_CREDIT.finditer(unit.text))), None)
    if credit is None or not 0 < len(unit.text[credit.end():].split()) <= _ITEM_TAIL_WORDS:
        return None
    tail = Unit(unit.line, unit.text[credit.end():].strip())
    unit.text = unit.text[:credit.end()]
    tail.drop("a news service's note to its clients after a budget's item")
    return tail


def _digest_items(units: list[Unit]) -> tuple[tuple[str, int, int], ...]:
    """A digest's items ("AP Top News at 10 p.m.", a paper's business briefs): for each, its headline, the
    kept paragraph it opens on and the headline's line, when the text is ``DIGEST_ITEMS`` stories or more,
    each under a headline line of its own (``_item_head``) and the first at the top; () for any other text.
    The items' headlines kept as lines of the text are dropped from it."""
    heads = [i for i, unit in enumerate(units) if _item_head(unit) and i + 1 < len(units) and units[i + 1].keep]
    if len(heads) < DIGEST_ITEMS or any(unit.keep for unit in units[:heads[0]]):
        return ()
    for i in heads:
        if units[i].keep:
            units[i].drop("headline of a digest's item")
    items: list[tuple[str, int, int]] = []
    kept = 0
    at_heads = set(heads)
    for i, unit in enumerate(units):
        if i in at_heads:
            items.append((unit.text.lstrip("#").strip(), kept, unit.line))
        kept += unit.keep
    return tuple(items)


def _item_head(unit: Unit) -> bool:
    """Whether ``unit`` may head a digest's item: a line of at most ``_ITEM_WORDS`` words in title case or in
    capitals, no sentence, kept or dropped as a headline or as no sentence."""
    return ((unit.keep or unit.reason in _ITEM_HEADS) and len(unit.text.split()) <= _ITEM_WORDS
            and not TERMINAL.search(unit.text) and is_title_case(unit.text))


def _same(a: str, b: str) -> bool:
    return [w.casefold() for w in words(a)] == [w.casefold() for w in words(b)]


# A wire's part number after a headline: "China Taking Steps To Protect Tropical Rain Forest (1)", "(2 of 3)".
_PART = re.compile(r"\s*\((?:\d{1,2}(?:\s+of\s+\d{1,2})?|(?i:part)\s+\d{1,2})\)$")


def _headline_text(line: str) -> str:
    """A headline line as a title: without a Markdown heading's marks or a wire's part number after it."""
    return _PART.sub("", line.lstrip("#").strip())


def _fallback_title(kept: list[Unit]) -> str:
    if not kept:
        return "Untitled"
    first = kept[0].text
    found = first[dateline_length(first):].split()  # "BEIJING (AP) _ Farmers ..." is titled "Farmers ..."
    return " ".join(found[:12]) + (" …" if len(found) > 12 else "")


def clean(raw: str, extracted: bool = False, title: str | None = None) -> Cleaned:
    """Clean one article: title, outlet and date where the text gives them, body, dropped lines.

    ``extracted`` text is a page's article as an extractor found it (one paragraph, heading or
    list item a line): where the article is has been decided, so only site furniture, dates,
    bylines and repeated paragraphs are dropped; its headings and list items stay. A line
    near its top that is the page's ``title`` (known from its metadata) is the headline.
    """
    text = strip_controls(raw.replace("\r\n", "\n").replace("\r", "\n"))
    coded = ({n for n, line in enumerate(text.split("\n"), start=1) if "&" in line and has_codes(line)}
             if "&" in text else set())
    units = split_units(without_codes(text) if coded else text)
    feats = [features(u) for u in units]
    for i in slideshow_captions([u.text for u in units]):
        feats[i] = replace(feats[i], furniture="caption (a slideshow's)")
    extracted = extracted and any(f.sentence for f in feats)  # an extracted menu is not an article
    date: str | None = None
    for unit, feat in zip(units, feats):
        reason = _fixed_reason(unit, feat, unit.line in coded)
        if reason == "date line":
            date = date or parse_date_line(unit.text)
        if reason:
            unit.drop(reason)
    _drop_tables(units)
    span: tuple[int, int] | None
    if extracted:
        span, topic = (0, len(units) - 1), Topic(feats, None, judged=False)
        headline_at = next((i for i, u in enumerate(units[:_TITLE_REACH])
                            if title and u.keep and _same(u.text, title)), None)
    else:
        span, topic, headline_at = article_span(units, feats)
    first, last = span if span is not None else (len(units), len(units) - 1)
    body = next((i for i in range(first, last + 1) if feats[i].prose), last + 1)
    headline = units[headline_at] if headline_at is not None else None
    if headline is not None:
        headline.drop("headline (used as title)")
    seen: set[str] = set()  # lines before the article, and lines kept in it: a later copy repeats them
    for i, (unit, feat) in enumerate(zip(units, feats)):
        key = " ".join(unit.text.casefold().split())
        repeated, reason = key in seen, None
        if i < first:
            seen.add(key)
        if not unit.keep:
            continue
        if headline is not None and key == " ".join(headline.text.casefold().split()):
            reason = "repeated line"
        elif i < first:
            reason = "repeated line" if repeated else "navigation or caption before the article"
        elif i > last:
            reason = "after the article's end (related links, comments or footer)"
        elif not extracted and i < body and not feat.sentence:
            reason = "navigation or caption before the article"
        else:
            reason = (_context_reason(i, units, feats)
                      or _inside_reason(i, unit.text, feat, topic, repeated and not extracted))
        if reason:
            unit.drop(reason)
        elif first <= i <= last:
            seen.add(key)
    budget = () if extracted else _budget_items(units)
    if budget:
        headline = None  # a budget's top line speaks to its clients ("If you have any questions, please call ...")
    items = budget or (() if extracted else _digest_items(units))  # a page's headings open its sections
    kept = [u for u in units if u.keep]
    return Cleaned(
        items=items,
        title=_headline_text(headline.text) if headline else _fallback_title(kept),
        text="\n\n".join(u.text for u in kept),
        outlet=outlet(units, last),
        date=date,
        dropped=tuple(DroppedLine(u.line, u.text, u.reason) for u in units if not u.keep),
        headline=_headline_text(headline.text) if headline else None,
    )
