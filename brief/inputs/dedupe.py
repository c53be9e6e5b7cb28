"""Duplicates: the same article given twice, or syndicated copies of it, are one source.

Two texts are the same article when their normalized words are identical, or when the Jaccard
similarity of their word 3-shingles is at least ``THRESHOLD`` (a wire story republished with a
different standfirst or a corrected typo still counts; a rewrite does not).

What stays separate may still repeat another source in part: a wire story republished with
an outlet's own additions, or successive updates of one report. ``shared_sentences`` measures
that: the ranker counts such sources as less independent, and every front end points it out.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from brief.model import Sentence

THRESHOLD = 0.9
SENTENCE_MIN_WORDS = 6  # shorter sentences ("He declined to comment.") repeat by chance, not by copying
_WORD = re.compile(r"\w+", re.UNICODE)
_SHINGLE = 3


def normalized_words(text: str) -> tuple[str, ...]:
    """The text's words, case-folded, without punctuation or spacing."""
    return tuple(_WORD.findall(text.casefold()))  # one casefold of the whole text: a third faster than per word


def shingles(words: Sequence[str], size: int = _SHINGLE) -> frozenset[str]:
    """Every run of ``size`` consecutive words (the whole text when shorter), joined by spaces.

    Words hold no spaces, so two runs are equal when their strings are; a string keeps its hash,
    where a tuple computes it again at every lookup (counting a thousand articles' runs: a third faster)."""
    if len(words) <= size:
        return frozenset({" ".join(words)})
    return frozenset(map(" ".join, zip(*(words[k:] for k in range(size)))))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """|a ∩ b| / |a ∪ b| (1.0 for two empty sets)."""
    union = len(a | b)
    return len(a & b) / union if union else 1.0


def group_duplicates(texts: Sequence[str], threshold: float = THRESHOLD) -> list[list[int]]:
    """Indexes of ``texts`` grouped by article: each group in input order, groups by first member.

    A text joins the first group whose first member it copies. Only groups whose first member
    shares a word triple with it among the rarest of either are compared (prefix filtering, as
    in Bayardo et al.'s all-pairs search): two sets with a Jaccard similarity of at least
    ``threshold`` always do, so the result is that of comparing every group, in linear time.
    """
    if len(texts) < 2:  # nothing to compare: skip the shingles (seconds on one huge input)
        return [[i] for i in range(len(texts))]
    words = [normalized_words(t) for t in texts]
    sets = [shingles(w) for w in words]
    # Most triples are one text's own: they come first in the order (the rarest), and no other text
    # can meet a set on them. Only the triples two texts or more hold (found with set operations, not
    # counted one by one) are ranked and posted: a set whose prefix is all its own is compared with none.
    seen: set[str] = set()
    common: set[str] = set()
    for grams in sets:
        common |= grams & seen
        seen |= grams
    held = [grams & common for grams in sets]
    # Every common triple's place in one global order, rarest first (ties in order of first appearance).
    spread = Counter(g for grams in held for g in grams)
    rank = {g: n << 32 | k for k, (g, n) in enumerate(spread.items())}
    groups: list[list[int]] = []
    posted: dict[int, list[int]] = defaultdict(list)  # a rare common triple -> groups whose first member holds it
    for i in range(len(texts)):
        prefix = _prefix(len(sets[i]), held[i], rank, threshold)
        near = sorted({g for gram in prefix for g in posted.get(gram, ())})
        for g in near:
            first = groups[g][0]
            if words[i] == words[first]:
                groups[g].append(i)
                break
            # sizes bound the Jaccard similarity; skip the set work when they cannot reach it
            small, large = sorted((len(sets[i]), len(sets[first])))
            if large and small / large >= threshold and jaccard(sets[i], sets[first]) >= threshold:
                groups[g].append(i)
                break
        else:
            for gram in prefix:
                posted[gram].append(len(groups))
            groups.append([i])
    return groups


def _prefix(size: int, common: frozenset[str], rank: dict[str, int], threshold: float) -> list[int]:
    """The ranks of the common triples among a set's rarest, as many as a set it is ``threshold`` similar to
    must share one of: sets of Jaccard similarity t share at least t of the larger, so at least ``ceil(t * n)``
    of each set's n triples, and the ``n - ceil(t * n) + 1`` rarest of each then meet (one more is taken, so
    float rounding can never make the prefix too short). The set's ``size - len(common)`` own triples are the
    rarest of all (in no other set, they meet none): the prefix is what it holds of ``common`` after them."""
    length = size - int(threshold * size) + 1 - (size - len(common))
    if length <= 0:
        return []
    return sorted(map(rank.__getitem__, common))[:length]


def shared_sentences(sentences: Sequence[Sentence]) -> dict[int, dict[int, float]]:
    """For each source, the share of its sentences that each other source holds word for word.

    Sentences of at least ``SENTENCE_MIN_WORDS`` words count, compared on their normalized
    words. Only sources that share a sentence appear, each with the sources it shares with,
    in id order. Linear in the text, plus the shared pairs.
    """
    counts, sizes = sentences_in_common(sentences)
    return {a: {b: n / sizes[a] for b, n in others.items()} for a, others in counts.items()}


def sentences_in_common(sentences: Sequence[Sentence], words_of: Sequence[tuple[str, ...]] | None = None,
                        ) -> tuple[dict[int, dict[int, int]], dict[int, int]]:
    """For each source that shares a sentence word for word (as ``shared_sentences`` counts), how many of
    its sentences each other source holds, in id order; and how many sentences of each source count.
    ``words_of`` is each sentence's ``normalized_words`` when the caller has them."""
    texts: dict[int, set[tuple[str, ...]]] = defaultdict(set)
    for k, s in enumerate(sentences):
        words = normalized_words(s.text) if words_of is None else words_of[k]
        if len(words) >= SENTENCE_MIN_WORDS:
            texts[s.source_id].add(words)
    holders: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for source_id, own in texts.items():
        for words in own:
            holders[words].append(source_id)
    counts: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for ids in holders.values():
        if len(ids) < 2:
            continue
        for a in ids:
            for b in ids:
                if b != a:
                    counts[a][b] += 1
    return ({a: dict(sorted(others.items())) for a, others in sorted(counts.items())},
            {source_id: len(own) for source_id, own in texts.items()})
