"""In what order a briefing's points are read: the news first, then the rest as the sources tell it."""

from __future__ import annotations

import math
import re
from typing import Collection, Sequence

from brief.english import QUOTATION
from brief.lemmas import all_lemmas
from brief.lexical import analyse
from brief.model import Point
from brief.quotes.marks import MIN_WORDS
from brief.ranking.filters import stands_for_something_said
from brief.story import Story


def reading_order(story: Story, points: Sequence[Point], positions: Sequence[int]) -> tuple[Point, ...]:
    """``points`` (whose sentences stand at ``positions`` in ``story.sentences``) in reading order.

    The first is the news: the point the independent reports lead with, told in its own words rather than
    a quotation's (``told``), among the points that say themselves what they are about (``names_itself``). The
    others follow in the order the sources tell them: by how early any source reports each, as a share of its
    length, so developments come before the background that articles give last.
    """
    lengths: dict[int, int] = {}
    for s in story.sentences:
        lengths[s.source_id] = lengths.get(s.source_id, 0) + 1
    ordered = sorted(zip(points, positions), key=lambda pair: _earliest(pair[0], lengths))
    if len(ordered) > 1:
        reports = {s.id: s.report_id for s in story.sources}
        lead = max(ordered, key=lambda pair: (names_itself(pair[0].sentence.text), told(story, pair[1], reports),
                                              -ordered.index(pair)))
        ordered.remove(lead)
        ordered.insert(0, lead)
    return tuple(point for point, _ in _after_what_they_lean_on(ordered, story.leaning - story.glossed))


def _after_what_they_lean_on(ordered: list[tuple[Point, int]], leaning: Collection[int]) -> list[tuple[Point, int]]:
    """``ordered`` with each point after the first that leans on what its source told before it (``leaning``: "The
    gathering ...", whose source introduced the gathering) moved after the points of its source told before it, so
    it is not read before them. A point that leans on nothing keeps its place: one source's points are not read in
    that source's order for its own sake (the seeds: Pompeo's demand, which both sources tell early, is no longer
    read after the background [2] gives before it)."""
    out = list(ordered)
    for _ in range(len(out)):  # a move may put a leaning point before another's: until none moves
        moved = False
        for a in range(1, len(out)):
            point, position = out[a]
            if position not in leaning:
                continue
            source, index = point.sentence.source_id, point.sentence.index
            before = [b for b in range(a + 1, len(out)) if out[b][0].sentence.source_id == source
                      and out[b][0].sentence.index < index]
            if before:
                out.insert(before[-1], out.pop(a))
                moved = True
                break
        if not moved:
            break
    return out


def names_itself(text: str) -> bool:
    """Whether ``text`` says what it is about without any sentence before it, as the briefing's first point and
    title must: no "that" in it stands for something said before it (``filters.stands_for_something_said``), and
    it does not open on "the" and a noun that nothing before its verb says which of ("The probe made the
    closest-ever flyby ...", "The tribe is determined ..."), however many sources use the noun and though it opens
    its source, whose headline named it. A name ("The radical group Islamic Jihad claimed ..."), a phrase saying
    which ("The crime rate in the United States declined ...") or an ordinal or a superlative ("The first virus
    ...") before the verb say it; the verb is the first word read only as a verb (``brief.lemmas.all_lemmas``)."""
    if stands_for_something_said(text):
        return False
    words = _WORDS.findall(text)
    if len(words) < 2 or words[0] != "The" or not words[1][:1].islower():
        return True
    for word in words[1:1 + _SUBJECT_WORDS]:
        if word[:1].isupper() or word[:1].isdigit() or word.lower() in _SAYS_WHICH:
            return True
        readings = all_lemmas(word.lower())
        if word.endswith("est") and "ADJ" in readings:  # "The biggest merger ...": a superlative says which
            return True
        if readings and readings.keys() <= {"VERB", "AUX"}:
            return False
    return True


_WORDS = re.compile(r"[\w][\w'’-]*|[,;:(]")
_SUBJECT_WORDS = 8  # the words read for a subject's noun phrase, at most
# What says which thing a subject names before its verb: a phrase of place, time, part or kind; an ordinal or a
# superlative; a comma (an apposition or an aside: "The spokesman, Barman Zahir, ...").
_SAYS_WHICH = frozenset("""of in on at for from to with by about against over between among near under who which that
    whose where first last next second third only same most least , ; : (""".split())


def told(story: Story, i: int, reports: dict[int, int]) -> float:
    """How much the independent reports lead with the fact of sentence ``i`` (``news``), as its sentence tells
    it rather than quotes someone: times the share of its words outside quotations (``said_share``). A
    spokesman's words that three reports quote ("``China is very concerned about the possible hazards to
    Russia ...,'' Liu said") are a reaction to the event the reports lead with (the slick of benzene reaching
    Harbin), not the event; a statement that is the news ("Syria rejects calls ...": Mekdad's words, which
    both reports lead with) still leads."""
    return round(news(story, i, reports) * (1.0 - said_share(story.sentences[i].text)), 6)


def said_share(text: str) -> float:
    """The share of ``text``'s words inside quotations of someone's words: of at least ``quotes.marks.MIN_WORDS``
    words (a word or two in quote marks, "that youthful, ``slacker'' generation", is the writer's term)."""
    inside = sum(n for n in (len(m.group(0).split()) for m in QUOTATION.finditer(text)) if n >= MIN_WORDS)
    return inside / max(1, len(text.split()))


def news(story: Story, i: int, reports: dict[int, int]) -> float:
    """How much the independent reports lead with the fact of sentence ``i``: over the reports stating it
    (``i`` and every sentence linked to it; versions of one report together, ``reports`` mapping each
    source id to its report's), the sum of each report's best ``sqrt(c) / (1 + p)``, where ``p`` is the
    linked sentence's place in the report (0 for its first sentence) and ``c`` the share of its content
    words that sentence ``i`` has too (1 for ``i`` itself). A report leads with a fact only as much as its
    early sentence is that fact: "Van Der Sloot is the son of a Dutch judge" is linked to lead sentences
    about a search of the judge's home, which say much more, and leads none of them."""
    sentences = story.sentences
    own = set(analyse(sentences[i].text).terms)
    best: dict[int, float] = {}
    for k in (i, *(link.position for link in story.facts.links(i))):
        s = sentences[k]
        report = reports[s.source_id]
        theirs = set(analyse(s.text).terms)
        share = 1.0 if k == i else len(own & theirs) / max(1, len(theirs))
        best[report] = max(best.get(report, 0.0), math.sqrt(share) / (1 + s.index))
    return round(sum(best.values()), 6)


def _earliest(point: Point, lengths: dict[int, int]) -> tuple[float, int, int]:
    """How early any source reports the point, as a share of its length; then its own place."""
    share = min(x.sentence_index / lengths[x.source_id] for x in point.supports)
    return (share, point.sentence.source_id, point.sentence.index)
