"""Attribution benchmark: are the sources a briefing lists for each point the ones that state its fact?

Usage: python bench/facts.py FACTS_DIR CLUSTERS_DIR [--sentences N] [--scorer PATH] [--verbose]

FACTS_DIR holds one folder per cluster with a hand-made fact alignment (``sentences.tsv``,
``facts.json``: every sentence of the cluster's articles labelled with the facts it states);
CLUSTERS_DIR holds the clusters' articles as ``<cluster>/docs/*.txt``. brief's whole pipeline
briefs each cluster (``brief --json --no-keywords --sentences N``, keywords off) and the
harness's own ``score_facts.py`` (imported from ``--scorer``, default: the shared eval-dev
copy) scores it, so the figures are the ones its docstring defines:

  precision   listed other sources that state the point's fact / listed other sources
  recall      listed other sources that state it / other sources that state it
  only_in     points cited by one source alone where no other source states the fact
  redundant   pairs of points that state the same fact

Besides the scorer's "only in" (any point cited by one source), brief's own claim is
counted: the points it prints as ``only in [n]`` (JSON ``only_in``) and how many are true.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import os
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from brief.pipeline import Options, make_briefing  # noqa: E402
from brief.render.json_render import to_dict  # noqa: E402

DEFAULT_SCORER = "/work/shared/eval-dev/score_facts.py"
SUMS = ("points", "listed", "listed_true", "true_total", "only_in", "only_in_ok", "redundant_pairs", "no_fact", "unmatched")


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _claims(briefing: dict, folder: Path, scorer: ModuleType) -> tuple[int, int]:
    """brief's printed "only in [n]" claims on one cluster, and how many are true."""
    claimed = [p for p in briefing["points"] if p["only_in"] is not None]
    right = 0
    for point in claimed:
        alone = dict(briefing, points=[point])
        with contextlib.redirect_stdout(io.StringIO()):
            result = scorer.score(alone, folder)
        right += result["true_total"] == 0 and result["scored"] == 1
    return len(claimed), right


def main(argv: list[str] | None = None) -> int:
    """Brief and score every cluster; print one line per cluster and the totals."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("facts", type=Path, help="folder of fact-aligned clusters")
    parser.add_argument("clusters", type=Path, help="folder of the clusters' articles (<cluster>/docs/*.txt)")
    parser.add_argument("--sentences", type=int, default=8)
    parser.add_argument("--scorer", type=Path, default=Path(os.environ.get("BRIEF_FACTS_SCORER", DEFAULT_SCORER)))
    parser.add_argument("--verbose", action="store_true", help="the scorer's line for every point")
    args = parser.parse_args(argv)
    scorer = _load(args.scorer)
    total = dict.fromkeys(SUMS, 0)
    claims = right = 0
    seconds = 0.0
    folders = sorted(p for p in args.facts.iterdir() if (p / "facts.json").exists())
    print(f"{'cluster':10} {'points':>6} {'P':>6} {'R':>6} {'only-in ok':>10} {'redundant':>9} {'s':>6}")
    for folder in folders:
        docs = sorted((args.clusters / folder.name / "docs").glob("*.txt"))
        started = time.perf_counter()
        briefing = to_dict(make_briefing(docs, Options(sentences=args.sentences, keywords=0)))
        seconds += time.perf_counter() - started
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            result = scorer.score(briefing, folder, verbose=args.verbose)
        if args.verbose:
            print(out.getvalue(), end="")
        n, ok = _claims(briefing, folder, scorer)
        claims, right = claims + n, right + ok
        for key in SUMS:
            total[key] += result[key]
        print(f"{folder.name:10} {result['points']:6d} {result['precision']:6.3f} {result['recall']:6.3f} "
              f"{result['only_in_ok']:>4d}/{result['only_in']:<5d} {result['redundant_pairs']:9d} "
              f"{time.perf_counter() - started:6.2f}")
    precision = total["listed_true"] / total["listed"] if total["listed"] else 1.0
    recall = total["listed_true"] / total["true_total"] if total["true_total"] else 1.0
    print(f"all {len(folders)} clusters, --sentences {args.sentences}: "
          f"precision {precision:.3f} ({total['listed_true']}/{total['listed']}), "
          f"recall {recall:.3f} ({total['listed_true']}/{total['true_total']}), "
          f"one-source points right {total['only_in_ok']}/{total['only_in']}, "
          f"printed 'only in' right {right}/{claims}, redundant pairs {total['redundant_pairs']}, "
          f"{seconds / max(1, len(folders)):.2f} s/cluster")
    return 0


if __name__ == "__main__":
    sys.exit(main())
