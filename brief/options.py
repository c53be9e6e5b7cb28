"""What the user asked for, kept apart from the pipeline so front ends can parse it without importing the core."""

from __future__ import annotations

from dataclasses import dataclass

from brief.ranking import DEFAULT_ALGORITHM, Limit

DEFAULT_POINTS = 6
DEFAULT_KEYWORDS = 8
# Keyword engines a user can choose (brief.keywords.BACKENDS holds them), with what each costs.
KEYWORD_ENGINES = {
    "fast": "brief's scoring: MiniLM run by ONNX Runtime, similarity × position × frequency priors; no torch "
    "(the seeds: about 1 s, 170 MB)",
    "keybert": "the KeyBERT library on the same MiniLM through sentence-transformers and torch, "
    "similarity alone; loads torch (the seeds: about 6 s, 700 MB)",
}
DEFAULT_KEYWORD_ENGINE = "fast"


@dataclass(frozen=True)
class Options:
    """What the user asked for."""

    algorithm: str = DEFAULT_ALGORITHM
    sentences: int | None = None
    words: int | None = None
    keywords: int = DEFAULT_KEYWORDS
    fetch: bool = True  # follow feed entries that hold only a teaser to their article
    keyword_engine: str = DEFAULT_KEYWORD_ENGINE  # a name in KEYWORD_ENGINES

    @property
    def limit(self) -> Limit:
        """The length limit, with the default point count when none was given."""
        if self.sentences is None and self.words is None:
            return Limit(sentences=DEFAULT_POINTS)
        return Limit(self.sentences, self.words)
