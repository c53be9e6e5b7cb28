"""The contract every ranker fulfils: sentences in, chosen sentences out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from brief.story import Story


@dataclass(frozen=True)
class Limit:
    """How long a briefing may be: at most ``sentences`` points and/or ``words`` words."""

    sentences: int | None = None
    words: int | None = None


@dataclass(frozen=True)
class Ranked:
    """A sentence a ranker chose: its position in the input list, its score and why."""

    index: int
    score: float
    why: tuple[tuple[str, float], ...] = ()
    lead_in: int | None = None  # the position of the sentence before, when the point is both (``lead_ins``)


class Ranker(Protocol):
    """Choose the briefing's sentences from the story (its sentences are in source order).

    Returns the chosen sentences, non-redundant, within ``limit``, in reading order; each
    ``Ranked.index`` is a position in ``story.sentences``. Must be deterministic.
    """

    def __call__(self, story: Story, limit: Limit) -> list[Ranked]: ...
