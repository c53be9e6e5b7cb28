"""Markdown briefing: the same content as plain text, with source text escaped."""

from __future__ import annotations

import re

from brief.model import Briefing
from brief.render.common import citation, header, lines_under, reports_note, shares_note, source_details, why_line
from brief.safety import one_line

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def escape(text: str) -> str:
    """Backslash-escape Markdown syntax so source text renders exactly as written."""
    return _SPECIAL.sub(r"\\\1", one_line(text))


def render_markdown(briefing: Briefing, explain: bool = False) -> str:
    """The briefing as Markdown."""
    lines = [f"# {escape(briefing.title)}", "", f"*{header(briefing)}*", ""]
    for point in briefing.points:
        lines.append(f"- {escape(point.text)} {escape(citation(point, briefing))}")
        lines += [f"  <br>{escape(line)}" for line in lines_under(point, briefing)]
        if explain:
            lines.append(f"  <br>*{escape(why_line(point))}*")
    if briefing.keywords:
        lines += ["", "**Keywords:** " + ", ".join(escape(k.text) for k in briefing.keywords)]
    lines += ["", "## Sources", ""]
    for source in briefing.sources:
        notes = (source_details(source), reports_note(briefing, source), shares_note(source))
        details = " · ".join(x for x in notes if x)
        lines.append(f"{source.id}. **{escape(source.title)}** — {escape(details)}")
    return "\n".join(lines) + "\n"
