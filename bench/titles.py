"""Titles benchmark: does a briefing's title name its story?

Usage: python bench/titles.py DATASET_DIR [--no-headlines] [--limit K]

A dataset is a folder of clusters with ``docs/*.txt`` and ``topic.txt`` (its first line is the story's
topic title, as TAC's are: "Columbine Massacre"). With a ``cluster.json`` listing each article's
``headline`` (TAC 2010), every article is briefed with its headline as its first line, as copied text
carries it, in a temporary folder (the data is never changed); ``--no-headlines`` briefs the files as
they are. For each cluster the benchmark prints the title brief gives and the topic, and counts:
- titles that are one of the sources' headlines;
- titles that name the story: they share a content word (stemmed) with the topic title — a proxy, so
  read the printed titles too;
- titles cut with "…" (there should be none).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from brief.lexical import terms, words  # noqa: E402
from brief.options import Options  # noqa: E402
from brief.pipeline import make_briefing  # noqa: E402


def with_headlines(cluster: Path, into: Path) -> list[str]:
    """The cluster's articles written under ``into``, each with its headline as its first line."""
    meta = json.loads((cluster / "cluster.json").read_text(encoding="utf-8"))
    paths = []
    for doc in meta.get("docs", []):
        source = cluster / "docs" / doc["file"]
        if source.exists():
            target = into / doc["file"]
            target.write_text(doc["headline"].strip() + "\n\n" + source.read_text(encoding="utf-8"), encoding="utf-8")
            paths.append(str(target))
    return paths


def main(argv: list[str] | None = None) -> int:
    """Brief every cluster and print its title beside its topic, then the counts."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--no-headlines", action="store_true", help="brief the files as they are")
    ap.add_argument("--limit", type=int, help="only the first K clusters")
    args = ap.parse_args(argv)
    clusters = sorted(p for p in args.dataset.iterdir() if (p / "docs").is_dir())[: args.limit]
    headline_titles = named = cut = 0
    with tempfile.TemporaryDirectory() as tmp:
        for cluster in clusters:
            meta = cluster / "cluster.json"
            use = (not args.no_headlines and meta.exists()
                   and all("headline" in doc for doc in json.loads(meta.read_text(encoding="utf-8")).get("docs", [])))
            if use:
                folder = Path(tmp) / cluster.name
                folder.mkdir()
                paths = with_headlines(cluster, folder)
            else:
                paths = sorted(str(p) for p in (cluster / "docs").glob("*.txt"))
            briefing = make_briefing(paths, Options(keywords=0))
            topic_file = cluster / "topic.txt"
            topic = topic_file.read_text(encoding="utf-8").splitlines()[0] if topic_file.exists() else ""
            is_headline = any(s.headline == briefing.title for s in briefing.sources)
            names = bool(set(terms(words(topic))) & set(terms(words(briefing.title))))
            headline_titles += is_headline
            named += names
            cut += "…" in briefing.title
            print(f"{cluster.name:10s} {'H' if is_headline else '-'}{'N' if names else '-'} {briefing.title}"
                  f"   [topic: {topic}]", flush=True)
    n = len(clusters)
    print(f"\n{n} clusters: title is a source's headline {headline_titles}/{n}; shares a word with the topic "
          f"{named}/{n}; cut with '…' {cut}/{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
