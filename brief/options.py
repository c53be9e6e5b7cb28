"""What the user asked for, kept apart from the pipeline so front ends can parse it without importing the core."""

from __future__ import annotations

from dataclasses import dataclass

from brief.ranking import DEFAULT_ALGORITHM, Limit

DEFAULT_POINTS = 6
DEFAULT_KEYWORDS = 8


@dataclass(frozen=True)
class Options:
    """What the user asked for."""

    algorithm: str = DEFAULT_ALGORITHM
    sentences: int | None = None
    words: int | None = None
    keywords: int = DEFAULT_KEYWORDS
    fetch: bool = True  # follow feed entries that hold only a teaser to their article

    @property
    def limit(self) -> Limit:
        """The length limit, with the default point count when none was given."""
        if self.sentences is None and self.words is None:
            return Limit(sentences=DEFAULT_POINTS)
        return Limit(self.sentences, self.words)
