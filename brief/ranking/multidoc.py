"""The default ranker: cover the story's most widely reported concepts, once each.

Concepts are stemmed word bigrams. A concept is worth the number of sources that
mention it (cross-source support, as in Gillick & Favre's concept ILP), plus a bonus
that decays with how late in each source it first appears (news leads carry the story).
Sources that copy each other (one wire story run by several outlets, or its updates)
are not independent reports: each source counts ``1 / sqrt(1 + d)``, where ``d`` is how
many other sources hold its sentences word for word, on average per sentence
(``brief.inputs.dedupe.shared_sentences``).
Sentences are chosen by a budgeted lazy greedy over this coverage objective, so a fact
repeated by several sources is worth choosing once and then worth nothing: redundancy
is avoided by construction, and a cosine check catches near-duplicates on top. The
greedy's choice is then polished by local search: one-for-one swaps within the word
budget, while one raises the same objective.

Between two wordings of the same content, the one other sources repeat should win: each
sentence also earns ``CORROBORATION`` average concepts times the share of the other
sources holding a sentence in nearly the same words (the alignment's word index). Meaning
links (``brief.facts``) decide whom a point cites and what repeats a chosen fact, not this
bonus: counting them here changed the choice without making briefings better (DUC 2004
development clusters, ROUGE-1 40.17 with word matches, 40.02 with meaning links; DUC 2006
unchanged). Two sentences of one fact are never both chosen. Everything is sparse and the
work grows near-linearly with the input.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Sequence

from brief.lexical import Concepts, analyse, cosine
from brief.model import Sentence, Source
from brief.ranking.base import Limit, Ranked
from brief.ranking.coverage import Coverage, greedy_cover
from brief.ranking.filters import word_count
from brief.ranking.leaning import worths
from brief.story import Story

LEAD_BONUS = 1.0  # extra weight for a concept in a source's first sentence ...
DECAY = 0.5  # ... which halves with every later sentence
REDUNDANT = 0.5  # TF-IDF cosine above which a candidate repeats a chosen point
CORROBORATION = 1.0  # bonus, in average concept weights, for being corroborated by every other source
SWAP_ROUNDS = 20  # at most this many improving swaps after the greedy (it settles in a few)
DEFAULT_WORDS = 100


def source_weights(sources: Sequence[Source]) -> dict[int, float]:
    """How much each source counts as an independent report: ``1 / sqrt(1 + d)``.

    ``d`` is the number of other sources holding each of the source's sentences (same
    words, ignoring case and punctuation; ``Source.shares``, measured once when the
    sources were made), averaged over its sentences, which is the sum of its shares with
    every other source: 0 for an original report; 1 for one of two copies of a wire
    story; 2 for one of three. k full copies thus weigh sqrt(k) together, not k: a
    republished story is weaker evidence than as many independent reports, but updates
    of it add a little.
    """
    return {s.id: (1.0 + sum(share for _, share in s.shares)) ** -0.5 for s in sources}


def concept_weights(concepts: Sequence[frozenset[str]], story: Story) -> dict[str, float]:
    """Weight of each concept: per source that mentions it, 1 plus a lead bonus, times the
    source's independence (``source_weights``).

    With several sources, a concept only one source mentions gets no weight: it is not
    corroborated, and ignoring it keeps the briefing on the shared story.
    """
    # Per source, the first sentence index of each concept: walk the source backwards so
    # that earlier sentences overwrite later ones (dict.update runs in C).
    sentences = story.sentences
    by_source: dict[int, list[int]] = defaultdict(list)
    for k, sentence in enumerate(sentences):
        by_source[sentence.source_id].append(k)
    independence = source_weights(story.sources)
    total: dict[str, float] = defaultdict(float)
    support: Counter[str] = Counter()
    for source, ks in by_source.items():
        first: dict[str, int] = {}
        for k in reversed(ks):
            first.update(dict.fromkeys(concepts[k], sentences[k].index))
        weight = independence[source]
        worth = {i: weight * (1.0 + LEAD_BONUS * DECAY**i) for i in set(first.values())}  # each index's, once
        for c, i in first.items():
            total[c] += worth[i]
        support.update(first.keys())
    min_sources = 2 if story.n_sources > 1 else 1
    return {c: w for c, w in total.items() if support[c] >= min_sources}


def rank(story: Story, limit: Limit) -> list[Ranked]:
    """Choose the briefing's sentences (see the module doc), within ``limit``, in reading order."""
    sentences, facts, n_sources = story.sentences, story.facts, story.n_sources
    max_words = limit.words if limit.words is not None or limit.sentences else DEFAULT_WORDS
    concepts = [analyse(s.text).concepts for s in sentences]
    weights = concept_weights(concepts, story)
    lengths = [word_count(s.text) for s in sentences]
    pairs = story.lead_ins
    candidates = [i for i in story.candidates if i not in pairs]
    # A sentence with the one before it (``lead_ins``) is one more candidate, past the sentences' positions:
    # it covers what both cover, for both's words; ``main`` and ``first`` say which sentences it is.
    main, first = list(range(len(sentences))), list(range(len(sentences)))
    for i, before in sorted(pairs.items()):
        candidates.append(len(main))
        main.append(i)
        first.append(before)
        concepts.append(Concepts(concepts[before] | concepts[i]))
        lengths.append(lengths[before] + lengths[i])
    if not candidates:  # e.g. only headlines: better something than nothing
        candidates = [i for i, s in enumerate(sentences) if s.text.strip()]

    vector = facts.words.vector  # IDF vectors of the alignment's word index

    def redundant(i: int, chosen: list[int]) -> bool:
        # A pair may extend a point that is its first sentence (that point is then dropped, below).
        mine = {first[i], main[i]}
        return any(mine & {first[j], main[j]} or any(
            cosine(vector(a), vector(b)) > REDUNDANT or facts.repeats(a, b) for a in mine for b in (first[j], main[j]))
            for j in chosen if j != first[i])

    # Corroboration is the costly part, so it is asked only for sentences the lazy greedy
    # actually considers; the bound (every other source corroborates) keeps it exact.
    corroborating: dict[int, int] = {}
    unit = CORROBORATION * sum(weights.values()) / max(1, len(weights)) / max(1, n_sources - 1)

    def bonus(i: int) -> float:
        k = main[i]
        if k not in corroborating:
            corroborating[k] = facts.words.corroborating_sources(k) if n_sources > 1 else 0
        return unit * corroborating[k]

    problem = Coverage(concepts, weights, lengths, candidates, max_words, limit.sentences, redundant,
                       bonus=bonus, bonus_bound=unit * max(0, n_sources - 1),
                       worths=worths(story, candidates, main, first))
    picks = greedy_cover(problem, swap_rounds=SWAP_ROUNDS)
    extended = {first[p.index] for p in picks if p.index != main[p.index]}
    picks = [p for p in picks if p.index not in extended]
    total = sum(weights.values()) or 1.0
    extra = {p.index: bonus(p.index) for p in picks}  # also fills ``corroborating`` for --explain
    supporters = _support_counts(concepts, sentences, [p.index for p in picks])
    picks.sort(key=lambda p: (sentences[main[p.index]].source_id, sentences[first[p.index]].index))
    return [
        Ranked(
            main[p.index],
            round(p.per_word, 4),
            (
                ("coverage_gain", round((p.gain / problem.worth(p.index) - extra[p.index]) / total, 4)),
                ("concept_sources", float(supporters[p.index])),
                ("same_words_sources", float(corroborating[main[p.index]])),
                ("position", float(sentences[main[p.index]].index)),
            ),
            None if main[p.index] == p.index else first[p.index],
        )
        for p in picks
    ]


def _support_counts(concepts: Sequence[frozenset[str]], sentences: Sequence[Sentence],
                    chosen: list[int]) -> dict[int, int]:
    """For --explain: how many sources share at least a third of each chosen sentence's concepts."""
    out: dict[int, int] = {}
    for i in chosen:
        mine = concepts[i]
        shared: dict[int, set[str]] = defaultdict(set)
        for s, cs in zip(sentences, concepts):
            hit = mine & cs
            if hit:
                shared[s.source_id] |= hit
        need = max(1, len(mine) // 3)
        out[i] = sum(1 for hits in shared.values() if len(hits) >= need)
    return out
