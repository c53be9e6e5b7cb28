"""JSON briefing: everything the model knows, spans, texts and scores included.

The schema is documented in the README ("JSON output"); bump ``SCHEMA_VERSION`` whenever
a field changes meaning or goes away.
"""

from __future__ import annotations

import json
from typing import Any

from brief.model import Briefing, Keyword, Point, Sentence, Source, Support
from brief.render.differences import difference_dict
from brief.safety import escape_json

SCHEMA_VERSION = 2


def _span(span: tuple[int, int] | None) -> list[int] | None:
    return None if span is None else list(span)


def _support(x: Support, briefing: Briefing, by_place: dict[tuple[int, int], Sentence]) -> dict[str, Any]:
    sentence = by_place.get((x.source_id, x.sentence_index))
    return {"source_id": x.source_id, "sentence_index": x.sentence_index,
            "text": briefing.source(x.source_id).text[x.start:x.end], "span": [x.start, x.end],
            "input_span": _span(sentence.input_span) if sentence else None,
            "similarity": round(x.similarity, 4), "how": x.how}


def _point(point: Point, briefing: Briefing, by_place: dict[tuple[int, int], Sentence]) -> dict[str, Any]:
    s = point.sentence
    return {
        "text": s.text,
        "source_id": s.source_id,
        "source_ids": list(point.source_ids),
        "reports": [list(group) for group in briefing.point_reports(point)],
        "only_in": point.only_in,
        "sentence_index": s.index,
        "span": [s.start, s.end],
        "input_span": _span(s.input_span),
        "score": round(point.score, 6),
        "why": {name: round(value, 6) for name, value in point.why} | {"cited_by": len(point.source_ids)},
        "supports": [_support(x, briefing, by_place) for x in point.supports],
        "differences": [difference_dict(d) for d in point.differences],
        "glosses": [{"surname": g.surname, "kind": g.kind, "text": g.text, "source_id": g.source_id,
                     "span": [g.start, g.end]}
                    for g in point.glosses],
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
        "text": source.text,
        "shares": [{"source_id": other, "share": share} for other, share in source.shares],
        "report": source.report_id,
        "dropped": [{"line": d.line, "text": d.text, "reason": d.reason} for d in source.dropped],
        "keywords": [_keyword(k) for k in keywords],
    }


def to_dict(briefing: Briefing) -> dict[str, Any]:
    """The briefing as plain JSON-ready data."""
    by_place = {(s.source_id, s.index): s for s in briefing.sentences}
    return {
        "schema": SCHEMA_VERSION,
        "title": briefing.title,
        "algorithm": briefing.algorithm,
        "points": [_point(p, briefing, by_place) for p in briefing.points],
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
