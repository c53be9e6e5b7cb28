"""Rankers by name: adding an algorithm is adding one registry entry.

Every entry imports its algorithm when it first runs, so naming the algorithms (the
command line's ``--algorithm`` choices, the TUI before its first frame) costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brief.ranking.base import Limit, Ranked, Ranker
from brief.ranking.sumy_rankers import SUMY_ALGORITHMS, make_sumy_ranker

if TYPE_CHECKING:
    from brief.story import Story


def multidoc(story: Story, limit: Limit) -> list[Ranked]:
    """brief's own multi-source ranker (``brief.ranking.multidoc``): concept coverage across sources."""
    from brief.ranking.multidoc import rank

    return rank(story, limit)


RANKERS: dict[str, Ranker] = {"multidoc": multidoc} | {name: make_sumy_ranker(name) for name in SUMY_ALGORITHMS}
DEFAULT_ALGORITHM = "multidoc"

__all__ = ["DEFAULT_ALGORITHM", "RANKERS", "Limit", "Ranked", "Ranker"]
