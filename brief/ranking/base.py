"""The contract every ranker fulfils: sentences in, chosen sentences out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, Sequence

if TYPE_CHECKING:
    from brief.model import Sentence


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


class Ranker(Protocol):
    """Choose the briefing's sentences from all sources' sentences (given in source order).

    Returns the chosen sentences, non-redundant, within ``limit``, in reading order.
    Must be deterministic.
    """

    def __call__(self, sentences: Sequence[Sentence], n_sources: int, limit: Limit) -> list[Ranked]: ...
