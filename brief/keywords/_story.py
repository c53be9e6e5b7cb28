"""Story keywords across sources (placeholder)."""

from __future__ import annotations


def story_keywords(*a, **k):  # type: ignore[no-untyped-def]
    raise NotImplementedError


per_source_keywords = story_keywords
