"""Where each sentence of a cleaned text stands in the input exactly as it was read.

Cleaning drops lines and rejoins hard-wrapped ones, so cleaned offsets are not input
offsets. Each sentence is found again in the input, in order, as its words separated by
any white space; a sentence that cannot be found (its text was changed, e.g. a control
character removed) gets no input span rather than a wrong one.
"""

from __future__ import annotations

from typing import Sequence

from brief.model import Sentence

WINDOW = 200_000  # characters searched past the previous sentence: bounded, so a miss costs little


def with_input_spans(sentences: Sequence[Sentence], raw: str) -> list[Sentence]:
    """``sentences`` with ``input_start``/``input_end`` set where each is found in ``raw``."""
    out: list[Sentence] = []
    pos = 0
    for sentence in sentences:
        limit = min(len(raw), pos + WINDOW + len(sentence.text) * 2)
        start = raw.find(sentence.text, pos, limit)  # most sentences stand in the input as they are
        found = (start, start + len(sentence.text)) if start >= 0 else _find(raw, sentence.text.split(), pos, limit)
        if found is None:
            out.append(sentence)
            continue
        s = sentence
        out.append(Sentence(s.source_id, s.index, s.start, s.end, s.text, s.paragraph, found[0], found[1]))
        pos = found[1]
    return out


def _find(raw: str, words: list[str], pos: int, limit: int) -> tuple[int, int] | None:
    """The first ``[start, end)`` at or after ``pos`` (starting before ``limit``) where ``words``
    stand in order, separated by white space only."""
    if not words:
        return None
    first = words[0]
    start = raw.find(first, pos, limit)
    while start != -1:
        end = start + len(first)
        for word in words[1:]:
            gap = end
            while gap < len(raw) and raw[gap].isspace():
                gap += 1
            if gap == end or not raw.startswith(word, gap):
                break
            end = gap + len(word)
        else:
            return start, end
        start = raw.find(first, start + 1, limit)
    return None
