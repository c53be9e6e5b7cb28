"""What a ranker is handed: the story's sources, their sentences and the facts across them."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Sequence

from brief.model import Sentence, Source, source_runs

if TYPE_CHECKING:
    from brief.cache import Pieces, Vectors
    from brief.facts import Alignment
    from brief.facts.claims import Reading
    from brief.glosses import Writers
    from brief.ranking.filters import Sorted


@dataclass(frozen=True)
class Story:
    """One story: numbered sources, all their sentences in source order, and one fact alignment."""

    sources: tuple[Source, ...]
    sentences: tuple[Sentence, ...]
    facts: Alignment
    # The cache's store of steps' results, when it is on: each source's sentences sorted (``_sorted``).
    pieces: Pieces | None = field(default=None, compare=False, repr=False)

    @property
    def n_sources(self) -> int:
        """How many sources the story has."""
        return len(self.sources)

    @cached_property
    def _sorted(self) -> tuple[tuple[int, ...], tuple[int, ...], frozenset[int]]:
        from brief.ranking.filters import sort_by_source
        from brief.ranking.updates import events_held, fates_told, plans_done, tolls_risen

        # What reads the whole story comes first: a second process may meanwhile sort more sources' sentences and
        # read more of their acts (``brief.beside``), which this one would otherwise wait for or do itself.
        done = tolls_risen(self) | events_held(self)  # a lower toll than one risen since; an event since come
        done |= fates_told(self)  # "no immediate signs of survivors" once another source tells the toll
        chosen, leaning, surnamed = sort_by_source(self.sentences, self.pieces)
        # a plan another source reports done is not where the story stands
        done |= plans_done(self, None if self.pieces is None else self._stated(self.pieces))
        # a sentence that leans only on a bare surname reads alone when its point says who that is
        named = self._glossed(dict(surnamed))
        return (tuple(i for i in sorted((*chosen, *named)) if i not in done),
                tuple(i for i in leaning if i not in done and i not in named), frozenset(named))

    @cached_property
    def common_words(self) -> set[str]:
        """The words the story writes in lower case (``brief.glosses.common_words``): found once, for the sentences
        that lean on a bare surname and for the points' glosses."""
        from brief.glosses import common_words

        return common_words(self.sources)

    @cached_property
    def writers(self) -> Writers:
        """Which sources write a string (``brief.glosses.Writers``): indexed once, for the sentences that lean on a
        bare surname and for the points' glosses."""
        from brief.glosses import Writers

        return Writers(self.sources)

    def _glossed(self, named: dict[int, str]) -> set[int]:
        """The sentences that lean on their source's earlier sentences only for a bare surname (``named``, each with
        that surname: ``brief.ranking.filters.sort_sentences``) whose point would say who that is
        (``brief.glosses.glossable``): "..., Mekdad said." under ``who: Deputy Foreign Minister Faisal Mekdad [1]``.
        Each asks the sources whether they name that person, so a large story asks for its sources' leads only: as
        many sentences as the alignment embeds (``semantic.BUDGET``; the development clusters have at most 66 such
        sentences)."""
        from brief.facts import semantic
        from brief.glosses import glossable

        if not named:
            return set()
        if len(named) > semantic.BUDGET:  # a large story: its sources' leads first, as many as the alignment embeds
            sentences = self.sentences
            lead = sorted(named, key=lambda i: (sentences[i].index, sentences[i].source_id))[:semantic.BUDGET]
            named = {i: named[i] for i in lead}
        common = self.common_words
        found: dict[tuple[str, bool, bool], bool] = {}  # the answer for a surname so used, found once
        return {i for i, surname in named.items()
                if glossable(surname, self.sentences[i].text, self.sentences[i].source_id, self.writers, common,
                             found)}

    def _stated(self, pieces: Pieces) -> list[Reading]:
        """What ``plans_done`` reads of each sentence (``brief.facts.claims.reading``), one source at a time: a
        sentence's reading is its own, so a source seen in an earlier run (the same sentences) is read back from
        ``pieces`` rather than read again."""
        out: list[Reading] = []
        for start, end in source_runs(self.sentences):
            out.extend(stated_run([s.text for s in self.sentences[start:end]], pieces))
        return out

    @property
    def candidates(self) -> tuple[int, ...]:
        """Positions of the sentences that may be points (``brief.ranking.filters.candidates``), but for what
        another source shows out of date (``brief.ranking.updates``: a plan it reports done, a toll it says has
        risen, an event it reports come, a fate it tells), found once per story: the ranker, the latest-version
        step and every re-rank of ``+``/``-`` ask for them."""
        return self._sorted[0]

    @property
    def dependents(self) -> tuple[int, ...]:
        """Positions of the sentences that would be candidates but lean on an earlier one of their source
        (``brief.ranking.filters.sort_sentences``): points only with the sentence before them."""
        return self._sorted[1]

    @cached_property
    def lead_ins(self) -> dict[int, int]:
        """The sentence before, for each sentence that may be a point with it (``brief.ranking.lead_ins``)."""
        from brief.ranking.lead_ins import lead_ins

        return lead_ins(self)

    @property
    def glossed(self) -> frozenset[int]:
        """Positions of the sentences that lean on their source's earlier sentences only for a bare surname whose
        point says who that is (``_glossed``): with their gloss, they read alone."""
        return self._sorted[2]

    @cached_property
    def leaning(self) -> frozenset[int]:
        """Positions of the sentences that lean on one before them (``brief.ranking.leaning``), found once."""
        from brief.ranking.leaning import leaning

        # a point that needs a line to say who it names is worth less than one that names them itself
        return leaning(self.sentences, set(self.candidates)) | self.glossed


SORTED = "sorted sentences"  # the step ``brief.ranking.filters.sorted_run`` keeps one source's sorting under
ACTS = "acts"  # ... and ``stated_run`` its sentences' acts as planned and done
RUN_STEPS = (SORTED, ACTS)  # the two pieces of one source's sentences on their own (``read_run``)


Stated = tuple["Reading", ...]


def stated_run(texts: Sequence[str], pieces: Pieces) -> Stated:
    """What ``plans_done`` reads of each of one source's sentences (``texts``): the acts it gives as planned and as
    done (``brief.facts.claims.reading``), from ``pieces`` when it holds them (kept there when new)."""
    from brief.facts.claims import Reading, reading

    kept = pieces.get(ACTS, texts, tuple[Reading, ...])
    if kept is None:
        kept = tuple(map(reading, texts))
        pieces.put(ACTS, texts, kept)
    return kept


def read_run(run: Sequence[Sentence], pieces: Pieces) -> tuple[Sorted, Stated]:
    """Both pieces the ranking reads of one source's sentences on their own (``sorted_run``, ``stated_run``), from
    ``pieces`` when it holds them (kept there when new): what a second process may read ahead."""
    from brief.ranking.filters import sorted_run

    return sorted_run(run, pieces), stated_run([s.text for s in run], pieces)


def run_keys(run: Sequence[Sentence]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The keys (step and parts) ``read_run``'s two pieces are kept under, in its order."""
    from brief.ranking.filters import sorted_parts

    return (SORTED, *sorted_parts(run)), (ACTS, *(s.text for s in run))


def make_story(sources: Sequence[Source], sentences: Sequence[Sentence], store: Vectors | None = None,
               pieces: Pieces | None = None) -> Story:
    """The story of these sources, with its facts aligned once (see ``brief.facts``); ``store`` (the
    cache) keeps their sentence vectors between runs, ``pieces`` each source's sentences sorted."""
    from brief.facts import align

    return Story(tuple(sources), tuple(sentences), align(sentences, len(sources), store), pieces)
