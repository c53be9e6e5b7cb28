"""Facts across sources: which sentences of different sources report the same thing.

``align`` builds one ``Alignment`` per briefing; the ranker, the pipeline and through the
points every renderer read it, so a point's sources are the same list everywhere.
"""

from __future__ import annotations

from brief.facts.alignment import Alignment, Link, align

__all__ = ["Alignment", "Link", "align"]
