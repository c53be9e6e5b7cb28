"""Which sources are versions of one report: a wire story and its update, or two outlets running one wire copy.

Independent reporters write their own sentences, though they may quote the same words. Versions of
one report share sentences outside quotations, word for word or nearly (an update changes a figure,
a rewrite a word or two). Two sources are versions of one report when at least ``VERSION_SENTENCES``
of their sentences, and at least ``SHARE`` of the sentences of the one with fewer, quotations left
out, are such copies of each other: the shorter sentence of a pair has ``COPIED`` of its word triples
in the other. Two stories of one agency that share a background paragraph or two are not versions of
one report; nor are two stories credited to different agencies ("(AP)", "(Xinhua)"), whatever they
share. Versions of versions are one report, unless that would join two agencies' stories: the
closest versions are joined first.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import chain
from typing import Sequence

from brief.english import WIRE_SERVICES, alternation
from brief.inputs.dedupe import normalized_words, shingles
from brief.model import Sentence

VERSION_SENTENCES = 2
SHARE = 0.2
COPIED = 0.6
MIN_WORDS = 8  # shorter sentences ("The talks resume on Monday.") repeat by chance, not by copying
COMMON = 25  # a word triple this many sentences hold is a phrase of the language ("said on Tuesday"), not a copy
_QUOTE = re.compile(r"[\"“”`]|''")
_CREDIT = re.compile(rf"\(({alternation(WIRE_SERVICES)})\)")
CREDIT_REACH = 200  # characters at the top of a text where its dateline credits an agency


def copies(sentences: Sequence[Sentence]) -> dict[tuple[int, int], tuple[int, float]]:
    """For each pair of sources (lower id first) that copy sentences from each other: how many of their
    sentences are copies, and what share that is of the sentences that count (eligible) in the one with fewer."""
    grams: list[frozenset[tuple[str, ...]]] = []
    owner: list[int] = []
    eligible: dict[int, int] = defaultdict(int)
    for s in sentences:
        if _QUOTE.search(s.text):
            continue
        words = normalized_words(s.text)
        if len(words) < MIN_WORDS:
            continue
        grams.append(shingles(words))
        owner.append(s.source_id)
        eligible[s.source_id] += 1
    # Most triples are one sentence's own: only those held by 2 to COMMON sentences are posted and walked.
    spread = Counter(chain.from_iterable(grams))
    walked = {gram for gram, n in spread.items() if 2 <= n <= COMMON}
    posted = [own & walked for own in grams]
    holders: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for k, own in enumerate(posted):
        for gram in own:
            holders[gram].append(k)
    found: dict[tuple[int, int], set[int]] = defaultdict(set)  # source pair -> the sentences copied, of both
    for k, own in enumerate(posted):
        if not own:
            continue
        # for each later sentence of another source, the word triples it shares with sentence k
        shared = Counter(chain.from_iterable(holders[gram] for gram in own))
        for j, n in shared.items():
            if j > k and owner[j] != owner[k] and n >= COPIED * min(len(grams[k]), len(grams[j])):
                found[min(owner[j], owner[k]), max(owner[j], owner[k])].update((j, k))
    out = {}
    for pair, copied in sorted(found.items()):
        n = min(sum(owner[k] == side for k in copied) for side in pair)
        out[pair] = (n, n / min(eligible[pair[0]], eligible[pair[1]]))
    return out


def credit(text: str) -> str | None:
    """The news agency a text's dateline credits ("PORT MORESBY (AP) _ ..." gives "AP"), if any."""
    found = _CREDIT.search(text[:CREDIT_REACH])
    return found.group(1) if found else None


def reports(sentences: Sequence[Sentence], texts: dict[int, str] | None = None) -> dict[int, int]:
    """Source id -> the lowest id among the versions of its report; only sources with another version appear.

    ``texts`` (source id -> text) give each source's agency credit, when its dateline names one.
    """
    agencies = {k: {a} for k, a in ((k, credit(t)) for k, t in (texts or {}).items()) if a}
    parent: dict[int, int] = {}

    def root(a: int) -> int:
        while parent.get(a, a) != a:
            a = parent[a]
        return a

    links = [(share, a, b) for (a, b), (n, share) in copies(sentences).items()
             if n >= VERSION_SENTENCES and share >= SHARE]
    for _, a, b in sorted(links, key=lambda link: (-link[0], link[1], link[2])):
        ra, rb = root(a), root(b)
        if ra == rb or len(agencies.get(ra, set()) | agencies.get(rb, set())) > 1:
            continue  # one report already, or two agencies' stories
        low, high = min(ra, rb), max(ra, rb)
        parent[high] = low
        agencies[low] = agencies.get(low, set()) | agencies.pop(high, set())
    return {a: root(a) for a in sorted(parent.keys() | set(parent.values()))}
