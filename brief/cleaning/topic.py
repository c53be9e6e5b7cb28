"""What the article is about: the vocabulary of its first dense prose, grown through what continues it.

The first heavy block of consecutive paragraphs on a page is almost always the article's; its
neighbours that share enough of its words join it, one after another, until two paragraphs
in a row speak of something else (the related stories, the next article's teaser). A line
is then measured against that vocabulary, its own words counting only when another line of
the article shares them, so a footer is off the subject because nothing else speaks of it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from brief.cleaning.lines import words
from brief.english import LONG_FUNCTION_WORDS

_ON_TOPIC = 0.3  # share of a short line's words that must be the article's for it to continue the article
_PROSE_ON_TOPIC = 0.15  # the same for a paragraph (paragraphs bring new words; they need fewer shared)
_MIN_PARAGRAPHS = 3  # with fewer paragraphs there is too little text to learn a subject from
_HEADLINE_REACH = 4  # lines above the article searched for its headline's words
_KEY_TERM = 2  # a word the article uses this often is one of its key terms
_KEY_SHARE = 0.25  # in a long article, a key term is used in this share of its paragraphs
_MISSES = 2  # this many paragraphs in a row off the subject end the article's growth


@dataclass(frozen=True)
class Features:
    """What cleaning reads of one unit: its size, shape, furniture kind and content words."""

    size: int
    prose: bool
    sentence: bool
    furniture: str | None
    vocabulary: frozenset[str]
    dated: bool = False  # the line is a date or a time stamp: a label, whatever words it shares


def vocabulary(text: str, found: list[str] | None = None) -> frozenset[str]:
    """The content words of ``text``, casefolded (no function words, nothing under four letters).

    ``found`` is the text's words, lowercased, when the caller has them already.
    """
    found = words(text.lower()) if found is None else found
    return frozenset(_stem(w.removesuffix("’s").removesuffix("'s")) for w in found
                     if len(w) > 3 and w not in LONG_FUNCTION_WORDS)


def _stem(word: str) -> str:
    """A plural's singular, roughly ("workouts" and "workout" are one word to the subject)."""
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _paragraph(feat: Features) -> bool:
    return feat.prose and not feat.furniture


def _seed_block(feats: list[Features], first: int, last: int) -> list[int]:
    """The first block of consecutive paragraphs at least half as heavy as the heaviest one.

    Articles come before what follows them: a long disclaimer or bio below the article may
    outweigh a short article's lede, but it does not come first.
    """
    blocks: list[list[int]] = [[]]
    for i in range(first, last + 1):
        if _paragraph(feats[i]):
            blocks[-1].append(i)
        elif blocks[-1]:
            blocks.append([])
    weights = [sum(feats[j].size for j in block) for block in blocks]
    heaviest = max(weights, default=0)
    return next((block for block, weight in zip(blocks, weights) if block and weight >= heaviest / 2), [])


def _related(vocab: frozenset[str], counts: Counter[str], key_term: int) -> bool:
    """A paragraph continues the article when it shares enough of its words, or one of its key terms.

    Long paragraphs bring many new words, so a share alone would call them off the subject; a word
    the article uses in ``key_term`` of its paragraphs (a name, the thing it is about) is evidence
    enough. A teaser for another story shares the site's common words, not these.
    """
    if not vocab:
        return False
    shared = [w for w in vocab if counts[w]]
    return len(shared) >= _PROSE_ON_TOPIC * len(vocab) or any(counts[w] >= key_term for w in shared)


def _key_term(members: int) -> int:
    """How many paragraphs must use a word for it to be a key term: more as the article grows."""
    return max(_KEY_TERM, round(members * _KEY_SHARE))


class Topic:
    """The article's vocabulary, learnt inside the rough run ``span`` of an article-like shape."""

    def __init__(self, feats: list[Features], span: tuple[int, int] | None, judged: bool = True) -> None:
        first, last = span if span is not None else (0, len(feats) - 1)
        self.members = set(_seed_block(feats, first, last))
        self.counts: Counter[str] = Counter(w for i in self.members for w in feats[i].vocabulary)
        for step in (1, -1):
            i, misses = (max(self.members) if step > 0 else min(self.members)) + step if self.members else -1, 0
            while self.members and first <= i <= last and misses < _MISSES:
                if _paragraph(feats[i]):
                    if _related(feats[i].vocabulary, self.counts, _key_term(len(self.members))):
                        self.members.add(i)
                        self.counts.update(feats[i].vocabulary)
                        misses = 0
                    else:
                        misses += 1
                i += step
        top = min(self.members, default=first)
        for i in range(max(top - _HEADLINE_REACH, 0), top):
            if not feats[i].sentence and not feats[i].furniture and feats[i].size >= 4:
                self.members.add(i)
                self.counts.update(feats[i].vocabulary)
        self.trusted = not judged  # every line is the article's (an extractor already decided)
        self.judged = judged and sum(1 for f in feats if f.prose) >= _MIN_PARAGRAPHS

    def overlap(self, i: int, feat: Features) -> float:
        """The share of unit ``i``'s content words that some other line of the article also uses."""
        if not feat.vocabulary:
            return 0.0
        own = 1 if i in self.members else 0
        return sum(1 for w in feat.vocabulary if self.counts[w] - own >= 1) / len(feat.vocabulary)

    def near(self, i: int, feat: Features) -> bool:
        """Does unit ``i`` continue the article's own content (shares enough of its vocabulary)?"""
        if not self.judged:
            return self.trusted or feat.sentence
        if i in self.members:
            return True
        if feat.prose:
            return _related(feat.vocabulary, self.counts, _key_term(len(self.members)))
        return self.overlap(i, feat) >= _ON_TOPIC
