"""Evidence across the sources of one briefing: the same furniture in articles from one outlet.

Two different articles from one site end with the same promotional blurb, disclaimer or
sign-up prompt; a paragraph that one page shows at the top or bottom of its article and
another, otherwise different, page shows at its top or bottom too is the site's, not either
article's. Copies of one article (which share almost everything) and wire stories republished
with additions (which share their body) are left alone: only articles that share little else
are compared, only their margins, and a shared paragraph that speaks of its article's subject
(a background paragraph two reports of one story both carry) stays.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Sequence

from brief.cleaning.core import Cleaned
from brief.cleaning.topic import vocabulary
from brief.model import DroppedLine

_MARGIN = 3  # paragraphs at each end of an article where a site's furniture sits
_OTHERWISE_SHARED = 0.5  # two articles sharing more of their paragraphs than this are related copies
_ON_SUBJECT = 0.3  # a shared paragraph using this share of its article's other words is background, kept
_KEY_TERM = 2
_MIN_WORDS = 4  # shorter paragraphs ("Advertisement") repeat everywhere and are judged by cleaning alone
_WORD = re.compile(r"\w+", re.UNICODE)
REASON = "repeated across sources (the site's own text, not the article's)"


def _key(paragraph: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(paragraph.casefold()))


def _paragraphs(cleaned: Cleaned) -> list[str]:
    return [p for p in cleaned.text.split("\n\n") if p.strip()]


def _margins(paragraphs: list[str]) -> set[tuple[str, ...]]:
    ends = paragraphs[:_MARGIN] + paragraphs[-_MARGIN:]
    return {k for k in map(_key, ends) if len(k) >= _MIN_WORDS}


def _line_of(paragraph: str, raw: str) -> int:
    """The 1-based line of ``raw`` where ``paragraph`` (perhaps rejoined from hard wraps) starts."""
    first = paragraph.split("\n")[0][:60]
    for number, line in enumerate(raw.split("\n"), start=1):
        if line.strip() and first.startswith(line.strip()[:60]):
            return number
    return 0


def _on_subject(paragraph: str, paragraphs: list[str]) -> bool:
    """Does a shared paragraph speak of what its article speaks of (a wire story's background)?

    It does when it shares a good part of its words with the rest of the article, or one of the
    article's key terms (a word two other paragraphs use): a site's blurb shares neither.
    """
    own = vocabulary(paragraph)
    rest = Counter(w for p in paragraphs if p != paragraph for w in vocabulary(p))
    shared = [w for w in own if rest[w]]
    return bool(own) and (len(shared) >= _ON_SUBJECT * len(own) or any(rest[w] >= _KEY_TERM for w in shared))


def drop_shared_furniture(cleaned: Sequence[Cleaned], raws: Sequence[str]) -> list[Cleaned]:
    """Each article without the margin paragraphs it shares with another, otherwise different, one.

    ``raws`` are the texts as read (for the dropped lines' numbers). An article that would be
    left empty keeps its text: then the shared paragraphs are all there is.
    """
    paragraphs = [_paragraphs(c) for c in cleaned]
    margins = [_margins(ps) for ps in paragraphs]
    keys: dict[int, list[tuple[str, ...]]] = {}  # every paragraph's key, of the articles that share a margin's

    def keyed(i: int) -> list[tuple[str, ...]]:
        if i not in keys:
            keys[i] = [_key(p) for p in paragraphs[i]]
        return keys[i]

    shared: list[set[tuple[str, ...]]] = [set() for _ in cleaned]
    holders: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, keys_at_ends in enumerate(margins):
        for key in keys_at_ends:
            holders[key].append(i)
    pairs = {(a, b) for held in holders.values() for j, a in enumerate(held) for b in held[j + 1:]}
    for a, b in sorted(pairs):
        overlap = len(set(keyed(a)) & set(keyed(b))) / max(min(len(keyed(a)), len(keyed(b))), 1)
        if overlap <= _OTHERWISE_SHARED:
            common = margins[a] & margins[b]
            shared[a] |= common
            shared[b] |= common
    result: list[Cleaned] = []
    for i, (item, ps, drop, raw) in enumerate(zip(cleaned, paragraphs, shared, raws)):
        if not drop:  # (nothing shared: its paragraphs need no keys)
            result.append(item)
            continue
        ks = keyed(i)
        drop = {k for p, k in zip(ps, ks) if k in drop and not _on_subject(p, ps)}
        kept = [p for p, k in zip(ps, ks) if k not in drop]
        if not drop or not kept:
            result.append(item)
            continue
        gone = tuple(DroppedLine(_line_of(p, raw), p, REASON) for p, k in zip(ps, ks) if k in drop)
        dropped = tuple(sorted(item.dropped + gone, key=lambda d: d.line))
        result.append(replace(item, text="\n\n".join(kept), dropped=dropped))
    return result
