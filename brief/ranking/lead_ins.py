"""Two sentences as one point: a sentence that leans on the one before it, with that sentence.

"He said the talks would resume in May." does not say who spoke; "The United States rejected the
request." does not say which request. Left out, such a sentence loses its fact; printed alone, it
leaves the reader asking. When the sentence just before it in its source says what it leans on (names
a person for its "he", introduces "the request") and reads alone itself, the two together are a
point: verbatim, one span of the source. The ranker weighs the pair as one candidate, by all it
covers for all its words, in place of the leaning sentence alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brief.model import Sentence
from brief.ranking.filters import word_count
from brief.ranking.leaning import names_a_person, needs_a_person

if TYPE_CHECKING:
    from brief.story import Story

MAX_WORDS = 60  # a pair longer than this is more than a point


def lead_ins(story: Story) -> dict[int, int]:
    """For each sentence (position in ``story.sentences``) that may be a point with the sentence before
    it, that sentence's position: it leans back (``story.leaning``, ``story.dependents``), the sentence
    before is of the same paragraph, reads alone and, for a "he" or "she", names a person."""
    sentences = story.sentences
    candidates = set(story.candidates)
    out: dict[int, int] = {}
    for i in sorted(story.leaning | set(story.dependents)):
        p = i - 1
        if p not in candidates or p in story.leaning:
            continue
        if (sentences[p].source_id, sentences[p].paragraph) != (sentences[i].source_id, sentences[i].paragraph):
            continue
        if word_count(sentences[p].text) + word_count(sentences[i].text) > MAX_WORDS:
            continue
        if needs_a_person(sentences[i].text) and not names_a_person(sentences[p].text):
            continue
        out[i] = p
    return out


def with_lead_in(story: Story, before: int, i: int) -> Sentence:
    """Sentence ``i`` of the story with the sentence before it (``before``): one span of their source, its
    text verbatim from the first's start to the second's end; the second's index, the first's paragraph."""
    a, b = story.sentences[before], story.sentences[i]
    source = next(s for s in story.sources if s.id == b.source_id)
    known = a.input_start is not None and b.input_end is not None
    return Sentence(b.source_id, b.index, a.start, b.end, source.text[a.start:b.end], a.paragraph,
                    a.input_start if known else None, b.input_end if known else None)
