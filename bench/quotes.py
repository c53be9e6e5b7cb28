"""Quotes benchmark: print every quotation brief attributes on a dataset's clusters, for a reader to judge.

Usage: python bench/quotes.py DATASET_DIR [--clusters N] [--skip N] [--per-cluster N]

DATASET_DIR holds one folder per cluster with its articles as ``docs/*.txt``. For each cluster, every
quotation ``brief --quotes`` lists is printed under its speaker, each source's copy with the sentence
before it and its own (what the attribution was read from), so a reader can check the speaker. The
quotations left out (no sure speaker) are counted, and the pronouns among the speakers (there must be
none). Nothing is scored: the counts of right speakers are in the notes that quote this script.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from brief.english import SPEAKER_PRONOUNS  # noqa: E402
from brief.pipeline import load  # noqa: E402
from brief.quotes import find_quotes  # noqa: E402
from brief.quotes.marks import quotations  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--clusters", type=int, default=0, help="only N clusters (0: all)")
    parser.add_argument("--skip", type=int, default=0, help="skip the first N clusters")
    parser.add_argument("--per-cluster", type=int, default=0, help="print at most N quotes a cluster (0: all)")
    args = parser.parse_args()
    folders = sorted(p for p in args.dataset.iterdir() if (p / "docs").is_dir())[args.skip:]
    folders = folders[:args.clusters] if args.clusters else folders
    total = left_out = pronouns = 0
    for folder in folders:
        sources, sentences, _ = load([str(p) for p in sorted((folder / "docs").glob("*.txt"))])
        quotes = find_quotes(sources, sentences)
        found = len(quotations(sources, sentences))
        said = sum(len(q.said) for q in quotes)
        print(f"== {folder.name}: {len(quotes)} quotes ({said} quotations; {found - said} without a sure speaker)")
        for n, quote in enumerate(quotes[:args.per_cluster] if args.per_cluster else quotes, 1):
            total += 1
            pronouns += quote.speaker.casefold() in SPEAKER_PRONOUNS
            print(f"  {n}. {quote.speaker}" + (f" ({quote.role})" if quote.role else "") + f" {list(quote.source_ids)}")
            u = quote.said[0]
            at = next(i for i, s in enumerate(sentences) if (s.source_id, s.index) == (u.source_id, u.sentence_index))
            before = sentences[at - 1] if at and sentences[at - 1].source_id == u.source_id else None
            if before is not None:
                print(f"     before: {before.text}")
            print(f"     [{u.source_id}] {sentences[at].text}")
        left_out += found - said
    print(f"\n{total} quotes printed in {len(folders)} clusters; {left_out} quotations without a sure speaker "
          f"left out; {pronouns} speakers that are pronouns")


if __name__ == "__main__":
    main()
