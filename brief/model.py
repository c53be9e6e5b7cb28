"""The typed model every front end renders: sources, sentences, points, keywords, one briefing.

All classes are frozen dataclasses. Character spans are ``[start, end)`` offsets into
``Source.text`` (the cleaned article text brief works from), so
``source.text[sentence.start:sentence.end] == sentence.text`` always holds.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterator, Sequence


@dataclass(frozen=True)
class DroppedLine:
    """A line of the input that cleaning removed, and the rule that removed it."""

    line: int  # 1-based line number in the input as read
    text: str
    reason: str


@dataclass(frozen=True)
class Source:
    """One article as brief read and cleaned it."""

    id: int  # 1-based, the number shown in [n] markers
    path: str  # file path, URL, or "-" for stdin
    title: str
    text: str  # the cleaned article text; all spans index into it
    outlet: str | None = None
    date: str | None = None
    dropped: tuple[DroppedLine, ...] = ()
    origins: tuple[str, ...] = ()  # every input this article came from (copies merged), ``path`` first
    url: str | None = None  # the article's web address, when it came from a page, feed or URL
    language: str | None = None  # ISO 639-1 code as detected, None when too short to tell
    # Other sources holding some of this one's sentences word for word (a republished wire story,
    # an update of one report): (source id, share of this source's sentences), largest first.
    shares: tuple[tuple[int, float], ...] = ()
    # The lowest id among the sources that are versions of one report with this one (a wire
    # story and its update, or two outlets running one wire copy); None when no other source is.
    report: int | None = None
    # Other sources of one newsroom with this one, as far as their text tells (a sentence of their own words
    # copied, or two printed word for word): one report of every point they both state (``versions.kin``).
    kin: tuple[int, ...] = ()
    headline: str | None = None  # the headline the input carried, when it had one (``title`` is then it)

    @property
    def report_id(self) -> int:
        """The report this source is a version of, named by its lowest source id (its own id when independent)."""
        return self.id if self.report is None else self.report


@dataclass(frozen=True)
class Sentence:
    """A sentence of a source, with its place in that source."""

    source_id: int
    index: int  # 0-based position among the source's sentences
    start: int
    end: int
    text: str
    paragraph: int = 0  # 0-based paragraph of the cleaned text
    # The same sentence's [start, end) in the input exactly as read (a text file or stdin),
    # None when the input was a page or feed, or the sentence could not be found in it.
    input_start: int | None = None
    input_end: int | None = None

    @property
    def input_span(self) -> tuple[int, int] | None:
        """``(input_start, input_end)`` when known."""
        return None if self.input_start is None or self.input_end is None else (self.input_start, self.input_end)


def source_runs(sentences: Sequence[Sentence]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each run of one source's sentences in ``sentences``, in order: a step whose
    verdicts on a source read nothing of another source takes one run at a time (and the cache keeps a
    source's results)."""
    start = 0
    while start < len(sentences):
        end = start + 1
        while end < len(sentences) and sentences[end].source_id == sentences[start].source_id:
            end += 1
        yield start, end
        start = end


@dataclass(frozen=True)
class Support:
    """A sentence in another (or the same) source that states a point's fact."""

    source_id: int
    sentence_index: int
    start: int
    end: int
    similarity: float  # 0..1; 1 for the point's own sentence
    how: str = ""  # what linked it: "meaning" (embeddings and words) or "words"; "" for the point's own


@dataclass(frozen=True)
class Side:
    """One sentence's side of a difference: where it is and the values it states ("more than 10,000 athletes")."""

    source_id: int
    sentence_index: int
    start: int
    end: int
    values: tuple[str, ...]  # as the sentence writes them, in its order


@dataclass(frozen=True)
class Difference:
    """Where another source's sentence of a point's fact states other values than the point's own.

    ``kind`` is "conflict" (the sources disagree, or brief cannot tell which came later) or "update"
    (both sources are dated, on different days: the later one updates the earlier).
    ``what`` is "figures" (counts of one thing), "when" (a date or time of day), "names" (another person,
    place or body in the same role) or "claim" (one says it happened, the other that it did not, or that
    it is only planned).
    """

    kind: str
    what: str
    point: Side  # the point's own sentence
    other: Side


@dataclass(frozen=True)
class Gloss:
    """Who a point's bare surname is: the words of a source that introduce that person ("Syria's Deputy
    Foreign Minister Faisal Mekdad"), verbatim, at ``[start, end)`` of that source's text; or, of ``kind``
    "what", what its acronym stands for ("State Environmental Protection Administration (SEPA)")."""

    surname: str  # the surname, or the acronym
    text: str
    source_id: int
    start: int
    end: int
    kind: str = "who"  # "who" (a person's surname) or "what" (an acronym)


@dataclass(frozen=True)
class Point:
    """One sentence of the briefing, with every source that reports it and why it was chosen."""

    sentence: Sentence
    score: float
    supports: tuple[Support, ...]  # the point's own sentence first, then one per other source stating the fact
    why: tuple[tuple[str, float], ...] = ()  # named scores behind the choice, for --explain
    # True only when brief can tell that no other source states the fact ("only in [n]");
    # False when others do, or when it cannot tell (then only "[n]" is claimed).
    alone: bool = False
    # Sources whose sentences for this point are one wire sentence, copied into otherwise independent
    # stories (a background paragraph): one report of the point, however many sources carry it.
    copied: tuple[tuple[int, ...], ...] = ()
    # Sentences of other sources that state the fact with other values (see ``brief.facts.differences``);
    # their sources are not in ``supports``: they do not state the point as written.
    differences: tuple[Difference, ...] = ()
    # Who the point's bare surnames are, when it is the briefing's first point to use them (``brief.glosses``).
    glosses: tuple[Gloss, ...] = ()

    @property
    def text(self) -> str:
        """The verbatim sentence."""
        return self.sentence.text

    @property
    def source_ids(self) -> tuple[int, ...]:
        """Every source that states this point's fact, sorted."""
        return tuple(sorted({s.source_id for s in self.supports}))

    @property
    def only_in(self) -> int | None:
        """The one source that alone states the fact, when brief can tell; else None."""
        return self.sentence.source_id if self.alone and len(self.source_ids) == 1 else None


@dataclass(frozen=True)
class Occurrence:
    """Where a keyword occurs in a source."""

    source_id: int
    start: int
    end: int


@dataclass(frozen=True)
class Keyword:
    """A keyphrase of the story, and where it occurs."""

    text: str
    score: float
    occurrences: tuple[Occurrence, ...] = ()

    @property
    def source_ids(self) -> tuple[int, ...]:
        """Every source that mentions the keyword, sorted."""
        return tuple(sorted({o.source_id for o in self.occurrences}))


@dataclass(frozen=True)
class Problem:
    """An input that could not be briefed, with a one-line reason."""

    path: str
    message: str


@dataclass(frozen=True)
class Briefing:
    """The whole result: what every renderer shows, computed once."""

    title: str
    points: tuple[Point, ...]
    sources: tuple[Source, ...]
    keywords: tuple[Keyword, ...] = ()
    algorithm: str = ""
    problems: tuple[Problem, ...] = ()
    sentences: tuple[Sentence, ...] = field(default=(), repr=False)
    source_keywords: tuple[tuple[Keyword, ...], ...] = ()  # each source's own keywords, in source order

    def source(self, source_id: int) -> Source:
        """The source with this id."""
        return self.sources[source_id - 1]

    @cached_property
    def versions(self) -> dict[int, tuple[int, ...]]:
        """Source id -> the ids of the sources that are versions of one report with it (itself included),
        found once: the Sources list asks it of every source."""
        groups: dict[int, list[int]] = {}
        for s in self.sources:
            groups.setdefault(s.report_id, []).append(s.id)
        return {source_id: tuple(group) for group in groups.values() for source_id in group}

    def independent_reports(self) -> int:
        """How many independent reports the briefing's sources are (``reports`` of them all): the count its header
        prints and its story is listed by."""
        return len(self.reports(tuple(s.id for s in self.sources)))

    def reports(self, source_ids: tuple[int, ...]) -> tuple[tuple[int, ...], ...]:
        """``source_ids`` grouped by independent report, each group sorted, groups by their first id: versions
        of one report together, and so are sources of one outlet (two AP stories, two pages of one site: one
        newsroom's word, not two) and kindred sources (``Source.kin``: sentences copied from one to the other,
        so one newsroom's as far as their text tells, unless their datelines credit two agencies: Xinhua copying
        one line of AP's does not make the two one newsroom). A report joins the other stories of the outlet most
        of its versions credit, not of another agency relaying one of them."""
        parent = {source_id: source_id for source_id in source_ids}
        outlets = {source_id: {o.casefold() for o in [self.source(source_id).outlet] if o} for source_id in source_ids}

        def root(x: int) -> int:
            while parent[x] != x:
                x = parent[x]
            return x

        def join(a: int, b: int) -> None:
            low, high = min(a, b), max(a, b)
            if low != high:
                parent[high] = low
                outlets[low] |= outlets.pop(high)

        first: dict[int, int] = {}  # report id -> the first source of that report
        for source_id in sorted(source_ids):
            report = self.source(source_id).report_id
            join(root(source_id), root(first.setdefault(report, source_id)))
        # One outlet's stories together, each report by the outlet most of its versions credit: Xinhua relaying a
        # text AP also ran is a version of that report, not a bridge joining every AP and Xinhua story.
        credited: dict[int, Counter[str]] = {}
        for source_id in sorted(source_ids):
            if outlet := (self.source(source_id).outlet or "").casefold():
                credited.setdefault(root(source_id), Counter())[outlet] += 1
        # a report -> the outlet most of its versions credit; on a tie, its first credited version's (Counter keeps
        # the order its outlets were first counted in, sources in order)
        owner = {report: counts.most_common(1)[0][0] for report, counts in credited.items()}
        anchor: dict[str, int] = {}  # outlet -> the first report it owns
        for report in sorted(owner):
            if owner[report] in anchor:
                join(root(report), root(anchor[owner[report]]))
            else:
                anchor[owner[report]] = report
        for source_id in sorted(source_ids):
            for other in self.source(source_id).kin:
                if other in parent:
                    a, b = root(source_id), root(other)
                    if a == b or len(outlets[a] | outlets[b]) <= 1:
                        join(a, b)
        groups: dict[int, list[int]] = {}
        for source_id in sorted(source_ids):
            groups.setdefault(root(source_id), []).append(source_id)
        return tuple(tuple(group) for group in sorted(groups.values()))

    def point_reports(self, point: Point) -> tuple[tuple[int, ...], ...]:
        """The sources stating ``point`` grouped by independent report of it: as ``reports`` groups them,
        and sources whose sentences for it are one copied wire sentence together too; so are two sources
        another point prints as one wire sentence, unless their datelines credit two agencies: a briefing
        that shows "[5+7]" for one point never shows 5 and 7 as two reports agreeing on another."""
        groups = [set(group) for group in self.reports(point.source_ids)]
        for copies in (*point.copied, *self._printed_as_one):
            if len(together := set(copies) & set(point.source_ids)) < 2 or (
                    copies not in point.copied and len({o.casefold() for k in together
                                                        if (o := self.source(k).outlet)}) > 1):
                continue
            joined = [g for g in groups if g & together]
            groups = [g for g in groups if not g & together] + [set().union(*joined)]
        return tuple(sorted(tuple(sorted(g)) for g in groups))

    @cached_property
    def _printed_as_one(self) -> tuple[tuple[int, ...], ...]:
        """Every pair of sources some point of this briefing prints as one wire sentence (``Point.copied``)."""
        return tuple(sorted({(a, b) for point in self.points for group in point.copied
                             for a in group for b in group if a < b}))


@dataclass(frozen=True)
class Utterance:
    """One source's quotation: the quoted words as typed, where they stand, and the sentence holding them."""

    source_id: int
    sentence_index: int  # the sentence where the quotation ends (its attribution is there or before)
    start: int  # [start, end) of the quoted words in the source's text, quote marks excluded
    end: int
    text: str


@dataclass(frozen=True)
class Quote:
    """Words a named speaker said, with every source that quotes them (one speaker's same words merged)."""

    speaker: str  # a name as a source gives it ("Faisal Mekdad"), never a pronoun
    role: str | None  # the role given with the name ("Deputy Foreign Minister"), when one is
    said: tuple[Utterance, ...]  # one per source quoting it, in source order

    @property
    def text(self) -> str:
        """The words as the first source typed them."""
        return self.said[0].text

    @property
    def source_ids(self) -> tuple[int, ...]:
        """Every source that quotes these words, sorted."""
        return tuple(sorted({u.source_id for u in self.said}))
