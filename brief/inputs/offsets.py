"""Where each sentence of a cleaned text stands in the input exactly as it was read.

Cleaning drops lines and rejoins hard-wrapped ones, so cleaned offsets are not input
offsets. Each sentence is found again in the input, in order, as its words separated by
any white space; a sentence that cannot be found (its text was changed, e.g. a control
character removed) gets no input span rather than a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from brief.model import Sentence

WINDOW = 200_000  # characters searched past the previous sentence: bounded, so a miss costs little


def with_input_spans(sentences: Sequence[Sentence], raw: str) -> list[Sentence]:
    """``sentences`` with ``input_start``/``input_end`` set where each is found in ``raw``."""
    out: list[Sentence] = []
    pos = 0
    for sentence in sentences:
        words = sentence.text.split()
        if not words:
            out.append(sentence)
            continue
        pattern = re.compile(r"\s+".join(map(re.escape, words)))
        match = pattern.search(raw, pos, min(len(raw), pos + WINDOW + len(sentence.text) * 2))
        if match is None:
            out.append(sentence)
            continue
        out.append(replace(sentence, input_start=match.start(), input_end=match.end()))
        pos = match.end()
    return out
