"""Several stories in one output: each story's briefing as its renderer makes it, under a header line.

One story renders exactly as a briefing always has in plain text and Markdown; JSON is always
``{"schema": 3, "stories": [...], "problems": [...]}``, each story a briefing's JSON as in schema 2
(its title, algorithm, points, keywords and sources, every source with its ``origins``).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from brief.english import counted
from brief.render import RENDERERS
from brief.render.json_render import to_dict
from brief.render.markdown import escape
from brief.safety import escape_json, one_line

if TYPE_CHECKING:
    from brief.stories import Stories

STORIES_SCHEMA = 3


def story_header(n: int, total: int, title: str, sources: int) -> str:
    """``Story 2 of 5 · 3 sources · Title``: the line above each story's briefing."""
    return f"Story {n} of {total} · {counted(sources, 'source')} · {one_line(title)}"


def render_stories(stories: Stories, fmt: str, explain: bool = False) -> str:
    """All the stories in format ``fmt`` (a name in ``RENDERERS``), one after another."""
    if fmt == "json":
        return escape_json(json.dumps(stories_dict(stories), ensure_ascii=False, indent=2)) + "\n"
    render = RENDERERS[fmt]
    if len(stories.briefings) == 1:
        return render(stories.briefings[0], explain)
    parts = []
    total = len(stories.briefings)
    for n, briefing in enumerate(stories.briefings, 1):
        header = story_header(n, total, briefing.title, len(briefing.sources))
        parts.append(("=" * 3 + " " + header if fmt == "plain" else f"**{escape(header)}**") + "\n\n"
                     + render(briefing, explain))
    return "\n".join(parts)


def stories_dict(stories: Stories) -> dict[str, Any]:
    """The stories as plain JSON-ready data (schema 3)."""
    def story(briefing: Any) -> dict[str, Any]:
        data = to_dict(briefing)
        del data["schema"], data["problems"]
        return data

    return {"schema": STORIES_SCHEMA, "stories": [story(b) for b in stories.briefings],
            "problems": [{"path": p.path, "message": p.message} for p in stories.problems]}
