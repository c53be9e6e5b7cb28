"""Rankers by name: adding an algorithm is adding one registry entry."""

from __future__ import annotations

from brief.ranking import multidoc
from brief.ranking.base import Limit, Ranked, Ranker
from brief.ranking.sumy_rankers import SUMY_ALGORITHMS, make_sumy_ranker

RANKERS: dict[str, Ranker] = {"multidoc": multidoc.rank} | {name: make_sumy_ranker(name) for name in SUMY_ALGORITHMS}
DEFAULT_ALGORITHM = "multidoc"

__all__ = ["DEFAULT_ALGORITHM", "RANKERS", "Limit", "Ranked", "Ranker"]
