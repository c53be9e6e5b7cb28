"""Direct quotations in a source: the words between quote marks, and the text around them in their sentences.

A quotation is found within one paragraph, between curly double quotes (“…”), straight double quotes
("…") or the wire's doubled marks (``…''), and may run over several sentences. Only quotations of at
least ``MIN_WORDS`` words are kept: a word or two in quote marks ("terrorists", "as a whole") is a
term the writer holds at arm's length, not something a speaker said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from brief.model import Sentence, Source

MIN_WORDS = 4
_QUOTED = re.compile(r"“(?P<curly>[^“”]+)”|``(?P<wire>(?:(?!``|'').)+)''|\"(?P<straight>[^\"]+)\"", re.S)
_TRIM = " \t\n,"


@dataclass(frozen=True)
class Found:
    """A quotation as it stands in its source, before its speaker is known."""

    source_id: int
    start: int  # [start, end) of the quoted words in the source's text
    end: int
    first: int  # positions, in the story's sentence list, of the sentences where it opens and closes
    last: int
    before: str  # its first sentence's text before the opening mark (``'' written as ")
    after: str  # its last sentence's text after the closing mark (likewise)

    def text(self, source: Source) -> str:
        """The quoted words exactly as typed."""
        return source.text[self.start:self.end]


def _plain(text: str) -> str:
    """``text`` with the wire's doubled quote marks written as one: ``x'' is "x"."""
    return text.replace("``", '"').replace("''", '"')


def _paragraphs(sentences: Sequence[Sentence]) -> list[list[int]]:
    """Positions of the sentences, grouped by source and paragraph, in order."""
    groups: list[list[int]] = []
    for i, s in enumerate(sentences):
        prev = sentences[groups[-1][-1]] if groups else None
        if prev is not None and (prev.source_id, prev.paragraph) == (s.source_id, s.paragraph):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def quotations(sources: Sequence[Source], sentences: Sequence[Sentence]) -> list[Found]:
    """Every quotation of at least ``MIN_WORDS`` words in the sources, in source and text order."""
    found = []
    for group in _paragraphs(sentences):
        head, tail = sentences[group[0]], sentences[group[-1]]
        text = sources[head.source_id - 1].text
        for m in _QUOTED.finditer(text, head.start, tail.end):
            name = m.lastgroup or "straight"
            start, end = m.start(name), m.end(name)
            while start < end and text[start] in _TRIM:
                start += 1
            while end > start and text[end - 1] in _TRIM:
                end -= 1
            if len(text[start:end].split()) < MIN_WORDS:
                continue
            first = next(i for i in group if sentences[i].end > m.start())
            last = next((i for i in group if sentences[i].end >= m.end()), group[-1])
            before, after = text[sentences[first].start:m.start()], text[m.end():sentences[last].end]
            found.append(Found(head.source_id, start, end, first, last, _plain(before), _plain(after)))
    return found
