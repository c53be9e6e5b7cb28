"""Each input cleaned once per run: the grouping cleans and splits every input, and each story's
briefing then finds its inputs' pieces here instead of cleaning them again.

``Kept`` is a store of steps' results (``brief.cache.Pieces``'s two calls) held in memory for one run,
in front of the cache's own store when the cache is on. A step's result is a pure function of the
parts it is keyed by, so a story's sources made from kept pieces are the ones made afresh.
"""

from __future__ import annotations

from typing import Any, Sequence

from brief.cache import Pieces


class Kept(Pieces):
    """Steps' results of this run, in memory; ``behind`` (the cache's store) is asked on a miss and
    told every new result."""

    def __init__(self, behind: Pieces | None = None) -> None:  # (no folder of its own: nothing is written here)
        self.behind = behind
        self.kept: dict[tuple[str, ...], Any] = {}

    def get(self, step: str, parts: Sequence[str], hint: Any) -> Any:
        """What this run (or, behind it, the cache) holds of ``step`` on ``parts``, or None."""
        key = (step, *parts)
        found = self.kept.get(key)
        if found is None and self.behind is not None:
            found = self.behind.get(step, parts, hint)
            if found is not None:
                self.kept[key] = found
        return found

    def put(self, step: str, parts: Sequence[str], value: Any) -> None:
        """Keep ``value`` for this run, and in the cache behind when there is one."""
        self.kept[(step, *parts)] = value
        if self.behind is not None:
            self.behind.put(step, parts, value)
