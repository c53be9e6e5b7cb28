"""Whom each point cites, to be read: for briefings' JSON, every other source a point lists, with the sentence of
that source brief linked to the point, how (``meaning``; ``words``; ``copy``, a link of words at least
``SURE_WORDS``, near-verbatim) and how closely, and whether the two sources are one report (versions of one story or
one outlet's, which the ``[1+4]`` markers count once).

Usage:
    python bench/listings.py BRIEFING.json [...] [--context N] [--jsonl]

Make the JSON with ``brief --json --no-keywords --no-cache ...``. A reader judges each listing: does the listed
source's sentence state the point (its main fact, not only its subject)? ``--context N`` prints N characters of the
listed source before and after its sentence, for a sentence whose subject its source named before it; ``--jsonl``
prints one JSON object a listing instead (to sample and label them). Nothing here judges: the figures in
docs/benchmarks.md ("how precise the markers are") are a person's reading of such listings.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path
from typing import Any, Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from brief.facts.alignment import SURE_WORDS  # noqa: E402


def listings(briefing: dict[str, Any], name: str = "") -> Iterator[dict[str, Any]]:
    """Every other source a point lists, one dict each (the point, the listed sentence, how, similarity)."""
    stories = briefing.get("stories", [briefing])
    for story_no, story in enumerate(stories, 1):
        sources = {s["id"]: s for s in story["sources"]}
        for point_no, point in enumerate(story["points"], 1):
            report = {k: set(group) for group in point.get("reports", ()) for k in group}
            for support in point["supports"]:
                if support["source_id"] == point["source_id"]:
                    continue
                copy = support["how"] == "words" and support["similarity"] >= SURE_WORDS
                yield {"briefing": name, "story": story_no, "point": point_no, "point_source": point["source_id"],
                       "point_text": point["text"], "source": support["source_id"],
                       "sentence_index": support["sentence_index"], "text": support["text"],
                       "how": "copy" if copy else support["how"], "similarity": support["similarity"],
                       "one_report": support["source_id"] in report.get(point["source_id"], ()),
                       "span": support["span"],
                       "source_text": sources.get(support["source_id"], {}).get("text", "")}


def _show(row: dict[str, Any], context: int) -> str:
    lines = [f"{row['briefing']} story {row['story']} point {row['point']} [{row['point_source']}] lists "
             f"[{row['source']}] sentence {row['sentence_index']}: {row['how']} {row['similarity']:.4f}"
             f"{', one report' if row['one_report'] else ''}"]
    lines += textwrap.wrap(row["point_text"], 110, initial_indent="  point:  ", subsequent_indent=" " * 10)
    listed = row["text"]
    if context and row["source_text"]:
        start, end = row["span"]
        text = row["source_text"]
        listed = f"...{text[max(0, start - context):start]}>>{text[start:end]}<<{text[end:end + context]}..."
        listed = " ".join(listed.split())
    lines += textwrap.wrap(listed, 110, initial_indent="  listed: ", subsequent_indent=" " * 10)
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("briefings", nargs="+", type=Path)
    parser.add_argument("--context", type=int, default=0, help="characters of the listed source around its sentence")
    parser.add_argument("--jsonl", action="store_true", help="one JSON object a listing")
    args = parser.parse_args()
    for path in args.briefings:
        for row in listings(json.loads(path.read_text()), path.stem):
            if args.jsonl:
                row.pop("source_text")
                print(json.dumps(row, ensure_ascii=False))
            else:
                print(_show(row, args.context), end="\n\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
