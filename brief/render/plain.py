"""Plain-text briefing: headline, cited points, keywords, numbered sources."""

from __future__ import annotations

from brief.model import Briefing
from brief.render.common import citation, header, lines_under, reports_note, shares_note, source_details, why_line
from brief.safety import one_line


def render_plain(briefing: Briefing, explain: bool = False) -> str:
    """The briefing as plain text; with ``explain``, each point's scores under it."""
    lines = [one_line(briefing.title), header(briefing), ""]
    for point in briefing.points:
        lines.append(f"• {one_line(point.text)} {citation(point, briefing)}")
        lines += [f"  {line}" for line in lines_under(point, briefing)]
        if explain:
            lines.append(f"  {why_line(point)}")
    if briefing.keywords:
        lines += ["", "Keywords: " + ", ".join(one_line(k.text) for k in briefing.keywords)]
    lines += ["", "Sources"]
    for source in briefing.sources:
        lines.append(f"[{source.id}] {one_line(source.title)}")
        lines.append(f"    {source_details(source)}")
        notes = [note for note in (reports_note(briefing, source), shares_note(source)) if note]
        if notes:
            lines.append("    " + " · ".join(notes))
        if len(source.origins) > 1:
            lines.append("    also: " + " · ".join(one_line(o) for o in source.origins[1:]))
    return "\n".join(lines) + "\n"
