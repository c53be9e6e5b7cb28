"""Where the sources of one fact differ: other counts of the same thing, or the opposite claim.

For a point, every other source's sentence of its fact is compared with the point's own: the ones
``fact`` cites, and the ones the alignment linked but left out for their other figures
(``Alignment.versions``). Two sentences differ only when brief can tell they state the same thing:
- **figures**: both count the same thing ("athletes", "$", "percent"), once each, in the same context
  (each one's neighbouring content words are in the other sentence: "231 deaths in Honduras" is not
  "7,000 deaths in the region"), and no value fits both ("more than 10,000" against "about 6,000";
  "about 6,000" against "6,200" is one count rounded), or, from sources dated on different days, the
  numbers differ by more than rounding ("at least 70" then "nearly 600"); see ``quantities``;
- **when**: both give one event a date ("Nov. 3") or a time of day ("12:05 p.m."), once each, in the
  same context, and not the same one (weekdays count from the day of writing, so they are left out);
  see ``when``; never an update: an event's hour does not change from one report to the next;
- **names**: both name a person, place or body in the same slot, another one each, however spelt
  ("exploded in Kabul" / "exploded in Kandahar"; "Blair, the prime minister" / "Brown, the prime
  minister"), and neither source names the other's at all; see ``names``; never an update either;
- **claim**: one says it did not happen, the other that it did ("did not confirm" / "confirmed"),
  the other sentence holding no negation or doubt at all; or one says it is planned, the other that it
  is done ("will sign the peace treaty" / "signed the peace treaty"; "deciding to cancel the season" /
  "announced the cancellation of the season"; "are scheduled to hold their first session" / "held their
  first session", ``claims.outcome``); see ``claims``.
When both sources are dated, on different days, the later one is an *update* of the earlier, not a
conflict: a count that grew, a claim made or denied, a plan then done (a plan given after it was done
updates nothing: the two differ). A source that differs is taken off the point's supports: it does not
state the point as written, and the markers say so (``differs: [1]``). When brief cannot tell, it reports nothing.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Sequence

from brief.english import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from brief.facts.claims import opposed, outcome, plan_in_first, planned_done
from brief.facts.figures import figures
from brief.facts.names import each_names_another, other_name
from brief.facts.quantities import Quantity, quantities, vocabulary
from brief.facts.spelling import fold
from brief.facts.when import other_moment
from brief.model import Difference, Sentence, Side, Source

_NAME = re.compile(r"\b[A-Z][a-z][\w'’-]*")
_CALENDAR = frozenset((*WEEKDAYS, *MONTHS, *MONTH_ABBREVIATIONS))

if TYPE_CHECKING:
    from brief.facts.alignment import Link
    from brief.story import Story


def _counts(text: str) -> dict[str, list[Quantity]]:
    by_thing: dict[str, list[Quantity]] = {}
    for q in quantities(text):
        by_thing.setdefault(q.thing, []).append(q)
    return by_thing


def _figure(q: Quantity) -> str:
    """The quantity's number as ``figures`` writes it ("1,200" is "1200")."""
    found = figures(q.text)
    return min(found, key=len) if found else ""


def _loose(text: str) -> frozenset[str]:
    """The figures of ``text`` that count nothing named beside them ("11 of them"), unlike "two crew"."""
    return figures(text) - {_figure(q) for q in quantities(text)}


def _names(text: str, first: bool = False) -> set[str]:
    """The capitalised words of ``text`` after its first (names of places, people, bodies), lower-cased;
    with ``first``, its first word too."""
    words = _NAME.findall(text)[0 if first else 1:]
    return {w.lower() for w in words if w.lower() not in _CALENDAR}


def names_in(text: str, first: bool = False) -> frozenset[str]:
    """The names ``text`` gives (capitalised words after its first; with ``first``, its first too), folded
    (``spelling.fold``: "Austria's" is "austria")."""
    return frozenset(filter(None, map(fold, _names(text, first))))


def _other_places(a: str, b: str) -> bool:
    """Whether each sentence names something the other does not ("in neighboring Kenya" / "in neighboring
    Tanzania"): its counts may be of another place, party or body."""
    return bool(_names(a) - _names(b, True)) and bool(_names(b) - _names(a, True))


def compare(a: str, b: str, dated: bool = False, texts: tuple[str, str] = ("", "")
            ) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """``(what, a's values, b's values)`` where sentences ``a`` and ``b`` of one fact differ (see the
    module doc), "figures" before "when", "names" and "claim"; None when they do not, or brief cannot tell.
    ``dated``: the two were written on different days, so a count that changed is an update even when both
    ranges allow one value ("at least 70 people" then "nearly 600 people"). ``texts``: the whole texts of
    the sources of ``a`` and ``b``, when known (a source naming both people is about both; see ``names``)."""
    ca, cb = _counts(a), _counts(b)
    words_a, words_b = vocabulary(a), vocabulary(b)
    loose_a, loose_b = _loose(a), _loose(b)
    pairs = []
    for thing in sorted(ca.keys() & cb.keys()) if not _other_places(a, b) else ():
        if len(ca[thing]) != 1 or len(cb[thing]) != 1:
            continue  # "from 2 to 5 people": which one to compare is not clear
        q, r = ca[thing][0], cb[thing][0]
        if q.head and r.head and q.head != r.head:
            continue  # "sickened 55 people" is not "killed seven people"
        if _figure(r) in loose_a or _figure(q) in loose_b:
            continue  # "killed 257 people, 11 of them in Tanzania": a part and its whole
        if q.context <= words_b and r.context <= words_a and (q.conflicts(r) or (dated and q.changed(r))):
            pairs.append((q, r))
    if pairs:
        pairs.sort(key=lambda p: p[0].start)
        return "figures", tuple(q.text for q, _ in pairs), tuple(r.text for _, r in pairs)
    moment = other_moment(a, b)
    if moment is not None:
        return "when", (moment[0],), (moment[1],)
    named = other_name(a, b, *texts)
    if named is not None:
        return "names", (named[0],), (named[1],)
    # a denial only between sentences naming the same ("Air France Concordes had not been modified"); a plan
    # and its outcome unless each names someone the other does not ("X will visit Paris" / "Y visited Paris")
    claim = None if _names(a) - _names(b, True) or _names(b) - _names(a, True) else opposed(a, b)
    if claim is None and not each_names_another(a, b):
        claim = planned_done(a, b)
    if claim is None and not each_names_another(a, b):  # "are scheduled to hold" / "held": a plan and its outcome
        claim = outcome(a, b)
        if claim is None and (done := outcome(b, a)) is not None:
            claim = done[1], done[0]
    if claim is not None:
        return "claim", (claim[0],), (claim[1],)
    return None


def _side(sentence: Sentence, values: tuple[str, ...]) -> Side:
    return Side(sentence.source_id, sentence.index, sentence.start, sentence.end, values)


def difference(point: Sentence, other: Sentence, sources: Sequence[Source]) -> Difference | None:
    """How ``other`` (another source's sentence of the point's fact) differs from the point's own
    sentence; None when it does not, or brief cannot tell. ``sources`` give the dates."""
    day_a, day_b = (sources[s.source_id - 1].date for s in (point, other))
    dated = day_a is not None and day_b is not None and day_a[:10] != day_b[:10]
    texts = (sources[point.source_id - 1].text, sources[other.source_id - 1].text)
    found = compare(point.text, other.text, dated, texts)
    if found is None:
        return None
    what, mine, theirs = found
    update = dated and what not in ("when", "names")  # an event's date, hour, place or doer does not change
    if update and what == "claim" and _plan_first(point.text, other.text) == ((day_a or "") > (day_b or "")):
        update = False  # "signed the treaty", then "will sign the treaty": the later report updates nothing
    if update and what == "figures" and not _grew(point.text, other.text, mine, theirs, (day_b or "") > (day_a or "")):
        # a count the later report gives lower ("killed 247" then "213") updates nothing brief can vouch
        # for: the two differ only when they cannot both be right, as undated reports
        found = compare(point.text, other.text, texts=texts)
        if found is None:
            return None
        what, mine, theirs = found
        update = False
    return Difference("update" if update else "conflict", what, _side(point, mine), _side(other, theirs))


def _plan_first(a: str, b: str) -> bool | None:
    """Whether ``a`` gives as planned what ``b`` gives as done (True), the other way round (False), or
    neither (None): ``claims.plan_in_first``, else ``claims.outcome``."""
    first = plan_in_first(a, b)
    if first is None and outcome(a, b) is not None:
        return True
    if first is None and outcome(b, a) is not None:
        return False
    return first


def raised(a: str, b: str) -> bool:
    """Whether ``b`` raises the lower bound ``a`` gives a count ("killing at least 15 people" / "killing at
    least 41 people", or "41 people"): every count in which the two differ is open above in ``a`` ("at
    least", "more than") and starts higher in ``b``. Both may be right, undated (``compare`` finds no
    difference), but ``b`` says more: a toll that grows as the story moves on, never one that fell."""
    if compare(a, b) is not None:
        return False
    found = compare(a, b, dated=True)
    if found is None or found[0] != "figures":
        return False
    values_a = {q.text: q for q in quantities(a)}
    values_b = {q.text: q for q in quantities(b)}
    pairs = [(values_a.get(m), values_b.get(t)) for m, t in zip(found[1], found[2])]
    return all(q is not None and r is not None and q.high == math.inf and r.low > q.value for q, r in pairs)


def _grew(a: str, b: str, mine: tuple[str, ...], theirs: tuple[str, ...], b_later: bool) -> bool:
    """Whether every count of the later sentence (``b`` when ``b_later``) is at least its earlier
    counterpart's: a toll, a count of arrests, grows as a story moves on."""
    values_a = {q.text: q.value for q in quantities(a)}
    values_b = {q.text: q.value for q in quantities(b)}
    pairs = list(zip(mine, theirs))
    if not pairs or any(m not in values_a or t not in values_b for m, t in pairs):
        return False
    return all(values_b[t] >= values_a[m] if b_later else values_a[m] >= values_b[t] for m, t in pairs)


def differing(story: Story, i: int, cited: Sequence[Link]) -> tuple[tuple[Link, ...], tuple[Difference, ...]]:
    """``cited`` (``fact(i)``, the point's own sentence first) without the sentences that differ from
    sentence ``i``, and how each of those and of the alignment's other versions differs, in source order."""
    sentences, point = story.sentences, story.sentences[i]
    kept: list[Link] = [cited[0]]
    found: dict[int, Difference] = {}
    for link in cited[1:]:
        diff = difference(point, sentences[link.position], story.sources)
        if diff is None:
            kept.append(link)
        else:
            found[diff.other.source_id] = diff
    for link in story.facts.versions(i):
        diff = difference(point, sentences[link.position], story.sources)
        if diff is not None:
            found.setdefault(diff.other.source_id, diff)
    return tuple(kept), tuple(found[k] for k in sorted(found))
