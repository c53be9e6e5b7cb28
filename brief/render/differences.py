"""How a point's differences read in every text renderer: the marker's note and the lines under the point.

``sources differ: more than 10,000 athletes, 43 nations [1] · about 6,000 athletes, 41 nations [2]``
for sources that disagree; ``updated: 231 deaths [3] (1998-11-02) → 7,000 deaths [8] (1998-11-05)``
when both are dated and one is later. The point's own side lists every source that states the point
as written; sources that give the same other values share one side.
"""

from __future__ import annotations

from typing import Any

from brief.model import Briefing, Difference, Point
from brief.safety import one_line


def _marker(ids: list[int] | tuple[int, ...], briefing: Briefing) -> str:
    return "[" + ", ".join("+".join(map(str, g)) for g in briefing.reports(tuple(sorted(set(ids))))) + "]"


def _later(diff: Difference, briefing: Briefing) -> bool:
    """Whether the other side's source is dated later than the point's (only asked of updates)."""
    mine, theirs = (briefing.source(s.source_id).date or "" for s in (diff.point, diff.other))
    return theirs > mine


def marker_note(point: Point, briefing: Briefing) -> str:
    """`` · differs: [1]``, `` · earlier: [1]`` or `` · later: [3]`` for the sources that state the
    point's fact with other values; "" when none do."""
    kinds: dict[str, list[int]] = {}
    for diff in point.differences:
        name = "differs" if diff.kind != "update" else ("later" if _later(diff, briefing) else "earlier")
        kinds.setdefault(name, []).append(diff.other.source_id)
    return "".join(f" · {name}: {_marker(kinds[name], briefing)}" for name in ("differs", "earlier", "later")
                   if name in kinds)


def _values(values: tuple[str, ...]) -> str:
    return ", ".join(one_line(v) for v in values)


def difference_lines(point: Point, briefing: Briefing) -> list[str]:
    """The lines under a point that say where its sources differ (none when they do not)."""
    lines = []
    conflicts = [d for d in point.differences if d.kind != "update"]
    if conflicts:
        sides: dict[str, list[int]] = {}
        for diff in conflicts:
            sides.setdefault(_values(diff.other.values), []).append(diff.other.source_id)
        own = _values(conflicts[0].point.values)
        parts = [f"{own} {_marker(point.source_ids, briefing)}"]
        parts += [f"{values} {_marker(ids, briefing)}" for values, ids in sides.items()]
        lines.append("sources differ: " + " · ".join(parts))
    for diff in (d for d in point.differences if d.kind == "update"):
        day, other_day = (briefing.source(s.source_id).date for s in (diff.point, diff.other))
        mine = f"{_values(diff.point.values)} {_marker(point.source_ids, briefing)} ({day})"
        theirs = f"{_values(diff.other.values)} [{diff.other.source_id}] ({other_day})"
        lines.append("updated: " + (f"{mine} → {theirs}" if _later(diff, briefing) else f"{theirs} → {mine}"))
    return lines


def difference_dict(diff: Difference) -> dict[str, Any]:
    """One difference as JSON-ready data: its kind, what differs, and each side's source, span and values."""
    return {"kind": diff.kind, "what": diff.what,
            "sides": [{"source_id": s.source_id, "sentence_index": s.sentence_index, "span": [s.start, s.end],
                       "values": list(s.values)} for s in (diff.point, diff.other)]}
