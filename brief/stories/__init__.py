"""Stories: the inputs grouped by the story they report, and a briefing for each.

``group`` finds the stories among sources (headless, deterministic); ``make_stories`` reads,
groups and briefs each story on the single-story path. Nothing here imports a front end.
"""

from __future__ import annotations

from brief.stories.briefings import Stories, brief_stories, make_stories, story_items, too_few_apart
from brief.stories.grouping import THRESHOLD, group

__all__ = ["THRESHOLD", "Stories", "brief_stories", "group", "make_stories", "story_items", "too_few_apart"]
