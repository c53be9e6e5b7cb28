"""JSON briefing: everything the model knows, spans and scores included."""

from __future__ import annotations

import json
from typing import Any

from brief.model import Briefing, Keyword, Point, Source
from brief.safety import escape_json

SCHEMA_VERSION = 1


def _point(point: Point) -> dict[str, Any]:
    s = point.sentence
    return {
        "text": s.text,
        "source_id": s.source_id,
        "source_ids": list(point.source_ids),
        "only_in": point.source_ids[0] if len(point.source_ids) == 1 else None,
        "sentence_index": s.index,
        "span": [s.start, s.end],
        "score": round(point.score, 6),
        "why": {name: round(value, 6) for name, value in point.why} | {"cited_by": len(point.source_ids)},
        "supports": [
            {"source_id": x.source_id, "sentence_index": x.sentence_index, "span": [x.start, x.end],
             "similarity": round(x.similarity, 4)}
            for x in point.supports
        ],
    }


def _keyword(keyword: Keyword) -> dict[str, Any]:
    return {"text": keyword.text, "score": round(keyword.score, 4), "source_ids": list(keyword.source_ids),
            "occurrences": [[o.source_id, o.start, o.end] for o in keyword.occurrences]}


def _source(source: Source, keywords: tuple[Keyword, ...]) -> dict[str, Any]:
    return {
        "id": source.id,
        "title": source.title,
        "path": source.path,
        "origins": list(source.origins or (source.path,)),
        "url": source.url,
        "language": source.language,
        "outlet": source.outlet,
        "date": source.date,
        "characters": len(source.text),
        "shares": [{"source_id": other, "share": share} for other, share in source.shares],
        "dropped": [{"line": d.line, "text": d.text, "reason": d.reason} for d in source.dropped],
        "keywords": [_keyword(k) for k in keywords],
    }


def to_dict(briefing: Briefing) -> dict[str, Any]:
    """The briefing as plain JSON-ready data."""
    return {
        "schema": SCHEMA_VERSION,
        "title": briefing.title,
        "algorithm": briefing.algorithm,
        "points": [_point(p) for p in briefing.points],
        "keywords": [_keyword(k) for k in briefing.keywords],
        "sources": [_source(s, briefing.source_keywords[i] if briefing.source_keywords else ())
                    for i, s in enumerate(briefing.sources)],
        "problems": [{"path": p.path, "message": p.message} for p in briefing.problems],
    }


def render_json(briefing: Briefing, explain: bool = True) -> str:
    """The briefing as indented JSON (``explain`` is implied: JSON always carries the scores).

    Control and invisible formatting characters are written as ``\\u`` escapes, never raw.
    """
    return escape_json(json.dumps(to_dict(briefing), ensure_ascii=False, indent=2)) + "\n"
