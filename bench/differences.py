"""Differences benchmark: print every difference brief reports on a dataset's clusters, for a reader to judge.

Usage: python bench/differences.py DATASET_DIR [--clusters N] [--sentences N] [--all] [--no-dates]

DATASET_DIR holds one folder per cluster with its articles as ``docs/*.txt`` (the development data's
``duc2004``, ``duc2006``, ``tac2010`` folders). Each cluster is briefed (``--sentences N`` points,
keywords off) and every point with a difference is printed: the point's sentence with its markers,
then each other source's sentence with the values on each side. When the cluster's ``cluster.json``
gives each article's date (TAC 2010), the sources carry them, so a later report reads as an update
(``--no-dates`` leaves them out). With ``--all``, every sentence that may be a point is compared with
its fact's sentences in other sources, not only the briefing's points: more pairs to read, each once.

Nothing is scored here: whether a reported difference is real is for the reader to judge (the counts
of real / reported are in the notes that quote this script). The last line counts what was printed, and
how many differed in figures, dates or times, names and claims.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from brief.facts.differences import differing  # noqa: E402
from brief.model import Briefing, Difference  # noqa: E402
from brief.pipeline import Options, load, summarize  # noqa: E402
from brief.render.common import citation  # noqa: E402
from brief.story import Story, make_story  # noqa: E402


def _story(folder: Path, dates: bool) -> Story:
    """The cluster's story, its sources dated from ``cluster.json`` when it gives dates and ``dates`` is on."""
    sources, sentences, _ = load([str(p) for p in sorted((folder / "docs").glob("*.txt"))])
    meta = folder / "cluster.json"
    if dates and meta.exists():
        known = {d["file"]: d.get("date") for d in json.loads(meta.read_text()).get("docs", [])}
        sources = [replace(s, date=known.get(Path(s.path).name) or s.date) for s in sources]
    return make_story(sources, sentences)


def _line(story: Story, diff: Difference) -> str:
    source = story.sources[diff.other.source_id - 1]
    sentence = source.text[diff.other.start:diff.other.end]
    dated = f" ({source.date})" if source.date else ""
    return (f"    {diff.kind} ({diff.what}): {' · '.join(diff.point.values)}  vs  {' · '.join(diff.other.values)}\n"
            f"      [{diff.other.source_id}]{dated} {sentence}")


def _all(story: Story) -> list[tuple[int, tuple[Difference, ...]]]:
    """Every candidate sentence's differences, each unordered pair of sentences once."""
    seen: set[tuple[tuple[int, int], ...]] = set()
    found = []
    for i in story.candidates:
        _, diffs = differing(story, i, story.facts.fact(i))
        fresh = []
        for d in diffs:
            key = tuple(sorted(((s.source_id, s.sentence_index) for s in (d.point, d.other))))
            if key not in seen:
                seen.add(key)
                fresh.append(d)
        if fresh:
            found.append((i, tuple(fresh)))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--clusters", type=int, default=0, help="only the first N clusters (0: all)")
    parser.add_argument("--sentences", type=int, default=8)
    parser.add_argument("--all", action="store_true", help="compare every candidate sentence, not only the points")
    parser.add_argument("--no-dates", action="store_true")
    args = parser.parse_args()
    folders = sorted(p for p in args.dataset.iterdir() if (p / "docs").is_dir())
    folders = folders[:args.clusters] if args.clusters else folders
    reported, points, kinds = 0, 0, Counter[str]()
    for folder in folders:
        story = _story(folder, not args.no_dates)
        print(f"== {folder.name} ({len(story.sources)} sources)")
        if args.all:
            for i, diffs in _all(story):
                s = story.sentences[i]
                print(f"  [{s.source_id}] {s.text}")
                print("\n".join(_line(story, d) for d in diffs))
                reported += len(diffs)
                kinds.update(d.what for d in diffs)
            continue
        chosen = summarize(story, Options(sentences=args.sentences, keywords=0))
        briefing = Briefing("", chosen, story.sources, sentences=story.sentences)
        points += len(chosen)
        for point in chosen:
            if point.differences:
                print(f"  • {point.text} {citation(point, briefing)}")
                print("\n".join(_line(story, d) for d in point.differences))
                reported += len(point.differences)
                kinds.update(d.what for d in point.differences)
    what = "differences" if args.all else f"differences on {points} points"
    by_what = ", ".join(f"{kind} {kinds[kind]}" for kind in ("figures", "when", "names", "claim"))
    print(f"\n{reported} {what} in {len(folders)} clusters ({by_what})")


if __name__ == "__main__":
    main()
