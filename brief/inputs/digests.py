"""A digest among a story's inputs is briefed for the items on that story, not for the day's other news.

A wire's "AP Top News at 10 p.m." or a paper's business briefs run ten stories under their own
headlines (``Cleaned.items``). Given with articles about an avalanche, such a digest brings the
avalanche item, and also Lauryn Hill's Grammys, the Senate's pay bill and the Dow: briefed whole, its
other items become points, keywords ("Lauryn Hill") and its Sources entry is named after its first item.
So each item is compared, by its words, with what the other inputs say (IDF-weighted cosine over their
stemmed content words; the articles among them, when there are any, for other digests carry the same
day's other news): the items closest to them are kept, and those much further off
(``RELATED`` of the closest item's similarity or less, and unlike that item itself) are left out,
each reported as a dropped line. The text kept is the items' own paragraphs, verbatim; its headline
is the first kept item's. One input alone is briefed as it is; when every input is a digest, each is
compared with the others whole.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Sequence

from brief.cleaning import Cleaned
from brief.lexical import cosine, idf, terms, text_terms, words
from brief.model import DroppedLine

RELATED = 0.6  # an item less similar to the other inputs than this share of the closest item's is off the story
SAME_STORY = 0.2  # ... unless it is this similar to the closest item itself (another item on the story)


def on_the_story(cleaned: Sequence[Cleaned]) -> list[Cleaned]:
    """``cleaned`` with each digest cut to its items on the story the other inputs tell (see the module doc)."""
    if len(cleaned) < 2 or not any(c.items for c in cleaned):
        return list(cleaned)
    bags = [Counter(text_terms(c.text)) for c in cleaned]
    weight = idf(bags)
    # What the story is: the articles' words, or, when every input is a digest, the other digests'.
    articles = [n for n, c in enumerate(cleaned) if not c.items]
    # With articles, every digest's "others" are all the articles: their words summed and weighted once, not once
    # a digest (and once an item).
    told: Counter[str] = Counter()
    for n in articles:
        told.update(bags[n])
    weighted = _weighted(told, weight)
    out = []
    for k, digest in enumerate(cleaned):
        if not digest.items:
            out.append(digest)
            continue
        if not articles:
            others: Counter[str] = Counter()
            for n in range(len(bags)):
                if n != k:
                    others.update(bags[n])
            weighted = _weighted(others, weight)
        out.append(_cut(digest, weighted, weight))
    return out


def _cut(digest: Cleaned, others: dict[str, float], weight: dict[str, float]) -> Cleaned:
    """``digest`` with only its items on the story that ``others`` (the other inputs' words, weighted) tell."""
    paragraphs = digest.text.split("\n\n")
    starts = [start for _, start, _ in digest.items] + [len(paragraphs)]
    bodies = ["\n\n".join(paragraphs[a:b]) for a, b in zip(starts, starts[1:])]
    bags = [_weighted(Counter(terms(words(body))), weight) for body in bodies]
    scores = [cosine(bag, others) for bag in bags]
    best = max(range(len(scores)), key=lambda n: (scores[n], -n))
    if scores[best] <= 0.0:
        return digest
    keep = [n for n in range(len(bodies)) if scores[n] > RELATED * scores[best]
            or cosine(bags[n], bags[best]) >= SAME_STORY]
    if len(keep) == len(bodies):
        return digest
    headline = digest.items[keep[0]][0] or None  # a budget's items have none: their sentences name them
    left_out = tuple(DroppedLine(line, head or bodies[n].split("\n")[0], "an item of a digest, off the story the other "
                                 "inputs tell") for n, (head, _, line) in enumerate(digest.items) if n not in keep)
    return replace(digest, text="\n\n".join(bodies[n] for n in keep), title=headline or digest.title, headline=headline,
                   dropped=tuple(sorted((*digest.dropped, *left_out), key=lambda d: d.line)), items=())


def _weighted(bag: Counter[str], weight: dict[str, float]) -> dict[str, float]:
    """A bag of words, each word weighted by ``weight``: two such bags' cosine is the bags' (``cosine``)."""
    return {t: v * weight.get(t, 1.0) for t, v in bag.items()}
