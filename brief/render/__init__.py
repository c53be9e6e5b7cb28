"""Renderers: each turns one Briefing into text, and none recomputes anything."""

from __future__ import annotations

from typing import Callable

from brief.model import Briefing
from brief.render.json_render import render_json
from brief.render.markdown import render_markdown
from brief.render.plain import render_plain

Renderer = Callable[[Briefing, bool], str]

RENDERERS: dict[str, Renderer] = {
    "plain": render_plain,
    "markdown": render_markdown,
    "json": render_json,
}

__all__ = ["RENDERERS", "Renderer", "render_json", "render_markdown", "render_plain"]
